// `followup doctor` end to end over mocked AWS clients (exact command inputs), a fake DNS
// resolver and a fake fetch.
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { DescribeActiveReceiptRuleSetCommand, SESClient } from '@aws-sdk/client-ses';
import { GetAccountCommand, GetEmailIdentityCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DoctorFlags, type DoctorIo, runDoctor } from '../../cli/commands/doctor.js';
import type { MxRecord } from '../../cli/doctor/checks.js';
import { flagsOf, readCommandLine } from '../support/command-line.js';

const QUEUE = 'https://sqs.eu-west-1.amazonaws.com/123456789012/Followup-DeadLetters';
const URL_BASE = 'https://abc123.lambda-url.eu-west-1.on.aws';
const OUTPUTS = [
  { OutputKey: 'InboundAddress', OutputValue: 'interviews@mail.sam.dev' },
  { OutputKey: 'LinkBaseUrl', OutputValue: URL_BASE },
  { OutputKey: 'MailDomain', OutputValue: 'mail.sam.dev' },
  { OutputKey: 'ReceiptRuleSetName', OutputValue: 'Followup-inbound' },
  { OutputKey: 'DeadLetterQueueUrl', OutputValue: QUEUE },
];

const cfn = mockClient(CloudFormationClient);
const sesv2 = mockClient(SESv2Client);
const ses = mockClient(SESClient);
const sqs = mockClient(SQSClient);

function healthy() {
  cfn.on(DescribeStacksCommand, { StackName: 'Followup' }).resolves({
    Stacks: [
      {
        StackName: 'Followup',
        StackStatus: 'UPDATE_COMPLETE',
        CreationTime: new Date(),
        Outputs: OUTPUTS,
      },
    ],
  });
  sesv2.on(GetEmailIdentityCommand, { EmailIdentity: 'mail.sam.dev' }).resolves({
    VerifiedForSendingStatus: true,
    DkimAttributes: { Status: 'SUCCESS', SigningEnabled: true },
  });
  sesv2.on(GetAccountCommand).resolves({
    ProductionAccessEnabled: true,
    SendingEnabled: true,
    EnforcementStatus: 'HEALTHY',
  });
  ses.on(DescribeActiveReceiptRuleSetCommand).resolves({ Metadata: { Name: 'Followup-inbound' } });
  sqs
    .on(GetQueueAttributesCommand, {
      QueueUrl: QUEUE,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    })
    .resolves({
      Attributes: { ApproximateNumberOfMessages: '0', ApproximateNumberOfMessagesNotVisible: '0' },
    });
}

function harness(options: { mx?: MxRecord[] | Error; response?: Response | Error } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const lookups: string[] = [];
  const fetched: string[] = [];
  const io: DoctorIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    resolveMx: async (domain) => {
      lookups.push(domain);
      const mx = options.mx ?? [{ exchange: 'inbound-smtp.eu-west-1.amazonaws.com', priority: 10 }];
      if (mx instanceof Error) throw mx;
      return mx;
    },
    fetch: (async (url: string) => {
      fetched.push(url);
      const response = options.response ?? new Response('<h1>Not found</h1>', { status: 404 });
      if (response instanceof Error) throw response;
      return response;
    }) as typeof fetch,
  };
  return { io, out, err, lookups, fetched, text: () => out.join('\n') };
}

beforeEach(() => {
  for (const m of [cfn, sesv2, ses, sqs]) m.reset();
  healthy();
});
afterEach(() => {
  for (const m of [cfn, sesv2, ses, sqs]) m.reset();
});

const args = ['--region', 'eu-west-1'];
const doctor = (line: string[]) => flagsOf<DoctorFlags>('doctor', line);

describe('followup doctor', () => {
  it('passes every check of a healthy deployment, with read-only calls only', async () => {
    const h = harness();
    expect(await runDoctor(await doctor(args), h.io)).toBe(0);
    expect(h.text()).toContain('followup doctor · stack Followup · eu-west-1');
    expect(h.out.filter((l) => l.startsWith('  ✓ pass'))).toHaveLength(7);
    expect(h.text()).toContain('all 7 checks passed');
    expect(h.text()).not.toContain('fix:');
    expect(h.lookups).toEqual(['mail.sam.dev']);
    expect(h.fetched).toEqual([`${URL_BASE}/`]);
    const calls = [cfn, sesv2, ses, sqs].flatMap((m) =>
      m.calls().map((c) => c.args[0].constructor.name),
    );
    expect(calls.sort()).toEqual([
      'DescribeActiveReceiptRuleSetCommand',
      'DescribeStacksCommand',
      'GetAccountCommand',
      'GetEmailIdentityCommand',
      'GetQueueAttributesCommand',
    ]);
  });

  it('reports each problem with its fix and exits 1', async () => {
    sesv2.on(GetEmailIdentityCommand).resolves({
      VerifiedForSendingStatus: false,
      DkimAttributes: { Status: 'PENDING', SigningEnabled: true },
    });
    sesv2.on(GetAccountCommand).resolves({ ProductionAccessEnabled: false, SendingEnabled: true });
    ses.on(DescribeActiveReceiptRuleSetCommand).resolves({ Metadata: { Name: 'someone-elses' } });
    sqs.on(GetQueueAttributesCommand).resolves({
      Attributes: { ApproximateNumberOfMessages: '2', ApproximateNumberOfMessagesNotVisible: '1' },
    });
    const h = harness({
      mx: [{ exchange: 'mx.old-provider.net.', priority: 5 }],
      response: new Response('{"Message":"Forbidden"}', {
        status: 403,
        headers: { 'x-amzn-ErrorType': 'AccessDeniedException' },
      }),
    });
    expect(await runDoctor(await doctor(args), h.io)).toBe(1);
    const text = h.text();
    expect(text).toMatch(
      /✗ fail\s+SES identity verified, DKIM on\s+mail\.sam\.dev: not verified, DKIM PENDING/,
    );
    expect(text).toMatch(/fix: publish the three DKIM CNAME records/);
    expect(text).toMatch(
      /! warn\s+SES production access\s+the account is in the SES sandbox in eu-west-1/,
    );
    expect(text).toMatch(/fix: request production access: SES console \(eu-west-1\)/);
    expect(text).toMatch(
      /✗ fail\s+receipt rule set active\s+someone-elses is active, not Followup-inbound/,
    );
    expect(text).toMatch(
      /✗ fail\s+MX record points to SES\s+mail\.sam\.dev MX: 5 mx\.old-provider\.net/,
    );
    expect(text).toContain(
      'fix: replace them (mail to mail.sam.dev must reach SES): create the DNS record: mail.sam.dev MX 10 inbound-smtp.eu-west-1.amazonaws.com',
    );
    expect(text).toMatch(
      /✗ fail\s+link pages answer\s+.*HTTP 403 from the Function URL itself \(AccessDeniedException\)/,
    );
    expect(text).toMatch(/lambda:InvokeFunctionUrl and lambda:InvokeFunction/);
    expect(text).toMatch(/✗ fail\s+dead-letter queue empty\s+3 failed event\(s\) waiting/);
    expect(text).toContain(`aws sqs receive-message --queue-url ${QUEUE}`);
    expect(text).toContain('5 of 7 checks failed');
  });

  it('says how to deploy when the stack does not exist', async () => {
    cfn.on(DescribeStacksCommand).rejects(
      Object.assign(new Error('Stack with id Followup does not exist'), {
        name: 'ValidationError',
      }),
    );
    const h = harness();
    expect(await runDoctor(await doctor(args), h.io)).toBe(1);
    expect(h.text()).toMatch(
      /✗ fail\s+stack deployed\s+no stack named Followup in this account and region/,
    );
    expect(h.text()).toMatch(/fix: deploy it \(README: Deploy to AWS\)/);
    expect(h.lookups).toEqual([]);
  });

  it('turns missing credentials or permissions into a fix, not a stack trace', async () => {
    sesv2.on(GetAccountCommand).rejects(
      Object.assign(new Error('User is not authorized to perform: ses:GetAccount'), {
        name: 'AccessDeniedException',
      }),
    );
    const h = harness({ mx: Object.assign(new Error('queryMx ENOTFOUND'), { code: 'ENOTFOUND' }) });
    expect(await runDoctor(await doctor(args), h.io)).toBe(1);
    expect(h.text()).toMatch(/SES production access\s+could not check: AccessDeniedException/);
    expect(h.text()).toMatch(
      /fix: your credentials lack read access; doctor needs .*ses:GetAccount/,
    );
    expect(h.text()).toMatch(
      /MX record points to SES\s+no MX record for mail\.sam\.dev \(ENOTFOUND\)/,
    );
  });

  it('uses --stack-name, prints JSON with --json, and rejects unknown flags', async () => {
    cfn.on(DescribeStacksCommand, { StackName: 'Career-Center' }).resolves({
      Stacks: [
        {
          StackName: 'Career-Center',
          StackStatus: 'CREATE_COMPLETE',
          CreationTime: new Date(),
          Outputs: OUTPUTS,
        },
      ],
    });
    const h = harness();
    expect(
      await runDoctor(await doctor([...args, '--stack-name', 'Career-Center', '--json']), h.io),
    ).toBe(0);
    const report = JSON.parse(h.out[0] as string);
    expect(report).toMatchObject({ stackName: 'Career-Center', region: 'eu-west-1', ok: true });
    expect(report.results.map((r: { id: string }) => r.id)).toEqual([
      'stack',
      'identity',
      'production-access',
      'rule-set',
      'mx',
      'function-url',
      'dead-letters',
    ]);

    const bad = await readCommandLine(['doctor', '--nope']);
    expect(bad.code).toBe(2);
    expect(bad.ran).toBeNull();
    expect(bad.err).toMatch(/unknown option '--nope'/);
  });

  it('names outputs a foreign or older stack lacks', async () => {
    cfn.on(DescribeStacksCommand).resolves({
      Stacks: [
        {
          StackName: 'Followup',
          StackStatus: 'CREATE_COMPLETE',
          CreationTime: new Date(),
          Outputs: OUTPUTS.slice(0, 2),
        },
      ],
    });
    const h = harness();
    expect(await runDoctor(await doctor(args), h.io)).toBe(1);
    expect(h.text()).toMatch(/missing outputs: MailDomain, ReceiptRuleSetName, DeadLetterQueueUrl/);
  });
});
