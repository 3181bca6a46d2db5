// A deployed stack's table for `followup owners --stack`: the stack is found by name with
// DescribeStacks, its outputs name the table and the schedule group, and every call goes out
// with the user's own AWS credentials (the SDK's default chain, or --profile).
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { DynamoStore, documentClient } from '#adapters/dynamo/dynamo-store.js';
import { deleteSchedule } from '#adapters/scheduler/eventbridge-scheduler.js';
import { refusedOnlyRetry } from '#adapters/ses/refused-only-retry.js';
import { SesMailer } from '#adapters/ses/ses-mailer.js';
import { STACK_OUTPUT } from '#core/deployment.js';
import { errorMessage } from '#core/error-message.js';
import { systemClock } from '#ports/clock.js';
import { type OpenTable, TargetError } from './owners-table.js';
import { stackMailSettings, welcomeStackOwner } from './stack-welcome.js';

export interface StackTarget {
  stack: string;
  /** Else AWS_REGION or the profile's region. */
  region?: string;
  /** A named profile of ~/.aws/config. */
  profile?: string;
}

const NEEDED = [STACK_OUTPUT.tableName, STACK_OUTPUT.scheduleGroupName] as const;

/** What the user can do about a failed AWS call, or null when it is not one we can explain. */
export function awsFailureHint(error: unknown): string | null {
  const text = `${(error as { name?: string } | null)?.name ?? ''} ${errorMessage(error)}`;
  if (/CredentialsProviderError|Could not load credentials|ExpiredToken|token.*expired/i.test(text))
    return 'no usable AWS credentials: sign in (aws sso login, or aws configure), or pass --profile';
  if (/AccessDenied|UnauthorizedOperation|not authorized/i.test(text))
    return `your AWS credentials may not do this: ${errorMessage(error)}`;
  if (/ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN/.test(text))
    return `AWS could not be reached (${errorMessage(error)}): check the network and --region`;
  return null;
}

async function resolveRegion(client: CloudFormationClient): Promise<string> {
  try {
    const region = await client.config.region();
    if (region) return region;
  } catch {
    // No region anywhere: said below.
  }
  throw new TargetError(
    'no AWS region: pass --region, set AWS_REGION, or use a --profile that has a region',
  );
}

async function stackOutputs(
  client: CloudFormationClient,
  target: StackTarget,
  region: string,
): Promise<Map<string, string>> {
  try {
    const { Stacks } = await client.send(new DescribeStacksCommand({ StackName: target.stack }));
    const stack = Stacks?.[0];
    if (!stack) throw new TargetError(`no stack named ${target.stack} in ${region}`);
    return new Map(
      (stack.Outputs ?? []).map((output) => [output.OutputKey ?? '', output.OutputValue ?? '']),
    );
  } catch (error) {
    if (error instanceof TargetError) throw error;
    // CloudFormation says "Stack with id X does not exist" as a ValidationError.
    if (/does not exist/.test(errorMessage(error))) {
      throw new TargetError(
        `no stack named ${target.stack} in ${region}: check --stack and --region (or --profile)`,
      );
    }
    throw new TargetError(awsFailureHint(error) ?? errorMessage(error));
  }
}

export async function openStackTable(target: StackTarget): Promise<OpenTable> {
  const clientConfig = {
    ...(target.region ? { region: target.region } : {}),
    ...(target.profile ? { profile: target.profile } : {}),
  };
  const cloudFormation = new CloudFormationClient(clientConfig);
  try {
    const region = await resolveRegion(cloudFormation);
    const outputs = await stackOutputs(cloudFormation, target, region);
    const missing = NEEDED.filter((key) => !outputs.get(key));
    if (missing.length > 0) {
      throw new TargetError(
        `stack ${target.stack} has no ${missing.join(' or ')} output: it is not a followup stack, or an older version; deploy this version (npx cdk deploy) first`,
      );
    }
    const tableName = outputs.get(STACK_OUTPUT.tableName) as string;
    const groupName = outputs.get(STACK_OUTPUT.scheduleGroupName) as string;
    const dynamo = new DynamoDBClient({ ...clientConfig, region });
    const scheduler = new SchedulerClient({ ...clientConfig, region });
    // As the functions send: a retry only after a sure refusal, so no welcome goes twice.
    const ses = new SESv2Client({ ...clientConfig, region, retryStrategy: refusedOnlyRetry() });
    const doc = documentClient(dynamo);
    const mail = stackMailSettings(outputs);
    return {
      doc,
      tableName,
      scheduler: { cancel: (name) => deleteSchedule(scheduler, groupName, name) },
      welcome: (owner) =>
        welcomeStackOwner(
          mail,
          {
            store: new DynamoStore(doc, tableName),
            clock: systemClock,
            mailer: new SesMailer(ses, {
              configurationSet: 'missing' in mail ? null : mail.configurationSet,
            }),
            stack: target.stack,
            region,
            hint: awsFailureHint,
          },
          owner,
        ),
      where: `stack ${target.stack} (${region})`,
      close: async () => {
        dynamo.destroy();
        scheduler.destroy();
        ses.destroy();
      },
    };
  } finally {
    cloudFormation.destroy();
  }
}
