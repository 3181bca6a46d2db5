// Family names that are also the last word of a place or an event ("Hall", "Day", "Street",
// "Way", "Floor", "Chair"): after a given name they end a person's name ("Ines Hall will join");
// after an article, a possessive or a place preposition, after a word places and events are
// named by, or before a number, they stay a place or an event ("the Town Hall", "our Demo Day").
import { describe, expect, it } from 'vitest';
import { findNames } from '#parse/names.js';
import { interviewerNames } from '../support/people-input.js';

const names = interviewerNames;

describe('a family name that is also a place or an event word', () => {
  it.each([
    [
      'Wednesday 10 March at 11am is set. Ines Hall will join to go through the architecture.',
      ['Ines Hall'],
    ],
    [
      'Wednesday 10 March at 11am is set. You will meet Tomasz Day, who leads our pricing desk.',
      ['Tomasz Day'],
    ],
    [
      'Wednesday 10 March at 11am is set. Anouk Street and Bruno Way will interview you.',
      ['Anouk Street', 'Bruno Way'],
    ],
    ['Wednesday 10 March at 11am is set. Your interviewer is Leilani Floor.', ['Leilani Floor']],
  ])('is a person after a given name: %s', (text, expected) => {
    expect(names(`Hi Tove,\n\n${text}\n\nKwame`)).toEqual(expected);
  });

  it('is a place or an event after an article, a place word or before a number', () => {
    for (const text of [
      'Come to the Town Hall on Friday.',
      'It is our Demo Day that week.',
      'We are on the Ground Floor of 12 Quay Road.',
      'Open Day starts at noon.',
      'Please go to Hall 3 and ask for the Board Chair.',
      'Parking is on Main Street.',
    ])
      expect(findNames(text)).toEqual([]);
  });
});
