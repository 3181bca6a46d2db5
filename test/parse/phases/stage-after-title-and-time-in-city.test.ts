// A process step after a title's comma, a city after the Dutch, Nordic or German word for time
// ("tijd in Amsterdam", "tid i Oslo", "Zeit in Wien"), and "één uur" as a length.
import { describe, expect, it } from 'vitest';
import { findDurations } from '#parse/clock-times.js';
import { parseEmail } from '#parse/parse-email.js';
import { cleanRole } from '#parse/role.js';
import { zoneStatements } from '#parse/zones.js';

describe('a step of the process after the title', () => {
  it.each([
    ['Data Platform Engineer, next stage', 'Data Platform Engineer'],
    ['Product Analyst, final round', 'Product Analyst'],
    ['Payroll Specialist, 2nd stage', 'Payroll Specialist'],
  ])('%s', (raw, role) => {
    expect(cleanRole(raw)).toBe(role);
  });

  it('a title that goes on after its comma keeps it', () => {
    expect(cleanRole('Engineering Manager, Payments')).toBe('Engineering Manager, Payments');
  });
});

describe('the word for time, then the city', () => {
  it.each([
    ['woensdag om 14.00 uur (tijd in Amsterdam)', 'Europe/Amsterdam'],
    ['onsdag kl. 14.00 (tid i Oslo)', 'Europe/Oslo'],
    ['am Mittwoch um 14 Uhr (Zeit in Wien)', 'Europe/Vienna'],
  ])('%s', (text, zone) => {
    expect(zoneStatements(text).map((z) => z.iana)).toContain(zone);
  });

  it('time in a place that is no city names no zone', () => {
    expect(zoneStatements('Wir haben Zeit in der nächsten Woche.')).toEqual([]);
  });

  it('gives a Dutch invitation its zone', async () => {
    const raw = [
      'From: Wendy Smit <wendy@kanaalzicht.example>',
      'To: Bas Jansen <bas@mail.example>',
      'Subject: Uitnodiging sollicitatiegesprek',
      'Date: Mon, 01 Mar 2027 10:00:00 +0100',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Beste Bas,\n\nWe nodigen je uit voor een sollicitatiegesprek op donderdag 11 maart om 15.00 uur (tijd in Amsterdam).\nDuur: één uur.\n\nGroet, Wendy',
    ].join('\n');
    const parsed = await parseEmail(Buffer.from(raw), { timezone: 'America/New_York' });
    expect([parsed.start, parsed.end]).toEqual([
      '2027-03-11T15:00:00+01:00',
      '2027-03-11T16:00:00+01:00',
    ]);
  });
});

describe('één uur', () => {
  it('is an hour long', () => {
    expect(findDurations('Het gesprek duurt ongeveer één uur.').map((d) => d.minutes)).toEqual([
      60,
    ]);
  });

  it('after "om" it is one o’clock, no length', () => {
    expect(findDurations('We zien je dinsdag om één uur.')).toEqual([]);
  });
});
