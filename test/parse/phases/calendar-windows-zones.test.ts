// Windows zone names as calendar TZIDs (Exchange, Outlook): the ones whose words say another zone
// than they are ("US Mountain Standard Time" is Arizona) or none at all, and Outlook's display names.
import { describe, expect, it } from 'vitest';
import { ianaForTzid, readCalendar } from '#parse/calendar.js';

describe('Windows zone names in a TZID', () => {
  it.each([
    ['US Mountain Standard Time', 'America/Phoenix'],
    ['Central Standard Time (Mexico)', 'America/Mexico_City'],
    ['Canada Central Standard Time', 'America/Regina'],
    ['E. Australia Standard Time', 'Australia/Brisbane'],
    ['FLE Standard Time', 'Europe/Kiev'],
    ['SA Pacific Standard Time', 'America/Bogota'],
    ['(UTC-07:00) Arizona', 'America/Phoenix'],
    ['Pacific Standard Time', 'America/Los_Angeles'],
  ])('"%s" is %s', (tzid, zone) => {
    expect(ianaForTzid(tzid)).toBe(zone);
  });

  it('an Arizona invite in April keeps UTC-7 (no summer time)', () => {
    const event = readCalendar(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'METHOD:REQUEST',
        'BEGIN:VEVENT',
        'UID:yucca-88',
        'DTSTART;TZID=US Mountain Standard Time:20270413T093000',
        'DTEND;TZID=US Mountain Standard Time:20270413T101500',
        'SUMMARY:Panel - Irrigation Controls Engineer',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n'),
      'America/New_York',
    );
    expect(event?.start.toOffsetISO()).toBe('2027-04-13T09:30:00-07:00');
  });
});
