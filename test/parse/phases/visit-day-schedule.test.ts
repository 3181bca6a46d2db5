// A visit's schedule under the sentence that gives its day: a date for the journey there (the
// hotel night before, the flight) written between them is not the schedule's day.

import { describe, expect, it } from 'vitest';
import { chooseWhen, findWhenCandidates } from '#parse/interview-time.js';
import { at } from '../support/at.js';

describe("a schedule's day, not the night of the journey", () => {
  it.each([
    ['Our office manager has booked your hotel for the night of the 2nd.'],
    ['Your flight on the 2nd lands at 6 pm, and a car will meet you.'],
  ])('%s', (travel) => {
    const base = at('2027-03-01T09:00:00-05:00');
    const text = `We look forward to hosting you on Wednesday the 3rd. ${travel}\n\n9:00–9:45 am: coffee with me\n10:00–11:00 am: talk to the lab\n`;
    const when = chooseWhen(
      text,
      findWhenCandidates(text, { base, defaultZone: 'America/New_York', dayFirst: false }, null),
    );
    expect(when?.start.toWallISO().slice(5, 16)).toBe('03-03T09:00');
  });
});

describe('an ordinal of something else is no day', () => {
  it('"the 5th floor kitchen" in a lunch row leaves the last session on the schedule\'s day', () => {
    const base = at('2027-03-01T09:00:00-05:00');
    const text =
      'Your onsite is on Wednesday, March 3.\n\n10:00 – 11:00 AM\nPairing\n11:00 – 11:45 AM\nLunch in the 5th floor kitchen\n11:45 AM – 12:30 PM\nSystem design\n';
    const when = chooseWhen(
      text,
      findWhenCandidates(text, { base, defaultZone: 'America/New_York', dayFirst: false }, null),
    );
    expect(when?.end?.toWallISO().slice(5, 16)).toBe('03-03T12:30');
  });
});

describe("a day's itinerary of bare times, read in order through the day", () => {
  it.each([
    [
      '  • 7:45 – coffee with me in the lobby\n  • 9:00 – Dr. Imre Kovács, lab tour\n  • 1:30 – job talk\n  • 3:15 – 4:00 – wrap-up with the chair\n',
      '03-04T07:45',
      '03-04T16:00',
    ],
    [
      '- 10:15: Prof. Lucía Ferro\n- 11:30: lunch with students\n- 2:45 - 3:30: Dr. Omar Haddad\n',
      '03-04T10:15',
      '03-04T15:30',
    ],
  ])('%s', (rows, start, end) => {
    const base = at('2027-03-01T09:00:00-05:00');
    const text = `Your visit is on Thursday, March 4.\n\nThe day:\n\n${rows}\nSee you then.\n`;
    const when = chooseWhen(
      text,
      findWhenCandidates(text, { base, defaultZone: 'America/New_York', dayFirst: false }, null),
    );
    expect([
      when?.start.toWallISO().slice(5, 16),
      when?.end?.toWallISO().slice(5, 16) ?? null,
    ]).toEqual([start, end]);
  });
});
