// A weekday written short or in small letters ("Wed 3pm", "Thurs @ 2:30", "friday at 10am") is
// a day when a clock reading follows it; alone it may be a word ("sun", "sat", "wed").
// A name that holds "an" and "h" ("Anh") is no length.
import { describe, expect, it } from 'vitest';
import { findDurations } from '#parse/clock-times.js';
import { findDates } from '#parse/dates.js';
import { at } from '../support/at.js';
import { timeOfText } from '../support/time-of-text.js';

// Friday 5 February 2027, 09:00 in Chicago.
const base = at('2027-02-05T09:00:00-06:00');
const startOf = (text: string) => timeOfText(text, base, 'America/Chicago').start;

describe('a short or small weekday before a clock reading', () => {
  it.each([
    ['You are booked with Ivo for Wed 3pm CT.', '2027-02-10T21:00:00.000Z'],
    ['Confirmed: Thurs @ 2:30pm with the ops team.', '2027-02-11T20:30:00.000Z'],
    ['See you Tues. at 10am in the studio.', '2027-02-09T16:00:00.000Z'],
    ['booked w/ ivo monday 11am, thx', '2027-02-08T17:00:00.000Z'],
    ['Set: Fri, 10:30am, video call.', '2027-02-12T16:30:00.000Z'],
  ])('%s', (text, expected) => {
    expect(startOf(text)).toBe(expected);
  });

  it.each([
    'We sat down with the team for 3 hours.',
    'The sun was out; wed like to thank you.',
    'Mon ami Paul sends his regards.',
  ])('alone it is no day: %s', (text) => {
    expect(findDates(text, false).filter((d) => d.kind === 'weekday')).toEqual([]);
  });
});

describe('no length inside a name', () => {
  it('"Anh", "Ahn" and "Unh" are names, "an hour" and "1h" are lengths', () => {
    expect(findDurations('Thursday at 3pm works for Anh and for Ahn.')).toEqual([]);
    expect(findDurations('It takes an hour, or 1h if we are quick.').map((d) => d.minutes)).toEqual(
      [60, 60],
    );
  });
});
