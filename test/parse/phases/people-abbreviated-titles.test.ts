// A form of address shortened with a full stop ("p.", "Dña.", "Mag.") ends no sentence: the
// people named after it stay in the sentence that says they take part. The short forms are the
// language tables' honorifics, not a list kept here.

import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Jonas Eriksen', address: 'jonas.eriksen@mail.example' };
const interviewers = (latest: string, writer: { name: string; address: string }) =>
  readPeople(peopleInput(latest, { seeker, writer, organisation: 'lindgrove' })).interviewers.map(
    (i) => i.name,
  );

describe('a shortened form of address before a name', () => {
  it('Polish "p." before each of two people', () => {
    const writer = { name: 'Magdalena Sowa', address: 'm.sowa@lindgrove.example' };
    expect(
      interviewers(
        'Dzień dobry,\n\nzapraszamy na rozmowę w czwartek 4 lutego o godz. 14:00. Udział wezmą p. Bartosz Kaczmarek, lider zespołu backend, i p. Joanna Wilk z działu produktu.\n\nPozdrawiam\nMagdalena Sowa\nRekruterka',
        writer,
      ),
    ).toEqual(['Bartosz Kaczmarek', 'Joanna Wilk']);
  });

  it('Spanish "D." and "Dña." after the verb that says who interviews', () => {
    const writer = { name: 'Lucía Ferrer', address: 'lucia.ferrer@lindgrove.example' };
    expect(
      interviewers(
        'Hola Jonas:\n\nLa entrevista será el martes 9 de febrero a las 16:30 h. Te entrevistarán Dña. Rocío Almansa, jefa de producto, y D. Álvaro Quintana.\n\nUn saludo,\nLucía Ferrer\nSelección de personal',
        writer,
      ),
    ).toEqual(['Rocío Almansa', 'Álvaro Quintana']);
  });
});

describe('a German separable verb around the people it names', () => {
  it('"nehmen … teil" with academic titles and a department between', () => {
    const writer = { name: 'Petra Aigner', address: 'petra.aigner@lindgrove.example' };
    expect(
      interviewers(
        'Sehr geehrter Herr Eriksen,\n\nwir laden Sie am Dienstag, 9. Februar 2027, um 10:00 Uhr zu einem Videogespräch ein. Für uns nehmen Herr Dipl.-Ing. Markus Pichler (m.pichler@lindgrove.example), Teamleiter Embedded, und Frau Dr. Eva Lechner aus der Qualitätssicherung teil.\n\nMit freundlichen Grüßen\nPetra Aigner\nPersonalabteilung',
        writer,
      ),
    ).toEqual(['Markus Pichler', 'Eva Lechner']);
  });
});
