// With nobody named as an interviewer, one other person named in full where the meeting is booked
// ("Rui Costa has you down for Thursday at 2", "Booked: Rui Costa, 2–2:45") is the one met, not
// the writer; someone to ask for on arrival or with questions is not. Brackets right after the
// word for the people met name them ("the same interviewer (A) as last time").
import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Nadia Haddad', address: 'nadia.haddad@mail.example' };
const writer = { name: 'Owen Pritchard', address: 'owen.pritchard@tidewell.example' };
const names = (latest: string) =>
  readPeople(peopleInput(latest, { seeker, writer, organisation: 'tidewell' })).interviewers.map(
    (i) => i.name,
  );
const mail = (text: string) => `Hi Nadia,\n\n${text}\n\nCheers,\nOwen`;

describe('the one person named where the meeting is booked', () => {
  it.each([
    'Rui Costa has you down for Thursday at 2 p.m. The Teams link is in the invite.',
    'Booked: Rui Costa, Thursday 2:00–2:45 p.m. on Teams.',
    'Rui Costa can do Thursday or Friday afternoon. Thursday at 2 it is, then.',
  ])('%s', (text) => {
    expect(names(mail(text))).toEqual(['Rui Costa']);
  });

  it.each([
    'Your interview is set for Thursday at 2 p.m. Any questions before Thursday, ask Rui Costa.',
    'Please arrive on Thursday at 1:45 p.m. and ask for Rui Costa at the front desk.',
    'Thursday at 2 p.m. is confirmed. If you get lost, text Rui Costa on 0161 555 0199.',
  ])('leaves a contact out: %s', (text) => {
    expect(names(mail(text))).toEqual(['Owen Pritchard']);
  });
});

describe('the people in brackets after the word for them', () => {
  it.each([
    [
      'Thursday at 2 p.m. works, with the same interviewer (Rui Costa) as last time.',
      ['Rui Costa'],
    ],
    [
      'Your final round is Thursday at 2 p.m. with the same panel (Rui Costa, Mia Lindahl) as in round one.',
      ['Rui Costa', 'Mia Lindahl'],
    ],
  ])('%s', (text, want) => {
    expect(names(mail(text))).toEqual(want);
  });
});
