// Times written beside the start that are not it: the time to arrive "for a 10:00 start", four
// digits after a day that are a 24-hour time, not a year ("Dec 18, 1600 GMT"), and the reader's own
// clock in brackets ("at 10 (that's 5pm CET for you)"), whose zone is not the start's.
import { describe, expect, it } from 'vitest';
import { at } from '../support/at.js';
import { timeOfText } from '../support/time-of-text.js';

const base = at('2027-02-05T09:00:00-06:00');
const startOf = (text: string) => timeOfText(text, base, 'America/Chicago').start;

describe('the time to arrive is not the start', () => {
  it.each([
    [
      'Your visit is on the 9th. Arrive 8:40 for a 9:00 start; we finish around noon.',
      '2027-02-09T15:00:00.000Z',
    ],
    [
      'Please get to the lobby at 1:15pm ahead of your 1:30 kick-off on Monday.',
      '2027-02-08T19:30:00.000Z',
    ],
    [
      'Be at reception by 10:50 for the 11am start, Wednesday the 10th.',
      '2027-02-10T17:00:00.000Z',
    ],
    [
      'Please check in at the front desk at 8:40 on Tuesday the 9th for your 9:00 interview with Ines.',
      '2027-02-09T15:00:00.000Z',
    ],
    [
      'Please arrive at 1:45 on Monday the 8th; your interview starts at 2 with the plant manager.',
      '2027-02-08T20:00:00.000Z',
    ],
    [
      'Your call is on Monday the 8th at 11am. Please log on a few minutes early, at 10:55, to test your audio.',
      '2027-02-08T17:00:00.000Z',
    ],
  ])('%s', (text, start) => {
    expect(startOf(text)).toBe(start);
  });
});

describe('four digits after a day are a time when a zone follows, not a year', () => {
  it.each([
    ['Rhea Dunn is booked for Feb 12, 1500 GMT, for half an hour.', '2027-02-12T15:00:00.000Z'],
    ['Rhea Dunn is booked for 12 February, 0930 UTC.', '2027-02-12T09:30:00.000Z'],
    ['Rhea Dunn is booked for February 12, 2027 at 3pm.', '2027-02-12T21:00:00.000Z'],
  ])('%s', (text, start) => {
    expect(startOf(text)).toBe(start);
  });
});

describe('a conversion for the reader in brackets keeps its zone to itself', () => {
  it.each([
    [
      "Rhea Dunn will call you Wednesday at 10 (that's 5pm CET for you) for the first interview.",
      '2027-02-10T16:00:00.000Z',
    ],
    ['Rhea Dunn will call you Wednesday at 10am (5pm CET your time).', '2027-02-10T16:00:00.000Z'],
    ['Rhea Dunn will call you Wednesday at 10am, Pacific time.', '2027-02-10T18:00:00.000Z'],
  ])('%s', (text, start) => {
    expect(startOf(text)).toBe(start);
  });
});
