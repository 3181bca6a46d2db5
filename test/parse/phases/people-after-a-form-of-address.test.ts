// A form of address of any language before a full name is no part of the name ("Pani Alicja
// Górska", "Mevrouw Sanne Visser", "Don Lucas Ferrer"); a name that would be left with one word
// keeps it ("Don Whitaker", "Pan Wei"), and a surname ending like an adverb is still a surname.
import { describe, expect, it } from 'vitest';
import { findNames } from '#parse/names.js';
import { peopleInput, readPeople } from '../support/people-input.js';

describe('a form of address before a name', () => {
  it.each([
    ['Pani Halina Mazur, która poprowadzi rozmowę, jest kierowniczką zespołu.', 'Halina Mazur'],
    ['Pan Zbigniew Kowal poprowadzi rozmowę.', 'Zbigniew Kowal'],
    ['Mevrouw Femke de Wit zal het gesprek voeren.', 'Femke de Wit'],
    ['Don Lucas Ferrer te entrevistará.', 'Lucas Ferrer'],
    ['Don Whitaker will interview you.', 'Don Whitaker'],
    ['Pan Wei will interview you.', 'Pan Wei'],
    ['Rhys Pettingly will interview you.', 'Rhys Pettingly'],
  ])('%s', (sentence, name) => {
    expect(findNames(sentence).map((n) => n.name)).toEqual([name]);
  });

  it('the Polish interviewer named after "Pani" is read without it', () => {
    const seeker = { name: 'Agata Lis', address: 'agata.lis@mail.example' };
    const writer = { name: 'Marta Sowa', address: 'marta.sowa@wislobud.example' };
    const text =
      'Dzień dobry,\n\npotwierdzam rozmowę we wtorek 9 lutego o 11:00. Pani Halina Mazur, która poprowadzi rozmowę, jest kierowniczką zespołu.\n\nPozdrawiam\nMarta Sowa';
    const got = readPeople(peopleInput(text, { seeker, writer, organisation: 'wislobud' }));
    expect(got.interviewers).toEqual([{ name: 'Halina Mazur', email: null }]);
  });
});

describe('a form of address before a hyphenated family name alone', () => {
  it('"Herr Dr. Lüders-Amsel" is the copied Dr. Henrike Lüders-Amsel', () => {
    const seeker = { name: 'Tomke Friese', address: 'tomke.friese@mail.example' };
    const writer = { name: 'Anke Ruhnau', address: 'anke.ruhnau@deichwerk.example' };
    const text =
      'Sehr geehrte Frau Friese,\n\nTermin: Dienstag, 02.03.2027, 10:30 Uhr.\n\nIhre Gesprächspartner sind Frau Dr. Lüders-Amsel und Herr Okan Demir. Ich selbst organisiere nur den Termin.\n\nAnke Ruhnau';
    const got = readPeople(
      peopleInput(text, {
        seeker,
        writer,
        organisation: 'deichwerk',
        cc: [{ name: 'Henrike Lüders-Amsel', address: 'h.lueders-amsel@deichwerk.example' }],
      }),
    );
    expect(got.interviewers.map((i) => i.name).sort()).toEqual([
      'Henrike Lüders-Amsel',
      'Okan Demir',
    ]);
  });
});

describe('an initial or "M." before a family name the headers name in full', () => {
  const seeker = { name: 'Tomke Friese', address: 'tomke.friese@mail.example' };
  const writer = { name: 'Anke Ruhnau', address: 'anke.ruhnau@deichwerk.example' };
  const cc = [{ name: 'Henrik Solvang', address: 'h.solvang@deichwerk.example' }];
  const read = (text: string) =>
    readPeople(peopleInput(text, { seeker, writer, organisation: 'deichwerk', cc })).interviewers;
  it.each([
    'Bonjour,\n\nVotre entretien aura lieu jeudi à 14h. Vous serez reçue par M. Solvang, directeur technique.\n\nAnke',
    'Hi,\n\nYour interview is on Thursday at 2pm.\nInterviewer: H. Solvang (technical director)\n\nAnke',
  ])('%s', (text) => {
    expect(read(text)).toEqual([{ name: 'Henrik Solvang', email: 'h.solvang@deichwerk.example' }]);
  });

  it('an initial that is not theirs names someone else', () => {
    expect(
      read(
        'Hi,\n\nYour interview is on Thursday at 2pm.\nInterviewer: K. Solvang (technical director)\n\nAnke',
      ).map((i) => i.name),
    ).toEqual(['K. Solvang']);
  });
});
