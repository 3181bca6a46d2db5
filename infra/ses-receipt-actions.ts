// Receipt-rule actions whose grants name the one rule allowed to use them. aws-cdk-lib's own
// S3 and Lambda actions condition their grants on aws:SourceAccount only, so any rule in the
// account could write to the bucket or invoke the function.
import { Aws } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IReceiptRuleAction, ReceiptRuleActionConfig } from 'aws-cdk-lib/aws-ses';
import type { IConstruct } from 'constructs';

/** ARN of a receipt rule, built from names so grants can name it before the rule exists. */
export function receiptRuleArn(ruleSetName: string, ruleName: string): string {
  return `arn:${Aws.PARTITION}:ses:${Aws.REGION}:${Aws.ACCOUNT_ID}:receipt-rule-set/${ruleSetName}:receipt-rule/${ruleName}`;
}

/** Saves the raw message under `prefix`; only this rule of this account may write there. */
export class ScopedS3Action implements IReceiptRuleAction {
  constructor(private readonly props: { bucket: IBucket; prefix: string; ruleArn: string }) {}

  bind(rule: IConstruct): ReceiptRuleActionConfig {
    const { bucket, prefix, ruleArn } = this.props;
    const result = bucket.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowSesReceiptRulePut',
        actions: ['s3:PutObject'],
        principals: [new ServicePrincipal('ses.amazonaws.com')],
        resources: [bucket.arnForObjects(`${prefix}*`)],
        conditions: {
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID, 'aws:SourceArn': ruleArn },
        },
      }),
    );
    // SES test-writes when the rule is created: the policy must exist first.
    if (result.policyDependable) rule.node.addDependency(result.policyDependable);
    return { s3Action: { bucketName: bucket.bucketName, objectKeyPrefix: prefix } };
  }
}

/** Invokes the function asynchronously (Event); only this rule of this account may. */
export class ScopedLambdaAction implements IReceiptRuleAction {
  constructor(private readonly props: { fn: IFunction; ruleArn: string }) {}

  bind(rule: IConstruct): ReceiptRuleActionConfig {
    const { fn, ruleArn } = this.props;
    fn.addPermission('AllowSesReceiptRule', {
      action: 'lambda:InvokeFunction',
      principal: new ServicePrincipal('ses.amazonaws.com'),
      sourceAccount: Aws.ACCOUNT_ID,
      sourceArn: ruleArn,
    });
    const permission = fn.permissionsNode.tryFindChild('AllowSesReceiptRule');
    if (permission) rule.node.addDependency(permission);
    return { lambdaAction: { functionArn: fn.functionArn, invocationType: 'Event' } };
  }
}
