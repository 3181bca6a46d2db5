// Where alarms go: one SSL-only SNS topic that emails the configured address. Every alarm of the
// stack is made through `alarm`, so none can forget its action.
import { Validations } from 'aws-cdk-lib';
import { Alarm, type AlarmProps } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

export class AlarmTopic extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: { email: string }) {
    super(scope, id);
    this.topic = new Topic(this, 'Resource', { displayName: 'followup alarms', enforceSSL: true });
    this.topic.addSubscription(new EmailSubscription(props.email));
    Validations.of(this.topic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'Alarm notifications carry only the alarm name and a count, no personal data; CloudWatch cannot publish to a topic encrypted with the AWS-managed SNS key, and a customer-managed key costs $1 a month.',
    });
  }

  /** An alarm (in `scope`) that notifies this topic. */
  alarm(scope: Construct, id: string, props: AlarmProps): Alarm {
    const alarm = new Alarm(scope, id, props);
    alarm.addAlarmAction(new SnsAction(this.topic));
    return alarm;
  }
}
