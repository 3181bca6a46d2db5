// One handler of functions/handlers/ as a Lambda function with the project's defaults: runtime and
// architecture, the shared bundling, its own log group with retention, and its own role that may
// write only to that log group. Other rights are added through `allow`, one named statement each.
import { fileURLToPath } from 'node:url';
import { type Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  PolicyStatement,
  type PolicyStatementProps,
  Role,
  ServicePrincipal,
} from 'aws-cdk-lib/aws-iam';
import { Architecture } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { LAMBDA_BUNDLING, LAMBDA_RUNTIME } from './bundling.js';

export type HandlerName = 'inbound' | 'step' | 'link';

export interface FollowupFunctionProps {
  /** The entry file functions/handlers/<handler>.ts. */
  handler: HandlerName;
  timeout: Duration;
  memorySize: number;
  logRetention: RetentionDays;
  environment: Record<string, string>;
  functionName?: string;
  /** Where failed asynchronous invocations go after Lambda's two retries. */
  deadLetterQueue?: IQueue;
  reservedConcurrentExecutions?: number;
}

const projectFile = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

export class FollowupFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: FollowupFunctionProps) {
    super(scope, id);
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // Its own role instead of AWSLambdaBasicExecutionRole: logs go to this log group only.
    this.role = new Role(this, 'Role', {
      description: `followup ${props.handler} function`,
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    });
    this.allow({
      sid: 'WriteOwnLogs',
      actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      resources: [this.logGroup.logGroupArn],
    });
    this.fn = new NodejsFunction(this, 'Function', {
      role: this.role,
      description: `followup ${props.handler} handler`,
      entry: projectFile(`functions/handlers/${props.handler}.ts`),
      handler: 'handler',
      runtime: LAMBDA_RUNTIME,
      architecture: Architecture.ARM_64,
      bundling: LAMBDA_BUNDLING,
      projectRoot: projectFile(''),
      depsLockFilePath: projectFile('package-lock.json'),
      logGroup: this.logGroup,
      environment: props.environment,
      timeout: props.timeout,
      memorySize: props.memorySize,
      functionName: props.functionName,
      deadLetterQueue: props.deadLetterQueue,
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
    });
  }

  /** Grants this function one more right, as a statement of its own role's policy. */
  allow(statement: PolicyStatementProps & { sid: string }) {
    this.role.addToPrincipalPolicy(new PolicyStatement(statement));
  }
}
