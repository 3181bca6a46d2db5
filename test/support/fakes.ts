// In-memory stand-ins for the ports that talk to the outside world (mail, schedules, time),
// shared by the service, inbound and link-page tests. fakeDeps puts them over a dynalite table;
// memory-deps.ts puts them over the in-memory store and owner directory.
import { randomUUID } from 'node:crypto';
import type { AppDeps } from '#app/deps.js';
import { seedOwners } from '#app/seed-owners.js';
import type { AppConfig } from '#core/config.js';
import type { Clock } from '#ports/clock.js';
import { memoryLogger } from '#ports/logger.js';
import {
  type Mailer,
  MailRefused,
  type OutgoingEmail,
  type RefusalReason,
  type SentEmail,
} from '#ports/mailer.js';
import {
  type DigestEvent,
  isDigestEvent,
  type ScheduledEvent,
  type ScheduleRequest,
  type Scheduler,
  type StepEvent,
} from '#ports/scheduler.js';
import { freshTable } from './dynamo.js';

/** A clock that stands still until a test moves it. */
export class FakeClock implements Clock {
  private current: number;
  constructor(start: string | number) {
    this.current = typeof start === 'string' ? Date.parse(start) : start;
  }
  now() {
    return new Date(this.current);
  }
  set(iso: string | Date) {
    this.current = typeof iso === 'string' ? Date.parse(iso) : iso.getTime();
  }
  advance(ms: number) {
    this.current += ms;
  }
}

/**
 * Keeps every email. Can be told to refuse calls (nothing sent, as a throttled or rejected
 * request), or to lose the answer to calls it accepted (the email is kept, then the call
 * throws as a timeout would: the caller cannot know it went out).
 */
export class RecordingMailer implements Mailer {
  readonly sent: (OutgoingEmail & { messageId: string })[] = [];
  /** Calls that should be refused, by 1-based call number. */
  failOn = new Set<number>();
  /** How many of the next calls should be refused. */
  failNext = 0;
  failWith = 'mail service unavailable';
  refuseAs: RefusalReason = 'throttled';
  /** Calls accepted whose answer is lost, by 1-based call number. */
  loseAnswerOn = new Set<number>();
  private calls = 0;
  // Unique per mailer: sent-message records are keyed by the part before '@'.
  private readonly run = randomUUID().slice(0, 8);
  constructor(private readonly domain = 'test.followup') {}

  async send(email: OutgoingEmail): Promise<SentEmail> {
    this.calls += 1;
    if (this.failNext > 0 || this.failOn.has(this.calls)) {
      this.failNext = Math.max(0, this.failNext - 1);
      throw new MailRefused(`${this.failWith} (call ${this.calls})`, this.refuseAs);
    }
    const messageId = `m${this.calls}.${this.run}@${this.domain}`;
    this.sent.push({ ...email, messageId });
    if (this.loseAnswerOn.has(this.calls)) {
      throw new Error(`the mail service did not answer in time (call ${this.calls})`);
    }
    return { messageId, providerId: `p${this.calls}` };
  }

  to(address: string) {
    return this.sent.filter((email) => email.to.some((to) => to.address === address));
  }
}

type StepSchedule = ScheduleRequest & { payload: StepEvent };
type DigestSchedule = ScheduleRequest & { payload: DigestEvent };

/** Keeps the live schedules (steps in `live`, weekly digests in `digests`) and every call. */
export class RecordingScheduler implements Scheduler {
  readonly live = new Map<string, StepSchedule>();
  readonly digests = new Map<string, DigestSchedule>();
  readonly calls: { op: 'schedule' | 'cancel'; name: string }[] = [];
  async schedule(request: ScheduleRequest) {
    this.calls.push({ op: 'schedule', name: request.name });
    const { payload } = request;
    if (isDigestEvent(payload)) this.digests.set(request.name, { ...request, payload });
    else this.live.set(request.name, { ...request, payload });
  }
  async cancel(name: string) {
    this.calls.push({ op: 'cancel', name });
    this.live.delete(name);
    this.digests.delete(name);
  }
}

/** AppDeps over a fresh dynalite table, with the fakes above for mail, schedules and time. */
export async function fakeDeps(options: { now: string; config: AppConfig; linkBaseUrl: string }) {
  const table = await freshTable();
  const clock = new FakeClock(options.now);
  const mailer = new RecordingMailer();
  const scheduler = new RecordingScheduler();
  const { logger, entries } = memoryLogger();
  await seedOwners(table.owners, options.config.owners);
  const deps: AppDeps = {
    store: table.store,
    owners: table.owners,
    scheduler,
    mailer,
    rawMail: {
      get: async () => {
        throw new Error('no raw mail in these tests');
      },
    },
    clock,
    log: logger,
    config: options.config,
    linkBaseUrl: options.linkBaseUrl,
  };
  return { deps, clock, mailer, scheduler, table, logs: entries };
}

/** The step a schedule fires (tests whose schedules are all steps). */
export function stepOf(event: ScheduledEvent): StepEvent['step'] {
  if (isDigestEvent(event)) throw new Error('expected a step schedule, got a digest');
  return event.step;
}
