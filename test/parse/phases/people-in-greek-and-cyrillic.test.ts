// A name written in Greek or Cyrillic, then its Latin spelling in brackets, is one person (as
// for the scripts without capitals), who is the one copied under the Latin spelling.
import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

describe('a Greek or Cyrillic name with its Latin spelling', () => {
  it.each([
    ['Σοφία Καραγιάννη (Sofia Karagianni)', 'Sofia Karagianni', 's.karagianni@brindle.example'],
    ['Дмитрий Орлов (Dmitry Orlov)', 'Dmitry Orlov', 'd.orlov@brindle.example'],
  ])('%s', (written, latin, address) => {
    const seeker = { name: 'Noa Feld', address: 'noa.feld@mail.example' };
    const writer = { name: 'Piers Ellery', address: 'piers@brindle.example' };
    const text = `Hi Noa,\n\nYour panel on Tuesday 16 March:\n  • 1:00 – 1:45 pm – modelling deep-dive with ${written}\n  • 2:00 – 2:30 pm – wrap-up with me\n\nPiers`;
    const got = readPeople(
      peopleInput(text, {
        seeker,
        writer,
        organisation: 'brindle',
        cc: [{ name: latin, address }],
      }),
    );
    // One person, with the copied address, whichever spelling names them.
    expect(got.interviewers.map((i) => i.email)).toEqual([address, 'piers@brindle.example']);
  });
});
