// The people met may be introduced by a verb that comes first ("wezmą udział:", "Seront
// présents :", "Estarán A y B"), and in Portuguese, Spanish and Italian with an article before each
// name ("estarão a Ana … e o Luís"): the names after it are the panel, their addresses from the
// text or the Cc line.
import { describe, expect, it } from 'vitest';
import { interviewerNames, peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Joana Prates', address: 'joana.prates@mail.example' };
const writer = { name: 'Helena Sousa', address: 'helena.sousa@ribeiral.example' };
const people = (latest: string, cc: { name: string; address: string }[] = []) =>
  readPeople(peopleInput(latest, { seeker, writer, organisation: 'ribeiral', cc })).interviewers;

describe('a verb-first lead', () => {
  it('opens a Polish list whose items have a form of address and an address in square brackets', () => {
    expect(
      people(
        [
          'Dzień dobry,',
          'zapraszamy na spotkanie w piątek 12 marca o 10:00.',
          '',
          'W spotkaniu weźmie udział:',
          '- Pani Beata Nowicka, Dyrektor Finansowy [b.nowicka@ribeiral.example]',
          '',
          'Pozdrawiam,',
          'Helena Sousa',
          'Rekrutacja',
        ].join('\n'),
      ),
    ).toEqual([{ name: 'Beata Nowicka', email: 'b.nowicka@ribeiral.example' }]);
  });

  it('names the people after a Portuguese article, one of them only in the Cc line', () => {
    expect(
      people(
        [
          'Olá Joana,',
          'A conversa fica marcada para terça, 9 de março, às 10h00.',
          'Da nossa parte estarão o Tiago Lemos, diretor de engenharia (tiago.lemos@ribeiral.example), e a Sara Pinto, que está em cópia.',
          'Cumprimentos,',
          'Helena Sousa',
        ].join('\n'),
        [{ name: 'Sara Pinto', address: 'sara.pinto@ribeiral.example' }],
      ),
    ).toEqual([
      { name: 'Tiago Lemos', email: 'tiago.lemos@ribeiral.example' },
      { name: 'Sara Pinto', email: 'sara.pinto@ribeiral.example' },
    ]);
  });

  it('names the people after a Spanish sentence that opens with the verb', () => {
    expect(
      people(
        [
          'Hola Joana,',
          'Te confirmo la entrevista el jueves 4 a las 16:00 por Google Meet.',
          'Estarán Andrés Molina, responsable de analítica, y Lucía Navarro.',
          'Un saludo,',
          'Helena Sousa',
        ].join('\n'),
      ),
    ).toEqual([
      { name: 'Andrés Molina', email: null },
      { name: 'Lucía Navarro', email: null },
    ]);
  });

  it.each([
    'Te confirmo la entrevista el jueves 4 a las 16:00 por Meet: https://meet.example/xq-rt Estarán Andrés Molina, responsable de analítica, y Lucía Navarro.',
    'Confirmo a entrevista na quinta, dia 4, às 16h00, pelo Meet: https://meet.example/xq-rt\nEstarão Andrés Molina, responsável de analítica, e Lucía Navarro.',
  ])('names the people after the verb right after a link: %s', (text) => {
    expect(people(`Olá Joana,\n\n${text}\n\nHelena Sousa`).map((p) => p.name)).toEqual([
      'Andrés Molina',
      'Lucía Navarro',
    ]);
  });

  it('opens a French list', () => {
    expect(
      people(
        [
          'Bonjour Joana,',
          'Votre entretien est confirmé le mardi 9 mars à 15h.',
          'Seront présents :',
          '- Mathieu Garnier, directeur technique',
          '- Claire Dubois, responsable produit',
          '',
          'Cordialement,',
          'Helena Sousa',
        ].join('\n'),
      ),
    ).toEqual([
      { name: 'Mathieu Garnier', email: null },
      { name: 'Claire Dubois', email: null },
    ]);
  });
});

describe('an Italian verb-first lead right before the first name', () => {
  it('"Parteciperanno A, title, e B": both', () => {
    expect(
      interviewerNames(
        'Ciao Tove,\n\nil colloquio è fissato per giovedì 21 gennaio alle 14:00. Parteciperanno Dario Ferretti, responsabile tecnico, e Nadia Gallo.\n\nUn saluto',
      ),
    ).toEqual(['Dario Ferretti', 'Nadia Gallo']);
  });
});
