// cdk-nag AwsSolutions findings this stack accepts, each narrowed to the finding and the
// construct, with its reason. Everything else is fixed, not acknowledged
// (test/infra/nag.test.ts fails on any unacknowledged finding).
import { type Stack, Validations } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IConstruct } from 'constructs';

export interface NagParts {
  functions: IFunction[];
  /** The schedule ARN pattern as cdk-nag prints it. */
  scheduleArnPattern: string;
  inbound: IFunction;
  /** The raw-mail object pattern as cdk-nag prints it. */
  rawMailObjects: string;
  activation: IConstruct;
}

export function acknowledgeNagFindings(stack: Stack, parts: NagParts) {
  Validations.of(stack).acknowledge(
    {
      id: 'AwsSolutions-S1',
      reason:
        'Raw-mail bucket: objects are written only by SES for this one receipt rule, read only by the inbound function, and expire after 30 days; access logs would need a second bucket and cost more than they protect for one seeker.',
    },
    {
      id: 'AwsSolutions-SQS3',
      reason: 'The DeadLetters queue is itself the dead-letter queue.',
    },
    {
      id: 'AwsSolutions-SNS2',
      reason:
        'Alarm notifications carry only the alarm name and a count, no personal data; CloudWatch cannot publish to a topic encrypted with the AWS-managed SNS key, and a customer-managed key costs $1 a month.',
    },
  );
  for (const fn of parts.functions) {
    Validations.of(fn.role ?? fn).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${parts.scheduleArnPattern}]`,
      reason:
        'Schedule names are made at run time, one per interview step; the grant is limited to the stack’s own schedule group and to Create/Update/Delete/GetSchedule.',
    });
  }
  Validations.of(parts.inbound.role ?? parts.inbound).acknowledge({
    id: `AwsSolutions-IAM5[Resource::${parts.rawMailObjects}]`,
    reason:
      'Object keys are SES message ids, known only when mail arrives; the grant is s3:GetObject under the inbound/ prefix of the raw-mail bucket only.',
  });
  Validations.of(parts.activation).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason:
      'ses:SetActiveReceiptRuleSet supports no resource-level permissions (Service Authorization Reference); it is the only action granted.',
  });
  // The AwsCustomResource provider is a singleton function at the stack root.
  const provider = stack.node.tryFindChild('AWS679f53fac002430cb0da5b7982bd2287');
  if (provider) {
    Validations.of(provider).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason:
        'The aws-cdk-lib AwsCustomResource provider (rule-set activation, runs only on deploy) creates its own role with the basic execution policy; it is not configurable.',
    });
  }
}
