// A schedule row names its person, then the person's title in a cell of its own; a title with a
// comma goes on with the team ("Staff Engineer, Sensor Fusion"), whose capitalised words are no
// second person.

import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Idris Vance', address: 'idris.vance@mail.example' };
const writer = { name: 'Maren Holt', address: 'maren.holt@quarrybell.example' };
const names = (latest: string) =>
  readPeople(peopleInput(latest, { seeker, writer, organisation: 'quarrybell' })).interviewers.map(
    (i) => i.name,
  );

describe("a row's title cell", () => {
  it.each([
    [
      'tab-separated cells under a heading row',
      'Time\tSession\tWho\tTitle\n9:00 – 9:45\tKick-off\tBeatriz Lund\tDirector, Field Robotics\n10:00 – 10:45\tDeep dive\tOwen Castell\tStaff Engineer, Motion Planning\n11:00 – 11:30\tLunch\t—\tCafé',
      ['Beatriz Lund', 'Owen Castell'],
    ],
    [
      'cells between bars',
      '13:00 – 13:45 | Systems | Owen Castell | Principal Scientist, Signal Processing\n14:00 – 14:45 | Product | Beatriz Lund | Group Manager, Consumer Apps',
      ['Owen Castell', 'Beatriz Lund'],
    ],
  ])('%s', (_, rows, expected) => {
    expect(
      names(`Hi Idris,\n\nYour on-site day, Tuesday 12 January:\n\n${rows}\n\nThanks,\nMaren`),
    ).toEqual(expected);
  });

  it('a row whose only cell names the title before the person keeps the person', () => {
    expect(
      names(
        'Hi Idris,\n\nTuesday 12 January:\n\n9:00 – 9:45\tHiring Manager, Owen Castell\n10:00 – 10:45\tTech Lead, Beatriz Lund\n\nMaren',
      ),
    ).toEqual(['Owen Castell', 'Beatriz Lund']);
  });
});
