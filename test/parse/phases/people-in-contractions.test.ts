// A phrase the tables write in full ("will join", "would like to meet") is read in its
// contraction too ("she'll join", "he'd like to meet"), which starts right after a letter; and
// someone brought into the thread ("I've looped in X") is a person, not a place.
import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Marit Okafor', address: 'marit.okafor@mail.example' };
const writer = { name: 'Halvard Moen', address: 'halvard.moen@tidewright.example' };
const names = (latest: string) =>
  readPeople(peopleInput(latest, { seeker, writer, organisation: 'tidewright' }))
    .interviewers.map((i) => i.name)
    .sort();

describe('contractions of the tables’ phrases', () => {
  it.each([
    [
      "Tuesday 9 March at 3pm is booked. I've looped in Ngaio Brandt, who heads our risk team; she'll run the technical part.",
      ['Ngaio Brandt'],
    ],
    [
      'Tuesday 9 March at 3pm is booked. Ngaio Brandt heads our risk desk, and she’ll dig into your modelling work.',
      ['Ngaio Brandt'],
    ],
    [
      "Tuesday 9 March at 3pm is booked. Ngaio Brandt and I'll sit in on the case study.",
      ['Halvard Moen', 'Ngaio Brandt'],
    ],
  ])('%s', (text, expected) => {
    expect(names(`Hi Marit,\n\n${text}\n\nHalvard`)).toEqual(expected);
  });
});

describe('a contraction or a possessive glued to a name is not part of it', () => {
  it.each([
    ["Tuesday 9 March at 3pm is booked. Tobiah Renner'll lead it.", ['Tobiah Renner']],
    ["Tuesday 9 March at 3pm is booked. Wren Oduya'll be joining from Auckland.", ['Wren Oduya']],
  ])('%s', (text, expected) => {
    expect(names(`Hi Marit,\n\n${text}\n\nHalvard`)).toEqual(expected);
  });
});
