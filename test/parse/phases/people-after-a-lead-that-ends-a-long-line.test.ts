// A lead that ends a long line before its colon opens the list below it, whatever the line says
// first: "We've held Monday, March 8 from 10:00 to 11:30 AM Eastern for an onsite loop with:".

import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Amara Lindqvist', address: 'amara.l@mail.example' };
const writer = { name: 'Dorian Pike', address: 'dorian.pike@saltmarsh.example' };
const names = (latest: string) =>
  readPeople(peopleInput(latest, { seeker, writer, organisation: 'saltmarsh' })).interviewers.map(
    (i) => i.name,
  );

describe('a lead at the end of a long line', () => {
  it.each([
    "We've held Monday, March 8 from 10:00 to 11:30 AM Eastern for a virtual loop with:",
    'The final stage is booked for Monday, March 8, 10:00-11:30 AM Eastern; you will be meeting with:',
    'Monday, March 8 at 10:00 AM Eastern works, so the onsite with:',
  ])('%s', (line) => {
    expect(
      names(
        `Hi Amara,\n\n${line}\n\n  - Quentin Osei, Head of Data Science (quentin.osei@saltmarsh.example)\n  - Liesl Haraldsen, Staff Data Scientist (liesl.h@saltmarsh.example)\n\nThe first half is a case study.\n\nDorian Pike\nTalent Partner | Saltmarsh`,
      ),
    ).toEqual(['Quentin Osei', 'Liesl Haraldsen']);
  });
});
