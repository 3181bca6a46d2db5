import { describe, expect, it } from 'vitest';
import {
  appConfigOf,
  deployRefusal,
  exampleValuesIn,
  mayDeploy,
  parseStackConfig,
  type SynthSignals,
} from '../../infra/config.js';
import { exampleContext } from './synth.js';

const real = {
  domain: 'mail.sam-seeker.dev',
  inboundAddress: 'interviews@mail.sam-seeker.dev',
  owners: [
    {
      email: 'sam@gmail.com',
      name: 'Sam Seeker',
      timezone: 'Europe/Berlin',
      sendingAddress: 'sam@mail.sam-seeker.dev',
    },
  ],
  alarmEmail: 'sam@gmail.com',
};

const signals = (
  env: Record<string, string> = {},
  context: Record<string, unknown> = {},
): SynthSignals => ({
  env,
  context: (key) => context[key],
});

describe('stack config', () => {
  it('fills defaults', () => {
    const config = parseStackConfig(real);
    expect(config).toMatchObject({
      hostedZone: null,
      sesConfigurationSet: null,
      linkReservedConcurrency: 5,
      logRetentionDays: 30,
    });
    expect(appConfigOf(config)).not.toHaveProperty('alarmEmail');
  });

  it('accepts JSON given with -c', () => {
    expect(parseStackConfig(JSON.stringify(real)).domain).toBe('mail.sam-seeker.dev');
    expect(() => parseStackConfig('{nope')).toThrow(/not valid JSON/);
  });

  it('requires the inbound and sending addresses on the domain, unique', () => {
    expect(() =>
      parseStackConfig({
        ...real,
        inboundAddress: 'interviews@elsewhere.dev',
        owners: [{ ...real.owners[0], sendingAddress: 'interviews@elsewhere.dev' }],
      }),
    ).toThrow(
      /inboundAddress: must be an address on the domain "mail.sam-seeker.dev".*\n.*owners.0.sendingAddress: must be an address on the domain.*\n.*owners.0.sendingAddress: must be unique/s,
    );
  });
});

describe('example values', () => {
  const examples = parseStackConfig(exampleContext);

  it('names every example value in cdk.json', () => {
    expect(exampleValuesIn(examples)).toEqual([
      'domain',
      'inboundAddress',
      'alarmEmail',
      'owners[0].email',
      'owners[0].sendingAddress',
    ]);
    expect(exampleValuesIn(parseStackConfig(real))).toEqual([]);
  });

  it('does not take a real domain that merely contains "example" for one', () => {
    expect(
      exampleValuesIn(
        parseStackConfig({
          ...real,
          domain: 'example-jobs.dev',
          inboundAddress: 'in@example-jobs.dev',
          owners: [{ ...real.owners[0], sendingAddress: 'sam@example-jobs.dev' }],
        }),
      ),
    ).toEqual([]);
  });

  it('are fine for an offline synth (no credentials, no deploy flag)', () => {
    expect(mayDeploy(signals())).toBe(false);
    expect(deployRefusal(examples, signals())).toBeNull();
  });

  it('are refused when the CLI found an account, or FOLLOWUP_DEPLOY=1, or -c followup:deploy=true', () => {
    for (const s of [
      signals({ CDK_DEFAULT_ACCOUNT: '123456789012' }),
      signals({ FOLLOWUP_DEPLOY: '1' }),
      signals({}, { 'followup:deploy': 'true' }),
      signals({}, { 'followup:deploy': true }),
    ]) {
      expect(mayDeploy(s)).toBe(true);
      expect(deployRefusal(examples, s)).toMatch(
        /^refusing to deploy example values\. Set these in the "followup" context of cdk\.json: domain, inboundAddress, alarmEmail, owners\[0\]\.email, owners\[0\]\.sendingAddress\./,
      );
    }
  });

  it('are allowed with FOLLOWUP_ALLOW_EXAMPLES=1, and real values are never refused', () => {
    expect(
      deployRefusal(examples, signals({ CDK_DEFAULT_ACCOUNT: '1', FOLLOWUP_ALLOW_EXAMPLES: '1' })),
    ).toBeNull();
    expect(deployRefusal(parseStackConfig(real), signals({ FOLLOWUP_DEPLOY: '1' }))).toBeNull();
  });
});

describe('the CDK app (infra/app.ts)', () => {
  it('exits with the refusal when the CLI found an account and cdk.json holds examples', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const result = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'infra/app.ts'],
      {
        env: {
          PATH: process.env.PATH ?? '',
          CDK_CONTEXT_JSON: JSON.stringify({ followup: exampleContext }),
          CDK_DEFAULT_ACCOUNT: '123456789012',
          CDK_DEFAULT_REGION: 'us-east-1',
          CDK_OUTDIR: '/tmp/followup-refusal-test',
        },
        timeout: 120_000,
      },
    ).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'followup: refusing to deploy example values. Set these in the "followup" context of cdk.json: domain, inboundAddress, alarmEmail, owners[0].email, owners[0].sendingAddress.',
    );
  }, 120_000);
});
