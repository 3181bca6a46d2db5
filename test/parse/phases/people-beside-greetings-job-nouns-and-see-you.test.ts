// A greeting from any language is no name ("Aloha Keanu", "Kia ora Mere"); a job's noun before a
// full name is the title's ("Chief Pilot Ray Tikhonov"); "see you … with X" meets X.
import { describe, expect, it } from 'vitest';
import { findNames } from '#parse/names.js';
import { interviewerNames } from '../support/people-input.js';

const names = interviewerNames;

describe('greetings are no names', () => {
  it.each([
    [
      'Aloha Tove, your interview with Dr. Makana Kealoha is on the 14th at 9:30.',
      ['Makana Kealoha'],
    ],
    ['Kia ora Tove, your chat with Hemi Parata is booked for Thursday at 4.30pm.', ['Hemi Parata']],
    ['Ciao Tove, il colloquio con Marta Bellini è giovedì alle 15.', ['Marta Bellini']],
    ['Howdy Tove! Your call with Jolene Marsh is Friday at 10am.', ['Jolene Marsh']],
    ['Bonjour Tove, votre entretien avec Lucie Marchal est jeudi à 15h.', ['Lucie Marchal']],
    ['Hallo Tove, dein Gespräch mit Jonas Heller ist am Donnerstag um 15 Uhr.', ['Jonas Heller']],
    ['Buongiorno Tove, il colloquio con Marta Bellini è giovedì alle 15.', ['Marta Bellini']],
    ['Beste Tove, je gesprek met Daan Visser is donderdag om 15.00 uur.', ['Daan Visser']],
    ['Olá Tove, sua entrevista com Rita Sousa é quinta-feira às 15h.', ['Rita Sousa']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("a job's noun before a full name", () => {
  it.each([
    ['with Chief Pilot Ray Tikhonov (ray.t@aurora.example)', ['Ray Tikhonov']],
    ['Head Nurse Ada Obi will join', ['Ada Obi']],
  ])('%s', (text, expected) => {
    expect(findNames(text).map((n) => n.name)).toEqual(expected);
  });

  it('a family name after the given name stays ("Tim Cook")', () => {
    expect(findNames('You will meet Tim Cook and Mary Baptist.').map((n) => n.name)).toEqual([
      'Tim Cook',
      'Mary Baptist',
    ]);
  });
});

describe('"see you … with X"', () => {
  it.each([
    'See you Wednesday at noon (Eastern) with Brenda Kowalczyk, our CFO.',
    'See you in two days at midday with Brenda Kowalczyk, who leads finance.',
  ])('%s', (text) => {
    expect(names(text)).toEqual(['Brenda Kowalczyk']);
  });
});

describe('a French writer who leads the interview, and one who joins it', () => {
  it('"Je le mènerai moi-même, et B … se joindra à nous": both', () => {
    expect(
      names(
        'Bonjour,\n\nJe vous propose un entretien le mardi 16 mars à 14h. Je le mènerai moi-même, et Inès Garnier, responsable qualité, se joindra à nous pour la partie technique.',
      ).sort(),
    ).toEqual(['Inès Garnier', 'Kwame Lindqvist']);
  });
});

describe('an Italian writer beside a colleague', () => {
  it('"Sarò affiancata dal nostro CTO, A": both', () => {
    expect(
      names(
        'Gentile Tove,\n\nil colloquio si terrà giovedì alle 15.00 su Meet. Sarò affiancata dal nostro CTO, Dario Ferretti, che le farà qualche domanda tecnica.',
      ),
    ).toEqual(['Dario Ferretti', 'Kwame Lindqvist']);
  });
});
