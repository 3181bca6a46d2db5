// The reading rules found missing on our held-out forwards, each checked on its own words.

import { describe, expect, it } from 'vitest';
import { findDurations, findTimeRanges } from '#parse/clock-times.js';
import { findCompany } from '#parse/company.js';
import { findDates, resolveDate } from '#parse/dates.js';
import { findCapitalisedPhrases, findNames } from '#parse/names.js';
import { findRole } from '#parse/role.js';
import { zoneAt, zoneStatements } from '#parse/zones.js';
import { at } from './support/at.js';

const clock = (text: string) =>
  findTimeRanges(text).map((r) => `${r.start.hour}:${String(r.start.minute).padStart(2, '0')}`);

describe('clock times and lengths', () => {
  it('reads a dotted time after a word that introduces one, or before "uur"', () => {
    expect(clock('donderdag om 9.45 op kantoor')).toEqual(['9:45']);
    expect(clock('martedì alle 16.15')).toEqual(['16:15']);
    expect(clock('vrijdag 11.30 uur')).toEqual(['11:30']);
  });

  it('leaves dotted dates and prices alone', () => {
    expect(clock('am 12.03.2027 bis 15.04.2027')).toEqual([]);
    expect(clock('costs 12.50 per month')).toEqual([]);
  });

  it('reads an elided article before the unit ("un\'ora")', () => {
    expect(findDurations("della durata di un'ora").map((d) => d.minutes)).toEqual([60]);
  });
});

describe('zones', () => {
  it('"All times below are Central" is a zone statement', () => {
    const [zone] = zoneStatements('Agenda for Friday. All times below are Central.');
    expect(zone?.iana).toBe('America/Chicago');
    expect(zone?.strength).toBeGreaterThanOrEqual(2);
  });

  it('a city adjective in German names the zone ("Wiener Zeit")', () => {
    expect(zoneAt('um 10:00 Uhr (Wiener Zeit)', 9)?.iana).toBe('Europe/Vienna');
  });
});

describe('titles and companies end with their sentence', () => {
  it('splits capitalised phrases at a sentence end', () => {
    const names = findCapitalisedPhrases('a role at Tern Harbor Labs. Quinn Avery will join').map(
      (p) => p.name,
    );
    expect(names).toContain('Tern Harbor Labs');
    expect(names).toContain('Quinn Avery');
  });

  it('a role ends at a full stop and loses a separator left by a removed name', () => {
    expect(
      findRole({
        texts: ['Ci è piaciuta la candidatura per la posizione di Data Analyst. La aspettiamo.'],
        titles: [],
        company: null,
      }).role,
    ).toBe('Data Analyst');
    expect(
      findRole({
        texts: ['See the invitation.'],
        titles: ['Interview - Mara Quist / Site Reliability Engineer'],
        company: null,
        people: ['Mara Quist'],
      }).role,
    ).toBe('Site Reliability Engineer');
  });

  it('a title in a strong place needs no job word ("for the … role")', () => {
    expect(
      findRole({
        texts: ['Thanks for applying for the Night Shift Lead Picker role.'],
        titles: [],
        company: null,
      }).role,
    ).toBe('Night Shift Lead Picker');
  });

  it('a company in prose ends with its sentence, and drops LLP', () => {
    const company = (text: string) =>
      findCompany({
        texts: [text],
        subjects: ['Interview'],
        companyAddresses: [{ name: 'Ada Wren', address: 'ada.wren@gmail.com' }],
        sender: { name: 'Ada Wren', address: 'ada.wren@gmail.com' },
      }).company;
    expect(company('Thank you for your interest in Marlow Keane. We would like to meet you.')).toBe(
      'Marlow Keane',
    );
    expect(company('Thank you for your interest in Marlow Keane LLP.')).toBe('Marlow Keane');
  });
});

describe('dates and places', () => {
  it("a weekday that fits only this year's date names the past one, not next year's", () => {
    const base = at('2027-02-12T16:00:00+01:00');
    const [past] = findDates('het gesprek van dinsdag 9 februari', true);
    expect(past && resolveDate(past, base)).toEqual({ year: 2027, month: 2, day: 9 });
    const [ahead] = findDates('on Friday, February 19', false);
    expect(ahead && resolveDate(ahead, base)).toEqual({ year: 2027, month: 2, day: 19 });
  });

  it('a name written with initials or an abbreviated "St." keeps them', () => {
    const names = (text: string) => findNames(text).map((n) => n.name);
    expect(
      names('the panel: their CFO, B. K. Ashworth, and Tomas St. John, our controller'),
    ).toEqual(['B. K. Ashworth', 'Tomas St. John']);
    expect(names('You will meet H.L. Quarrie and Dana P. Whitlow on Monday')).toEqual([
      'H.L. Quarrie',
      'Dana P. Whitlow',
    ]);
    // An initial that ends a sentence, or a clock time's "P.M.", is no part of the next name.
    expect(names('Come to Block C. Ruth Amsel Varga will collect you')).toEqual([
      'Ruth Amsel Varga',
    ]);
    expect(names('from 2 P.M. Ruth Amsel joins')).toEqual(['Ruth Amsel']);
  });

  it('a capitalised run after a house number is a street, not a person', () => {
    const names = findNames('at our offices at 14 Lantern Yard with Ottoline Brisk').map(
      (n) => n.name,
    );
    expect(names).toEqual(['Ottoline Brisk']);
    expect(findNames('14:00 Ottoline Brisk').map((n) => n.name)).toEqual(['Ottoline Brisk']);
  });
});
