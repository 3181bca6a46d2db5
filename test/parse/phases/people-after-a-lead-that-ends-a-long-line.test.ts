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

describe('a lead whose sentence runs on into its one person', () => {
  it('the person at the start of the next line, the address after the title', () => {
    const found = readPeople(
      peopleInput(
        "Hi Amara,\n\nIt is booked for Monday, March 8 at 10:00 AM Eastern. You'll be speaking with\nQuentin Osei, their Head of Data Science (quentin.osei@saltmarsh.example). Expect a case study; he is thorough.\n\nDorian Pike\nTalent Partner | Saltmarsh",
        { seeker, writer, organisation: 'saltmarsh' },
      ),
    );
    expect(found.interviewers).toEqual([
      { name: 'Quentin Osei', email: 'quentin.osei@saltmarsh.example' },
    ]);
  });

  it('"Two things before then:" opens no list of people', () => {
    expect(
      names(
        "Hi Amara,\n\nQuentin Osei will interview you on Monday, March 8 at 10:00 AM Eastern. Two things before then:\n- send me your portfolio by Friday;\n- I'm away tomorrow, so Liesl Haraldsen (copied) can help if needed.\n\nDorian Pike\nTalent Partner | Saltmarsh",
      ),
    ).toEqual(['Quentin Osei']);
  });
});
