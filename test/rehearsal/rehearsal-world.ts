// The world the synthesized bundles run in during the rehearsal: the AWS services they call, on
// maintained local stand-ins (dynalite, s3rver, aws-ses-v2-local) and the Scheduler emulator,
// each bundle in its own node process with the environment the template gives it, and the
// services that call the bundles (SES receiving, EventBridge Scheduler, the Function URL)
// played by this file with the events they really send.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DynamoDBClient,
  ScanCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import * as sesLocal from 'aws-ses-v2-local';
import S3rver from 's3rver';
import { startEmbeddedDynamo } from '#adapters/dynamo/embedded.js';
import { sesReceiptEvent } from '../inbound/support/ses-event.js';
import { REGION } from './intrinsics.js';
import { type Invocation, LambdaProcess } from './lambda-process.js';
import { SchedulerEmulator } from './scheduler-emulator.js';
import type { SynthesizedFunction, SynthesizedStack } from './synthesized-stack.js';

/** Fake credentials: accepted by every stand-in (s3rver knows only its own default key). */
const CREDENTIALS = {
  AWS_ACCESS_KEY_ID: 'S3RVER',
  AWS_SECRET_ACCESS_KEY: 'S3RVER',
  AWS_SESSION_TOKEN: 'rehearsal-session-token',
};

/** The rehearsal's clock: an offset from the real clock, moved forward by the rehearsal. */
export class RehearsalClock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  set(instant: Date) {
    this.offsetMs = instant.getTime() - Date.now();
  }
}

/** An email as aws-ses-v2-local received it from SendEmail (GET /store). */
export interface SentEmail {
  messageId: string;
  from: string;
  replyTo: string[];
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { text?: string; html?: string };
  headers?: { name: string; value: string }[];
  at: number;
}

export interface FunctionUrlResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/** What the Lambda service sets in every function's environment (nodejs runtimes). */
function lambdaServiceEnvironment(fn: SynthesizedFunction): Record<string, string> {
  return {
    AWS_REGION: REGION,
    AWS_DEFAULT_REGION: REGION,
    AWS_LAMBDA_FUNCTION_NAME: fn.name,
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memoryMb),
    AWS_LAMBDA_LOG_GROUP_NAME: fn.logGroupName,
    AWS_LAMBDA_LOG_STREAM_NAME: `2026/01/01/[$LATEST]${randomBytes(16).toString('hex')}`,
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    AWS_EXECUTION_ENV: `AWS_Lambda_${fn.runtime}`,
    LAMBDA_TASK_ROOT: fn.taskRoot,
    _HANDLER: fn.handler,
    TZ: ':UTC',
    LANG: 'en_US.UTF-8',
    PATH: '/usr/local/bin:/usr/bin:/bin',
    ...CREDENTIALS,
  };
}

/** Variables Lambda reserves: a template that sets one fails to deploy. */
export const RESERVED_VARIABLES = [
  '_HANDLER',
  '_X_AMZN_TRACE_ID',
  'AWS_DEFAULT_REGION',
  'AWS_REGION',
  'AWS_EXECUTION_ENV',
  'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE',
  'AWS_LAMBDA_FUNCTION_VERSION',
  'AWS_LAMBDA_INITIALIZATION_TYPE',
  'AWS_LAMBDA_LOG_GROUP_NAME',
  'AWS_LAMBDA_LOG_STREAM_NAME',
  'AWS_ACCESS_KEY',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_LAMBDA_RUNTIME_API',
  'LAMBDA_TASK_ROOT',
  'LAMBDA_RUNTIME_DIR',
];

export interface Endpoints {
  dynamodb: string;
  s3: string;
  sesv2: string;
  scheduler: string;
}

/** The whole environment of a function: template, Lambda service, and the stand-ins' endpoints. */
export function functionEnvironment(
  fn: SynthesizedFunction,
  endpoints: Endpoints,
  templateVariables: Record<string, string> = fn.environment,
): Record<string, string> {
  return {
    ...templateVariables,
    ...lambdaServiceEnvironment(fn),
    // The SDK's standard per-service endpoint settings: the only rehearsal-specific wiring.
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
    AWS_ENDPOINT_URL_S3: endpoints.s3,
    AWS_ENDPOINT_URL_SESV2: endpoints.sesv2,
    AWS_ENDPOINT_URL_SCHEDULER: endpoints.scheduler,
  };
}

type SesServer = (config: { host: string; port: number }) => Promise<import('node:http').Server>;
type Closer = () => Promise<unknown> | unknown;

export class RehearsalWorld {
  readonly clock = new RehearsalClock();
  readonly scheduler: SchedulerEmulator;
  readonly functions: { inbound: LambdaProcess; step: LambdaProcess; link: LambdaProcess };
  endpoints: Endpoints | null = null;
  private readonly closers: Closer[] = [];
  private dynamo: DynamoDBClient | null = null;
  private s3: S3Client | null = null;

  constructor(readonly stack: SynthesizedStack) {
    this.scheduler = new SchedulerEmulator({
      template: stack.template,
      intrinsics: stack.intrinsics,
      now: () => this.clock.now(),
      invoke: (arn, event, now) => this.byArn(arn).invoke(event, now),
    });
    // Started in start(), once the endpoints are known.
    this.functions = {} as RehearsalWorld['functions'];
  }

  private byArn(arn: string): LambdaProcess {
    const found = Object.values(this.functions).find((p) => p.spec.arn === arn);
    if (!found) throw new Error(`no function of the stack has the ARN ${arn}`);
    return found;
  }

  async start(): Promise<void> {
    const dynalite = await startEmbeddedDynamo();
    this.closers.push(() => dynalite.close());

    const s3Dir = mkdtempSync(join(tmpdir(), 'followup-rehearsal-s3-'));
    const s3rver = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: s3Dir });
    const s3Address = await s3rver.run();
    this.closers.push(async () => {
      await s3rver.close();
      rmSync(s3Dir, { recursive: true, force: true });
    });

    // A CommonJS module with `exports.default`: node and vitest hand it over differently.
    const module = sesLocal as unknown as { default: SesServer | { default: SesServer } };
    const startSes = typeof module.default === 'function' ? module.default : module.default.default;
    const ses = await startSes({ host: '127.0.0.1', port: 0 });
    this.closers.push(() => new Promise((resolve) => ses.close(resolve)));
    const sesPort = (ses.address() as { port: number }).port;

    const schedulerEndpoint = await this.scheduler.start();
    this.closers.push(() => this.scheduler.stop());

    const endpoints: Endpoints = {
      dynamodb: dynalite.endpoint,
      // An IP address endpoint: the S3 client then addresses buckets by path (s3rver needs that),
      // with no client setting; see README (The rehearsal).
      s3: `http://127.0.0.1:${s3Address.port}`,
      sesv2: `http://127.0.0.1:${sesPort}`,
      scheduler: schedulerEndpoint,
    };
    this.endpoints = endpoints;

    const clientConfig = {
      region: REGION,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    };
    this.dynamo = new DynamoDBClient({ ...clientConfig, endpoint: endpoints.dynamodb });
    this.s3 = new S3Client({ ...clientConfig, endpoint: endpoints.s3 });
    this.closers.push(
      () => this.dynamo?.destroy(),
      () => this.s3?.destroy(),
    );

    await this.createTable();
    await this.s3.send(new CreateBucketCommand({ Bucket: this.stack.receiptRule.bucket }));

    for (const key of ['inbound', 'step', 'link'] as const) {
      this.functions[key] = await this.startFunction(this.stack.functions[key]);
    }
  }

  /** Starts a fresh "container" of `fn`, optionally with other template variables. */
  async startFunction(
    fn: SynthesizedFunction,
    templateVariables: Record<string, string> = fn.environment,
  ): Promise<LambdaProcess> {
    if (!this.endpoints) throw new Error('start the world first');
    const process = new LambdaProcess({
      name: fn.name,
      arn: fn.arn,
      taskRoot: fn.taskRoot,
      handler: fn.handler,
      memoryMb: fn.memoryMb,
      timeoutSeconds: fn.timeoutSeconds,
      environment: functionEnvironment(fn, this.endpoints, templateVariables),
    });
    await process.start();
    this.closers.push(() => process.stop());
    return process;
  }

  /** The table as CloudFormation would create it from the template (dynalite has no TTL API). */
  private async createTable() {
    const props = this.stack.table.properties as Record<string, unknown>;
    const input = {
      TableName: this.stack.table.name,
      AttributeDefinitions: props.AttributeDefinitions,
      KeySchema: props.KeySchema,
      GlobalSecondaryIndexes: props.GlobalSecondaryIndexes,
      BillingMode: props.BillingMode,
    } as CreateTableCommandInput;
    await this.dynamo?.send(new CreateTableCommand(input));
    await waitUntilTableExists(
      { client: this.dynamo as DynamoDBClient, maxWaitTime: 30 },
      { TableName: this.stack.table.name },
    );
  }

  async scanTable(): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await (this.dynamo as DynamoDBClient).send(
        new ScanCommand({ TableName: this.stack.table.name, ExclusiveStartKey: start as never }),
      );
      items.push(...((page.Items ?? []) as Record<string, unknown>[]));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }

  /**
   * Mail arriving the way SES receiving delivers it: the rule's S3 action writes the raw message
   * under its object key prefix, then its Lambda action invokes the inbound function with the
   * receipt event. Answers the event too, to deliver it again.
   */
  async receive(
    raw: string,
    envelope: { from: string; to: string[] },
  ): Promise<{ event: unknown; invocation: Invocation }> {
    const { receiptRule } = this.stack;
    for (const recipient of envelope.to) {
      if (!receiptRule.recipients.some((entry) => sesRecipientMatches(entry, recipient))) {
        throw new Error(`SES would not deliver mail for ${recipient} to this rule`);
      }
    }
    // SES message ids: 40 lowercase letters and digits.
    const messageId = randomBytes(30)
      .toString('base64url')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '0')
      .slice(0, 40);
    await this.s3?.send(
      new PutObjectCommand({
        Bucket: receiptRule.bucket,
        Key: `${receiptRule.objectKeyPrefix}${messageId}`,
        Body: raw,
      }),
    );
    const now = this.clock.now();
    const event = sesReceiptEvent({
      messageId,
      from: envelope.from,
      recipients: envelope.to,
      timestamp: now.toISOString(),
      functionArn: receiptRule.functionArn,
    });
    return { event, invocation: await this.invokeInbound(event) };
  }

  /** The receipt rule's Lambda action (invocation type Event) delivering `event` once more. */
  invokeInbound(event: unknown): Promise<Invocation> {
    return this.byArn(this.stack.receiptRule.functionArn).invoke(event, this.clock.now());
  }

  /**
   * A browser request to a link page through the Function URL: the payload format 2.0 event the
   * URL sends its function, and the HTTP response it makes of the function's answer.
   */
  async request(
    url: string,
    options: { method?: 'GET' | 'POST'; form?: Record<string, string> } = {},
  ): Promise<FunctionUrlResponse> {
    const target = new URL(url);
    if (target.host !== this.stack.functionUrl.host) {
      throw new Error(`${url} is not the stack's Function URL (${this.stack.functionUrl.host})`);
    }
    const method = options.method ?? (options.form ? 'POST' : 'GET');
    const now = this.clock.now();
    const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
    const headers: Record<string, string> = {
      host: target.host,
      'user-agent': 'Mozilla/5.0 (rehearsal)',
      accept: 'text/html,application/xhtml+xml',
      'accept-language': 'en-US,en;q=0.9',
      'x-forwarded-proto': 'https',
      'x-forwarded-port': '443',
      'x-forwarded-for': '203.0.113.7',
      'x-amzn-trace-id': `Root=1-${Math.floor(now.getTime() / 1000).toString(16)}-${randomBytes(12).toString('hex')}`,
      ...(body
        ? {
            'content-type': 'application/x-www-form-urlencoded',
            'content-length': String(Buffer.byteLength(body)),
            origin: `https://${target.host}`,
          }
        : {}),
    };
    const rawQueryString = target.search.replace(/^\?/, '');
    const event = {
      version: '2.0',
      routeKey: '$default',
      rawPath: target.pathname,
      rawQueryString,
      headers,
      ...(rawQueryString
        ? { queryStringParameters: Object.fromEntries(new URLSearchParams(rawQueryString)) }
        : {}),
      requestContext: {
        accountId: 'anonymous',
        apiId: target.host.split('.')[0],
        domainName: target.host,
        domainPrefix: target.host.split('.')[0],
        http: {
          method,
          path: target.pathname,
          protocol: 'HTTP/1.1',
          sourceIp: '203.0.113.7',
          userAgent: headers['user-agent'],
        },
        requestId: randomUUID(),
        routeKey: '$default',
        stage: '$default',
        time: now.toUTCString(),
        timeEpoch: now.getTime(),
      },
      // Function URLs hand form posts to the function base64-encoded.
      ...(body
        ? { body: Buffer.from(body).toString('base64'), isBase64Encoded: true }
        : { isBase64Encoded: false }),
    };
    const invocation = await this.byArn(this.stack.functionUrl.functionArn).invoke(event, now);
    if (invocation.error) {
      // What the Function URL answers when its function fails.
      return { statusCode: 502, headers: {}, body: 'Internal Server Error' };
    }
    return functionUrlResponse(invocation.result);
  }

  /** Fires every schedule due until `instant`, then leaves the clock there. */
  async advanceTo(instant: Date) {
    const fired = await this.scheduler.fireDue(instant, (at) => this.clock.set(at));
    this.clock.set(instant);
    return fired;
  }

  /** Every email SES was asked to send, oldest first. */
  async sentEmails(): Promise<SentEmail[]> {
    const response = await fetch(`${this.endpoints?.sesv2}/store`);
    return ((await response.json()) as { emails: SentEmail[] }).emails;
  }

  async stop(): Promise<void> {
    for (const close of this.closers.reverse()) await close();
  }
}

/** A Function URL's HTTP response from the function's result (payload format 2.0). */
function functionUrlResponse(result: unknown): FunctionUrlResponse {
  if (result && typeof result === 'object' && 'statusCode' in result) {
    const r = result as {
      statusCode: number;
      headers?: Record<string, string>;
      body?: string;
      isBase64Encoded?: boolean;
    };
    const body = r.body ?? '';
    const headers = Object.fromEntries(
      Object.entries(r.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]),
    );
    return {
      statusCode: r.statusCode,
      headers,
      body: r.isBase64Encoded ? Buffer.from(body, 'base64').toString('utf8') : body,
    };
  }
  // Anything else is returned as a JSON body with status 200.
  return {
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(result),
  };
}

/**
 * A receipt rule's recipient condition as SES applies it: an address matches itself, a domain
 * every address at that domain, and `.domain` every address at its subdomains.
 */
export function sesRecipientMatches(entry: string, recipient: string): boolean {
  const wanted = entry.toLowerCase();
  const address = recipient.toLowerCase();
  const domain = address.slice(address.lastIndexOf('@') + 1);
  if (wanted.includes('@')) return wanted === address;
  if (wanted.startsWith('.')) return domain.endsWith(wanted);
  return domain === wanted;
}
