import { describe, expect, it } from 'vitest';
import { missingDetails } from '#app/inbound/missing-details.js';
import type { Interview } from '#core/domain.js';
import { findMatchingInterview, findSameMeeting } from '#core/inbound/interview-matching.js';
import { newInterviewCounter, overDailyLimit } from '#core/inbound/limits.js';
import { answeredMessageIds, interviewBySender } from '#core/inbound/reply-matching.js';

function interview(id: string, overrides: Partial<Interview> = {}): Interview {
  return {
    id,
    ownerEmail: 'sam@example.com',
    sourceMessageId: `${id}@mail.example`,
    calendarUid: null,
    company: 'Quarry Lane Software',
    role: 'Senior iOS Engineer',
    start: '2027-01-19T14:00:00-05:00',
    end: '2027-01-19T15:00:00-05:00',
    timezone: 'America/New_York',
    interviewers: [{ name: 'Felipe Andrade', email: 'felipe@quarrylane.example', timezone: null }],
    meetingUrl: null,
    notes: [],
    decisionBy: null,
    status: 'active',
    createdAt: '2027-01-10T12:00:00.000Z',
    updatedAt: '2027-01-10T12:00:00.000Z',
    ...overrides,
  };
}
const now = new Date('2027-01-15T17:00:00Z');

describe('answeredMessageIds', () => {
  it('puts In-Reply-To first, then References newest first, without brackets or repeats', () => {
    expect(answeredMessageIds({ inReplyTo: '<c@x>', references: ['<a@x>', 'b@x', 'c@x'] })).toEqual(
      ['c@x', 'b@x', 'a@x'],
    );
    expect(answeredMessageIds({ inReplyTo: null, references: [] })).toEqual([]);
  });
});

describe('interviewBySender', () => {
  it('prefers a live plan, then the interview closest to now', () => {
    const old = interview('old', { start: '2026-06-01T14:00:00-04:00' });
    const recent = interview('recent');
    const done = interview('done', { status: 'heard_back', start: '2027-01-14T14:00:00-05:00' });
    const other = interview('other', {
      interviewers: [{ name: 'X', email: 'x@else.example', timezone: null }],
    });
    expect(
      interviewBySender([old, done, other, recent], 'Felipe@QuarryLane.example', now)?.id,
    ).toBe('recent');
    expect(interviewBySender([done], 'felipe@quarrylane.example', now)?.id).toBe('done');
    expect(interviewBySender([other], 'felipe@quarrylane.example', now)).toBeNull();
  });
  it('never matches a cancelled interview', () => {
    expect(
      interviewBySender(
        [interview('c', { status: 'cancelled' })],
        'felipe@quarrylane.example',
        now,
      ),
    ).toBeNull();
  });
});

describe('findMatchingInterview', () => {
  const probe = {
    company: 'Quarry Lane',
    interviewers: [{ name: 'Felipe Andrade', email: null }],
    start: '2027-01-21T11:30:00-05:00',
  };
  it('matches company + a shared interviewer (by name or email) + a nearby date', () => {
    expect(findMatchingInterview([interview('a')], probe, now)?.id).toBe('a');
    expect(
      findMatchingInterview(
        [interview('a')],
        { ...probe, interviewers: [{ name: 'F. A.', email: 'FELIPE@quarrylane.example' }] },
        now,
      )?.id,
    ).toBe('a');
  });
  it('refuses another company, another interviewer, a far date or an ended plan', () => {
    expect(findMatchingInterview([interview('a', { company: 'Acme' })], probe, now)).toBeNull();
    expect(
      findMatchingInterview(
        [interview('a')],
        { ...probe, interviewers: [{ name: 'Someone Else', email: null }] },
        now,
      ),
    ).toBeNull();
    expect(
      findMatchingInterview([interview('a', { start: '2027-06-01T14:00:00-04:00' })], probe, now),
    ).toBeNull();
    expect(findMatchingInterview([interview('a', { status: 'cancelled' })], probe, now)).toBeNull();
    expect(findMatchingInterview([interview('a')], { ...probe, company: null }, now)).toBeNull();
  });
  it('accepts a notice that names nobody only when one interview fits', () => {
    const nobody = { ...probe, interviewers: [] };
    expect(findMatchingInterview([interview('a')], nobody, now)?.id).toBe('a');
    expect(
      findMatchingInterview(
        [interview('a'), interview('b', { start: '2027-01-26T14:00:00-05:00' })],
        nobody,
        now,
      ),
    ).toBeNull();
  });
  it('picks the closest of several fits', () => {
    const far = interview('far', { start: '2027-02-20T14:00:00-05:00' });
    expect(findMatchingInterview([far, interview('near')], probe, now)?.id).toBe('near');
  });
});

describe('findSameMeeting', () => {
  it('finds the same instant at the same company, across offsets', () => {
    expect(
      findSameMeeting([interview('a')], {
        company: 'Quarry Lane Software Inc.',
        start: '2027-01-19T19:00:00Z',
      })?.id,
    ).toBe('a');
    expect(
      findSameMeeting([interview('a')], { company: 'Acme', start: '2027-01-19T19:00:00Z' }),
    ).toBeNull();
  });
});

describe('limits and missing fields', () => {
  it("counts new interviews per day of the owner's own calendar", () => {
    const late = new Date('2027-01-16T03:30:00Z'); // 22:30 on the 15th in New York
    expect(newInterviewCounter('sam@example.com', 'America/New_York', late).name).toBe(
      'new-interviews#sam@example.com#2027-01-15',
    );
    expect(newInterviewCounter('sam@example.com', 'Europe/Berlin', late).name).toBe(
      'new-interviews#sam@example.com#2027-01-16',
    );
    expect(
      Date.parse(newInterviewCounter('sam@example.com', 'UTC', late).expiresAt),
    ).toBeGreaterThan(late.getTime() + 24 * 3600 * 1000);
    expect(overDailyLimit(20, { maxNewInterviewsPerOwnerPerDay: 20 })).toBe(false);
    expect(overDailyLimit(21, { maxNewInterviewsPerOwnerPerDay: 20 })).toBe(true);
  });
  it('names what a plan needs and the email lacked', () => {
    expect(
      missingDetails({
        kind: 'not_interview',
        company: null,
        role: null,
        start: null,
        end: null,
        timezone: null,
        interviewers: [],
        meetingUrl: null,
      }),
    ).toEqual(['the date and time of the interview', 'the company', 'who you are meeting']);
  });
});
