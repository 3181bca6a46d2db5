// "w/" written for "with", and a family name that is an article elsewhere ("Das", "Dos"): the
// people are read all the same.

import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Orla Fenwick', address: 'orla.f@mail.example' };
const writer = { name: 'Beckett Sandoval', address: 'beckett@quillpoint.example' };
const names = (latest: string) =>
  readPeople(peopleInput(latest, { seeker, writer, organisation: 'quillpoint' })).interviewers.map(
    (i) => i.name,
  );

describe('short forms and article surnames', () => {
  it.each([
    [
      'confirmed for tmrw 10:15am PT w/ Marisa Kettle (marisa@quillpoint.example)',
      ['Marisa Kettle'],
    ],
    ['all set, thurs 4pm ET w/ our CTO, Marisa Kettle', ['Marisa Kettle']],
    [
      'Our staff engineers Anjali Das and Ruben Cole will be your interviewers on Monday at 2.',
      ['Anjali Das', 'Ruben Cole'],
    ],
    ['Monday at 2 you will meet Tiago Dos and Ruben Cole.', ['Tiago Dos', 'Ruben Cole']],
  ])('%s', (text, expected) => {
    expect(names(`Hi Orla,\n\n${text}\n\nBeckett`)).toEqual(expected);
  });
});
