// A family name written first, before a comma and the given name, as a directory writes it
// ("with OKONJO-IWEALA, Chidi", "van der Linde, Maartje"): one person, named given name first.
// Capitals that are titles ("our CTO, Dana"), and a place after its label, stay as written.
import { describe, expect, it } from 'vitest';
import { givenNameFirst } from '#parse/names.js';
import { interviewerNames } from '../support/people-input.js';

const names = interviewerNames;

describe('a family name before the given name', () => {
  it.each([
    [
      'Tuesday 9 March at 2pm is booked. You will speak with OKONJO, Chidi (Head of Risk) and then with Ruth Amsel.',
      ['Chidi Okonjo', 'Ruth Amsel'],
    ],
    [
      'Agenda for Tuesday 9 March:\n2:00 - 2:45 PM  Case study with van der Linde, Maartje\n3:00 - 3:30 PM  Wrap-up with Ruth Amsel',
      ['Maartje van der Linde', 'Ruth Amsel'],
    ],
    [
      'Tuesday 9 March at 2pm is booked.\nInterviewers: SØRENSEN, Freja; DE LA ROSA, Tomás',
      ['Freja Sørensen', 'Tomás de la Rosa'],
    ],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('a table of "Family, Given" cells, in capitals or not, with particles and two given names', () => {
    const table = [
      'Tuesday 9 March, all times Central:',
      'Time\tInterviewer\tTitle',
      '9:00 - 9:45 AM\tOkafor-Lane, Adaeze\tDirector, Clinical Operations',
      '9:45 - 10:30 AM\tdel Río, Ana Belén\tSenior Scientist',
      '10:30 - 11:15 AM\tNGUYEN, Minh Chau\tLab Manager',
      '11:15 - 12:00 PM\tTER HAAR, Wouter\tVP, Research',
      "I'll meet you in the lobby, but I won't be part of the interviews.",
    ].join('\n');
    expect(names(table)).toEqual([
      'Adaeze Okafor-Lane',
      'Ana Belén del Río',
      'Minh Chau Nguyen',
      'Wouter ter Haar',
    ]);
  });

  it.each([
    'You will be joined by our CTO, Dana, and two engineers.',
    '9:00\tDirector, Quality Assurance\tRoom 4',
    'Location: BOULDER, Colorado',
    'The role is based in our EMEA, London hub.',
  ])('titles, places and regions stay as written: %s', (text) => {
    expect(givenNameFirst(text)).toBe(text);
  });

  it('keeps the length of the text, so positions found in it still hold', () => {
    const text = 'with MBEKI-OSEI, Ama (Finance)';
    expect(givenNameFirst(text)).toHaveLength(text.length);
    expect(givenNameFirst(text).startsWith('with Ama Mbeki-Osei')).toBe(true);
  });
});
