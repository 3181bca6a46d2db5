// The inbound pipeline per message, end to end on embedded dynalite (in memory): raw message →
// parseEmail → trust → dispatch → DynamoDB → scheduler → one email. Counts the DynamoDB requests
// each kind of message costs (what AWS bills), and the wall time per message here (dynalite in
// memory, one process, sequential, on a shared 2-core machine: a relative figure, not a Lambda
// latency).
import { readFile } from 'node:fs/promises';
import { DynamoOwners } from '#adapters/dynamo/dynamo-owners.js';
import { DynamoStore, documentClient } from '#adapters/dynamo/dynamo-store.js';
import { ensureTable, localDynamoClient, startEmbeddedDynamo } from '#adapters/dynamo/embedded.js';
import { LocalScheduler } from '#adapters/scheduler/local-scheduler.js';
import type { AppDeps } from '#app/deps.js';
import { handleInbound } from '#app/handle-inbound.js';
import { seedOwners } from '#app/seed-owners.js';
import { AppConfig } from '#core/config.js';
import type { Logger } from '#ports/logger.js';
import type { OutgoingEmail } from '#ports/mailer.js';

const quiet: Logger = { info() {}, warn() {}, error() {} };

export default async function inboundBench() {
  const dynamo = await startEmbeddedDynamo();
  const client = localDynamoClient(dynamo.endpoint);
  let requests = 0;
  client.middlewareStack.add(
    (next) => async (args) => {
      requests += 1;
      return next(args);
    },
    { step: 'initialize', name: 'countRequests' },
  );
  await ensureTable(client, 'bench-inbound');
  const doc = documentClient(client);
  let schedulerCalls = 0;
  const sam = {
    email: 'sam.okafor.dev@gmail.com',
    name: 'Sam Okafor',
    timezone: 'America/New_York',
    sendingAddress: 'sam@followups.example.dev',
  };
  const config = AppConfig.parse({
    domain: 'followups.example.dev',
    inboundAddress: 'interviews@followups.example.dev',
    owners: [sam],
    limits: { maxNewInterviewsPerOwnerPerDay: 10_000, maxRepliesPerOwnerPerHour: 10_000 },
  });
  const objects = new Map<string, Uint8Array>();
  const sent: OutgoingEmail[] = [];
  const clock = { now: () => new Date('2026-11-09T17:41:00Z') };
  const local = new LocalScheduler(doc, 'bench-inbound', clock);
  const owners = new DynamoOwners(doc, 'bench-inbound');
  await seedOwners(owners, config.owners);
  const deps: AppDeps = {
    store: new DynamoStore(doc, 'bench-inbound'),
    owners,
    // Counted apart: in AWS these are EventBridge Scheduler calls, not DynamoDB requests.
    scheduler: {
      schedule: async (request) => {
        schedulerCalls += 1;
        await local.schedule(request);
      },
      cancel: async (name) => {
        schedulerCalls += 1;
        await local.cancel(name);
      },
    },
    mailer: {
      send: async (email) => {
        sent.push(email);
        return {
          messageId: `m${sent.length}@followups.example.dev`,
          providerId: String(sent.length),
        };
      },
    },
    rawMail: {
      get: async (key) => {
        const raw = objects.get(key);
        if (!raw) throw new Error(`no ${key}`);
        return raw;
      },
    },
    clock,
    log: quiet,
    config,
    linkBaseUrl: 'https://links.followups.example.dev',
  };
  const base = await readFile(
    new URL('../inbound/fixtures/01-gmail-recruiter-this-thursday.eml', import.meta.url),
    'utf8',
  );
  const stranger = base.replace(
    /^From: Sam Okafor <sam\.okafor\.dev@gmail\.com>$/m,
    'From: x@y.example',
  );

  async function measure(label: string, n: number, raw: (i: number) => string, sameId = false) {
    const inputs = Array.from({ length: n }, (_, i) => {
      const id = sameId ? `${label}-0` : `${label}-${i}`;
      objects.set(`inbound/${id}`, new TextEncoder().encode(raw(i)));
      return { id, rawKey: `inbound/${id}`, recipients: [config.inboundAddress], verdicts: null };
    });
    if (sameId) await handleInbound(deps, inputs[0] as (typeof inputs)[0]);
    const before = requests;
    const schedulerBefore = schedulerCalls;
    const mailsBefore = sent.length;
    const t = performance.now();
    let outcome = '';
    for (const input of inputs) outcome = (await handleInbound(deps, input)).outcome;
    const ms = (performance.now() - t) / n;
    const scheduled = schedulerCalls - schedulerBefore;
    // Each local schedule/cancel is one DynamoDB request in the shared table: not counted twice.
    const dynamoRequests = requests - before - scheduled;
    const per = (count: number) => (count / n).toFixed(1).padStart(5);
    console.log(
      `${label.padEnd(20)} ${outcome.padEnd(24)} ${per(dynamoRequests)} DynamoDB  ${per(scheduled)} Scheduler  ${per(sent.length - mailsBefore)} SES sends  per message;  ${ms.toFixed(1).padStart(6)} ms/msg (mean of ${n}, sequential)`,
    );
  }

  // Each new forward names a different minute, so none is recognised as already logged.
  await measure('new interview', 40, (i) =>
    base
      .replace('Thursday at 3pm', `Thursday at 3:${String(i + 10).padStart(2, '0')}pm`)
      .replace('<CAfU0I+', `<bench-${i}-CAfU0I+`),
  );
  // Its untimed first run logs `base`, which the next measure forwards again.
  await measure('duplicate delivery', 40, () => base, true);
  await measure('same forward again', 40, (i) => base.replace('<CAfU0I+', `<again-${i}-CAfU0I+`));
  await measure('unknown sender', 40, () => stranger);
  console.log(
    'DynamoDB: every command counted by a middleware on the client (reads and writes, link tokens included); Scheduler: schedule/cancel calls (EventBridge Scheduler in AWS); plus one S3 GetObject per message. ms: wall time here, dynalite in memory on a shared machine — relative only.',
  );
  client.destroy();
  await dynamo.close();
}
