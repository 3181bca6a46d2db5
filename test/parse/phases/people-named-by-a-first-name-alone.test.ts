// People the message names only by a first name, right after the words of the meeting, where
// what follows says the word is a person ("joined by Amara, who runs our design team", "your
// interview with Colette from Thursday 2pm", "at 11am with Owen from our platform team"). A
// first name that a fuller name or an address in the message stands for is that person.
import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Ilse Brandt', address: 'ilse.brandt@mail.example' };
const writer = { name: 'Kofi Mensah', address: 'kofi@tallowfield.example' };
const cast = { seeker, writer, organisation: 'tallowfield' };
const names = (latest: string) =>
  readPeople(peopleInput(latest, cast))
    .interviewers.map((i) => i.name)
    .sort();

describe('a first name alone after the words of the meeting', () => {
  it.each([
    [
      "Looking forward to Thursday at 3pm! I'll be joined by Yusra, who leads our research group.\n\nKofi",
      ['Kofi Mensah', 'Yusra'],
    ],
    [
      'Quick note: your interview with Fenella from Monday 10am moved to Tuesday 2pm, same link.\n\nKofi',
      ['Fenella'],
    ],
    [
      "You're confirmed for Wednesday at 9:30am with Anders from our payments team. He'll ring your mobile.\n\nKofi",
      ['Anders'],
    ],
    ['Your call with Beatriz (Head of Sales) is on Friday at noon.\n\nKofi', ['Beatriz']],
  ])('%s', (latest, want) => {
    expect(names(latest)).toEqual(want);
  });

  it.each([
    // The seeker's own first name, a team and a tool are nobody to meet.
    'Your interview with Ilse from Monday 10am is confirmed, said the calendar.\n\nKofi',
    'Your call with Engineering (second round) is on Friday at noon.\n\nKofi',
    'Your meeting with Zoom on Friday at noon: use the link below.\n\nKofi',
  ])('no one new: %s', (latest) => {
    expect(names(latest).filter((name) => name !== 'Kofi Mensah')).toEqual([]);
  });

  it('a first name that a full name in the message stands for is that person', () => {
    expect(
      names(
        'Your call with Dana on Friday at noon is set. Dana Whitcombe (dana.w@tallowfield.example) is our CTO.\n\nKofi',
      ),
    ).toEqual(['Dana Whitcombe']);
  });
});

describe('the people who "will meet with you", and the one a recruiter writes for', () => {
  it('reads every subject of "will meet with you", named first in full elsewhere', () => {
    expect(
      names(
        'On behalf of Ruairi Doyle, our Head of Assurance, I am glad to invite you. Ruairi and his deputy, Mei Ling Koh, will meet with you on Tuesday at 10am.\n\nKofi',
      ),
    ).toEqual(['Mei Ling Koh', 'Ruairi Doyle']);
  });
});
