// Times written only to convert the interview's time for the reader ("that works out to 3pm
// for you", "9:00 here will be 3:00 in Chicago"), and times the message says no longer hold
// ("Tuesday at 2 no longer works for him"): neither is the interview's time.
import { describe, expect, it } from 'vitest';
import { findWhenCandidates } from '#parse/interview-time.js';
import { at } from '../support/at.js';
import { timeOfText } from '../support/time-of-text.js';

const zone = 'America/Chicago';
const base = at('2027-02-01T09:00:00-06:00');

/** The chosen start as an instant, to compare with the ISO text a test expects. */
function startOf(text: string): number | null {
  const { start } = timeOfText(text, base, zone);
  return start === null ? null : Date.parse(start);
}

describe('a conversion written after the interview time', () => {
  it.each([
    [
      'We have you down for Wednesday, February 10, from 10:30 to 11:15 in the morning Pacific time; for you in Chicago that translates to 12:30-1:15 pm.',
      '2027-02-10T10:30:00.000-08:00',
    ],
    [
      'The panel is booked for Friday 12 February at 9:00 Mountain time. Over in Boston that works out to 11:00.',
      '2027-02-12T09:00:00.000-07:00',
    ],
    [
      'Your interview is set for Monday, March 1 at 16:00 CET, so 16:00 here will be 9:00 in the morning in Chicago.',
      '2027-03-01T16:00:00.000+01:00',
    ],
  ])('%s', (text, start) => {
    expect(startOf(text)).toBe(Date.parse(start));
  });
});

it('a lower-case word between two times is no zone: "the 10:30 call is 11:30 now"', () => {
  const text = 'On Tuesday, February 9 the 10:30 call is 11:30 now, in the same room.';
  const [old, now] = findWhenCandidates(text, { base, defaultZone: zone, dayFirst: false }, null);
  expect(now?.score).toBeGreaterThanOrEqual(old?.score ?? Number.NaN);
});

describe('a time the message says no longer holds', () => {
  it.each([
    [
      'Hi Lena, Tuesday February 9 at 2:00 pm no longer works for Marco, he is flying that day. Your interview is now Thursday February 11 at 3:00 pm.',
      '2027-02-11T15:00:00.000-06:00',
    ],
    [
      'Le lundi 8 février à 10h ne lui convient plus ; l’entretien aura lieu le mercredi 10 février à 11h.',
      '2027-02-10T11:00:00.000-06:00',
    ],
    [
      'Der Termin am Montag, 8. Februar um 10 Uhr passt leider nicht mehr. Das Gespräch findet am Mittwoch, 10. Februar um 11 Uhr statt.',
      '2027-02-10T11:00:00.000-06:00',
    ],
  ])('%s', (text, start) => {
    expect(startOf(text)).toBe(Date.parse(start));
  });
});
