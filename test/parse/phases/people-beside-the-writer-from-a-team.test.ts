// "Marco from our platform team and I will be on the call": the one named beside the writer takes
// part too, past the team they come from or a bracket with their address; a bare address later
// ("Marco's email is marco.bell@…") gives them their family name.
import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Ada Quist', address: 'ada.quist@mail.example' };
const writer = { name: 'Soren Vale', address: 'soren.vale@tidewright.example' };

describe('a person beside the writer, from a team', () => {
  it.each([
    'Tamsin from our infrastructure team and I will be on the call. Tamsin’s email is tamsin.roe@tidewright.example in case you need it.',
    'Tamsin, from the SRE group, and I will both be on the call. Her address is tamsin.roe@tidewright.example.',
    'Tamsin (tamsin.roe@tidewright.example) from the storage squad and I will be interviewing you.',
  ])('%s', (sentence) => {
    const text = `Hi Ada,\n\nYou're confirmed for Monday, March 8 at 9:30am ET. ${sentence}\n\nSoren`;
    const got = readPeople(peopleInput(text, { seeker, writer, organisation: 'tidewright' }));
    expect(got.interviewers.map((i) => i.email).sort()).toEqual([
      'soren.vale@tidewright.example',
      'tamsin.roe@tidewright.example',
    ]);
  });
});
