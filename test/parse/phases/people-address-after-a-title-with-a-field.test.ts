// "A, gerente de Cadena de Suministro (a@…)": the capitals of the title's field before the
// address are no person, and the address is A's.
import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Rodrigo Ybarra', address: 'rodrigo.ybarra@mail.example' };
const writer = { name: 'Fernanda Ochoa', address: 'fernanda.ochoa@tlaloc.example' };

describe('an address after a title with its field', () => {
  it.each([
    'Te entrevistarán Luz Elena de la Garza, gerente de Compras Nacionales (lgarza@tlaloc.example), y Bruno Salazar.',
    "You'll meet Luz Elena de la Garza, Director of Strategic Sourcing (lgarza@tlaloc.example), and Bruno Salazar.",
  ])('%s', (sentence) => {
    expect(
      readPeople(
        peopleInput(`Hola Rodrigo:\n\n${sentence}\n\nFernanda Ochoa`, {
          seeker,
          writer,
          organisation: 'tlaloc',
        }),
      ).interviewers,
    ).toEqual([
      { name: 'Luz Elena de la Garza', email: 'lgarza@tlaloc.example' },
      { name: 'Bruno Salazar', email: null },
    ]);
  });
});
