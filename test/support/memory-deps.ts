// AppDeps with nothing behind it but memory: MemoryStore, MemoryOwners and the fakes for mail,
// schedules, time and raw mail. For service tests that check logic, not DynamoDB (the contract
// tests keep the memory ports equal to the table's).
import type { AppDeps } from '#app/deps.js';
import { seedOwners } from '#app/seed-owners.js';
import type { AppConfig } from '#core/config.js';
import { memoryLogger } from '#ports/logger.js';
import type { RawMail } from '#ports/raw-mail.js';
import { FakeClock, RecordingMailer, RecordingScheduler } from './fakes.js';
import { MemoryOwners } from './memory-owners.js';
import { MemoryStore } from './memory-store.js';

/** Raw messages by key, as the S3 action leaves them; remembers which keys were read. */
export class MemoryRawMail implements RawMail {
  readonly objects = new Map<string, Uint8Array>();
  reads: string[] = [];
  async get(key: string): Promise<Uint8Array> {
    this.reads.push(key);
    const raw = this.objects.get(key);
    if (!raw) throw new Error(`raw message ${key} not found`);
    return raw;
  }
}

export async function memoryDeps(options: {
  now: string;
  config: AppConfig;
  linkBaseUrl?: string;
}) {
  const store = new MemoryStore();
  const owners = new MemoryOwners();
  await seedOwners(owners, options.config.owners);
  const clock = new FakeClock(options.now);
  const mailer = new RecordingMailer(options.config.domain);
  const scheduler = new RecordingScheduler();
  const rawMail = new MemoryRawMail();
  const { logger, entries } = memoryLogger();
  const deps: AppDeps = {
    store,
    owners,
    scheduler,
    mailer,
    rawMail,
    clock,
    log: logger,
    config: options.config,
    linkBaseUrl: options.linkBaseUrl ?? 'https://links.followup.test',
  };
  return { deps, store, owners, clock, mailer, scheduler, rawMail, logs: entries };
}
