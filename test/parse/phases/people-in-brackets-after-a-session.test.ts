// A schedule row may name its person in brackets after the session: "1:00 – 1:45  Hiring manager
// (Leah Stone)".

import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Wren Castellano', address: 'wren.c@mail.example' };
const writer = { name: 'Ilka Moreau', address: 'ilka.moreau@fallowtide.example' };
const names = (latest: string) =>
  readPeople(peopleInput(latest, { seeker, writer, organisation: 'fallowtide' })).interviewers.map(
    (i) => i.name,
  );

describe('a row whose person is in brackets', () => {
  it('each session names its interviewer in brackets; the writer takes the last', () => {
    expect(
      names(
        "Hi Wren, here's Thursday:\n\n10:00 – 10:45  Product sense (Barnaby Okwu)\n10:45 – 11:30  Data deep dive (Solveig Arnarsdóttir)\n11:45 – 12:15  Wrap-up with me\n\nIlka",
      ),
    ).toEqual(['Barnaby Okwu', 'Solveig Arnarsdóttir', 'Ilka Moreau']);
  });

  it('a room in brackets is no person', () => {
    expect(
      names(
        "Hi Wren, here's Thursday:\n\n10:00 – 10:45  Product sense with Barnaby Okwu (Room 4B)\n11:00 – 11:30  Lunch (Cafeteria)\n\nIlka",
      ),
    ).toEqual(['Barnaby Okwu']);
  });
});
