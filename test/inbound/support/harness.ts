// An AppDeps for inbound flows: DynamoStore on a fresh dynalite table, the LocalScheduler in
// the same table, an in-memory RawMail, a Mailer that records what it sends, a movable clock
// and a logger that keeps every line.
import { LocalScheduler } from '#adapters/scheduler/local-scheduler.js';
import type { AppDeps } from '#app/deps.js';
import { handleInbound } from '#app/handle-inbound.js';
import { seedOwners } from '#app/seed-owners.js';
import { AppConfig } from '#core/config.js';
import type { Verdicts } from '#core/inbound/inbound-input.js';
import { memoryLogger } from '#ports/logger.js';
import { freshTable } from '../../support/dynamo.js';
import { FakeClock, RecordingMailer } from '../../support/fakes.js';
import { MemoryRawMail } from '../../support/memory-deps.js';

export { FakeClock, MemoryRawMail, RecordingMailer };

export const DOMAIN = 'followups.example.dev';
export const INBOUND = `interviews@${DOMAIN}`;

export const SAM = {
  email: 'sam.okafor.dev@gmail.com',
  name: 'Sam Okafor',
  timezone: 'America/New_York',
  sendingAddress: `sam@${DOMAIN}`,
};
export const KIM = {
  email: 'kim.lee@example.net',
  name: 'Kim Lee',
  timezone: 'America/Chicago',
  sendingAddress: `kim@${DOMAIN}`,
};

export const MEI = {
  email: 'mei.lindqvist@outlook.com',
  name: 'Mei Lindqvist',
  timezone: 'America/New_York',
  sendingAddress: `mei@${DOMAIN}`,
};

export const PASS: Verdicts = {
  spf: 'PASS',
  dkim: 'PASS',
  dmarc: 'PASS',
  spam: 'PASS',
  virus: 'PASS',
};

/** Every log line any world wrote in this test file, for checks across all flows. */
export const allLogLines: { level: string; event: string; fields: Record<string, unknown> }[][] =
  [];

export async function inboundWorld(
  options: { now: string; limits?: Partial<AppConfig['limits']>; owners?: unknown[] } = {
    now: '2026-11-09T17:41:00Z',
  },
) {
  const table = await freshTable();
  const clock = new FakeClock(new Date(options.now).getTime());
  const { logger, entries } = memoryLogger();
  allLogLines.push(entries);
  const rawMail = new MemoryRawMail();
  const mailer = new RecordingMailer(DOMAIN);
  const scheduler = new LocalScheduler(table.doc, table.tableName, clock, logger);
  const config = AppConfig.parse({
    domain: DOMAIN,
    inboundAddress: INBOUND,
    owners: options.owners ?? [SAM, KIM, MEI],
    limits: options.limits ?? {},
  });
  await seedOwners(table.owners, config.owners);
  const deps: AppDeps = {
    store: table.store,
    owners: table.owners,
    scheduler,
    mailer,
    rawMail,
    clock,
    log: logger,
    config,
    linkBaseUrl: 'https://links.followups.example.dev',
  };
  let seq = 0;
  /** Stores the raw message like the SES S3 action and delivers it like the Lambda action. */
  async function deliver(
    raw: string | Uint8Array,
    delivery: { recipients?: string[]; verdicts?: Verdicts | null; id?: string } = {},
  ) {
    const id = delivery.id ?? `ses-${++seq}-${Math.random().toString(36).slice(2, 10)}`;
    const bytes = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw;
    rawMail.objects.set(`inbound/${id}`, bytes);
    const result = await handleInbound(deps, {
      id,
      rawKey: `inbound/${id}`,
      recipients: delivery.recipients ?? [INBOUND],
      verdicts: delivery.verdicts === undefined ? PASS : delivery.verdicts,
    });
    return { id, ...result };
  }
  return { deps, table, clock, mailer, rawMail, scheduler, logs: entries, deliver };
}
