// CloudFormation can create a receipt rule set but not make it the active one: a custom
// resource calls SetActiveReceiptRuleSet on create and update, and deactivates on delete
// (SES refuses to delete the active rule set, and the rule set is deleted right after).
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  AwsCustomResource,
  AwsCustomResourcePolicy,
  type AwsSdkCall,
  PhysicalResourceId,
} from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';

export interface RuleSetActivationProps {
  ruleSetName: string;
  logRetention: RetentionDays;
}

export class RuleSetActivation extends Construct {
  readonly resource: AwsCustomResource;

  constructor(scope: Construct, id: string, props: RuleSetActivationProps) {
    super(scope, id);
    const activate: AwsSdkCall = {
      service: 'SES',
      action: 'SetActiveReceiptRuleSet',
      parameters: { RuleSetName: props.ruleSetName },
      physicalResourceId: PhysicalResourceId.of(`active-receipt-rule-set-${props.ruleSetName}`),
    };
    this.resource = new AwsCustomResource(this, 'Resource', {
      resourceType: 'Custom::SesActiveReceiptRuleSet',
      onCreate: activate,
      onUpdate: activate,
      // No RuleSetName: no rule set is active afterwards (SES's way to deactivate).
      onDelete: { service: 'SES', action: 'SetActiveReceiptRuleSet', parameters: {} },
      policy: AwsCustomResourcePolicy.fromStatements([
        new PolicyStatement({
          // SES receipt-rule-set actions support no resource-level permissions.
          actions: ['ses:SetActiveReceiptRuleSet'],
          resources: ['*'],
        }),
      ]),
      // Use the SDK in the Lambda runtime: no npm install from the internet during deploy.
      installLatestAwsSdk: false,
      timeout: Duration.minutes(2),
      logGroup: new LogGroup(this, 'Logs', {
        retention: props.logRetention,
        removalPolicy: RemovalPolicy.DESTROY,
      }),
    });
  }
}
