// One run of the app in a child process, on a shared DynamoDB table and outbox directory, with
// its ports behind a KillSwitch: either the owner's POST to a Review & send link, or the step
// function firing what is due. Prints {"moments", "status"} when it was not killed.
// Environment: RUN_KIND (post | fire), RUN_DYNAMO, RUN_TABLE, RUN_OUTBOX, RUN_NOW, RUN_KILL_AT,
// RUN_PATH and RUN_FORM (JSON) for a post.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoOwners } from '#adapters/dynamo/dynamo-owners.js';
import { DynamoStore, documentClient } from '#adapters/dynamo/dynamo-store.js';
import { OutboxMailer } from '#adapters/local/outbox-mailer.js';
import { LocalScheduler } from '#adapters/scheduler/local-scheduler.js';
import type { AppDeps } from '#app/deps.js';
import { fireScheduled } from '#app/fire-scheduled.js';
import { memoryLogger } from '#ports/logger.js';
import { handleLinkRequest } from '#web/link-request.js';
import { config } from '../emails/fixtures.js';
import { isStoreWrite, KillSwitch } from './kill-switch.js';

function env(name: string): string {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
}

const now = new Date(env('RUN_NOW'));
const clock = { now: () => new Date(now) };
const killer = new KillSwitch(Number(env('RUN_KILL_AT')));
// The client alone, not the embedded server's module: the child needs no dynalite of its own.
const client = new DynamoDBClient({
  endpoint: env('RUN_DYNAMO'),
  region: 'local',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});
const doc = documentClient(client);
const table = env('RUN_TABLE');
const scheduler = new LocalScheduler(doc, table, clock);
const deps: AppDeps = {
  store: killer.wrap(new DynamoStore(doc, table), isStoreWrite),
  owners: new DynamoOwners(doc, table),
  scheduler: killer.wrap(scheduler, (m) => m === 'schedule' || m === 'cancel'),
  mailer: killer.wrap(
    await OutboxMailer.open({ dir: env('RUN_OUTBOX'), domain: config.domain, clock }),
    (m) => m === 'send',
  ),
  rawMail: {
    get: async () => {
      throw new Error('no raw mail in this run');
    },
  },
  clock,
  log: memoryLogger().logger,
  config,
  linkBaseUrl: 'https://links.example.net',
};

let status: string;
if (env('RUN_KIND') === 'post') {
  const response = await handleLinkRequest(deps, {
    method: 'POST',
    path: env('RUN_PATH'),
    query: {},
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(JSON.parse(env('RUN_FORM')) as Record<string, string>).toString(),
  });
  status = String(response.statusCode);
} else {
  // What the local runtime's scheduler loop does on each tick.
  const fired: string[] = [];
  await scheduler.fireDue(async (event) => {
    fired.push((await fireScheduled(deps, event)).outcome);
  });
  status = fired.join(',');
}
client.destroy();
process.stdout.write(`${JSON.stringify({ moments: killer.count, status })}\n`);
