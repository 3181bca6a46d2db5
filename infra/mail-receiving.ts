// The mail-receiving pieces: the raw-mail bucket, a receipt rule set whose one rule stores each
// message under the raw-mail prefix and then invokes the inbound function, and the custom
// resource that makes the rule set the region's active one.
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, type CfnBucket } from 'aws-cdk-lib/aws-s3';
import { ReceiptRuleSet, TlsPolicy } from 'aws-cdk-lib/aws-ses';
import { Stop } from 'aws-cdk-lib/aws-ses-actions';
import { Construct } from 'constructs';
import { RAW_MAIL_PREFIX } from '../functions/core/deployment.js';
import type { FollowupFunction } from './followup-function.js';
import { RuleSetActivation } from './rule-set-activation.js';
import { receiptRuleArn, ScopedLambdaAction, ScopedS3Action } from './ses-receipt-actions.js';

export interface MailReceivingProps {
  ruleSetName: string;
  ruleName: string;
  /** Who the rule receives for: addresses, or a domain for every address on it. */
  recipients: string[];
  /** The function invoked (asynchronously) with each receipt event. */
  inbound: IFunction;
  logRetention: RetentionDays;
}

export class MailReceiving extends Construct {
  readonly rawMail: Bucket;

  constructor(scope: Construct, id: string, props: MailReceivingProps) {
    super(scope, id);
    this.rawMail = new Bucket(this, 'RawMail', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      versioned: false,
      lifecycleRules: [{ id: 'expire-raw-mail', expiration: Duration.days(30) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.rawMail).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'Raw-mail bucket: objects are written only by SES for this one receipt rule, read only by the inbound function, and expire after 30 days; access logs would need a second bucket and cost more than they protect for one seeker.',
    });

    const ruleArn = receiptRuleArn(props.ruleSetName, props.ruleName);
    const ruleSet = new ReceiptRuleSet(this, 'RuleSet', {
      receiptRuleSetName: props.ruleSetName,
    });
    const rule = ruleSet.addRule('ForwardedMail', {
      receiptRuleName: props.ruleName,
      recipients: props.recipients,
      scanEnabled: true,
      // The last hop must be encrypted: forwards carry interview details and addresses.
      tlsPolicy: TlsPolicy.REQUIRE,
      enabled: true,
      actions: [
        new ScopedS3Action({ bucket: this.rawMail, prefix: RAW_MAIL_PREFIX, ruleArn }),
        new ScopedLambdaAction({ fn: props.inbound, ruleArn }),
        new Stop(),
      ],
    });
    const activation = new RuleSetActivation(this, 'Activation', {
      ruleSetName: props.ruleSetName,
      logRetention: props.logRetention,
    });
    activation.node.addDependency(rule);
  }

  /** Lets a function read the raw messages (and nothing else of the bucket). */
  grantReadRawMail(fn: FollowupFunction) {
    fn.allow({
      sid: 'ReadRawMail',
      actions: ['s3:GetObject'],
      resources: [this.rawMail.arnForObjects(`${RAW_MAIL_PREFIX}*`)],
    });
    const bucketId = Stack.of(this).getLogicalId(this.rawMail.node.defaultChild as CfnBucket);
    Validations.of(fn.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${RAW_MAIL_PREFIX}*]`,
      reason: `Object keys are SES message ids, known only when mail arrives; the grant is s3:GetObject under the ${RAW_MAIL_PREFIX} prefix of the raw-mail bucket only.`,
    });
  }
}
