// The link pages: the link function's public Function URL (no IAM auth: the capability token in
// each link guards every action), the base URL the other functions put in emails, and alarms
// for pages that fail and for requests turned away by the reserved concurrency.
import { Duration, Fn } from 'aws-cdk-lib';
import { ComparisonOperator, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { FunctionUrlAuthType } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import type { AlarmTopic } from './alarm-topic.js';
import type { FollowupFunction } from './followup-function.js';

export interface LinkPagesProps {
  link: FollowupFunction;
  alarms: AlarmTopic;
}

export class LinkPages extends Construct {
  /** `https://<id>.lambda-url.<region>.on.aws`, without the trailing slash. */
  readonly baseUrl: string;

  constructor(scope: Construct, id: string, props: LinkPagesProps) {
    super(scope, id);
    const { fn } = props.link;
    const url = fn.addFunctionUrl({ authType: FunctionUrlAuthType.NONE });
    this.baseUrl = `https://${Fn.select(2, Fn.split('/', url.url))}`;

    const anyIn5Minutes = {
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    };
    // Url5xxCount, not Errors: the page handler catches its failures and answers 500, which
    // Lambda does not count as an error; the URL's 5xx count has those, crashes and timeouts.
    props.alarms.alarm(this, 'ServerErrorsAlarm', {
      alarmDescription:
        'followup: a link page answered with a server error (a failure, a crash or a timeout); see the Link function logs',
      metric: new Metric({
        namespace: 'AWS/Lambda',
        metricName: 'Url5xxCount',
        dimensionsMap: { FunctionName: fn.functionName },
        statistic: 'Sum',
        period: Duration.minutes(5),
      }),
      ...anyIn5Minutes,
    });
    props.alarms.alarm(this, 'ThrottlesAlarm', {
      alarmDescription:
        'followup: link page requests were turned away (reserved concurrency reached): a flood of requests, or too little concurrency reserved',
      metric: fn.metricThrottles({ statistic: 'Sum', period: Duration.minutes(5) }),
      ...anyIn5Minutes,
    });
  }
}
