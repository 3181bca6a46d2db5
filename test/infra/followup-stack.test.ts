import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { TABLE } from '#adapters/dynamo/table.js';
import { ESBUILD_OPTIONS } from '../../infra/bundling.js';
import { logicalId, resources, synth } from './synth.js';

// One synth for the example config, reused by every assertion in this file.
const { template } = synth();
const R = resources(template);
const id = (type: string, prefix: string) => logicalId(template, type, prefix);
const arn = (logical: string) => ({ 'Fn::GetAtt': [logical, 'Arn'] });
const ref = (logical: string) => ({ Ref: logical });
const pseudoArn = (tail: string) => ({
  'Fn::Join': [
    '',
    [
      'arn:',
      ref('AWS::Partition'),
      tail.split('|')[0],
      ref('AWS::Region'),
      ':',
      ref('AWS::AccountId'),
      tail.split('|')[1],
    ],
  ],
});
const RULE_ARN = pseudoArn(':ses:|:receipt-rule-set/Test-inbound:receipt-rule/Test-forwarded-mail');

const table = id('AWS::DynamoDB::Table', 'Table');
const bucket = id('AWS::S3::Bucket', 'ReceivingRawMail');
const queue = id('AWS::SQS::Queue', 'SchedulesDeadLetters');
const topic = id('AWS::SNS::Topic', 'AlarmTopic');
const inbound = id('AWS::Lambda::Function', 'InboundFunction');
const step = id('AWS::Lambda::Function', 'StepFunction');
const link = id('AWS::Lambda::Function', 'LinkFunction');
const schedulerRole = id('AWS::IAM::Role', 'SchedulesInvokeRole');
const linkUrl = id('AWS::Lambda::Url', 'LinkFunctionFunctionUrl');

/** Every statement of every inline policy attached to the role. */
function statementsOf(roleLogicalId: string) {
  return Object.values(R)
    .filter((r) => r.Type === 'AWS::IAM::Policy')
    .filter((r) =>
      (r.Properties.Roles as unknown[]).some(
        (role) => JSON.stringify(role) === JSON.stringify(ref(roleLogicalId)),
      ),
    )
    .flatMap((r) => (r.Properties.PolicyDocument as { Statement: unknown[] }).Statement);
}

function propsIn(t: typeof template, logical: string): Record<string, unknown> {
  const found = resources(t)[logical];
  if (!found) throw new Error(`no resource ${logical}`);
  return found.Properties ?? {};
}
const props = (logical: string) => propsIn(template, logical);

function roleOf(fnLogicalId: string): string {
  const role = props(fnLogicalId).Role as { 'Fn::GetAtt': [string, string] };
  return role['Fn::GetAtt'][0];
}

function envOf(fnLogicalId: string): Record<string, unknown> {
  return (props(fnLogicalId).Environment as { Variables: Record<string, unknown> }).Variables;
}

describe('raw-mail bucket', () => {
  it('blocks public access, is encrypted, and expires objects after 30 days', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
        ],
      },
      LifecycleConfiguration: {
        Rules: [Match.objectLike({ ExpirationInDays: 30, Status: 'Enabled' })],
      },
    });
  });

  it('denies non-TLS access and lets only this rule of this account write under inbound/', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: ref(bucket),
      PolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Action: 's3:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Resource: [arn(bucket), { 'Fn::Join': ['', [arn(bucket), '/*']] }],
          },
          {
            Sid: 'AllowSesReceiptRulePut',
            Action: 's3:PutObject',
            Condition: {
              StringEquals: {
                'aws:SourceAccount': ref('AWS::AccountId'),
                'aws:SourceArn': RULE_ARN,
              },
            },
            Effect: 'Allow',
            Principal: { Service: 'ses.amazonaws.com' },
            Resource: { 'Fn::Join': ['', [arn(bucket), '/inbound/*']] },
          },
        ],
      },
    });
  });
});

describe('SES', () => {
  it('has a domain identity with Easy DKIM (2048-bit)', () => {
    template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'followup.example.com',
      DkimAttributes: { SigningEnabled: true },
      DkimSigningAttributes: { NextSigningKeyLength: 'RSA_2048_BIT' },
    });
  });

  it('receives over TLS only, for the whole mail domain (owners added later included): S3, then Lambda (Event), then Stop', () => {
    template.resourceCountIs('AWS::SES::ReceiptRuleSet', 1);
    template.hasResourceProperties('AWS::SES::ReceiptRuleSet', { RuleSetName: 'Test-inbound' });
    template.hasResource('AWS::SES::ReceiptRule', {
      Properties: {
        RuleSetName: ref(id('AWS::SES::ReceiptRuleSet', 'ReceivingRuleSet')),
        Rule: {
          Name: 'Test-forwarded-mail',
          Enabled: true,
          ScanEnabled: true,
          TlsPolicy: 'Require',
          Recipients: ['followup.example.com'],
          Actions: [
            { S3Action: { BucketName: ref(bucket), ObjectKeyPrefix: 'inbound/' } },
            { LambdaAction: { FunctionArn: arn(inbound), InvocationType: 'Event' } },
            { StopAction: { Scope: 'RuleSet' } },
          ],
        },
      },
      // SES checks its permissions when the rule is created.
      DependsOn: [
        id('AWS::Lambda::Permission', 'InboundFunctionAllowSesReceiptRule'),
        id('AWS::S3::BucketPolicy', 'ReceivingRawMailPolicy'),
      ],
    });
  });

  it('lets only this rule of this account invoke the inbound function', () => {
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: arn(inbound),
      Principal: 'ses.amazonaws.com',
      SourceAccount: ref('AWS::AccountId'),
      SourceArn: RULE_ARN,
    });
  });

  it('activates the rule set on create/update and deactivates it on delete', () => {
    const activation = id('Custom::SesActiveReceiptRuleSet', 'ReceivingActivation');
    const cr = props(activation) as Record<string, string>;
    expect(JSON.parse(cr.Create as string)).toMatchObject({
      service: 'SES',
      action: 'SetActiveReceiptRuleSet',
      parameters: { RuleSetName: 'Test-inbound' },
    });
    expect(JSON.parse(cr.Update as string)).toEqual(JSON.parse(cr.Create as string));
    expect(JSON.parse(cr.Delete as string)).toEqual({
      service: 'SES',
      action: 'SetActiveReceiptRuleSet',
      parameters: {},
    });
    expect(cr.InstallLatestAwsSdk).toBe(false);
    // Activated after the rule exists; deleted (deactivated) before the rule set goes.
    expect(template.toJSON().Resources[activation].DependsOn).toContain(
      id('AWS::SES::ReceiptRule', 'ReceivingRuleSetForwardedMail'),
    );
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyName: Match.stringLikeRegexp('^ReceivingActivationCustomResourcePolicy'),
      PolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Action: 'ses:SetActiveReceiptRuleSet', Effect: 'Allow', Resource: '*' }],
      },
    });
  });

  it('prints the DNS records to create by hand when there is no hosted zone', () => {
    const outputs = template.toJSON().Outputs;
    expect(outputs.DnsRecordMx.Value).toEqual({
      'Fn::Join': [
        '',
        ['followup.example.com MX 10 inbound-smtp.', ref('AWS::Region'), '.amazonaws.com'],
      ],
    });
    for (const n of [1, 2, 3]) {
      expect(outputs[`DnsRecordDkim${n}`].Value).toEqual({
        'Fn::Join': [
          '',
          [
            {
              'Fn::GetAtt': [
                id('AWS::SES::EmailIdentity', 'DomainIdentity'),
                `DkimDNSTokenName${n}`,
              ],
            },
            ' CNAME ',
            {
              'Fn::GetAtt': [
                id('AWS::SES::EmailIdentity', 'DomainIdentity'),
                `DkimDNSTokenValue${n}`,
              ],
            },
          ],
        ],
      });
    }
    template.resourceCountIs('AWS::Route53::RecordSet', 0);
  });
});

describe('with a hosted zone', () => {
  const zoned = synth({ hostedZone: { id: 'Z0123456789ABC', name: 'example.com' } }).template;

  it('creates the MX record to the region inbound endpoint and the three DKIM CNAMEs', () => {
    zoned.hasResourceProperties('AWS::Route53::RecordSet', {
      HostedZoneId: 'Z0123456789ABC',
      Name: 'followup.example.com.',
      Type: 'MX',
      ResourceRecords: [
        { 'Fn::Join': ['', ['10 inbound-smtp.', ref('AWS::Region'), '.amazonaws.com']] },
      ],
    });
    const cnames = Object.values(resources(zoned)).filter(
      (r) => r.Type === 'AWS::Route53::RecordSet' && r.Properties?.Type === 'CNAME',
    );
    const identity = logicalId(zoned, 'AWS::SES::EmailIdentity', 'DomainIdentity');
    expect(cnames.map((r) => [r.Properties?.Name, r.Properties?.ResourceRecords])).toEqual(
      [1, 2, 3].map((n) => [
        { 'Fn::GetAtt': [identity, `DkimDNSTokenName${n}`] },
        [{ 'Fn::GetAtt': [identity, `DkimDNSTokenValue${n}`] }],
      ]),
    );
    expect(Object.keys(zoned.toJSON().Outputs)).not.toContain('DnsRecordMx');
  });

  it('rejects a zone that does not hold the domain', () => {
    expect(() => synth({ hostedZone: { id: 'Z1', name: 'other.org' } })).toThrow(
      /hostedZone\.name: the zone "other.org" does not hold the domain "followup.example.com"/,
    );
  });
});

describe('functions', () => {
  const all = { inbound, step, link };

  it('run nodejs24.x on arm64 (the Node the bundles target), log to their own log group kept 30 days', () => {
    expect(ESBUILD_OPTIONS.target).toBe('node24');
    for (const [name, fn] of Object.entries(all)) {
      const fnProps = props(fn);
      expect(fnProps.Runtime).toBe('nodejs24.x');
      expect(fnProps.Architectures).toEqual(['arm64']);
      expect(fnProps.Handler).toBe('index.handler');
      const logs = id('AWS::Logs::LogGroup', `${name[0]?.toUpperCase()}${name.slice(1)}Logs`);
      expect(fnProps.LoggingConfig).toEqual({ LogGroup: ref(logs) });
      expect(props(logs).RetentionInDays).toBe(30);
    }
  });

  it('get their environment from config, without reference cycles', () => {
    const shared = {
      TABLE_NAME: ref(table),
      SCHEDULE_GROUP: 'Test-steps',
      STEP_FUNCTION_ARN: pseudoArn(':lambda:|:function:Test-step'),
      SCHEDULER_ROLE_ARN: arn(schedulerRole),
      SCHEDULER_DLQ_ARN: arn(queue),
      FOLLOWUP_CONFIG: expect.any(String),
    };
    const linkBase = {
      'Fn::Join': [
        '',
        [
          'https://',
          { 'Fn::Select': [2, { 'Fn::Split': ['/', { 'Fn::GetAtt': [linkUrl, 'FunctionUrl'] }] }] },
        ],
      ],
    };
    expect(envOf(inbound)).toEqual({
      ...shared,
      LINK_BASE_URL: linkBase,
      RAW_MAIL_BUCKET: ref(bucket),
    });
    expect(envOf(step)).toEqual({ ...shared, LINK_BASE_URL: linkBase });
    // The link function learns its base URL from each request.
    expect(envOf(link)).toEqual(shared);
    const config = JSON.parse(envOf(step).FOLLOWUP_CONFIG as string);
    expect(config).toMatchObject({
      domain: 'followup.example.com',
      inboundAddress: 'interviews@followup.example.com',
      owners: [expect.objectContaining({ sendingAddress: 'sam@followup.example.com' })],
    });
    expect(config).not.toHaveProperty('alarmEmail');
    expect(props(step).FunctionName).toBe('Test-step');
  });

  it('send failed async invocations of inbound and step to the DLQ', () => {
    for (const fn of [inbound, step]) {
      expect(props(fn).DeadLetterConfig).toEqual({ TargetArn: arn(queue) });
    }
    expect(props(link).DeadLetterConfig).toBeUndefined();
  });

  it('throttle the link function with reserved concurrency (configurable, or none)', () => {
    expect(props(link).ReservedConcurrentExecutions).toBe(5);
    const none = synth({ linkReservedConcurrency: null });
    const noneLink = logicalId(none.template, 'AWS::Lambda::Function', 'LinkFunction');
    expect(propsIn(none.template, noneLink).ReservedConcurrentExecutions).toBeUndefined();
  });

  it('refuse a config too large for the Lambda environment', () => {
    const owners = Array.from({ length: 40 }, (_, i) => ({
      email: `owner${i}@example.com`,
      name: `Owner Number ${i} With A Long Name`,
      timezone: 'America/New_York',
      sendingAddress: `owner${i}@followup.example.com`,
    }));
    expect(() => synth({ owners })).toThrow(/Lambda environments hold 4 KB/);
  });
});

describe('link Function URL', () => {
  it('has no IAM auth and both permissions AWS requires for public URLs', () => {
    template.hasResourceProperties('AWS::Lambda::Url', {
      AuthType: 'NONE',
      TargetFunctionArn: arn(link),
    });
    // aws-cdk-lib 2.276 adds both; AWS has required lambda:InvokeFunction too since late 2025.
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunctionUrl',
      FunctionName: arn(link),
      FunctionUrlAuthType: 'NONE',
      Principal: '*',
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: arn(link),
      InvokedViaFunctionUrl: true,
      Principal: '*',
    });
  });
});

describe('scheduler, DLQ and alarm', () => {
  it('has the schedule group', () => {
    template.hasResourceProperties('AWS::Scheduler::ScheduleGroup', { Name: 'Test-steps' });
  });

  it('has an invoke role trusted only by Scheduler for this group, that may invoke only the step function', () => {
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Action: 'sts:AssumeRole',
            Effect: 'Allow',
            Principal: { Service: 'scheduler.amazonaws.com' },
            Condition: {
              StringEquals: { 'aws:SourceAccount': ref('AWS::AccountId') },
              ArnLike: {
                'aws:SourceArn': [
                  pseudoArn(':scheduler:|:schedule-group/Test-steps'),
                  pseudoArn(':scheduler:|:schedule/Test-steps/*'),
                ],
              },
            },
          },
        ],
      },
    });
    expect(props(schedulerRole).ManagedPolicyArns).toBeUndefined();
    expect(statementsOf(schedulerRole)).toEqual([
      {
        Sid: 'DeadLetterUndeliveredSchedules',
        Action: 'sqs:SendMessage',
        Effect: 'Allow',
        Resource: arn(queue),
      },
      {
        Sid: 'InvokeStepFunction',
        Action: 'lambda:InvokeFunction',
        Effect: 'Allow',
        Resource: arn(step),
      },
    ]);
  });

  it('has an encrypted, SSL-only DLQ', () => {
    template.hasResourceProperties('AWS::SQS::Queue', {
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 14 * 24 * 3600,
    });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [ref(queue)],
      PolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Action: 'sqs:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Resource: arn(queue),
          },
        ],
      },
    });
  });

  it('alarms on any message in the DLQ and emails alarmEmail through an SSL-only topic', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Namespace: 'AWS/SQS',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queue, 'QueueName'] } }],
      Statistic: 'Maximum',
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      EvaluationPeriods: 1,
      TreatMissingData: 'notBreaching',
      AlarmActions: [ref(topic)],
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'sam.seeker@example.com',
      TopicArn: ref(topic),
    });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: [
          Match.objectLike({
            Effect: 'Deny',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ],
      },
    });
  });
});

describe('link pages alarms', () => {
  const anyIn5Minutes = {
    Period: 300,
    Statistic: 'Sum',
    Threshold: 1,
    ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    EvaluationPeriods: 1,
    TreatMissingData: 'notBreaching',
    AlarmActions: [ref(topic)],
  };

  it('alarm on any page answered with a server error (caught failures, crashes, timeouts)', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: 'Url5xxCount',
      Dimensions: [{ Name: 'FunctionName', Value: ref(link) }],
      ...anyIn5Minutes,
    });
  });

  it('alarm on any request turned away by the reserved concurrency', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: 'Throttles',
      Dimensions: [{ Name: 'FunctionName', Value: ref(link) }],
      ...anyIn5Minutes,
    });
  });

  it('every alarm notifies the topic', () => {
    const alarms = Object.values(R).filter((r) => r.Type === 'AWS::CloudWatch::Alarm');
    expect(alarms.map((a) => a.Properties.AlarmActions)).toEqual(alarms.map(() => [ref(topic)]));
  });
});

describe('IAM of the functions (least privilege)', () => {
  const common = (logs: string) => [
    {
      Sid: 'WriteOwnLogs',
      Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      Effect: 'Allow',
      Resource: arn(logs),
    },
  ];
  const shared = [
    {
      Sid: 'TableReadWrite',
      Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:Query'],
      Effect: 'Allow',
      Resource: [arn(table), { 'Fn::Join': ['', [arn(table), `/index/${TABLE.gsi1.name}`]] }],
    },
    {
      Sid: 'ManageStepSchedules',
      Action: ['scheduler:CreateSchedule', 'scheduler:UpdateSchedule', 'scheduler:DeleteSchedule'],
      Effect: 'Allow',
      Resource: pseudoArn(':scheduler:|:schedule/Test-steps/*'),
    },
    {
      Sid: 'PassSchedulerRole',
      Action: 'iam:PassRole',
      Condition: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
      Effect: 'Allow',
      Resource: arn(schedulerRole),
    },
  ];
  const sendIdentities = [
    pseudoArn(':ses:|:identity/followup.example.com'),
    pseudoArn(':ses:|:identity/sam.seeker@example.com'),
  ];
  const sendAsFollowup = {
    Sid: 'SendAsFollowup',
    Action: 'ses:SendEmail',
    Condition: { StringEquals: { 'ses:FromAddress': 'followup@followup.example.com' } },
    Effect: 'Allow',
    Resource: sendIdentities,
  };
  // Owners' sending addresses are matched by the domain (owners can change without a deploy),
  // never the inbound address nor another identity such as the owner's own verified address.
  const sendAsFollowupOrOwners = {
    Sid: 'SendAsFollowupOrOwners',
    Action: 'ses:SendEmail',
    Condition: {
      StringLike: { 'ses:FromAddress': '*@followup.example.com' },
      StringNotEquals: { 'ses:FromAddress': 'interviews@followup.example.com' },
    },
    Effect: 'Allow',
    Resource: sendIdentities,
  };
  const dlq = { Action: 'sqs:SendMessage', Effect: 'Allow', Resource: arn(queue) };

  it('inbound: logs, DLQ, table, schedules, pass role, send as followup only, raw mail under inbound/', () => {
    expect(statementsOf(roleOf(inbound))).toEqual([
      ...common(id('AWS::Logs::LogGroup', 'InboundLogs')),
      dlq,
      ...shared,
      sendAsFollowup,
      {
        Sid: 'ReadRawMail',
        Action: 's3:GetObject',
        Effect: 'Allow',
        Resource: { 'Fn::Join': ['', [arn(bucket), '/inbound/*']] },
      },
    ]);
  });

  it('step: logs, DLQ, table, schedules, pass role, send as followup or an owner', () => {
    expect(statementsOf(roleOf(step))).toEqual([
      ...common(id('AWS::Logs::LogGroup', 'StepLogs')),
      dlq,
      ...shared,
      sendAsFollowupOrOwners,
    ]);
  });

  it('link (internet-facing): logs, table, schedules of its group, the scheduler role only, send as followup or an owner', () => {
    expect(statementsOf(roleOf(link))).toEqual([
      ...common(id('AWS::Logs::LogGroup', 'LinkLogs')),
      ...shared,
      sendAsFollowupOrOwners,
    ]);
  });

  it('no role has a managed policy except the CDK custom-resource provider, and no "*" resource but SetActiveReceiptRuleSet', () => {
    const roles = Object.entries(R).filter(([, r]) => r.Type === 'AWS::IAM::Role');
    const withManaged = roles.filter(([, r]) => r.Properties?.ManagedPolicyArns).map(([k]) => k);
    expect(withManaged).toEqual([
      expect.stringMatching(/^AWS679f53fac002430cb0da5b7982bd2287ServiceRole/),
    ]);
    const starStatements = Object.values(R)
      .filter((r) => r.Type === 'AWS::IAM::Policy')
      .flatMap(
        (r) =>
          (
            r.Properties.PolicyDocument as {
              Statement: { Resource: unknown; Action: unknown }[];
            }
          ).Statement,
      )
      .filter(
        (s) =>
          JSON.stringify(s.Resource) === '"*"' ||
          (Array.isArray(s.Resource) && s.Resource.includes('*')),
      );
    expect(starStatements.map((s) => s.Action)).toEqual(['ses:SetActiveReceiptRuleSet']);
  });

  it('grants SES sending on the configuration set too when one is configured', () => {
    const withSet = synth({ sesConfigurationSet: 'followup-events' });
    const t = withSet.template;
    const stepId = logicalId(t, 'AWS::Lambda::Function', 'StepFunction');
    const env = (propsIn(t, stepId).Environment as { Variables: Record<string, unknown> })
      .Variables;
    expect(env.SES_CONFIGURATION_SET).toBe('followup-events');
    t.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Sid: 'SendAsFollowupOrOwners',
            Resource: Match.arrayWith([pseudoArn(':ses:|:configuration-set/followup-events')]),
          }),
        ]),
      },
    });
    t.hasResourceProperties('AWS::SES::EmailIdentity', {
      ConfigurationSetAttributes: { ConfigurationSetName: 'followup-events' },
    });
  });
});

describe('the template as a whole', () => {
  it('has exactly these resources (a new one needs its assertions here)', () => {
    const counts: Record<string, number> = {};
    for (const r of Object.values(R)) counts[r.Type] = (counts[r.Type] ?? 0) + 1;
    expect(counts).toEqual({
      'AWS::DynamoDB::Table': 1,
      'AWS::S3::Bucket': 1,
      'AWS::S3::BucketPolicy': 1,
      'AWS::SQS::Queue': 1,
      'AWS::SQS::QueuePolicy': 1,
      'AWS::SNS::Topic': 1,
      'AWS::SNS::TopicPolicy': 1,
      'AWS::SNS::Subscription': 1,
      // dead letters; link pages: server errors, throttles
      'AWS::CloudWatch::Alarm': 3,
      'AWS::Scheduler::ScheduleGroup': 1,
      // scheduler invoke role, three function roles, the custom-resource provider's role
      'AWS::IAM::Role': 5,
      // their inline policies, plus the activation's
      'AWS::IAM::Policy': 5,
      // three handler log groups and the activation's
      'AWS::Logs::LogGroup': 4,
      // three handlers and the custom-resource provider
      'AWS::Lambda::Function': 4,
      // SES → inbound, and the two public Function URL permissions
      'AWS::Lambda::Permission': 3,
      'AWS::Lambda::Url': 1,
      'AWS::SES::EmailIdentity': 1,
      'AWS::SES::ReceiptRuleSet': 1,
      'AWS::SES::ReceiptRule': 1,
      'Custom::SesActiveReceiptRuleSet': 1,
    });
  });

  it('gives the alarm topic a name people recognize in the email', () => {
    template.hasResourceProperties('AWS::SNS::Topic', { DisplayName: 'followup alarms' });
  });

  it('has no dependency cycle between resources', () => {
    const deps = new Map<string, Set<string>>();
    const collect = (value: unknown, into: Set<string>) => {
      if (Array.isArray(value)) for (const v of value) collect(v, into);
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          if (k === 'Ref' && typeof v === 'string') into.add(v);
          else if (k === 'Fn::GetAtt' && Array.isArray(v)) into.add(v[0] as string);
          else collect(v, into);
        }
      }
    };
    const json = template.toJSON().Resources as Record<string, { DependsOn?: string[] }>;
    for (const [name, resource] of Object.entries(json)) {
      const into = new Set<string>(resource.DependsOn ?? []);
      collect(resource, into);
      deps.set(name, new Set([...into].filter((d) => d in json)));
    }
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (node: string, path: string[]): void => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'visiting') throw new Error(`cycle: ${[...path, node].join(' → ')}`);
      state.set(node, 'visiting');
      for (const next of deps.get(node) ?? []) visit(next, [...path, node]);
      state.set(node, 'done');
    };
    for (const node of deps.keys()) visit(node, []);
    expect(state.size).toBe(deps.size);
  });

  it('outputs the table and the schedule group that `followup owners --stack` works on', () => {
    const outputs = template.toJSON().Outputs;
    expect(outputs.TableName.Value).toEqual(ref(table));
    expect(outputs.ScheduleGroupName.Value).toBe('Test-steps');
    template.hasResourceProperties('AWS::Scheduler::ScheduleGroup', { Name: 'Test-steps' });
  });

  it('outputs the inbound address, the link base URL and what doctor reads', () => {
    const outputs = template.toJSON().Outputs;
    expect(outputs.InboundAddress.Value).toBe('interviews@followup.example.com');
    expect(outputs.LinkBaseUrl.Value).toEqual(envOf(step).LINK_BASE_URL);
    expect(outputs.MailDomain.Value).toBe('followup.example.com');
    expect(outputs.ReceiptRuleSetName.Value).toBe('Test-inbound');
    expect(outputs.DeadLetterQueueUrl.Value).toEqual(ref(queue));
  });

  it('outputs what the welcome email of `followup owners add --stack` is written and sent with', () => {
    const outputs = template.toJSON().Outputs;
    expect(outputs.InboundAddress.Value).toBe('interviews@followup.example.com');
    expect(outputs.LinkBaseUrl.Value).toEqual(envOf(step).LINK_BASE_URL);
    expect(outputs.MailDomain.Value).toBe('followup.example.com');
    // No configuration set configured: none to name.
    expect(outputs.SesConfigurationSet).toBeUndefined();
    const withSet = synth({ sesConfigurationSet: 'career-events' }).template.toJSON().Outputs;
    expect(withSet.SesConfigurationSet.Value).toBe('career-events');
  });
});
