// The stack as `cdk synth` builds it, bundles included (local esbuild into cdk.out assets), and
// the parts of its template the rehearsal wires up. Resources are found by what they are wired
// to (the receipt rule's actions, the Function URL, the scheduler role's grant), not by logical
// id, so a reorganised stack is still found.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import cdkJson from '../../cdk.json' with { type: 'json' };
import { parseStackConfig } from '../../infra/config.js';
import { FollowupStack } from '../../infra/followup-stack.js';
import { ACCOUNT, type CfnResource, type CfnTemplate, Intrinsics, REGION } from './intrinsics.js';

export const STACK_NAME = 'Rehearsal';

/** The Function URL address the service would assign (the template only knows it as an attribute). */
export const FUNCTION_URL_HOST = `r3h3ars4lf8nct10nur1xxxxxxxxxxx.lambda-url.${REGION}.on.aws`;

export interface SynthesizedFunction {
  logicalId: string;
  name: string;
  arn: string;
  handler: string;
  runtime: string;
  memoryMb: number;
  timeoutSeconds: number;
  taskRoot: string;
  /** The template's environment variables, references resolved. */
  environment: Record<string, string>;
  logGroupName: string;
  /** Where Lambda sends async invocations that failed for good, if anywhere. */
  deadLetterArn: string | null;
}

interface FunctionProperties {
  Code: { S3Key: string };
  Handler: string;
  Runtime: string;
  MemorySize?: number;
  Timeout?: number;
  Environment?: { Variables?: Record<string, unknown> };
  LoggingConfig?: { LogGroup?: unknown };
  DeadLetterConfig?: { TargetArn?: unknown };
}

interface RuleAction {
  S3Action?: { BucketName: unknown; ObjectKeyPrefix?: string };
  LambdaAction?: { FunctionArn: unknown; InvocationType?: string };
}

export interface SynthesizedStack {
  outdir: string;
  template: CfnTemplate;
  intrinsics: Intrinsics;
  functions: { inbound: SynthesizedFunction; step: SynthesizedFunction; link: SynthesizedFunction };
  table: { name: string; properties: Record<string, unknown> };
  receiptRule: {
    recipients: string[];
    bucket: string;
    objectKeyPrefix: string;
    functionArn: string;
  };
  functionUrl: { host: string; functionArn: string; authType: string };
  scheduler: { roleLogicalId: string; roleArn: string; groupName: string };
}

const getAttId = (value: unknown): string => {
  const getAtt = (value as { 'Fn::GetAtt'?: [string, string] })['Fn::GetAtt'];
  if (!getAtt) throw new Error(`expected Fn::GetAtt, got ${JSON.stringify(value)}`);
  return getAtt[0];
};

function only<T>(items: T[], what: string): T {
  if (items.length !== 1) throw new Error(`expected one ${what}, found ${items.length}`);
  return items[0] as T;
}

export function synthesizeStack(overrides: Record<string, unknown> = {}): SynthesizedStack {
  const outdir = mkdtempSync(join(tmpdir(), 'followup-rehearsal-cdk-'));
  // The example configuration of cdk.json, as `npx cdk synth` uses it.
  const app = new App({ outdir, builtinCloudFormationValidation: false } as never);
  const stack = new FollowupStack(app, STACK_NAME, {
    config: parseStackConfig({ ...cdkJson.context.followup, ...overrides }),
    env: { account: ACCOUNT, region: REGION },
  });
  const template = app.synth().getStackByName(stack.stackName).template as CfnTemplate;
  const resources = Object.entries(template.Resources);
  const ofType = (type: string) => resources.filter(([, r]) => r.Type === type);

  const urlId = only(ofType('AWS::Lambda::Url'), 'Function URL')[0];
  const intrinsics = new Intrinsics(template, STACK_NAME, {
    [`${urlId}.FunctionUrl`]: `https://${FUNCTION_URL_HOST}/`,
  });

  const fn = (logicalId: string): SynthesizedFunction => {
    const props = intrinsics.resource(logicalId).Properties as unknown as FunctionProperties;
    const variables = props.Environment?.Variables ?? {};
    return {
      logicalId,
      name: intrinsics.ref(logicalId),
      arn: intrinsics.getAtt(logicalId, 'Arn'),
      handler: props.Handler,
      runtime: props.Runtime,
      memoryMb: props.MemorySize ?? 128,
      timeoutSeconds: props.Timeout ?? 3,
      taskRoot: join(outdir, `asset.${props.Code.S3Key.replace(/\.zip$/, '')}`),
      environment: Object.fromEntries(
        Object.entries(variables).map(([k, v]) => [k, intrinsics.string(v)]),
      ),
      logGroupName: props.LoggingConfig?.LogGroup
        ? intrinsics.string(props.LoggingConfig.LogGroup)
        : `/aws/lambda/${intrinsics.ref(logicalId)}`,
      deadLetterArn: props.DeadLetterConfig?.TargetArn
        ? intrinsics.string(props.DeadLetterConfig.TargetArn)
        : null,
    };
  };

  // Inbound: the function the receipt rule's Lambda action invokes.
  const [, ruleResource] = only(ofType('AWS::SES::ReceiptRule'), 'receipt rule');
  const rule = (
    ruleResource.Properties as { Rule: { Actions: RuleAction[]; Recipients: string[] } }
  ).Rule;
  const s3Action = only(
    rule.Actions.flatMap((a) => (a.S3Action ? [a.S3Action] : [])),
    'S3 action',
  );
  const lambdaAction = only(
    rule.Actions.flatMap((a) => (a.LambdaAction ? [a.LambdaAction] : [])),
    'Lambda action',
  );
  const inboundId = getAttId(lambdaAction.FunctionArn);

  // Link: the Function URL's target.
  const urlProps = intrinsics.resource(urlId).Properties as Record<string, unknown>;
  const linkId = getAttId(urlProps.TargetFunctionArn);

  // Step: what the role EventBridge Scheduler assumes may invoke.
  const trusts = (role: CfnResource, service: string) =>
    JSON.stringify(role.Properties?.AssumeRolePolicyDocument ?? {}).includes(`"${service}"`);
  const [roleId] = only(
    ofType('AWS::IAM::Role').filter(([, r]) => trusts(r, 'scheduler.amazonaws.com')),
    'role EventBridge Scheduler assumes',
  );
  const invokeStatement = only(
    policyStatementsOf(template, roleId).filter((s) =>
      ([] as string[]).concat(s.Action as string).includes('lambda:InvokeFunction'),
    ),
    'lambda:InvokeFunction grant of the scheduler role',
  );
  const stepId = getAttId(([] as unknown[]).concat(invokeStatement.Resource)[0]);

  const [tableId, tableResource] = only(ofType('AWS::DynamoDB::Table'), 'table');
  return {
    outdir,
    template,
    intrinsics,
    functions: { inbound: fn(inboundId), step: fn(stepId), link: fn(linkId) },
    table: { name: intrinsics.ref(tableId), properties: tableResource.Properties ?? {} },
    receiptRule: {
      recipients: rule.Recipients,
      bucket: intrinsics.string(s3Action.BucketName),
      objectKeyPrefix: (s3Action.ObjectKeyPrefix as string | undefined) ?? '',
      functionArn: intrinsics.string(lambdaAction.FunctionArn),
    },
    functionUrl: {
      host: FUNCTION_URL_HOST,
      functionArn: intrinsics.string(urlProps.TargetFunctionArn),
      authType: urlProps.AuthType as string,
    },
    scheduler: {
      roleLogicalId: roleId,
      roleArn: intrinsics.getAtt(roleId, 'Arn'),
      groupName: intrinsics.ref(only(ofType('AWS::Scheduler::ScheduleGroup'), 'schedule group')[0]),
    },
  };
}

export interface PolicyStatement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

/** The statements of every policy attached to a role (inline AWS::IAM::Policy resources). */
export function policyStatementsOf(
  template: CfnTemplate,
  roleLogicalId: string,
): PolicyStatement[] {
  return Object.values(template.Resources)
    .filter(
      (r) =>
        r.Type === 'AWS::IAM::Policy' &&
        JSON.stringify(r.Properties?.Roles ?? []).includes(`{"Ref":"${roleLogicalId}"}`),
    )
    .flatMap(
      (r) =>
        (r.Properties?.PolicyDocument as { Statement?: PolicyStatement[] } | undefined)
          ?.Statement ?? [],
    );
}
