// Whoever drops off the panel is no interviewer; whoever takes their place is: "had to drop off
// the panel, so B will take her place", "can't make it anymore; B is stepping in for her",
// "B is covering for her", "you'll meet B rather than A".
import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Joel Brandt', address: 'joel.brandt@mail.example' };
const writer = { name: 'Mira Solis', address: 'mira.solis@harbourline.example' };

describe('who drops off and who replaces them', () => {
  it.each([
    'Yusuf Demir had to drop off the panel, so Keira Lund will take his place.',
    'Yusuf Demir can’t make it anymore; Keira Lund is stepping in for him.',
    'Yusuf Demir has dropped out and Keira Lund will sit in his seat.',
    "Yusuf Demir won't be able to join after all, so Keira Lund is covering for him.",
    "You'll be meeting Keira Lund rather than Yusuf Demir, who got pulled onto a customer escalation.",
  ])('%s', (sentence) => {
    const text = `Hi Joel,\n\nA change for Monday, February 8 at 11am ET: ${sentence}\n\nMira`;
    const got = readPeople(peopleInput(text, { seeker, writer, organisation: 'harbourline' }));
    expect(got.interviewers.map((i) => i.name)).toEqual(['Keira Lund']);
  });
});
