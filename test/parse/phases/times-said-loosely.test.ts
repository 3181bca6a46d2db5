// Times written the loose way people write them: an arrival limit before the start ("be here by
// 8:50 for a 9 o'clock start"), a range closed by a bare hour after a dash ("2:30-4 PT") or by an
// hour in words ("from a quarter to three until four"), "same time" without "the", and "tmrw".
import { describe, expect, it } from 'vitest';
import { at } from '../support/at.js';
import { timeOfText } from '../support/time-of-text.js';

const zone = 'America/Chicago';
const base = at('2027-02-01T09:00:00-06:00');

const timeOf = (text: string) => timeOfText(text, base, zone);

describe('a limit said of an earlier time leaves the start after it alone', () => {
  it.each([
    [
      "Your visit is on Thursday the 4th. Please be at reception by 8:50 for a 9 o'clock start.",
      '2027-02-04T15:00:00.000Z',
    ],
    [
      'See you Friday, February 5: check in by 12:45 pm, and the panel itself begins at 1:15 pm.',
      '2027-02-05T19:15:00.000Z',
    ],
  ])('%s', (text, start) => {
    expect(timeOf(text).start).toBe(start);
  });

  it('a deadline with no time before it is still no interview time', () => {
    expect(timeOf('Please send the signed form back by Friday, February 5 at 5pm.').start).toBe(
      null,
    );
  });
});

describe('a range closed by a bare hour or an hour in words', () => {
  it.each([
    ['Booked: Tuesday 2/9, 2:30-4 PT.', '2027-02-09T22:30:00.000Z', '2027-02-10T00:00:00.000Z'],
    [
      'Locked in for Wed 2/10 10:15 – 11 (Central).',
      '2027-02-10T16:15:00.000Z',
      '2027-02-10T17:00:00.000Z',
    ],
    [
      "We'll see you on Thursday 11 February from a quarter to three until four.",
      '2027-02-11T20:45:00.000Z',
      '2027-02-11T22:00:00.000Z',
    ],
  ])('%s', (text, start, end) => {
    expect(timeOf(text)).toEqual({ start, end });
  });

  it.each([
    'Booked: Wednesday 10 February at 10:30 - 12 people will be there.',
    'Booked: Wednesday 10 February at 10:30; stay until one of us comes to get you.',
  ])('a count or a pronoun after the closing word closes nothing: %s', (text) => {
    expect(timeOf(text)).toEqual({ start: '2027-02-10T16:30:00.000Z', end: null });
  });
});

describe('a zone after the words for the half of the day', () => {
  it('"from 9 to 10:15 in the morning (Pacific)" is Pacific time', () => {
    expect(
      timeOf("You're down for Wednesday 2/10 from 9 to 10:15 in the morning (Pacific)."),
    ).toEqual({
      start: '2027-02-10T17:00:00.000Z',
      end: '2027-02-10T18:15:00.000Z',
    });
  });
});

describe('"same time" and "tmrw"', () => {
  it('"moved from Tuesday 3pm to Thursday, same time" keeps the clock and takes the new day', () => {
    expect(
      timeOf("Quick one: we've moved your chat from Tuesday 3pm to Thursday, same time (CT).")
        .start,
    ).toBe('2027-02-04T21:00:00.000Z');
  });

  it('"tmrw" is tomorrow', () => {
    expect(timeOf('All set for tmrw 11:30am CT with the team.').start).toBe(
      '2027-02-02T17:30:00.000Z',
    );
  });
});
