// The whole deployment: mail receiving and the mail domain, the table, the scheduling pieces,
// three functions with the rights each uses, the link pages, alarms, and the outputs doctor reads.
import { ArnFormat, CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { STACK_OUTPUT } from '../functions/core/deployment.js';
import { AlarmTopic } from './alarm-topic.js';
import { appConfigOf, ConfigError, type StackConfig } from './config.js';
import { FollowupFunction } from './followup-function.js';
import { FollowupTable } from './followup-table.js';
import { LinkPages } from './link-pages.js';
import { MailDomain } from './mail-domain.js';
import { MailReceiving } from './mail-receiving.js';
import { StepScheduling } from './step-scheduling.js';

export interface FollowupStackProps extends StackProps {
  config: StackConfig;
}

/** Lambda caps all environment variables of a function at 4 KB together. */
const MAX_CONFIG_ENV_BYTES = 3200;

const RETENTION: Record<StackConfig['logRetentionDays'], RetentionDays> = {
  7: RetentionDays.ONE_WEEK,
  14: RetentionDays.TWO_WEEKS,
  30: RetentionDays.ONE_MONTH,
  90: RetentionDays.THREE_MONTHS,
};

/** The stack outputs `followup doctor` and `followup owners --stack` read. */
export const OUTPUT = STACK_OUTPUT;

export class FollowupStack extends Stack {
  readonly table: Table;
  readonly rawMail: Bucket;
  readonly inbound: LambdaFunction;
  readonly step: LambdaFunction;
  readonly link: LambdaFunction;

  constructor(scope: Construct, id: string, props: FollowupStackProps) {
    super(scope, id, props);
    const { config } = props;
    const appConfig = JSON.stringify(appConfigOf(config));
    if (Buffer.byteLength(appConfig) > MAX_CONFIG_ENV_BYTES) {
      throw new ConfigError(
        `the "followup" config is ${Buffer.byteLength(appConfig)} bytes as JSON; Lambda environments hold 4 KB in all, so keep it under ${MAX_CONFIG_ENV_BYTES} (fewer owners or shorter names)`,
      );
    }
    const logRetention = RETENTION[config.logRetentionDays];

    const table = new FollowupTable(this, 'Table');
    const alarms = new AlarmTopic(this, 'AlarmTopic', { email: config.alarmEmail });
    const scheduling = new StepScheduling(this, 'Schedules', {
      groupName: `${this.stackName}-steps`,
      alarms,
    });

    // Named so every function can know the step function's ARN without a reference cycle
    // (the link function schedules steps, the step function links to the link pages).
    const stepFunctionName = `${this.stackName}-step`;
    // No NODE_OPTIONS=--enable-source-maps: Node would parse each bundle's whole source map at
    // every cold start (the bundle bench measures it); the map stays in the asset for reading a
    // stack trace offline.
    const environment: Record<string, string> = {
      TABLE_NAME: table.table.tableName,
      FOLLOWUP_CONFIG: appConfig,
      SCHEDULE_GROUP: scheduling.groupName,
      STEP_FUNCTION_ARN: this.formatArn({
        service: 'lambda',
        resource: 'function',
        resourceName: stepFunctionName,
        arnFormat: ArnFormat.COLON_RESOURCE_NAME,
      }),
      SCHEDULER_ROLE_ARN: scheduling.invokeRole.roleArn,
      SCHEDULER_DLQ_ARN: scheduling.deadLetters.queueArn,
      ...(config.sesConfigurationSet ? { SES_CONFIGURATION_SET: config.sesConfigurationSet } : {}),
    };

    // Async invocations (SES → inbound, Scheduler → step) that still fail after Lambda's two
    // retries land in the same DLQ as the schedules that could not invoke at all.
    const inbound = new FollowupFunction(this, 'Inbound', {
      handler: 'inbound',
      timeout: Duration.seconds(60),
      memorySize: 512,
      logRetention,
      environment,
      deadLetterQueue: scheduling.deadLetters,
    });
    const step = new FollowupFunction(this, 'Step', {
      handler: 'step',
      timeout: Duration.seconds(30),
      memorySize: 256,
      logRetention,
      environment,
      functionName: stepFunctionName,
      deadLetterQueue: scheduling.deadLetters,
    });
    const link = new FollowupFunction(this, 'Link', {
      handler: 'link',
      timeout: Duration.seconds(15),
      memorySize: 256,
      logRetention,
      environment,
      reservedConcurrentExecutions: config.linkReservedConcurrency ?? undefined,
    });
    scheduling.allowInvoking(step.fn);

    const linkPages = new LinkPages(this, 'LinkPages', { link, alarms });
    // The link function learns its own base URL from each request (requestContext.domainName).
    inbound.fn.addEnvironment('LINK_BASE_URL', linkPages.baseUrl);
    step.fn.addEnvironment('LINK_BASE_URL', linkPages.baseUrl);

    const ruleSetName = `${this.stackName}-inbound`;
    const receiving = new MailReceiving(this, 'Receiving', {
      ruleSetName,
      ruleName: `${this.stackName}-forwarded-mail`,
      // The whole domain: a sending address given to an owner later (`followup owners`) receives
      // replies without a deploy; the inbound function's trust rules drop everything else.
      recipients: [config.domain],
      inbound: inbound.fn,
      logRetention,
    });
    inbound.fn.addEnvironment('RAW_MAIL_BUCKET', receiving.rawMail.bucketName);

    const mailDomain = new MailDomain(this, 'Domain', {
      domain: config.domain,
      inboundAddress: config.inboundAddress,
      sandboxRecipients: [...new Set(config.owners.map((o) => o.email))],
      hostedZone: config.hostedZone,
      sesConfigurationSet: config.sesConfigurationSet,
      outputIds: { mx: OUTPUT.dnsMx, dkim: OUTPUT.dnsDkim },
    });

    // ── Rights: each function gets what its handler uses ───────────────────────────────
    for (const fn of [inbound, step, link]) {
      table.grantItems(fn);
      scheduling.grantManageSchedules(fn);
    }
    // Inbound mail is answered from followup's own address only; drafts go out from the owners'
    // sending addresses when approved (link) or when a queued send falls due (step).
    mailDomain.grantSend(inbound, 'followup');
    mailDomain.grantSend(step, 'followup-and-owners');
    mailDomain.grantSend(link, 'followup-and-owners');
    receiving.grantReadRawMail(inbound);

    // ── Outputs ─────────────────────────────────────────────────────────────────────────
    new CfnOutput(this, OUTPUT.inboundAddress, {
      description: 'Forward interview confirmations here',
      value: config.inboundAddress,
    });
    new CfnOutput(this, OUTPUT.linkBaseUrl, {
      description: 'Base URL of the link pages (Function URL)',
      value: linkPages.baseUrl,
    });
    new CfnOutput(this, OUTPUT.domain, {
      description: 'The mail domain; followup writes to owners from followup@ this domain',
      value: config.domain,
    });
    if (config.sesConfigurationSet) {
      new CfnOutput(this, OUTPUT.sesConfigurationSet, {
        description: 'The SES configuration set every email is sent with',
        value: config.sesConfigurationSet,
      });
    }
    new CfnOutput(this, OUTPUT.ruleSetName, { value: ruleSetName });
    new CfnOutput(this, OUTPUT.deadLetterQueueUrl, { value: scheduling.deadLetters.queueUrl });
    new CfnOutput(this, OUTPUT.tableName, {
      description: 'The table `followup owners --stack` changes owners in',
      value: table.table.tableName,
    });
    new CfnOutput(this, OUTPUT.scheduleGroupName, {
      description:
        "The schedule group of the steps (`followup owners remove --delete-data` cancels an owner's)",
      value: scheduling.groupName,
    });

    this.table = table.table;
    this.rawMail = receiving.rawMail;
    this.inbound = inbound.fn;
    this.step = step.fn;
    this.link = link.fn;
  }
}
