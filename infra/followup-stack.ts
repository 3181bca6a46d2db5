// The whole deployment (DESIGN §3): SES receiving and sending, the raw-mail bucket, the table,
// three functions, the scheduler's group/role/DLQ, an alarm, and the link pages' Function URL.
import { fileURLToPath } from 'node:url';
import {
  ArnFormat,
  Aws,
  CfnOutput,
  Duration,
  Fn,
  RemovalPolicy,
  Stack,
  type StackProps,
  Token,
} from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { AttributeType, BillingMode, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, FunctionUrlAuthType, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, type NodejsFunctionProps } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { CfnRecordSet, HostedZone, MxRecord } from 'aws-cdk-lib/aws-route53';
import { BlockPublicAccess, Bucket, BucketEncryption, type CfnBucket } from 'aws-cdk-lib/aws-s3';
import { ScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import {
  ConfigurationSet,
  DkimIdentity,
  EasyDkimSigningKeyLength,
  EmailIdentity,
  Identity,
  ReceiptRuleSet,
  TlsPolicy,
} from 'aws-cdk-lib/aws-ses';
import { Stop } from 'aws-cdk-lib/aws-ses-actions';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { TABLE } from '../functions/adapters/dynamo/table.js';
import { LAMBDA_BUNDLING } from './bundling.js';
import { appConfigOf, ConfigError, type StackConfig } from './config.js';
import { acknowledgeNagFindings } from './nag-acknowledgements.js';
import { RuleSetActivation } from './rule-set-activation.js';
import { receiptRuleArn, ScopedLambdaAction, ScopedS3Action } from './ses-receipt-actions.js';

export interface FollowupStackProps extends StackProps {
  config: StackConfig;
}

/** Where SES writes raw messages in the bucket; the inbound function may read only there. */
export const RAW_MAIL_PREFIX = 'inbound/';

/** Lambda caps all environment variables of a function at 4 KB together. */
const MAX_CONFIG_ENV_BYTES = 3200;

const RETENTION: Record<StackConfig['logRetentionDays'], RetentionDays> = {
  7: RetentionDays.ONE_WEEK,
  14: RetentionDays.TWO_WEEKS,
  30: RetentionDays.ONE_MONTH,
  90: RetentionDays.THREE_MONTHS,
};

/** The stack outputs `followup doctor` reads. */
export const OUTPUT = {
  inboundAddress: 'InboundAddress',
  linkBaseUrl: 'LinkBaseUrl',
  domain: 'MailDomain',
  ruleSetName: 'ReceiptRuleSetName',
  deadLetterQueueUrl: 'DeadLetterQueueUrl',
  dnsMx: 'DnsRecordMx',
  dnsDkim: (n: number) => `DnsRecordDkim${n}`,
} as const;

export class FollowupStack extends Stack {
  readonly table: Table;
  readonly rawMail: Bucket;
  readonly inbound: NodejsFunction;
  readonly step: NodejsFunction;
  readonly link: NodejsFunction;

  constructor(scope: Construct, id: string, props: FollowupStackProps) {
    super(scope, id, props);
    const { config } = props;
    const appConfig = JSON.stringify(appConfigOf(config));
    if (Buffer.byteLength(appConfig) > MAX_CONFIG_ENV_BYTES) {
      throw new ConfigError(
        `the "followup" config is ${Buffer.byteLength(appConfig)} bytes as JSON; Lambda environments hold 4 KB in all, so keep it under ${MAX_CONFIG_ENV_BYTES} (fewer owners or shorter names)`,
      );
    }

    // ── Data ────────────────────────────────────────────────────────────────────────────
    this.table = new Table(this, 'Table', {
      partitionKey: { name: TABLE.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: TABLE.ttlAttribute,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: TABLE.gsi1.name,
      partitionKey: { name: TABLE.gsi1.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE.gsi1.sortKey, type: AttributeType.STRING },
    });

    this.rawMail = new Bucket(this, 'RawMail', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      versioned: false,
      lifecycleRules: [{ id: 'expire-raw-mail', expiration: Duration.days(30) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // ── Failures: one DLQ for schedules that could not invoke and async invokes that failed ─
    const deadLetters = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    const alarmTopic = new Topic(this, 'AlarmTopic', {
      displayName: 'followup alarms',
      enforceSSL: true,
    });
    alarmTopic.addSubscription(new EmailSubscription(config.alarmEmail));
    const dlqAlarm = new Alarm(this, 'DeadLettersAlarm', {
      alarmDescription:
        'followup: a scheduled step or an inbound message failed for good; see the DeadLetters queue',
      metric: deadLetters.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
        statistic: 'Maximum',
      }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    dlqAlarm.addAlarmAction(new SnsAction(alarmTopic));

    // ── Scheduler ───────────────────────────────────────────────────────────────────────
    const scheduleGroupName = `${this.stackName}-steps`;
    const scheduleGroup = new ScheduleGroup(this, 'ScheduleGroup', { scheduleGroupName });
    // Named so every function can know the step function's ARN without a reference cycle
    // (the link function schedules steps, the step function links to the link pages).
    const stepFunctionName = `${this.stackName}-step`;
    const stepFunctionArn = this.formatArn({
      service: 'lambda',
      resource: 'function',
      resourceName: stepFunctionName,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
    const schedulerRole = new Role(this, 'SchedulerInvokeRole', {
      description:
        'EventBridge Scheduler: invokes the followup step function, dead-letters failures',
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: {
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
          // Only schedules of this stack's group (the group ARN, or one of its schedules).
          ArnLike: {
            'aws:SourceArn': [
              this.formatArn({
                service: 'scheduler',
                resource: 'schedule-group',
                resourceName: scheduleGroupName,
              }),
              this.formatArn({
                service: 'scheduler',
                resource: 'schedule',
                resourceName: `${scheduleGroupName}/*`,
              }),
            ],
          },
        },
      }),
    });

    // ── Functions ───────────────────────────────────────────────────────────────────────
    const sharedEnv: Record<string, string> = {
      NODE_OPTIONS: '--enable-source-maps',
      TABLE_NAME: this.table.tableName,
      FOLLOWUP_CONFIG: appConfig,
      SCHEDULE_GROUP: scheduleGroupName,
      STEP_FUNCTION_ARN: stepFunctionArn,
      SCHEDULER_ROLE_ARN: schedulerRole.roleArn,
      SCHEDULER_DLQ_ARN: deadLetters.queueArn,
      ...(config.sesConfigurationSet ? { SES_CONFIGURATION_SET: config.sesConfigurationSet } : {}),
    };
    const makeFunction = (
      name: 'inbound' | 'step' | 'link',
      options: Pick<
        NodejsFunctionProps,
        | 'timeout'
        | 'memorySize'
        | 'functionName'
        | 'deadLetterQueue'
        | 'reservedConcurrentExecutions'
      >,
    ) => {
      const logGroup = new LogGroup(this, `${capitalize(name)}Logs`, {
        retention: RETENTION[config.logRetentionDays],
        removalPolicy: RemovalPolicy.DESTROY,
      });
      // Its own role instead of AWSLambdaBasicExecutionRole: logs go to this log group only.
      const role = new Role(this, `${capitalize(name)}Role`, {
        description: `followup ${name} function`,
        assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      });
      role.addToPrincipalPolicy(
        new PolicyStatement({
          sid: 'WriteOwnLogs',
          actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          resources: [logGroup.logGroupArn],
        }),
      );
      return new NodejsFunction(this, `${capitalize(name)}Function`, {
        role,
        description: `followup ${name} handler`,
        entry: fileURLToPath(new URL(`../functions/handlers/${name}.ts`, import.meta.url)),
        handler: 'handler',
        runtime: Runtime.NODEJS_24_X,
        architecture: Architecture.ARM_64,
        bundling: LAMBDA_BUNDLING,
        projectRoot: fileURLToPath(new URL('..', import.meta.url)),
        depsLockFilePath: fileURLToPath(new URL('../package-lock.json', import.meta.url)),
        logGroup,
        environment: sharedEnv,
        ...options,
      });
    };

    // Async invocations (SES → inbound, Scheduler → step) that still fail after Lambda's two
    // retries land in the same DLQ as the schedules that could not invoke at all.
    this.inbound = makeFunction('inbound', {
      timeout: Duration.seconds(60),
      memorySize: 512,
      deadLetterQueue: deadLetters,
    });
    this.step = makeFunction('step', {
      timeout: Duration.seconds(30),
      memorySize: 256,
      functionName: stepFunctionName,
      deadLetterQueue: deadLetters,
    });
    this.link = makeFunction('link', {
      timeout: Duration.seconds(15),
      memorySize: 256,
      reservedConcurrentExecutions: config.linkReservedConcurrency ?? undefined,
    });

    // The link pages: a Function URL without IAM auth; capability tokens guard every action.
    const linkUrl = this.link.addFunctionUrl({ authType: FunctionUrlAuthType.NONE });
    // "https://<id>.lambda-url.<region>.on.aws/" → without the trailing slash.
    const linkBaseUrl = `https://${Fn.select(2, Fn.split('/', linkUrl.url))}`;
    this.inbound.addEnvironment('LINK_BASE_URL', linkBaseUrl);
    this.step.addEnvironment('LINK_BASE_URL', linkBaseUrl);
    // The link function learns its own base URL from each request (requestContext.domainName).

    this.inbound.addEnvironment('RAW_MAIL_BUCKET', this.rawMail.bucketName);
    this.inbound.addEnvironment('RAW_MAIL_PREFIX', RAW_MAIL_PREFIX);

    // ── Permissions (least privilege, named resources) ──────────────────────────────────
    const tableStatement = new PolicyStatement({
      sid: 'TableReadWrite',
      actions: [
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
        'dynamodb:DeleteItem',
        'dynamodb:Query',
      ],
      resources: [this.table.tableArn, `${this.table.tableArn}/index/${TABLE.gsi1.name}`],
    });
    const scheduleStatement = new PolicyStatement({
      sid: 'ManageStepSchedules',
      actions: [
        'scheduler:CreateSchedule',
        'scheduler:UpdateSchedule',
        'scheduler:DeleteSchedule',
        'scheduler:GetSchedule',
      ],
      resources: [
        this.formatArn({
          service: 'scheduler',
          resource: 'schedule',
          resourceName: `${scheduleGroup.scheduleGroupName}/*`,
        }),
      ],
    });
    const passRoleStatement = new PolicyStatement({
      sid: 'PassSchedulerRole',
      actions: ['iam:PassRole'],
      resources: [schedulerRole.roleArn],
      conditions: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
    });
    const identityArn = (identity: string) =>
      this.formatArn({ service: 'ses', resource: 'identity', resourceName: identity });
    const sendStatement = new PolicyStatement({
      sid: 'SendFromDomain',
      actions: ['ses:SendEmail'],
      resources: [
        identityArn(config.domain),
        // In the SES sandbox, sends are also authorized against the verified recipient.
        ...[...new Set(config.owners.map((o) => o.email))].map(identityArn),
        ...(config.sesConfigurationSet
          ? [
              this.formatArn({
                service: 'ses',
                resource: 'configuration-set',
                resourceName: config.sesConfigurationSet,
              }),
            ]
          : []),
      ],
    });
    for (const fn of [this.inbound, this.step, this.link]) {
      for (const statement of [
        tableStatement,
        scheduleStatement,
        passRoleStatement,
        sendStatement,
      ]) {
        fn.addToRolePolicy(statement);
      }
    }
    this.inbound.addToRolePolicy(
      new PolicyStatement({
        sid: 'ReadRawMail',
        actions: ['s3:GetObject'],
        resources: [this.rawMail.arnForObjects(`${RAW_MAIL_PREFIX}*`)],
      }),
    );
    schedulerRole.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'InvokeStepFunction',
        actions: ['lambda:InvokeFunction'],
        resources: [this.step.functionArn],
      }),
    );
    schedulerRole.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'DeadLetterUndeliveredSchedules',
        effect: Effect.ALLOW,
        actions: ['sqs:SendMessage'],
        resources: [deadLetters.queueArn],
      }),
    );

    // ── SES: sending identity, receiving rule set, activation ──────────────────────────
    const configurationSet = config.sesConfigurationSet
      ? ConfigurationSet.fromConfigurationSetName(
          this,
          'ConfigurationSet',
          config.sesConfigurationSet,
        )
      : undefined;
    const identity = new EmailIdentity(this, 'DomainIdentity', {
      identity: Identity.domain(config.domain),
      dkimIdentity: DkimIdentity.easyDkim(EasyDkimSigningKeyLength.RSA_2048_BIT),
      dkimSigning: true,
      configurationSet,
    });

    const ruleSetName = `${this.stackName}-inbound`;
    const ruleName = `${this.stackName}-forwarded-mail`;
    const ruleArn = receiptRuleArn(ruleSetName, ruleName);
    const ruleSet = new ReceiptRuleSet(this, 'ReceiptRuleSet', { receiptRuleSetName: ruleSetName });
    const rule = ruleSet.addRule('ForwardedMail', {
      receiptRuleName: ruleName,
      recipients: [config.inboundAddress, ...config.owners.map((o) => o.sendingAddress)],
      scanEnabled: true,
      tlsPolicy: TlsPolicy.OPTIONAL,
      enabled: true,
      actions: [
        new ScopedS3Action({ bucket: this.rawMail, prefix: RAW_MAIL_PREFIX, ruleArn }),
        new ScopedLambdaAction({ fn: this.inbound, ruleArn }),
        new Stop(),
      ],
    });
    const activation = new RuleSetActivation(this, 'ActivateRuleSet', {
      ruleSetName,
      logRetention: RETENTION[config.logRetentionDays],
    });
    activation.node.addDependency(rule);

    // ── DNS ─────────────────────────────────────────────────────────────────────────────
    const inboundEndpoint = `inbound-smtp.${Aws.REGION}.amazonaws.com`;
    if (config.hostedZone) {
      const zone = HostedZone.fromHostedZoneAttributes(this, 'Zone', {
        hostedZoneId: config.hostedZone.id,
        zoneName: config.hostedZone.name.replace(/\.$/, ''),
      });
      new MxRecord(this, 'MxRecord', {
        zone,
        recordName: `${config.domain}.`,
        values: [{ priority: 10, hostName: inboundEndpoint }],
        ttl: Duration.hours(1),
      });
      // L1 records: the token names are already fully qualified, and CnameRecord would append
      // the zone name to a name it cannot read at synth time.
      identity.dkimRecords.forEach((record, i) => {
        new CfnRecordSet(this, `DkimRecord${i + 1}`, {
          hostedZoneId: zone.hostedZoneId,
          name: record.name,
          type: 'CNAME',
          resourceRecords: [record.value],
          ttl: '3600',
        });
      });
    } else {
      new CfnOutput(this, OUTPUT.dnsMx, {
        description: 'Create this DNS record by hand (no hosted zone configured)',
        value: `${config.domain} MX 10 ${inboundEndpoint}`,
      });
      identity.dkimRecords.forEach((record, i) => {
        new CfnOutput(this, OUTPUT.dnsDkim(i + 1), {
          description: 'Create this DNS record by hand (no hosted zone configured)',
          value: `${record.name} CNAME ${record.value}`,
        });
      });
    }

    // ── Outputs ─────────────────────────────────────────────────────────────────────────
    new CfnOutput(this, OUTPUT.inboundAddress, {
      description: 'Forward interview confirmations here',
      value: config.inboundAddress,
    });
    new CfnOutput(this, OUTPUT.linkBaseUrl, {
      description: 'Base URL of the link pages (Function URL)',
      value: linkBaseUrl,
    });
    new CfnOutput(this, OUTPUT.domain, { value: config.domain });
    new CfnOutput(this, OUTPUT.ruleSetName, { value: ruleSetName });
    new CfnOutput(this, OUTPUT.deadLetterQueueUrl, { value: deadLetters.queueUrl });

    acknowledgeNagFindings(this, {
      functions: [this.inbound, this.step, this.link],
      scheduleArnPattern: `arn:<AWS::Partition>:scheduler:${nagToken(this.region, 'AWS::Region')}:${nagToken(this.account, 'AWS::AccountId')}:schedule/${scheduleGroupName}/*`,
      inbound: this.inbound,
      rawMailObjects: `<${this.getLogicalId(this.rawMail.node.defaultChild as CfnBucket)}.Arn>/${RAW_MAIL_PREFIX}*`,
      activation,
    });
  }
}

/** How cdk-nag prints a value that may be a CloudFormation pseudo parameter. */
function nagToken(value: string, pseudo: string) {
  return Token.isUnresolved(value) ? `<${pseudo}>` : value;
}

function capitalize(word: string) {
  return word[0]?.toUpperCase() + word.slice(1);
}
