// Spanish says who interviews with "ir a" and the pronoun after the verb ("que va a entrevistarte"),
// and, in a cancellation, who was to ("que iba a entrevistarte junto a B", "quienes debían
// entrevistarte"): each names an interviewer, copied under a longer name or not.
import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Lucía Prieto', address: 'lucia.prieto@mail.example' };
const writer = { name: 'Carmen Vidal', address: 'carmen.vidal@ondaverde.example' };

describe('who was going to interview', () => {
  it('"A, responsable de …, que iba a entrevistarte junto a B" names both; A is the copied longer name', () => {
    const cc = [{ name: 'Marta Ibáñez Soler', address: 'marta.ibanez@ondaverde.example' }];
    const text =
      'Hola Lucía:\n\nLa entrevista del martes 9 de febrero a las 12:00 queda anulada. Marta Ibáñez, directora técnica, que iba a entrevistarte junto a Diego Ferrer, arquitecto, está en copia.\n\nUn saludo,\nCarmen Vidal\nTécnica de Selección';
    const got = readPeople(peopleInput(text, { seeker, writer, organisation: 'ondaverde', cc }));
    expect(got.interviewers).toEqual([
      { name: 'Marta Ibáñez Soler', email: 'marta.ibanez@ondaverde.example' },
      { name: 'Diego Ferrer', email: null },
    ]);
  });

  it.each([
    'Marta Ibáñez y Diego Ferrer, quienes debían entrevistarte, están de viaje esa semana.',
    'Marta Ibáñez y Diego Ferrer, que van a entrevistarte, llevan el equipo de pagos.',
  ])('%s', (sentence) => {
    const text = `Hola Lucía:\n\nSobre tu entrevista del martes 9 de febrero a las 12:00: ${sentence}\n\nUn saludo,\nCarmen Vidal\nTécnica de Selección`;
    const got = readPeople(peopleInput(text, { seeker, writer, organisation: 'ondaverde' }));
    expect(got.interviewers.map((i) => i.name)).toEqual(['Marta Ibáñez', 'Diego Ferrer']);
  });
});
