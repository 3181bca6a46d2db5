// Capitalised words that read like a person's name but are not one: a rank and a second title
// word before a name ("Chief Pilot Ray Tikhonov" is Ray Tikhonov) and a firm whose name ends in
// a trade's word ("Ellis Park Distribution", "Harbour Point Seafoods").
import { describe, expect, it } from 'vitest';
import { findNames } from '#parse/names.js';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Oskar Lindgren', address: 'oskar.lindgren@mail.example' };
const writer = { name: 'Paula Meyer', address: 'paula.meyer@skyhaul.example' };
const people = (latest: string) =>
  readPeople(peopleInput(latest, { seeker, writer, organisation: 'skyhaul' })).interviewers;

describe('a rank and a title word before a name', () => {
  it.each([
    [
      'You are booked Thursday at 9 with Chief Pilot Anya Korhonen (anya.k@skyhaul.example).',
      'Anya Korhonen',
    ],
    ['Your trial shift is with Head Chef Tomasz Wrona on Monday at 6 am.', 'Tomasz Wrona'],
    ['On Friday you will meet Lead Mechanic Idris Bello at the hangar.', 'Idris Bello'],
  ])('%s', (sentence, name) => {
    expect(findNames(sentence).map((n) => n.name)).toEqual([name]);
    expect(people(`Hi Oskar,\n\n${sentence}\n\nPaula Meyer\nRecruiter`).map((p) => p.name)).toEqual(
      [name],
    );
  });
});

describe('a firm whose name ends in its trade', () => {
  it.each([
    'Your interview for Forklift Operator with Brackenridge Logistics is on Tuesday at 8:00 AM with Dana Whitlock.',
    'Your tasting interview with Harbour Point Seafoods is Tuesday at 8:00 AM with Dana Whitlock.',
    'Meeting with: Dana Whitlock, Cold Creek Distribution',
  ])('%s', (sentence) => {
    expect(people(`Hi Oskar,\n\n${sentence}\n\nPaula Meyer\nRecruiter`).map((p) => p.name)).toEqual(
      ['Dana Whitlock'],
    );
  });
});
