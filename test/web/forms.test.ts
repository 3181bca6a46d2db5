// Pure pieces of the pages: decoding their forms into commands, the interviewer lines people
// type, and how times read.
import { describe, expect, it } from 'vitest';
import type { LinkContext } from '#app/open-link.js';
import type { LinkAction } from '#core/records.js';
import { formatRange, formatShortMoment, sameClock } from '#render/format-time.js';
import { decodeLinkForm, parseInterviewerLines } from '#web/link-forms.js';
import { interview, owner } from '../emails/fixtures.js';

function linkFor(action: LinkAction): LinkContext {
  return {
    hash: 'h'.repeat(64),
    token: {
      hash: 'h'.repeat(64),
      action,
      ownerEmail: owner.email,
      interviewId: 'int-1',
      step: action === 'approve' ? 'thank_you' : null,
      singleUse: true,
      expiresAt: '2026-04-01T00:00:00Z',
      usedAt: null,
      createdAt: '2026-03-01T00:00:00Z',
    },
    owner,
    interview: interview(),
    step: null,
    used: false,
  };
}

describe('decodeLinkForm', () => {
  it('turns the review form into draft edits: text tidied, boxes read, nothing else', () => {
    const decoded = decodeLinkForm(
      linkFor('approve'),
      {
        intent: 'send',
        recipients: 'chosen',
        subject_0: '  Thanks   for\ttoday ',
        body_0: 'Hello\r\nthere\r\n',
        send_0: 'yes',
        subject_1: 'Kept',
        body_1: 'Not sent',
        confirm_1: 'yes',
      },
      2,
    );
    expect(decoded).toEqual({
      ok: true,
      command: {
        action: 'approve',
        sendNow: false,
        drafts: [
          { subject: 'Thanks for today', body: 'Hello\nthere', selected: true, confirmed: false },
          { subject: 'Kept', body: 'Not sent', selected: false, confirmed: true },
        ],
      },
    });
  });

  it('sends what was approved when "Send now anyway" posts no drafts', () => {
    expect(decodeLinkForm(linkFor('approve'), { intent: 'send_now' }, 2)).toEqual({
      ok: true,
      command: { action: 'approve', sendNow: true, drafts: null },
    });
  });

  it('reads the answer to "send again?" with the attempt each draft showed', () => {
    const decoded = decodeLinkForm(
      linkFor('approve'),
      { intent: 'keep', attempted_1: '2026-03-03T20:00:00.000Z', attempted_x: 'ignored' },
      2,
    );
    expect(decoded).toEqual({
      ok: true,
      command: {
        action: 'approve',
        decision: 'keep',
        attempts: new Map([[1, '2026-03-03T20:00:00.000Z']]),
      },
    });
  });

  it('names every mistake of a Fix details form at once', () => {
    const decoded = decodeLinkForm(
      linkFor('fix_details'),
      { date: '3 March', time: '25:00', timezone: 'Mars/Olympus', interviewers: 'x <a@@b>' },
      0,
    );
    expect(decoded.ok).toBe(false);
    expect(decoded.ok ? [] : decoded.errors).toEqual([
      'Pick a time zone such as America/New_York.',
      'Enter the date as YYYY-MM-DD.',
      'Enter the time as HH:MM (24-hour).',
      '"a@@b" is not an email address.',
    ]);
  });

  it('refuses a wall time a clock change skips, and reads one that exists in the zone given', () => {
    const skipped = decodeLinkForm(
      linkFor('fix_details'),
      { date: '2026-03-08', time: '02:30', timezone: 'America/New_York', interviewers: '' },
      0,
    );
    expect(skipped).toEqual({
      ok: false,
      errors: ['That time does not exist in that zone (a clock change).'],
    });
    const fine = decodeLinkForm(
      linkFor('fix_details'),
      { date: '2026-03-09', time: '10:15', timezone: 'Europe/Berlin', company: ' Acme ' },
      0,
    );
    expect(fine).toMatchObject({
      ok: true,
      command: {
        action: 'fix_details',
        fix: { company: 'Acme', role: null, start: '2026-03-09T10:15:00+01:00' },
      },
    });
  });

  it("gives manual entry the owner's zone when the form names none, and its length", () => {
    const decoded = decodeLinkForm(
      linkFor('manual_entry'),
      { company: 'Initech', date: '2026-07-01', time: '09:00', duration: '45' },
      0,
    );
    expect(decoded).toMatchObject({
      ok: true,
      command: {
        action: 'manual_entry',
        fields: {
          company: 'Initech',
          timezone: owner.timezone,
          start: '2026-07-01T09:00:00-04:00',
          end: '2026-07-01T13:45:00.000Z',
        },
      },
    });
  });

  it('asks for a snooze length it knows', () => {
    expect(decodeLinkForm(linkFor('snooze'), { days: '2' }, 0)).toEqual({
      ok: false,
      errors: ['Pick how long to snooze.'],
    });
    expect(decodeLinkForm(linkFor('snooze'), { days: '3' }, 0)).toEqual({
      ok: true,
      command: { action: 'snooze', days: 3 },
    });
  });
});

describe('parseInterviewerLines', () => {
  it('reads "Name <email>", "Name, email", a bare address and a bare name', () => {
    const parsed = parseInterviewerLines(
      'Priya Natarajan <Priya@Northwind.example>\nTom Becker, tom@northwind.example\n\nana@northwind.example\nLee Chen\n',
    );
    expect(parsed).toEqual({
      ok: true,
      value: [
        { name: 'Priya Natarajan', email: 'priya@northwind.example', timezone: null },
        { name: 'Tom Becker', email: 'tom@northwind.example', timezone: null },
        { name: 'ana@northwind.example', email: 'ana@northwind.example', timezone: null },
        { name: 'Lee Chen', email: null, timezone: null },
      ],
    });
  });

  it('keeps the comma of a surname-first name, so the drafts still greet the first name', () => {
    expect(parseInterviewerLines('OKONJO, ADA <ada@northwind.example>\nMoreau, Luc')).toEqual({
      ok: true,
      value: [
        { name: 'OKONJO, ADA', email: 'ada@northwind.example', timezone: null },
        { name: 'Moreau, Luc', email: null, timezone: null },
      ],
    });
  });

  it('names the line that is not an address', () => {
    expect(parseInterviewerLines('Eve <eve@@example>')).toEqual({
      ok: false,
      error: '"eve@@example" is not an email address.',
    });
  });
});

describe('time formatting', () => {
  it('shows a range in the zone asked for, across a DST change', () => {
    expect(formatRange('2026-03-09T14:00:00Z', '2026-03-09T15:00:00Z', 'America/New_York')).toBe(
      'Mon 9 Mar, 10:00–11:00 EDT',
    );
    expect(formatRange('2026-03-06T14:00:00Z', null, 'America/New_York')).toBe(
      'Fri 6 Mar, 09:00 EST',
    );
  });

  it('says "Tue 09:05" within the week and adds the date beyond it', () => {
    const now = new Date('2026-03-01T12:00:00Z');
    expect(formatShortMoment('2026-03-03T14:05:00Z', 'America/New_York', now)).toBe('Tue 09:05');
    expect(formatShortMoment('2026-03-12T13:05:00Z', 'America/New_York', now)).toBe(
      'Thu 12 Mar 09:05',
    );
  });

  it('treats zones with the same offset at that instant as the same clock', () => {
    expect(sameClock('2026-03-03T14:00:00Z', 'America/New_York', 'America/Toronto')).toBe(true);
    expect(sameClock('2026-03-03T14:00:00Z', 'America/New_York', 'America/Chicago')).toBe(false);
  });
});
