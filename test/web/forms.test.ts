// Pure pieces of the pages: the interviewer lines people type, and how times read.
import { describe, expect, it } from 'vitest';
import { parseInterviewerLines } from '#app/link-action.js';
import { formatRange, formatShortMoment, sameClock } from '#render/format-time.js';

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
