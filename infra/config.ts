// Reads and validates the `followup` context of cdk.json / `-c followup=...`, and decides whether
// a synth may go on with example values.
import * as z from 'zod';
import { AppConfig, describeIssues } from '../functions/core/config.js';
import { EmailAddress } from '../functions/core/domain.js';

const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1);

export const StackConfig = z
  .object({
    ...AppConfig.shape,
    /** Route 53 public hosted zone holding `domain` (the zone of the domain or of a parent); when
     * set, the MX and DKIM records are created, otherwise they are printed as stack outputs. */
    hostedZone: z
      .object({
        id: z.string().trim().min(1),
        name: z.string().trim().toLowerCase().min(3),
      })
      .nullable()
      .default(null),
    /** Who is emailed the alarms: steps or inbound mail that failed for good, link pages that
     * failed or turned requests away. */
    alarmEmail: EmailAddress,
    /** An existing SES configuration set to send through (event publishing, dedicated IPs). */
    sesConfigurationSet: z.string().trim().min(1).max(64).nullable().default(null),
    /** Reserved concurrency of the link function: a throttle against floods of link requests.
     * null reserves none (needed on accounts whose concurrency quota is still 10). */
    linkReservedConcurrency: z.number().int().min(1).max(100).nullable().default(5),
    /** How long Lambda logs are kept. */
    logRetentionDays: z
      .union([z.literal(7), z.literal(14), z.literal(30), z.literal(90)])
      .default(30),
  })
  .superRefine((config, ctx) => {
    const onDomain = (address: string) => domainOf(address) === config.domain;
    if (!onDomain(config.inboundAddress)) {
      ctx.addIssue({
        code: 'custom',
        path: ['inboundAddress'],
        message: `must be an address on the domain "${config.domain}" (SES receives mail there)`,
      });
    }
    const seen = new Set<string>([config.inboundAddress]);
    config.owners.forEach((owner, i) => {
      if (!onDomain(owner.sendingAddress)) {
        ctx.addIssue({
          code: 'custom',
          path: ['owners', i, 'sendingAddress'],
          message: `must be an address on the domain "${config.domain}" (drafts are sent from it and replies come back to it)`,
        });
      }
      if (seen.has(owner.sendingAddress)) {
        ctx.addIssue({
          code: 'custom',
          path: ['owners', i, 'sendingAddress'],
          message: 'must be unique and differ from inboundAddress',
        });
      }
      seen.add(owner.sendingAddress);
    });
    const zone = config.hostedZone?.name.replace(/\.$/, '');
    if (zone && config.domain !== zone && !config.domain.endsWith(`.${zone}`)) {
      ctx.addIssue({
        code: 'custom',
        path: ['hostedZone', 'name'],
        message: `the zone "${zone}" does not hold the domain "${config.domain}"`,
      });
    }
  });
export type StackConfig = z.infer<typeof StackConfig>;

export class ConfigError extends Error {}

export function parseStackConfig(raw: unknown): StackConfig {
  if (raw === undefined || raw === null) {
    throw new ConfigError('missing cdk context "followup": see the deployment guide in README.md');
  }
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      throw new ConfigError('cdk context "followup" given with -c is not valid JSON');
    }
  }
  const result = StackConfig.safeParse(value);
  if (!result.success) {
    throw new ConfigError(`invalid cdk context "followup":\n${describeIssues(result.error)}`);
  }
  return result.data;
}

/** The part of the stack config the functions see (FOLLOWUP_CONFIG). */
export function appConfigOf(config: StackConfig): AppConfig {
  return AppConfig.parse({
    domain: config.domain,
    inboundAddress: config.inboundAddress,
    owners: config.owners,
    playbook: config.playbook,
    limits: config.limits,
  });
}

const EXAMPLE_DOMAINS = ['example.com', 'example.org', 'example.net', 'example'];

function isExampleValue(value: string): boolean {
  const domain = value.includes('@') ? domainOf(value) : value;
  return EXAMPLE_DOMAINS.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/** Names every setting still holding an example value; a deploy refuses those. */
export function exampleValuesIn(config: StackConfig): string[] {
  const found: string[] = [];
  if (isExampleValue(config.domain)) found.push('domain');
  if (isExampleValue(config.inboundAddress)) found.push('inboundAddress');
  if (isExampleValue(config.alarmEmail)) found.push('alarmEmail');
  config.owners.forEach((owner, i) => {
    if (isExampleValue(owner.email)) found.push(`owners[${i}].email`);
    if (isExampleValue(owner.sendingAddress)) found.push(`owners[${i}].sendingAddress`);
  });
  return found;
}

export interface SynthSignals {
  /** process.env of the CDK app. */
  env: Record<string, string | undefined>;
  /** Reads a CDK context value (app.node.tryGetContext). */
  context: (key: string) => unknown;
}

/**
 * Whether this synth may end in a deployment. The CDK CLI does not tell the app which command
 * runs, so: FOLLOWUP_DEPLOY=1 or `-c followup:deploy=true` say so explicitly, and
 * CDK_DEFAULT_ACCOUNT set means the CLI found AWS credentials — a `cdk deploy` always has them,
 * an offline `cdk synth` (CI) never does.
 */
export function mayDeploy(signals: SynthSignals): boolean {
  const flag = signals.context('followup:deploy');
  return (
    signals.env.FOLLOWUP_DEPLOY === '1' ||
    flag === true ||
    flag === 'true' ||
    Boolean(signals.env.CDK_DEFAULT_ACCOUNT)
  );
}

/** The refusal message when example values would be deployed, else null. */
export function deployRefusal(config: StackConfig, signals: SynthSignals): string | null {
  const examples = exampleValuesIn(config);
  if (examples.length === 0 || !mayDeploy(signals)) return null;
  if (signals.env.FOLLOWUP_ALLOW_EXAMPLES === '1') return null;
  return [
    `refusing to deploy example values. Set these in the "followup" context of cdk.json: ${examples.join(', ')}.`,
    'See "Deploy to AWS" in README.md. (To only synthesize with AWS credentials present, set',
    'FOLLOWUP_ALLOW_EXAMPLES=1; such a stack would not receive any mail.)',
  ].join('\n');
}
