// Small readings that decide a whole message: a forwarded date line written day first in another
// language, a job title in brackets at the end of an event title, and a meeting that "now starts
// later" being a move.
import { describe, expect, it } from 'vitest';
import { findTimeRanges } from '#parse/clock-times.js';
import { findDates } from '#parse/dates.js';
import { forwardedDate } from '#parse/header-dates.js';
import { parseEmail } from '#parse/parse-email.js';
import { findRole } from '#parse/role.js';

describe('forwardedDate', () => {
  it('reads a numeric date day first when the line names a weekday in another language', () => {
    expect(forwardedDate('sexta, 05/03/2027, 09:20', 'Europe/Lisbon')?.toISODate()).toBe(
      '2027-03-05',
    );
    expect(forwardedDate('mercredi 07/04/2027 14:05', 'Europe/Paris')?.toISODate()).toBe(
      '2027-04-07',
    );
  });

  it('keeps an English line month first', () => {
    expect(forwardedDate('Fri, 05/03/2027, 09:20', 'America/New_York')?.toISODate()).toBe(
      '2027-05-03',
    );
  });
});

describe('findRole from an event title', () => {
  const role = (title: string, company: string | null = null) =>
    findRole({ texts: [], titles: [title], company, people: ['Dara Quill'] }).role;

  it('takes a title in parentheses after the company', () => {
    expect(role('Chat: Dara Quill <> Fenwick Bio (Lab Operations Manager)', 'Fenwick Bio')).toBe(
      'Lab Operations Manager',
    );
  });

  it('takes a Japanese title in full-width brackets without its 職', () => {
    expect(role('【ヒノデ工業】最終面接のご案内（コンサルタント職）', 'ヒノデ工業')).toBe(
      'コンサルタント',
    );
  });

  it("takes the bracketed title after the seeker's name, without its brackets", () => {
    expect(role('Interview: Dara Quill (Lab Operations Manager)')).toBe('Lab Operations Manager');
  });

  it('does not take the title of the person the meeting is with', () => {
    expect(
      findRole({
        texts: ['See you then.'],
        titles: ['Your video interview with Oriel Banks (Payroll Manager) is booked for Monday.'],
        company: 'Cindervale',
        people: [],
      }).role,
    ).toBeNull();
  });

  it('takes the bracket after the company the meeting is with', () => {
    expect(role('Interview with Fenwick Bio (Lab Operations Manager)', 'Fenwick Bio')).toBe(
      'Lab Operations Manager',
    );
  });

  it('does not take a bracket that names no job', () => {
    expect(role('Catch-up (Zoom)')).toBeNull();
  });
});

describe('a meeting that now starts later', () => {
  it('is a move to the new time', async () => {
    const raw = [
      'From: Dara Quill <dara.quill@gmail.com>',
      'To: interviews@followups.example.dev',
      'Subject: Fwd: This afternoon',
      'Date: Tue, 09 Mar 2027 09:10:00 -0500',
      'Content-Type: text/plain; charset=utf-8',
      '',
      '---------- Forwarded message ---------',
      'From: Hollis Grey <hollis@fenwickbio.example>',
      'Date: Tue, Mar 9, 2027 at 8:55 AM',
      'Subject: This afternoon',
      'To: Dara Quill <dara.quill@gmail.com>',
      '',
      'Hi Dara,',
      '',
      "Today's interview with Oona Park for the Lab Operations Manager role will now begin an hour later, at 3:00 PM ET, on the same video link.",
      '',
      'Hollis',
    ].join('\n');
    const parsed = await parseEmail(raw, { timezone: 'America/New_York' });
    expect(parsed.kind).toBe('rescheduled');
    expect(parsed.start).toBe('2027-03-09T15:00:00-05:00');
  });
});

describe('dates and hours as some senders print them', () => {
  it('reads "DD-Mon-YYYY" as day, month and year', () => {
    expect(findDates('Slot : 14-Apr-2027, 15:00', false)).toMatchObject([
      { kind: 'absolute', year: 2027, month: 4, day: 14 },
    ]);
  });

  it('reads a bare hour after a day and "at" as a clock time', () => {
    expect(findTimeRanges('Shall we say Thursday at 10 in the studio?')[0]?.start).toEqual({
      hour: 10,
      minute: 0,
    });
  });

  it('leaves a number after "at" alone when no day comes before it', () => {
    expect(findTimeRanges('We are at 11 Harbour Road, second floor.')).toEqual([]);
  });
});

const forward = (from: string, body: string) =>
  [
    'From: Dara Quill <dara.quill@gmail.com>',
    'To: interviews@followups.example.dev',
    'Subject: Fwd: Thursday',
    'Date: Tue, 09 Mar 2027 19:10:00 -0500',
    'Content-Type: text/plain; charset=utf-8',
    '',
    '---------- Forwarded message ---------',
    `From: ${from}`,
    'Date: Tue, Mar 9, 2027 at 6:55 PM',
    'Subject: Thursday',
    'To: Dara Quill <dara.quill@gmail.com>',
    '',
    body,
  ].join('\n');

describe('a cancellation that promises to find a new time', () => {
  it('is cancelled, with the cancelled time', async () => {
    const parsed = await parseEmail(
      forward(
        'Piet Janssen <piet.janssen@rookwood-labs.example>',
        "Hi Dara,\n\nI'm afraid I must cancel our interview on Thursday at 2pm ET for the Lab Technician role. My team will look for a new time next week.\n\nPiet",
      ),
      { timezone: 'America/New_York' },
    );
    expect(parsed.kind).toBe('cancelled');
    expect(parsed.start).toBe('2027-03-11T14:00:00-05:00');
  });

  it('names the company from a hyphenated domain with its words apart', async () => {
    const parsed = await parseEmail(
      forward(
        'Piet Janssen <piet.janssen@rookwood-labs.example>',
        'Hi Dara,\n\nConfirming your interview for the Lab Technician role on Thursday, March 11 at 2pm ET.\n\nPiet',
      ),
      { timezone: 'America/New_York' },
    );
    expect(parsed.company).toBe('Rookwood Labs');
  });
});
