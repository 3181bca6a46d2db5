// A sentence may open with the verb that introduces the people met, capitalised and with no
// article or title after it ("Incontrerà Ada Bruni, …", "Poprowadzi Jan Wilk"): the verb is no
// part of the name, and it names the one after it.
import { describe, expect, it } from 'vitest';
import { findNames } from '#parse/names.js';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Dario Sessa', address: 'dario.sessa@mail.example' };
const writer = { name: 'Ilaria Pozzi', address: 'ilaria.pozzi@lunaria.example' };
const people = (latest: string) =>
  readPeople(peopleInput(latest, { seeker, writer, organisation: 'lunaria' })).interviewers;

describe('a verb of meeting opening the sentence', () => {
  it('is no part of the name after it', () => {
    expect(findNames('Incontrerai Beatrice Lodi alle 10.').map((n) => n.name)).toEqual([
      'Beatrice Lodi',
    ]);
    expect(findNames('Poprowadzi Jan Wilk z działu IT.').map((n) => n.name)).toEqual(['Jan Wilk']);
  });

  it('names the one after it, with the address in brackets after the title', () => {
    expect(
      people(
        [
          'Buongiorno Dario,',
          'le confermo il colloquio di martedì 9/03 alle 15:30.',
          'Incontrerà Beatrice Lodi, responsabile sviluppo (beatrice.lodi@lunaria.example), e poi Sergio Manca.',
          'Saluti,',
          'Ilaria Pozzi',
          'HR – Lunaria',
        ].join('\n'),
      ),
    ).toEqual([
      { name: 'Beatrice Lodi', email: 'beatrice.lodi@lunaria.example' },
      { name: 'Sergio Manca', email: null },
    ]);
  });
});
