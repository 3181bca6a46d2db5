// A bare hour after a day and its part ("Thursday morning at 7", "tomorrow afternoon at 2") is a
// clock reading, on the half of the day the part names, not on business hours.
import { describe, expect, it } from 'vitest';
import { at } from '../support/at.js';
import { timeOfText } from '../support/time-of-text.js';

// Friday 5 February 2027, 09:00 in Chicago.
const base = at('2027-02-05T09:00:00-06:00');
const startOf = (text: string) => timeOfText(text, base, 'America/Chicago').start;

describe('a bare hour after a part of the day', () => {
  it.each([
    [
      'Your interview is confirmed for Tuesday morning at 10 with the plant manager.',
      '2027-02-09T16:00:00.000Z',
    ],
    ['See you Monday afternoon at 2 in the lobby.', '2027-02-08T20:00:00.000Z'],
    [
      'We have you down for Wednesday morning at 7, before the first shift.',
      '2027-02-10T13:00:00.000Z',
    ],
    [
      'The call is Thursday evening at 6:30 so your current job is not in the way.',
      '2027-02-12T00:30:00.000Z',
    ],
    ['Booked: tomorrow morning at 9, room 4.', '2027-02-06T15:00:00.000Z'],
    ['We meet on the 9th, in the afternoon at 3.', '2027-02-09T21:00:00.000Z'],
  ])('%s', (text, expected) => {
    expect(startOf(text)).toBe(expected);
  });

  it('a bare number after a part of the day with no "at" is no clock reading', () => {
    expect(startOf('Tuesday morning 10 people join the open day.')).toBeNull();
  });
});

describe('a bare hour after "at", the day after it', () => {
  it.each([
    [
      'Could you come in at 7 on Tuesday morning, before the line starts?',
      '2027-02-09T13:00:00.000Z',
    ],
    ['Your interview is at 11 on Monday in room 4.', '2027-02-08T17:00:00.000Z'],
    ['We will see you at 6 tomorrow evening after the shift.', '2027-02-07T00:00:00.000Z'],
    ['Panel at 2 this Thursday, video on.', '2027-02-11T20:00:00.000Z'],
  ])('%s', (text, expected) => {
    expect(startOf(text)).toBe(expected);
  });

  it('a count after "at" is no hour: "at 3 sites on Friday"', () => {
    expect(startOf('We hired at 3 sites on Friday.')).toBeNull();
  });
});
