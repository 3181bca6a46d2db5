// A weekday and a bare day of the month ("Thursday 18 at 2pm", "jeudi 18 à 14h", "el jueves 18
// a las 14:00", "Donnerstag, den 18. um 14 Uhr"): that day when it falls on that weekday this
// month or the next, else the weekday alone. A number that is a clock reading is no day.
import { describe, expect, it } from 'vitest';
import { findDates } from '#parse/dates.js';
import { at } from '../support/at.js';
import { timeOfText } from '../support/time-of-text.js';

// Tuesday 9 February 2027, 09:00 in Chicago; Thursday 18 February is nine days on.
const base = at('2027-02-09T09:00:00-06:00');
const startOf = (text: string) => timeOfText(text, base, 'America/Chicago').start;

describe('a weekday and a bare day of the month', () => {
  it.each([
    'Your interview is booked for Thursday 18 at 2pm.',
    "L'entretien est fixé au jeudi 18 à 14h.",
    'La entrevista queda para el jueves 18 a las 14:00.',
    'Das Gespräch findet am Donnerstag, den 18. um 14 Uhr statt.',
    'O colóquio será na quinta-feira, dia 18, às 14h.',
    'Il colloquio è giovedì 18 alle 14.',
  ])('%s', (text) => {
    expect(startOf(text)).toBe('2027-02-18T20:00:00.000Z');
  });

  it('a day that is not that weekday soon is the weekday alone', () => {
    // No Thursday the 20th in February or March 2027: the coming Thursday.
    expect(startOf('Your interview is booked for Thursday 20 at 2pm.')).toBe(
      '2027-02-11T20:00:00.000Z',
    );
  });

  it.each(['Thursday 10:30', 'jeudi 14h', 'Friday 5 pm', 'Monday 9-10', 'Donnerstag 14 Uhr'])(
    'a clock reading after the weekday is no day: %s',
    (text) => {
      expect(findDates(text, true).filter((d) => d.kind === 'dayOfMonth')).toEqual([]);
    },
  );
});
