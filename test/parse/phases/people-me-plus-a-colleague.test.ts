// "It'll be me plus my co-founder & COO, A": the writer and the colleague named after "plus" (or
// "along with") both take part.

import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Jonah Whitfield', address: 'jonah.w@mail.example' };
const writer = { name: 'Selma Ridgeway', address: 'selma@tidewright.example' };
const names = (latest: string) =>
  readPeople(peopleInput(latest, { seeker, writer, organisation: 'tidewright' }))
    .interviewers.map((i) => i.name)
    .sort();

describe('me plus a colleague', () => {
  it.each([
    "Friday at 11 works. It'll be me plus my co-founder & CTO, Emeric Langstaff-Boyd.",
    "Friday at 11 works; it'd be myself plus Emeric Langstaff-Boyd from engineering.",
  ])('%s', (text) => {
    expect(names(`Hi Jonah,\n\n${text}\n\nSelma`)).toEqual([
      'Emeric Langstaff-Boyd',
      'Selma Ridgeway',
    ]);
  });
});

describe('a colleague with a title in brackets, then "and I"', () => {
  it.each([
    'Thursday at 3:30 is locked in. Emeric Langstaff-Boyd (Head of Ops) and I will interview you on Teams.',
    'Thursday at 3:30 is locked in. Emeric Langstaff-Boyd (Head of Ops) and I will both be on the call.',
  ])('%s', (text) => {
    expect(names(`Hi Jonah,\n\n${text}\n\nSelma`)).toEqual([
      'Emeric Langstaff-Boyd',
      'Selma Ridgeway',
    ]);
  });
});
