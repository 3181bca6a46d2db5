// Requests one interview's lifecycle makes, and what 1,000 interviews cost at AWS list prices.
// The real app code runs against instrumented ports: DynamoDB through the real adapter on
// embedded dynalite (every request and its ConsumedCapacity counted by an SDK middleware), a
// scheduler that behaves like EventBridge Scheduler (create / conflict → update / delete; a
// fired one-time schedule is deleted by the service), a mailer that counts recipients, and a
// clock moved from schedule to schedule. Two scenarios: the whole plan with both drafts
// approved, and the interviewer answering right after the thank-you.
import { readFileSync } from 'node:fs';
import { DynamoOwners } from '#adapters/dynamo/dynamo-owners.js';
import { DynamoStore, documentClient } from '#adapters/dynamo/dynamo-store.js';
import { ensureTable, localDynamoClient, startEmbeddedDynamo } from '#adapters/dynamo/embedded.js';
import type { AppDeps } from '#app/deps.js';
import { fireStep } from '#app/fire-step.js';
import { heardBack } from '#app/plan-changes.js';
import { seedOwners } from '#app/seed-owners.js';
import { approveStep } from '#app/send-step.js';
import { AppConfig } from '#core/config.js';
import { errorMessage } from '#core/error-message.js';
import type { Clock } from '#ports/clock.js';
import type { Logger } from '#ports/logger.js';
import type { Mailer, OutgoingEmail } from '#ports/mailer.js';
import { isDigestEvent, type ScheduleRequest, type Scheduler } from '#ports/scheduler.js';
import { filledIn } from '../support/filled-drafts.js';

/** us-east-1 list prices (on-demand, no free tier), as published by AWS in 2025. */
const PRICES = {
  lambdaRequest: 0.2 / 1e6,
  /** arm64, per GB-second. */
  lambdaGbSecond: 0.0000133334,
  /** Assumed per invocation: 256 MB for 400 ms (generous for these handlers). */
  lambdaGbSecondsPerInvocation: 0.25 * 0.4,
  dynamoWriteUnit: 0.625 / 1e6,
  dynamoReadUnit: 0.125 / 1e6,
  schedulerInvocation: 1.0 / 1e6,
  sesOutboundPerRecipient: 0.1 / 1000,
  sesInboundMessage: 0.1 / 1000,
  sesInboundChunk: 0.09 / 1000,
  s3Put: 0.005 / 1000,
  s3Get: 0.0004 / 1000,
};

class Counts {
  dynamo: Record<string, number> = {};
  readUnits = 0;
  writeUnits = 0;
  schedulerApi: Record<string, number> = {};
  schedulerInvocations = 0;
  lambda: Record<string, number> = {};
  emails = 0;
  recipients = 0;
  toInterviewers = 0;
  inbound = 0;
  s3Put = 0;
  s3Get = 0;
  add(map: Record<string, number>, key: string, n = 1) {
    map[key] = (map[key] ?? 0) + n;
  }
}

/** Behaves like EventBridge Scheduler at the API level, and counts the calls. */
class CountingScheduler implements Scheduler {
  readonly live = new Map<string, ScheduleRequest>();
  constructor(private readonly counts: Counts) {}
  async schedule(request: ScheduleRequest) {
    this.counts.add(this.counts.schedulerApi, 'CreateSchedule');
    if (this.live.has(request.name)) this.counts.add(this.counts.schedulerApi, 'UpdateSchedule');
    this.live.set(request.name, request);
  }
  async cancel(name: string) {
    this.counts.add(this.counts.schedulerApi, 'DeleteSchedule');
    this.live.delete(name);
  }
  /** The next schedule to fire; the service deletes it after the invocation (no API call). */
  next(): ScheduleRequest | null {
    const [first] = [...this.live.values()].sort((a, b) => a.at.getTime() - b.at.getTime());
    if (!first) return null;
    this.live.delete(first.name);
    this.counts.schedulerInvocations += 1;
    return first;
  }
}

class CountingMailer implements Mailer {
  private n = 0;
  constructor(
    private readonly counts: Counts,
    private readonly sendingDomain: string,
  ) {}
  async send(email: OutgoingEmail) {
    this.n += 1;
    this.counts.emails += 1;
    const recipients = email.to.length + (email.cc?.length ?? 0) + (email.bcc?.length ?? 0);
    this.counts.recipients += recipients;
    if (
      email.from.address.endsWith(`@${this.sendingDomain}`) &&
      !email.from.address.startsWith('followup@')
    )
      this.counts.toInterviewers += email.to.length;
    return { messageId: `bench-${this.n}@${this.sendingDomain}`, providerId: `p${this.n}` };
  }
}

class MovableClock implements Clock {
  constructor(private current: Date) {}
  now() {
    return this.current;
  }
  set(at: Date) {
    this.current = at;
  }
}

const quiet: Logger = { info() {}, warn() {}, error() {} };

const OWNER = {
  email: 'sam.okafor.dev@gmail.com',
  name: 'Sam Okafor',
  timezone: 'America/New_York',
  sendingAddress: 'sam@followups.example.dev',
};
const CORPUS = new URL('../fixtures/corpus/05-gmail-calendar-invite-ics.eml', import.meta.url);

async function scenario(
  endpoint: string,
  table: string,
  heardBackAfterThankYou: boolean,
): Promise<{ counts: Counts; path: string }> {
  const counts = new Counts();
  const client = localDynamoClient(endpoint);
  await ensureTable(client, table);
  client.middlewareStack.add(
    (next, context) => async (args) => {
      (args.input as Record<string, unknown>).ReturnConsumedCapacity = 'TOTAL';
      const result = await next(args);
      counts.add(counts.dynamo, context.commandName ?? 'unknown');
      const consumed = (result.output as { ConsumedCapacity?: { CapacityUnits?: number } })
        .ConsumedCapacity;
      const units = consumed?.CapacityUnits ?? 0;
      if (/Get|Query|Scan/.test(context.commandName ?? '')) counts.readUnits += units;
      else counts.writeUnits += units;
      return result;
    },
    { step: 'initialize', name: 'benchCounter' },
  );
  // A failed conditional write is still charged; count those too.
  client.middlewareStack.add(
    (next, context) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        if ((error as { name?: string }).name === 'ConditionalCheckFailedException') {
          counts.add(counts.dynamo, `${context.commandName} (condition failed)`);
          counts.writeUnits += 1;
        }
        throw error;
      }
    },
    { step: 'initialize', name: 'benchFailedWrites', priority: 'high' },
  );

  const raw = readFileSync(CORPUS);
  const clock = new MovableClock(new Date('2026-12-04T23:05:00Z'));
  const scheduler = new CountingScheduler(counts);
  const config = AppConfig.parse({
    domain: 'followups.example.dev',
    inboundAddress: 'interviews@followups.example.dev',
    owners: [OWNER],
  });
  const owners = new DynamoOwners(documentClient(client), table);
  await seedOwners(owners, config.owners);
  const deps: AppDeps = {
    store: new DynamoStore(documentClient(client), table),
    owners,
    scheduler,
    mailer: new CountingMailer(counts, 'followups.example.dev'),
    rawMail: {
      get: async () => {
        counts.s3Get += 1;
        return new Uint8Array(raw);
      },
    },
    clock,
    log: quiet,
    config,
    linkBaseUrl: 'https://links.followups.example.dev',
  };

  // 1. The forward arrives: SES receiving → S3 → the inbound Lambda.
  counts.inbound += 1;
  counts.s3Put += 1;
  counts.add(counts.lambda, 'inbound');
  let path = 'handleInbound (parse + logInterview + acknowledgement)';
  let interviewId: string;
  try {
    const { handleInbound } = await import('#app/handle-inbound.js');
    const allPass = {
      spf: 'PASS',
      dkim: 'PASS',
      dmarc: 'PASS',
      spam: 'PASS',
      virus: 'PASS',
    } as const;
    const result = await handleInbound(deps, {
      id: `ses-${table}`,
      rawKey: 'inbound/1',
      recipients: [config.inboundAddress],
      verdicts: allPass,
    });
    const [interview] = await deps.store.listInterviewsByOwner(OWNER.email);
    if (!interview) throw new Error(`inbound did not log the interview (${result.outcome})`);
    interviewId = interview.id;
  } catch (error) {
    // The inbound pipeline is someone else's work in progress; log the corpus parse directly.
    path = `logInterview directly (inbound unavailable: ${errorMessage(error).slice(0, 60)})`;
    const { logInterview } = await import('#app/log-interview.js');
    const expected = JSON.parse(
      readFileSync(new URL(CORPUS.href.replace('.eml', '.expected.json')), 'utf8'),
    );
    const { interview } = await logInterview(deps, {
      owner: config.owners[0] ?? (undefined as never),
      parsed: { ...expected, decisionBy: null, notes: [], calendar: null } as never,
      sourceMessageId: 'bench-source',
    });
    interviewId = interview.id;
  }

  // 2. The schedules fire one by one; each is one step-Lambda invocation.
  for (let guard = 0; guard < 30; guard++) {
    const due = scheduler.next();
    if (!due) break;
    clock.set(due.at);
    counts.add(counts.lambda, 'step');
    const event = due.payload;
    if (isDigestEvent(event)) throw new Error('no digest in this plan');
    await fireStep(deps, event);
    const step = await deps.store.getStep(interviewId, event.step);
    if (step?.audience === 'interviewer' && step.status === 'reminded') {
      // The owner opens the approve page (GET) and submits it (POST): two link-Lambda runs,
      // each reading its token; the POST consumes it.
      counts.add(counts.lambda, 'link', 2);
      const fakeHash = 'f'.repeat(64);
      await deps.store.getLinkToken(fakeHash);
      await deps.store.getInterview(interviewId);
      await deps.store.getLinkToken(fakeHash);
      await deps.store.consumeLinkToken(fakeHash, clock.now().toISOString());
      await approveStep(deps, interviewId, event.step, filledIn(step.drafts), { sendNow: false });
      if (heardBackAfterThankYou && event.step === 'thank_you') {
        // The interviewer answers: one more inbound message, relayed to the owner.
        counts.inbound += 1;
        counts.s3Put += 1;
        counts.s3Get += 1;
        counts.add(counts.lambda, 'inbound');
        await deps.store.claimInbound(`reply-${table}`, '2030-01-01T00:00:00Z');
        await deps.store.getSentMessage('bench-1@followups.example.dev');
        await heardBack(deps, interviewId);
        await deps.mailer.send({
          origin: 'system',
          from: { address: 'followup@followups.example.dev' },
          to: [{ address: OWNER.email }],
          subject: 'relay',
          text: 'relay',
        });
        await deps.store.completeInbound(`reply-${table}`, 'relayed');
      }
    }
  }
  client.destroy();
  return { counts, path };
}

function cost(c: Counts) {
  const invocations = Object.values(c.lambda).reduce((a, b) => a + b, 0);
  const parts = {
    'SES outbound (per recipient)': c.recipients * PRICES.sesOutboundPerRecipient,
    'SES inbound (messages + 256 KB chunks)':
      c.inbound * (PRICES.sesInboundMessage + PRICES.sesInboundChunk),
    'Lambda (requests + 256 MB × 400 ms)':
      invocations *
      (PRICES.lambdaRequest + PRICES.lambdaGbSecondsPerInvocation * PRICES.lambdaGbSecond),
    'DynamoDB on-demand (RRU + WRU)':
      c.readUnits * PRICES.dynamoReadUnit + c.writeUnits * PRICES.dynamoWriteUnit,
    'EventBridge Scheduler invocations': c.schedulerInvocations * PRICES.schedulerInvocation,
    'S3 PUT + GET (raw mail)': c.s3Put * PRICES.s3Put + c.s3Get * PRICES.s3Get,
  };
  return { parts, total: Object.values(parts).reduce((a, b) => a + b, 0) };
}

function report(title: string, path: string, c: Counts) {
  const dynamoRequests = Object.values(c.dynamo).reduce((a, b) => a + b, 0);
  console.log(`### ${title}`);
  console.log(`  inbound path: ${path}`);
  console.log(
    `  Lambda invocations:   ${Object.entries(c.lambda)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  console.log(
    `  Scheduler API calls:  ${Object.entries(c.schedulerApi)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}; schedules fired (invocations): ${c.schedulerInvocations}`,
  );
  console.log(
    `  DynamoDB requests:    ${dynamoRequests} (${Object.entries(c.dynamo)
      .map(([k, v]) => `${k.replace('Command', '')} ${v}`)
      .join(', ')})`,
  );
  console.log(
    `  DynamoDB capacity:    ${c.readUnits} RRU, ${c.writeUnits} WRU (dynalite ConsumedCapacity; failed conditional writes counted as 1 WRU)`,
  );
  console.log(
    `  Emails:               ${c.emails} sent (${c.recipients} recipients incl. Bcc; ${c.toInterviewers} to interviewers); ${c.inbound} received`,
  );
  const { parts, total } = cost(c);
  console.log('  Cost per 1,000 interviews:');
  for (const [name, value] of Object.entries(parts)) {
    console.log(`    ${name.padEnd(42)} $${(value * 1000).toFixed(4)}`);
  }
  console.log(`    ${'total'.padEnd(42)} $${(total * 1000).toFixed(4)}`);
}

export default async function lifecycleBench() {
  const dynamo = await startEmbeddedDynamo();
  try {
    const full = await scenario(dynamo.endpoint, 'bench-full', false);
    report('whole plan, both outreach drafts approved (2 interviewers)', full.path, full.counts);
    const early = await scenario(dynamo.endpoint, 'bench-heard', true);
    report('interviewer answers right after the thank-you', early.path, early.counts);
    console.log(
      'Prices (us-east-1, list, no free tier): Lambda $0.20/M requests + $0.0000133334/GB-s (arm64);',
    );
    console.log(
      '  DynamoDB on-demand $0.625/M WRU, $0.125/M RRU; EventBridge Scheduler $1.00/M invocations',
    );
    console.log(
      '  (API calls not charged); SES $0.10/1,000 outbound recipients, $0.10/1,000 inbound + $0.09/1,000 chunks;',
    );
    console.log(
      '  S3 $0.005/1,000 PUT, $0.0004/1,000 GET. Storage (KB per interview) is negligible.',
    );
    console.log(
      '  Not in the WRU figure: GSI1 writes of the interview item (1 WRU per interview write, a few per interview).',
    );
    console.log(
      '  Link page requests are simulated as their store calls (token reads + consume), not through the link handler.',
    );
  } finally {
    await dynamo.close();
  }
}
