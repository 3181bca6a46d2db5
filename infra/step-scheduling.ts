// The scheduling pieces: the schedule group the functions put one-time step schedules in, the
// role EventBridge Scheduler assumes to invoke the step function, and the dead-letter queue (with
// its alarm) for schedules that could not invoke and asynchronous invocations that failed for good.
import { Aws, Duration, Stack, Token, Validations } from 'aws-cdk-lib';
import { ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { ScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { AlarmTopic } from './alarm-topic.js';
import type { FollowupFunction } from './followup-function.js';

export interface StepSchedulingProps {
  groupName: string;
  alarms: AlarmTopic;
}

export class StepScheduling extends Construct {
  readonly groupName: string;
  /** Every schedule of the group: `arn:…:schedule/<group>/*`. */
  readonly schedulesArn: string;
  readonly invokeRole: Role;
  readonly deadLetters: Queue;

  constructor(scope: Construct, id: string, props: StepSchedulingProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.groupName = props.groupName;
    new ScheduleGroup(this, 'Group', { scheduleGroupName: props.groupName });
    const groupArn = stack.formatArn({
      service: 'scheduler',
      resource: 'schedule-group',
      resourceName: props.groupName,
    });
    this.schedulesArn = stack.formatArn({
      service: 'scheduler',
      resource: 'schedule',
      resourceName: `${props.groupName}/*`,
    });

    this.deadLetters = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetters).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'The DeadLetters queue is itself the dead-letter queue.',
    });
    props.alarms.alarm(this, 'DeadLettersAlarm', {
      alarmDescription:
        'followup: a scheduled step or an inbound message failed for good; see the DeadLetters queue',
      metric: this.deadLetters.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
        statistic: 'Maximum',
      }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    this.invokeRole = new Role(this, 'InvokeRole', {
      description:
        'EventBridge Scheduler: invokes the followup step function, dead-letters failures',
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: {
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
          // Only schedules of this group (the group ARN, or one of its schedules).
          ArnLike: { 'aws:SourceArn': [groupArn, this.schedulesArn] },
        },
      }),
    });
    this.invokeRole.addToPrincipalPolicy(
      statement('DeadLetterUndeliveredSchedules', ['sqs:SendMessage'], [this.deadLetters.queueArn]),
    );
  }

  /** What the scheduler role may invoke: the step function. */
  allowInvoking(target: IFunction) {
    this.invokeRole.addToPrincipalPolicy(
      statement('InvokeStepFunction', ['lambda:InvokeFunction'], [target.functionArn]),
    );
  }

  /** Lets a function create, move and delete schedules of this group, targeting with our role. */
  grantManageSchedules(fn: FollowupFunction) {
    fn.allow({
      sid: 'ManageStepSchedules',
      actions: ['scheduler:CreateSchedule', 'scheduler:UpdateSchedule', 'scheduler:DeleteSchedule'],
      resources: [this.schedulesArn],
    });
    fn.allow({
      sid: 'PassSchedulerRole',
      actions: ['iam:PassRole'],
      resources: [this.invokeRole.roleArn],
      conditions: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
    });
    const stack = Stack.of(this);
    Validations.of(fn.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:scheduler:${nagToken(stack.region, 'AWS::Region')}:${nagToken(stack.account, 'AWS::AccountId')}:schedule/${this.groupName}/*]`,
      reason:
        'Schedule names are made at run time, one per interview step; the grant is limited to the stack’s own schedule group and to the schedule actions the function calls.',
    });
  }
}

function statement(sid: string, actions: string[], resources: string[]) {
  return new PolicyStatement({ sid, actions, resources });
}

/** How cdk-nag prints a value that may be a CloudFormation pseudo parameter. */
function nagToken(value: string, pseudo: string) {
  return Token.isUnresolved(value) ? `<${pseudo}>` : value;
}
