// Test doubles for the playbook tests: a movable clock, a recording mailer and scheduler, and
// AppDeps over a fresh dynalite table.

import { LocalScheduler } from '../../functions/adapters/scheduler/local-scheduler.js';
import type { AppDeps } from '../../functions/app/deps.js';
import { AppConfig } from '../../functions/core/config.js';
import type { Interview } from '../../functions/core/domain.js';
import type { ParsedEmail } from '../../functions/parse/types.js';
import type { Clock } from '../../functions/ports/clock.js';
import { memoryLogger } from '../../functions/ports/logger.js';
import type { Mailer, OutgoingEmail, SentEmail } from '../../functions/ports/mailer.js';
import type { ScheduleRequest, Scheduler } from '../../functions/ports/scheduler.js';
import { freshTable } from '../support/dynamo.js';

export class FakeClock implements Clock {
  private current: number;
  constructor(iso: string) {
    this.current = Date.parse(iso);
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

export class RecordingMailer implements Mailer {
  readonly sent: (OutgoingEmail & { messageId: string })[] = [];
  /** Calls that should throw, by 1-based call number. */
  failOn = new Set<number>();
  private calls = 0;
  async send(email: OutgoingEmail): Promise<SentEmail> {
    this.calls += 1;
    if (this.failOn.has(this.calls))
      throw new Error(`mail service unavailable (call ${this.calls})`);
    const messageId = `m${this.calls}@test.followup`;
    this.sent.push({ ...email, messageId });
    return { messageId, providerId: `p${this.calls}` };
  }
}

export class RecordingScheduler implements Scheduler {
  readonly live = new Map<string, ScheduleRequest>();
  readonly calls: { op: 'schedule' | 'cancel'; name: string }[] = [];
  async schedule(request: ScheduleRequest) {
    this.calls.push({ op: 'schedule', name: request.name });
    this.live.set(request.name, request);
  }
  async cancel(name: string) {
    this.calls.push({ op: 'cancel', name });
    this.live.delete(name);
  }
}

export const OWNER = {
  email: 'sam@example.com',
  name: 'Sam Rivera',
  timezone: 'America/New_York',
  sendingAddress: 'sam@followup.example',
};

export function testConfig(overrides: Record<string, unknown> = {}) {
  return AppConfig.parse({
    domain: 'followup.example',
    inboundAddress: 'interviews@followup.example',
    owners: [OWNER],
    linkBaseUrl: 'https://links.followup.example',
    ...overrides,
  });
}

export async function testDeps(options: { now?: string; config?: AppConfig } = {}) {
  const table = await freshTable();
  const clock = new FakeClock(options.now ?? '2027-03-01T12:00:00Z');
  const mailer = new RecordingMailer();
  const scheduler = new RecordingScheduler();
  const { logger, entries } = memoryLogger();
  const deps: AppDeps = {
    store: table.store,
    scheduler,
    mailer,
    rawMail: {
      get: async () => {
        throw new Error('no raw mail in these tests');
      },
    },
    clock,
    log: logger,
    config: options.config ?? testConfig(),
    linkBaseUrl: 'https://links.followup.example',
  };
  return { deps, clock, mailer, scheduler, table, logs: entries };
}

/** AppDeps whose scheduler is the persisted LocalScheduler on the same table. */
export async function localDeps(options: { now?: string; config?: AppConfig } = {}) {
  const base = await testDeps(options);
  const local = new LocalScheduler(base.table.doc, base.table.tableName, base.clock);
  base.deps.scheduler = local;
  return { ...base, local };
}

export function sampleInterview(overrides: Partial<Interview> = {}): Interview {
  return {
    id: 'int0001',
    ownerEmail: OWNER.email,
    sourceMessageId: '<confirm-1@ats.example>',
    calendarUid: null,
    company: 'Acme Robotics',
    role: 'Backend Engineer',
    // Tuesday 2027-03-09 14:00–15:00 New York (EST).
    start: '2027-03-09T14:00:00-05:00',
    end: '2027-03-09T15:00:00-05:00',
    timezone: 'America/New_York',
    interviewers: [
      { name: 'Dana Li', email: 'dana@acme.example', timezone: null },
      { name: 'Ravi Shah', email: 'ravi@acme.example', timezone: 'Australia/Sydney' },
    ],
    meetingUrl: 'https://zoom.us/j/123',
    notes: ['their Kafka migration'],
    decisionBy: null,
    status: 'active',
    createdAt: '2027-03-01T12:00:00.000Z',
    updatedAt: '2027-03-01T12:00:00.000Z',
    ...overrides,
  };
}

/** A ParsedEmail around a DESIGN §5 extraction (the corpus `.expected.json` shape). */
export function parsedFrom(
  extraction: Pick<
    ParsedEmail,
    'company' | 'role' | 'start' | 'end' | 'timezone' | 'meetingUrl'
  > & {
    kind?: ParsedEmail['kind'];
    interviewers: { name: string; email: string | null }[];
  },
  extra: Partial<ParsedEmail> = {},
): ParsedEmail {
  const headers = {
    from: { name: 'Sam Rivera', address: OWNER.email },
    to: [{ name: null, address: 'interviews@followup.example' }],
    cc: [],
    replyTo: [],
    subject: 'Fwd: interview',
    date: '2026-12-01T09:00:00-05:00',
    messageId: 'fwd-1@mail.example',
    inReplyTo: null,
    references: [],
  };
  return {
    kind: 'scheduled',
    ...extraction,
    decisionBy: null,
    notes: [],
    calendar: null,
    outer: headers,
    original: null,
    seekerNote: null,
    text: '',
    confidence: 1,
    warnings: [],
    sources: {},
    error: null,
    ...extra,
  };
}
