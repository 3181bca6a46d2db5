// A line that ends in the verb saying who takes part, then a colon ("Vanuit X schuiven aan:",
// "From our side, the following people will join:"), opens the list below it: the items are the
// interviewers, and whatever the line names before the verb is a label, no person.
import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Iris Mol', address: 'iris.mol@mail.example' };

describe('a verb line that opens a list', () => {
  it.each([
    ['Vanuit Brightwave schuiven aan:', 'Met vriendelijke groet,', 'brightwave'],
    ['Namens Kadestroom schuiven aan:', 'Groet,', 'kadestroom'],
    ['From our side, the following people will join:', 'Best,', 'kadestroom'],
    ['Northwind Platform Team will join:', 'Thanks,', 'northwind'],
  ])('%s', (label, closing, organisation) => {
    const writer = { name: 'Gerrit Smit', address: 'g.smit@work.example' };
    const text = `Beste Iris,\n\nHet gesprek staat op donderdag 14 januari om 11.00 uur.\n\n${label}\n- drs. Lotte Vermeulen, teamlead backend (l.vermeulen@work.example)\n- Pieter Bakker, senior developer\n\n${closing}\nGerrit Smit\nRecruiter`;
    const got = readPeople(peopleInput(text, { seeker, writer, organisation }));
    expect(got.interviewers).toEqual([
      { name: 'Lotte Vermeulen', email: 'l.vermeulen@work.example' },
      { name: 'Pieter Bakker', email: null },
    ]);
  });
});
