// AppDeps for the Lambda handlers, from the environment the stack sets (infra/followup-stack.ts).
// Built once per container on first use; a missing or malformed variable fails with a message
// naming it, before any event is touched.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import * as z from 'zod/mini';
import { DynamoOwners } from '#adapters/dynamo/dynamo-owners.js';
import { DynamoStore, documentClient } from '#adapters/dynamo/dynamo-store.js';
import { EventBridgeScheduler } from '#adapters/scheduler/eventbridge-scheduler.js';
import { refusedOnlyRetry } from '#adapters/ses/refused-only-retry.js';
import { SesMailer } from '#adapters/ses/ses-mailer.js';
import type { AppDeps } from '#app/deps.js';
import { seededOnFirstUse } from '#app/seed-owners.js';
import { AppConfig, describeIssues } from '#core/config.js';
import { HOLIDAY_YEARS, holidayTableEndsWithinAYear } from '#core/public-holidays.js';
import { systemClock } from '#ports/clock.js';
import { jsonLoggerWith } from '#ports/logger.js';
import type { RawMail } from '#ports/raw-mail.js';
import { invocationFields } from './invocation.js';

const Arn = (service: string) =>
  z
    .string()
    .check(z.regex(new RegExp(`^arn:aws[a-z-]*:${service}:`), `expected an ${service} ARN`));

const Name = z.string().check(z.minLength(1));

const JsonAppConfig = z.pipe(
  z.pipe(
    z.string(),
    z.transform((text: string, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.issues.push({ code: 'custom', message: 'not valid JSON', input: text });
        return z.NEVER;
      }
    }),
  ),
  AppConfig,
);

export const AwsEnv = z.object({
  TABLE_NAME: Name,
  FOLLOWUP_CONFIG: JsonAppConfig,
  SCHEDULE_GROUP: Name,
  STEP_FUNCTION_ARN: Arn('lambda'),
  SCHEDULER_ROLE_ARN: Arn('iam'),
  SCHEDULER_DLQ_ARN: Arn('sqs'),
  /** Only the inbound function reads raw mail. */
  RAW_MAIL_BUCKET: z.optional(Name),
  /** Absent in the link function, which learns its base URL from each request. */
  LINK_BASE_URL: z.optional(z.url()),
  SES_CONFIGURATION_SET: z.optional(Name),
});
export type AwsEnv = z.infer<typeof AwsEnv>;

export class AwsEnvError extends Error {}

/** Validates the Lambda environment; the error lists every problem by variable name. */
export function readAwsEnv(env: Record<string, string | undefined>): AwsEnv {
  const result = AwsEnv.safeParse(env);
  if (!result.success) {
    throw new AwsEnvError(
      `followup: the function's environment is not what the stack sets:\n${describeIssues(result.error)}`,
    );
  }
  return result.data;
}

/** Everything but the link base URL, which the link function only knows per request. */
export type BaseDeps = Omit<AppDeps, 'linkBaseUrl'>;

export interface AwsClients {
  dynamo: DynamoDBClient;
  scheduler: SchedulerClient;
  ses: SESv2Client;
}

/** Builds the RawMail of the one function that reads raw mail (inbound: S3). */
export type RawMailFactory = (bucket: string) => RawMail;

export function buildAwsDeps(env: AwsEnv, clients: AwsClients, rawMail?: RawMailFactory): BaseDeps {
  const doc = documentClient(clients.dynamo);
  return {
    store: new DynamoStore(doc, env.TABLE_NAME),
    owners: seededOnFirstUse(new DynamoOwners(doc, env.TABLE_NAME), env.FOLLOWUP_CONFIG.owners),
    scheduler: new EventBridgeScheduler(clients.scheduler, {
      groupName: env.SCHEDULE_GROUP,
      targetArn: env.STEP_FUNCTION_ARN,
      roleArn: env.SCHEDULER_ROLE_ARN,
      dlqArn: env.SCHEDULER_DLQ_ARN,
    }),
    mailer: new SesMailer(clients.ses, { configurationSet: env.SES_CONFIGURATION_SET ?? null }),
    rawMail: rawMailOf(env.RAW_MAIL_BUCKET, rawMail),
    clock: systemClock,
    log: jsonLoggerWith(invocationFields),
    config: env.FOLLOWUP_CONFIG,
  };
}

/**
 * Only the inbound function reads raw mail and passes a factory; the S3 client then stays out of
 * the step and link bundles altogether (bundle size is most of a cold start).
 */
function rawMailOf(bucket: string | undefined, factory: RawMailFactory | undefined): RawMail {
  if (bucket && factory) return factory(bucket);
  return {
    async get() {
      throw new AwsEnvError(
        bucket
          ? 'followup: this function does not read raw mail (only the inbound function does)'
          : 'followup: RAW_MAIL_BUCKET is not set for this function',
      );
    },
  };
}

let cached: { env: AwsEnv; deps: BaseDeps } | null = null;

export interface AwsDepsOptions {
  /** The link function passes `https://${event.requestContext.domainName}`. */
  linkBaseUrl?: string;
  /** The inbound function passes how to read raw mail (S3); used when the deps are first built. */
  rawMail?: RawMailFactory;
}

/**
 * The handlers' AppDeps: built from process.env on the first call, reused by later calls in the
 * same container. The link base URL comes from `options` when given, else from LINK_BASE_URL.
 */
export function awsDeps(options: AwsDepsOptions = {}): AppDeps {
  if (!cached) {
    const env = readAwsEnv(process.env);
    cached = {
      env,
      deps: buildAwsDeps(
        env,
        {
          dynamo: new DynamoDBClient({}),
          scheduler: new SchedulerClient({}),
          // SES may have taken an email whose answer was lost: only a refusal is retried, and
          // a call with no answer ends (unknown outcome) well before the function's own timeout.
          ses: new SESv2Client({
            retryStrategy: refusedOnlyRetry(),
            requestHandler: { requestTimeout: 5_000, throwOnRequestTimeout: true },
          }),
        },
        options.rawMail,
      ),
    };
    warnIfHolidayTableEnds(cached.deps);
  }
  const linkBaseUrl = options.linkBaseUrl ?? cached.env.LINK_BASE_URL;
  if (!linkBaseUrl) {
    throw new AwsEnvError(
      'followup: LINK_BASE_URL is not set and the caller passed no linkBaseUrl',
    );
  }
  const base = linkBaseUrl.replace(/\/+$/, '');
  return { ...cached.deps, linkBaseUrl: base };
}

/** Past the generated holiday table's last year a country has weekends only: say so early. */
function warnIfHolidayTableEnds({ clock, log }: BaseDeps) {
  if (!holidayTableEndsWithinAYear(clock.now())) return;
  log.warn('holidays.table_ends', {
    lastYear: HOLIDAY_YEARS.last,
    after: 'weekends only, no public holidays',
    fix: 'npm run build:holidays, then cdk deploy',
  });
}

/** Tests only: forget the cached deps so the next call reads the environment again. */
export function resetAwsDeps() {
  cached = null;
}
