// The people a lead names, in the ways recruiters and applicant systems write it in several
// languages: a heading printed without a colon, a line ending in the lead over a list, a lead
// that is a verb phrase ("estarão presentes", "on the call will be"), and a Han name with its
// transliteration and address in one pair of brackets.

import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Joana Reis', address: 'joana.reis@mail.example' };
const writer = { name: 'Clara Vidal', address: 'clara.vidal@lumenport.example' };
const interviewers = (latest: string) =>
  readPeople(peopleInput(latest, { seeker, writer, organisation: 'lumenport' }))
    .interviewers.map((i) => i.name)
    .sort();

describe('people named after a lead', () => {
  it.each([
    ['WHO YOU WILL MEET\nRui Matos · Operations Manager\nIrene Saldanha · Planning Lead\n'],
    // A table cell's lines, joined with "; " when the HTML is flattened.
    ['Your interviewers\nRui Matos · Operations Manager; Irene Saldanha · Planning Lead\n'],
    ['QUEM VAI PARTICIPAR\nRui Matos · Gerente de Operações\nIrene Saldanha · Coordenadora\n'],
    [
      'Seitens Lumenport nehmen am Gespräch teil:\n- Rui Matos, Teamleiter\n- Irene Saldanha, Entwicklerin\n',
    ],
    ['Da nossa parte estarão presentes o Rui Matos, diretor de operações, e a Irene Saldanha.'],
    ['On the call will be Rui Matos, who runs operations, together with Irene Saldanha.'],
  ])('%s', (text) => {
    expect(interviewers(`Olá,\n\n${text}\n\nClara`)).toEqual(['Irene Saldanha', 'Rui Matos']);
  });

  it('a Han name whose brackets hold a kana reading, then the Latin one', () => {
    const people = readPeople(
      peopleInput(
        'ジョアナ様\n\n面接官：\n　開発部 部長　朴 志勲（パク・ジフン／Park Jihoon）\n　主任　森田 綾（Aya Morita）\n\nClara',
        { seeker, writer, organisation: 'lumenport' },
      ),
    );
    expect(people.interviewers.map((i) => i.name)).toEqual([
      '朴 志勲 (Park Jihoon)',
      '森田 綾 (Aya Morita)',
    ]);
  });

  it('a Han name whose brackets hold its transliteration and address', () => {
    const people = readPeople(
      peopleInput(
        'Hi Joana,\n\nOn the call will be 王思远 (Wang Siyuan, wang.siyuan@lumenport.example), who leads risk, together with Irene Saldanha.\n\nClara',
        { seeker, writer, organisation: 'lumenport' },
      ),
    );
    expect(people.interviewers).toEqual([
      { name: '王思远 (Wang Siyuan)', email: 'wang.siyuan@lumenport.example' },
      { name: 'Irene Saldanha', email: null },
    ]);
  });
});

describe('the writer last in a German list, and who receives the candidate in Spanish', () => {
  it('"Das Gespräch führen Herr A (…) und ich"', () => {
    expect(
      interviewers('Das Gespräch führen Herr Rui Matos (Leiter Einkauf) und ich. Bis bald!'),
    ).toEqual(['Clara Vidal', 'Rui Matos']);
  });

  it('"Te atenderá A, jefe de planta" and "Le recibirán A y B"', () => {
    expect(interviewers('Te atenderá Rui Matos, jefe de planta, en recepción.')).toEqual([
      'Rui Matos',
    ]);
    expect(interviewers('Le recibirán Rui Matos e Irene Saldanha en la oficina.')).toEqual([
      'Irene Saldanha',
      'Rui Matos',
    ]);
  });
});
