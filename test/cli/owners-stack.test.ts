// `followup owners --stack`: the same verbs on a deployed stack, found by its CloudFormation
// outputs (DescribeStacks mocked at the SDK's command level), its table a real dynalite one
// reached through the SDK's own endpoint variable, the region and credentials from a --profile
// in a throwaway AWS config, and each failure answered with what to do. The welcome email goes
// through SES v2 SendEmail (mocked at the SDK's command level, its exact input checked).
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { DeleteScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { composeDrafts } from '#app/compose.js';
import { scheduleName } from '#core/schedule-name.js';
import { hashToken } from '#core/tokens.js';
import { runOwners } from '../../cli/commands/owners.js';
import { type CommandRunners, runCli } from '../../cli/program.js';
import { interview, plan, step } from '../emails/fixtures.js';
import { freshTable } from '../support/dynamo.js';
import { captureOwnersIo as capture } from '../support/owners.js';

const cloudFormation = mockClient(CloudFormationClient);
const scheduler = mockClient(SchedulerClient);
const ses = mockClient(SESv2Client);
afterEach(() => {
  cloudFormation.reset();
  scheduler.reset();
  ses.reset();
});

const AWS_VARIABLES = [
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_ENDPOINT_URL_DYNAMODB',
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_PROFILE',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
] as const;
const saved = new Map(AWS_VARIABLES.map((name) => [name, process.env[name]]));

beforeAll(async () => {
  for (const name of AWS_VARIABLES) delete process.env[name];
  const dir = await mkdtemp(join(tmpdir(), 'aws-profile-'));
  await writeFile(join(dir, 'config'), '[profile career-center]\nregion = eu-west-1\n');
  await writeFile(
    join(dir, 'credentials'),
    '[career-center]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = example-secret\n',
  );
  process.env.AWS_CONFIG_FILE = join(dir, 'config');
  process.env.AWS_SHARED_CREDENTIALS_FILE = join(dir, 'credentials');
  // The SDK's own variable: the code under test builds its DynamoDB client as in real use.
  process.env.AWS_ENDPOINT_URL_DYNAMODB = inject('dynamoEndpoint');
});
afterAll(() => {
  for (const [name, value] of saved) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

function stackWith(outputs: Record<string, string>) {
  cloudFormation.on(DescribeStacksCommand).resolves({
    Stacks: [
      {
        StackName: 'followup-career',
        StackStatus: 'UPDATE_COMPLETE',
        CreationTime: new Date('2026-01-01T00:00:00Z'),
        Outputs: Object.entries(outputs).map(([OutputKey, OutputValue]) => ({
          OutputKey,
          OutputValue,
        })),
      },
    ],
  });
}

const deployed = { stack: 'followup-career', profile: 'career-center' };
/** The outputs the welcome email is written with, as a deployed stack has them. */
const MAIL_OUTPUTS = {
  InboundAddress: 'interviews@career.example.edu',
  LinkBaseUrl: 'https://abc123.lambda-url.eu-west-1.on.aws',
  MailDomain: 'career.example.edu',
};
const ana = { name: 'Ana Reyes', tz: 'Europe/Madrid', sendingAddress: 'ana@career.example.edu' };

describe('followup owners --stack', () => {
  it('adds, lists, changes, exports and removes with its data, on the stack its outputs name', async () => {
    const table = await freshTable();
    stackWith({
      TableName: table.tableName,
      ScheduleGroupName: 'followup-career-steps',
      ...MAIL_OUTPUTS,
    });
    scheduler.on(DeleteScheduleCommand).resolves({});
    ses.on(SendEmailCommand).resolves({ MessageId: 'welcome-1' });

    const add = capture();
    expect(await runOwners('add', 'ana@student.example.edu', { ...deployed, ...ana }, add.io)).toBe(
      0,
    );
    expect(add.err).toEqual([]);
    expect(add.out).toEqual([
      'added ana@student.example.edu to stack followup-career (eu-west-1)',
      'sent ana@student.example.edu a welcome email from followup@career.example.edu',
    ]);
    expect(cloudFormation.commandCalls(DescribeStacksCommand).map((c) => c.args[0].input)).toEqual([
      { StackName: 'followup-career' },
    ]);
    expect(await table.owners.get('ana@student.example.edu')).toMatchObject({
      timezone: 'Europe/Madrid',
      sendingAddress: 'ana@career.example.edu',
    });

    const set = capture();
    const pause = { ...deployed, pause: true, region: 'eu-west-1' };
    expect(await runOwners('set', 'ana@student.example.edu', pause, set.io)).toBe(0);
    expect((await table.owners.get('ana@student.example.edu'))?.paused).toBe(true);

    const list = capture();
    expect(await runOwners('list', null, { ...deployed, json: true } as never, list.io)).toBe(0);
    expect(JSON.parse(list.out.join('')).map((o: { email: string }) => o.email)).toEqual([
      'ana@student.example.edu',
    ]);

    // An interview with its plan, as the functions would have logged it.
    await table.store.createInterview(
      interview({ id: 'int-career-1', ownerEmail: 'ana@student.example.edu' }),
    );
    for (const step of plan()) {
      await table.store.putStepIfAbsent({
        ...step,
        interviewId: 'int-career-1',
        scheduleName: scheduleName('int-career-1', step.kind),
      });
    }
    const exported = capture();
    expect(await runOwners('export', 'ana@student.example.edu', deployed, exported.io)).toBe(0);
    expect(JSON.parse(exported.out.join('')).steps).toHaveLength(5);

    const remove = capture();
    const erase = { ...deployed, deleteData: true };
    expect(await runOwners('remove', 'ana@student.example.edu', erase, remove.io)).toBe(0);
    expect(remove.out[0]).toBe(
      'removed ana@student.example.edu from stack followup-career (eu-west-1)',
    );
    expect(scheduler.commandCalls(DeleteScheduleCommand).map((c) => c.args[0].input)).toEqual(
      plan().map((step) => ({
        Name: `fu-int-career-1-${step.kind}`,
        GroupName: 'followup-career-steps',
      })),
    );
    expect(await table.store.getInterview('int-career-1')).toBeNull();
    expect(await table.store.listSteps('int-career-1')).toEqual([]);
  });

  it('takes --region over the profile’s', async () => {
    const table = await freshTable();
    stackWith({ TableName: table.tableName, ScheduleGroupName: 'g', ...MAIL_OUTPUTS });
    ses.on(SendEmailCommand).resolves({ MessageId: 'welcome-2' });
    const list = capture();
    expect(await runOwners('list', null, { ...deployed, region: 'us-east-2' }, list.io)).toBe(0);
    expect(list.out).toEqual(['no owners yet: add one with `followup owners add`']);
    const add = capture();
    await runOwners('add', 'bo@x.example', { ...deployed, region: 'us-east-2', ...ana }, add.io);
    expect(add.out[0]).toBe('added bo@x.example to stack followup-career (us-east-2)');
  });

  it('sends the welcome through SES v2 with the stack’s addresses, link URL and configuration set', async () => {
    const table = await freshTable();
    stackWith({
      TableName: table.tableName,
      ScheduleGroupName: 'g',
      ...MAIL_OUTPUTS,
      SesConfigurationSet: 'career-events',
    });
    ses.on(SendEmailCommand).resolves({ MessageId: 'welcome-3' });
    const add = capture();
    expect(await runOwners('add', 'ana@student.example.edu', { ...deployed, ...ana }, add.io)).toBe(
      0,
    );
    const [call, ...more] = ses.commandCalls(SendEmailCommand);
    expect(more).toEqual([]);
    const input = call?.args[0].input;
    expect(input).toEqual({
      FromEmailAddress: '"followup" <followup@career.example.edu>',
      Destination: { ToAddresses: ['"Ana Reyes" <ana@student.example.edu>'] },
      Content: {
        Simple: {
          Subject: {
            Data: 'Welcome to followup: forward your interviews here',
            Charset: 'UTF-8',
          },
          Body: { Text: { Data: expect.any(String), Charset: 'UTF-8' } },
          Headers: [
            { Name: 'Auto-Submitted', Value: 'auto-generated' },
            { Name: 'X-Auto-Response-Suppress', Value: 'All' },
            expect.objectContaining({ Name: expect.any(String) }),
          ],
        },
      },
      ConfigurationSetName: 'career-events',
    });
    const text = input?.Content?.Simple?.Body?.Text?.Data ?? '';
    expect(text).toContain(
      'Forward each interview invitation or confirmation to interviews@career.example.edu, from ana@student.example.edu.',
    );
    expect(text).toContain('from\n  ana@career.example.edu');
    // The page link is on the stack's link URL, a token of Ana's stored in the stack's table.
    const links = [
      ...text.matchAll(/https:\/\/abc123\.lambda-url\.eu-west-1\.on\.aws\/l\/([\w-]+)/g),
    ];
    expect(links.length).toBeGreaterThan(0);
    const token = await table.store.getLinkToken(hashToken(links[0]?.[1] ?? ''));
    expect(token).toMatchObject({ action: 'owner_page', ownerEmail: 'ana@student.example.edu' });
  });

  it('in the SES sandbox says what to verify or request, keeps the owner, and `welcome` sends it later', async () => {
    const table = await freshTable();
    stackWith({ TableName: table.tableName, ScheduleGroupName: 'g', ...MAIL_OUTPUTS });
    ses
      .on(SendEmailCommand)
      .rejectsOnce(
        Object.assign(
          new Error(
            'Email address is not verified. The following identities failed the check in region EU-WEST-1: ana@student.example.edu',
          ),
          { name: 'MessageRejected', $metadata: { httpStatusCode: 400 } },
        ),
      )
      .resolves({ MessageId: 'welcome-4' });
    const add = capture();
    expect(await runOwners('add', 'ana@student.example.edu', { ...deployed, ...ana }, add.io)).toBe(
      1,
    );
    expect(add.out).toEqual(['added ana@student.example.edu to stack followup-career (eu-west-1)']);
    const said = add.err.join('\n');
    expect(said).toContain('The SES account in eu-west-1 is in the sandbox');
    expect(said).toContain(
      'aws sesv2 create-email-identity --email-identity ana@student.example.edu --region eu-west-1',
    );
    expect(said).toContain('Request production access');
    expect(said).toContain(
      '`followup owners welcome ana@student.example.edu --stack followup-career --region eu-west-1`',
    );
    expect(said).not.toMatch(/\n\s+at /);
    // Refused for sure: asked once, not retried into a second copy.
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(1);
    expect(await table.owners.get('ana@student.example.edu')).not.toBeNull();

    const again = capture();
    expect(await runOwners('welcome', 'ana@student.example.edu', deployed, again.io)).toBe(0);
    expect(again.out).toEqual([
      'sent ana@student.example.edu a welcome email from followup@career.example.edu',
    ]);
    const nobody = capture();
    expect(await runOwners('welcome', 'nobody@student.example.edu', deployed, nobody.io)).toBe(1);
    expect(nobody.err[0]).toMatch(/^nobody@student\.example\.edu is not an owner in stack/);
  });

  it('an older stack without the mail outputs: the owner is added, the welcome says to deploy', async () => {
    const table = await freshTable();
    stackWith({ TableName: table.tableName, ScheduleGroupName: 'g' });
    const add = capture();
    expect(await runOwners('add', 'ana@student.example.edu', { ...deployed, ...ana }, add.io)).toBe(
      1,
    );
    expect(add.out).toEqual(['added ana@student.example.edu to stack followup-career (eu-west-1)']);
    expect(add.err[0]).toMatch(
      /^no welcome email sent: stack followup-career has no LinkBaseUrl or InboundAddress or MailDomain output/,
    );
    expect(ses.commandCalls(SendEmailCommand)).toEqual([]);
  });

  it('a new signature re-signs the drafts waiting for review, as the owner’s page does', async () => {
    const table = await freshTable();
    stackWith({ TableName: table.tableName, ScheduleGroupName: 'g', ...MAIL_OUTPUTS });
    ses.on(SendEmailCommand).resolves({ MessageId: 'welcome-5' });
    const address = 'ana@student.example.edu';
    await runOwners('add', address, { ...deployed, ...ana }, capture().io);
    const owner = await table.owners.get(address);
    if (!owner) throw new Error('not added');
    const subject = interview({ id: 'int-career-2', ownerEmail: address });
    await table.store.createInterview(subject);
    await table.store.putStepIfAbsent(
      step('thank_you', {
        interviewId: subject.id,
        status: 'reminded',
        drafts: composeDrafts(subject, owner, 'thank_you'),
      }),
    );
    const set = capture();
    const signature = { ...deployed, signature: 'Ana Reyes\nData analyst, class of 2027' };
    expect(await runOwners('set', address, signature, set.io)).toBe(0);
    expect(set.out).toEqual([
      `updated ${address} in stack followup-career (eu-west-1)`,
      're-signed the drafts of 1 step(s) waiting for review',
    ]);
    const drafts = (await table.store.getStep(subject.id, 'thank_you'))?.drafts ?? [];
    expect(drafts.length).toBeGreaterThan(0);
    for (const draft of drafts) {
      expect(draft.body.endsWith('Best regards,\nAna Reyes\nData analyst, class of 2027')).toBe(
        true,
      );
    }
  });

  it('says when the stack does not exist', async () => {
    cloudFormation.on(DescribeStacksCommand).rejects(
      Object.assign(new Error('Stack with id followup-nope does not exist'), {
        name: 'ValidationError',
      }),
    );
    const run = capture();
    expect(await runOwners('list', null, { ...deployed, stack: 'followup-nope' }, run.io)).toBe(1);
    expect(run.err).toEqual([
      'no stack named followup-nope in eu-west-1: check --stack and --region (or --profile)',
    ]);
  });

  it('says when the stack lacks the outputs (an older or foreign stack)', async () => {
    stackWith({ InboundAddress: 'interviews@career.example.edu' });
    const run = capture();
    expect(await runOwners('list', null, deployed, run.io)).toBe(1);
    expect(run.err).toEqual([
      'stack followup-career has no TableName or ScheduleGroupName output: it is not a followup stack, or an older version; deploy this version (npx cdk deploy) first',
    ]);
  });

  it('says when there are no credentials, and when they may not', async () => {
    cloudFormation
      .on(DescribeStacksCommand)
      .rejectsOnce(
        Object.assign(new Error('Could not load credentials from any providers'), {
          name: 'CredentialsProviderError',
        }),
      )
      .rejectsOnce(
        Object.assign(
          new Error(
            'User: arn:aws:iam::1:user/x is not authorized to perform: cloudformation:DescribeStacks',
          ),
          {
            name: 'AccessDenied',
          },
        ),
      );
    const none = capture();
    expect(await runOwners('list', null, deployed, none.io)).toBe(1);
    expect(none.err).toEqual([
      'no usable AWS credentials: sign in (aws sso login, or aws configure), or pass --profile',
    ]);
    const denied = capture();
    expect(await runOwners('list', null, deployed, denied.io)).toBe(1);
    expect(denied.err[0]).toMatch(
      /^your AWS credentials may not do this: .*cloudformation:DescribeStacks/,
    );
  });

  it('says when no region is known', async () => {
    const run = capture();
    expect(await runOwners('list', null, { stack: 'followup-career' }, run.io)).toBe(1);
    expect(run.err).toEqual([
      'no AWS region: pass --region, set AWS_REGION, or use a --profile that has a region',
    ]);
    expect(cloudFormation.commandCalls(DescribeStacksCommand)).toEqual([]);
  });

  it('refuses --region or --profile without --stack, and --stack with --data-dir', async () => {
    const run = capture();
    expect(await runOwners('list', null, { dataDir: '.x', region: 'eu-west-1' }, run.io)).toBe(2);
    expect(run.err).toEqual(['--region and --profile go with --stack <name> (a deployed stack)']);

    const seen: unknown[] = [];
    const runners = {
      owners: async (...args: unknown[]) => {
        seen.push(args);
        return 0;
      },
    } as unknown as CommandRunners;
    const quiet = { out: () => {}, err: () => {} };
    const line = ['owners', 'remove', 'ana@x.example', '--stack', 'fc', '--delete-data'];
    expect(await runCli([...line, '--profile', 'p'], runners, quiet)).toBe(0);
    expect(seen).toEqual([
      [
        'remove',
        'ana@x.example',
        expect.objectContaining({ stack: 'fc', deleteData: true, profile: 'p' }),
      ],
    ]);
    expect(await runCli([...line, '--data-dir', 'd'], runners, quiet)).toBe(2);
  });
});
