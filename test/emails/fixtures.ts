// A realistic interview, owner and plan for email and page tests.
import { AppConfig } from '#core/config.js';
import type { Interview, Owner, Step, StepKind } from '#core/domain.js';

export const owner: Owner = {
  email: 'sam.rivera@example.org',
  name: 'Sam Rivera',
  timezone: 'America/New_York',
  sendingAddress: 'sam@mail.example.net',
  wakingHours: { start: '08:00', end: '21:00' },
};

export const config = AppConfig.parse({
  domain: 'mail.example.net',
  inboundAddress: 'interviews@mail.example.net',
  owners: [owner],
});

export function interview(overrides: Partial<Interview> = {}): Interview {
  return {
    id: 'int-1',
    ownerEmail: owner.email,
    sourceMessageId: 'source-1@example.com',
    calendarUid: null,
    company: 'Northwind Logistics',
    role: 'Senior Platform Engineer',
    start: '2026-03-03T14:00:00-06:00',
    end: '2026-03-03T15:00:00-06:00',
    timezone: 'America/Chicago',
    interviewers: [
      {
        name: 'Priya Natarajan',
        email: 'priya@northwind.example',
        timezone: null,
        topic: 'their Kafka migration',
      },
      {
        name: 'Dr. Tom Becker',
        email: 'tom.becker@northwind.example',
        timezone: null,
        topic: 'the on-call rotation',
      },
    ],
    meetingUrl: 'https://meet.example.com/abc-defg-hij',
    notes: ['we talked about their Kafka migration', 'decision in two weeks'],
    decisionBy: '2026-03-17',
    status: 'active',
    createdAt: '2026-02-20T12:00:00.000Z',
    updatedAt: '2026-02-20T12:00:00.000Z',
    ...overrides,
  };
}

const DUE: Record<StepKind, string> = {
  prep: '2026-03-02T23:00:00.000Z',
  thank_you: '2026-03-03T22:00:00.000Z',
  follow_up: '2026-03-10T13:00:00.000Z',
  call: '2026-03-17T13:00:00.000Z',
  close_out: '2026-03-24T13:00:00.000Z',
};

export function step(kind: StepKind, overrides: Partial<Step> = {}): Step {
  return {
    interviewId: 'int-1',
    kind,
    audience: kind === 'thank_you' || kind === 'follow_up' ? 'interviewer' : 'owner',
    dueAt: DUE[kind],
    status: 'scheduled',
    scheduleName: `fu-int-1-${kind}`,
    drafts: [],
    sendAt: null,
    lastError: null,
    updatedAt: '2026-02-20T12:00:00.000Z',
    ...overrides,
  };
}

export function plan(): Step[] {
  return (['prep', 'thank_you', 'follow_up', 'call', 'close_out'] as const).map((k) => step(k));
}

/** Text a hostile sender or a careless parser could put in any person- or email-sourced field. */
export const HOSTILE = `<script>alert(1)</script><img src=x onerror=alert(2)>"'{{subject}}`;
