// On a phone screen the person who will phone the seeker holds it, recruiter or not: "Marcus will
// give you a ring at the number above", "Expect a call from X", "X will give you a buzz".
import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Noémie Caron', address: 'noemie.caron@mail.example' };
const writer = { name: 'Bookwise Scheduling', address: 'noreply@bookwise.example' };

describe('the one who will phone the seeker', () => {
  it.each([
    'Your recruiter\nTobias Engström, Talent Partner\ntobias.engstrom@fjordkaffe.example\nTobias will give you a ring at the number above, so no link is needed.',
    'Expect a call from Tobias Engström (Talent Partner, tobias.engstrom@fjordkaffe.example) at the number on your application.',
    'Your recruiter, Tobias Engström (tobias.engstrom@fjordkaffe.example), will give you a buzz right at 3.',
  ])('%s', (card) => {
    const text = `Hi Noémie,\n\nYour phone screen for the Roastery Analyst role is booked:\nWed 2/3 · 3:00 – 3:30 PM ET\n\n${card}`;
    const got = readPeople(peopleInput(text, { seeker, writer, organisation: 'fjord kaffe' }));
    expect(got.interviewers).toEqual([
      { name: 'Tobias Engström', email: 'tobias.engstrom@fjordkaffe.example' },
    ]);
  });
});
