// Test doubles for the playbook tests: a movable clock, a recording mailer and scheduler, and
// AppDeps over a fresh dynalite table.

import { LocalScheduler } from '#adapters/scheduler/local-scheduler.js';
import { AppConfig } from '#core/config.js';
import type { Interview } from '#core/domain.js';
import type { ParsedEmail } from '#parse/types.js';
import { FakeClock, fakeDeps, RecordingMailer, RecordingScheduler } from '../support/fakes.js';

export { FakeClock, RecordingMailer, RecordingScheduler };

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
    ...overrides,
  });
}

export function testDeps(options: { now?: string; config?: AppConfig } = {}) {
  return fakeDeps({
    now: options.now ?? '2027-03-01T12:00:00Z',
    config: options.config ?? testConfig(),
    linkBaseUrl: 'https://links.followup.example',
  });
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

/** A ParsedEmail around an extraction (the corpus `.expected.json` shape). */
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
    coordinator: null,
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
