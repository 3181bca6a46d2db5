// Capitalised words about the job are no person: the field after a title set off from the name
// by a dash ("Name — Senior Manager, Tax Advisory"), and words of the role the role phase read
// ("Your panel interview for Clinical Trials Data Analyst").

import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Tobias Lindqvist', address: 'tobias.lq@mail.example' };
const writer = { name: 'Harriet Osei', address: 'harriet.osei@brackenfield.example' };
const interviewers = (latest: string, role: string | null = null) =>
  readPeople(
    peopleInput(
      latest,
      { seeker, writer, organisation: 'brackenfield' },
      { role, titles: role ? [`Interview confirmed: ${role}`] : [] },
    ),
  )
    .interviewers.map((i) => i.name)
    .sort();

describe('the field of a title set off by a dash', () => {
  it.each([
    ['Interviewer: Marguerite Okafor — Associate, Investment Banking'],
    ['You will speak with: Marguerite Okafor - Senior Manager, Tax Advisory'],
  ])('%s', (line) => {
    expect(
      interviewers(
        `Hi Tobias,\n\nYour interview is on Tuesday, February 16, 2027 at 3:00 PM.\n${line}\n\nHarriet Osei\nCampus Recruiting`,
      ),
    ).toEqual(['Marguerite Okafor']);
  });
});

describe('words of the role', () => {
  it('a role of capitalised words in the subject and in the sentence that books the meeting', () => {
    expect(
      interviewers(
        'Hi Tobias,\n\nYour panel interview for Clinical Trials Data Analyst is booked for Thursday, February 18 at 10:00 AM.\nPanel:\nPriyanka Dutta (Finance Director)\nOwen Maddox (Sales Ops Lead)\n\nHarriet Osei\nRecruiting Coordinator',
        'Clinical Trials Data Analyst',
      ),
    ).toEqual(['Owen Maddox', 'Priyanka Dutta']);
  });
});
