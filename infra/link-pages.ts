// The link pages: the link function's public Function URL (no IAM auth: the capability token in
// each link guards every action) and the base URL the other functions put in emails.
import { Fn } from 'aws-cdk-lib';
import { FunctionUrlAuthType } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import type { FollowupFunction } from './followup-function.js';

export class LinkPages extends Construct {
  /** `https://<id>.lambda-url.<region>.on.aws`, without the trailing slash. */
  readonly baseUrl: string;

  constructor(scope: Construct, id: string, props: { link: FollowupFunction }) {
    super(scope, id);
    const url = props.link.fn.addFunctionUrl({ authType: FunctionUrlAuthType.NONE });
    this.baseUrl = `https://${Fn.select(2, Fn.split('/', url.url))}`;
  }
}
