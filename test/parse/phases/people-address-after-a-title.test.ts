// The address may follow the person's title, set off by a comma ("Mme A, directrice technique
// (a@…)"): it is that person's, unless another person is named before the bracket.
import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Romain Férel', address: 'romain.ferel@mail.example' };
const writer = { name: 'Aude Janvier', address: 'aude.janvier@vauclair.example' };
const people = (latest: string) =>
  readPeople(peopleInput(latest, { seeker, writer, organisation: 'vauclair' })).interviewers;

describe('an address after the title', () => {
  it('is the person’s before the title', () => {
    expect(
      people(
        'Bonjour Romain,\n\nVous serez reçu par Mme Maëlys Du Plessis, responsable des achats (m.duplessis@vauclair.example), et par M. Karim Benhadj. Je ne participerai pas.\n\nAude Janvier',
      ),
    ).toEqual([
      { name: 'Maëlys Du Plessis', email: 'm.duplessis@vauclair.example' },
      { name: 'Karim Benhadj', email: null },
    ]);
  });

  it('is not the first person’s when a second is named before it', () => {
    expect(
      people(
        "Hi Romain,\n\nYou'll meet Maëlys Du Plessis, Karim Benhadj (k.benhadj@vauclair.example) on Friday at 2 pm.\n\nAude",
      ),
    ).toEqual([
      { name: 'Maëlys Du Plessis', email: null },
      { name: 'Karim Benhadj', email: 'k.benhadj@vauclair.example' },
    ]);
  });
});
