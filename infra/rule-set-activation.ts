// CloudFormation can create a receipt rule set but not make it the active one: a custom
// resource calls SetActiveReceiptRuleSet on create and update, and deactivates on delete
// (SES refuses to delete the active rule set, and the rule set is deleted right after).
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
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
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'ses:SetActiveReceiptRuleSet supports no resource-level permissions (Service Authorization Reference); it is the only action granted.',
    });
    // The AwsCustomResource provider is a singleton function at the stack root.
    const providerId = `AWS${AwsCustomResource.PROVIDER_FUNCTION_UUID.replace(/-/g, '')}`;
    const provider = Stack.of(this).node.tryFindChild(providerId);
    if (provider) {
      Validations.of(provider).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason:
          'The aws-cdk-lib AwsCustomResource provider (rule-set activation, runs only on deploy) creates its own role with the basic execution policy; it is not configurable.',
      });
    }
  }
}
