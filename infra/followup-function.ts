// One handler of functions/handlers/ as a Lambda function with the project's defaults: runtime and
// architecture, the shared bundling (infra/bundling.ts, run by local esbuild at synth), its own log
// group with retention, and its own role that may write only to that log group. Other rights are
// added through `allow`, one named statement each.
import { fileURLToPath } from 'node:url';
import { AssetHashType, DockerImage, type Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  PolicyStatement,
  type PolicyStatementProps,
  Role,
  ServicePrincipal,
} from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { bundleHandler, LAMBDA_RUNTIME } from './bundling.js';

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

/**
 * The handler's asset: bundled at synth by esbuild on this machine (bundleHandler), identified by
 * the hash of what it produced. Never in Docker: the image below is only the required fallback
 * and is not pulled, since local bundling always answers.
 */
function handlerCode(handler: HandlerName): Code {
  const entry = projectFile(`functions/handlers/${handler}.ts`);
  return Code.fromAsset(projectFile(''), {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:24-slim'),
      // The CDK's staging cache key is made of these options and cannot see which entry tryBundle
      // builds: without a difference here the three functions would share the first one's bundle.
      environment: { FOLLOWUP_HANDLER: handler },
      local: {
        tryBundle(outputDir) {
          bundleHandler({ file: entry }, outputDir);
          return true;
        },
      },
    },
  });
}

export class FollowupFunction extends Construct {
  readonly fn: LambdaFunction;
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
    this.fn = new LambdaFunction(this, 'Function', {
      role: this.role,
      description: `followup ${props.handler} handler`,
      code: handlerCode(props.handler),
      handler: 'index.handler',
      runtime: LAMBDA_RUNTIME,
      architecture: Architecture.ARM_64,
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
