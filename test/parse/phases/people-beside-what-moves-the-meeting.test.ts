// The interviewer named beside what moves or holds the meeting: a clash of theirs that moves it
// ("B has a review meeting that overran"), a relative clause that says they will interview
// ("a B, quien te va a entrevistar"), and the address inside the brackets of their title.

import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Mateus Farias', address: 'mateus.farias@mail.example' };

describe('the interviewer named beside what moves or holds the meeting', () => {
  const writer = { name: 'Irene Castell', address: 'irene.castell@kesselwerk.example' };
  const cc = [{ name: 'Bruno Serrat', address: 'bruno.serrat@kesselwerk.example' }];
  const read = (latest: string) =>
    readPeople(
      peopleInput(latest, { seeker, writer, organisation: 'kesselwerk', cc }),
    ).interviewers.map((i) => i.email);
  it.each([
    [
      'Bruno has a quarterly review meeting that overran, so we are pushing your call to 3:30 PM ET on Friday.',
    ],
    [
      'Hola Mateus: a Bruno Serrat, quien te va a entrevistar, le surgió un viaje, así que pasamos la entrevista al viernes a las 16:00.',
    ],
  ])('%s', (latest) => {
    expect(read(latest)).toEqual(['bruno.serrat@kesselwerk.example']);
  });

  it('the address inside the brackets of a title after the name', () => {
    const found = readPeople(
      peopleInput(
        'Sehr geehrter Herr Farias,\n\nam Dienstag, 16.02., um 10 Uhr nehmen Dr. Lena Hofbauer (Leitung Qualität, lhof@kesselwerk.example) und Paul Riedl teil.',
        { seeker, writer, organisation: 'kesselwerk' },
      ),
    );
    expect(found.interviewers.map((i) => i.email)).toEqual(['lhof@kesselwerk.example', null]);
  });
});
