// A title set off after a name by a comma and a possessive ("A, our Pricing Actuary,", "A, notre
// Responsable Qualité,") is that person's title, however unfamiliar its words: no second person.
import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Imogen Thackery', address: 'imogen.thackery@mail.example' };
const writer = { name: 'Pádraig Lynch', address: 'padraig.lynch@brackwater.example' };
const names = (latest: string) =>
  readPeople(peopleInput(latest, { seeker, writer, organisation: 'brackwater' })).interviewers.map(
    (i) => i.name,
  );

describe('a title after a name, set off by a possessive', () => {
  it.each([
    'Good news: Oswin Farrant-Kole, our Underwriting Actuary, would like to interview you on Monday at 10.',
    'Oswin Farrant-Kole, their Senior Cartographer, will meet you on Monday at 10.',
    'Vous rencontrerez Oswin Farrant-Kole, notre Responsable Qualité, lundi à 10h.',
  ])('%s', (sentence) => {
    expect(names(`Hi Imogen,\n\n${sentence}\n\nPádraig Lynch\nRecruiting Coordinator`)).toEqual([
      'Oswin Farrant-Kole',
    ]);
  });
});
