// Tables flattened to tab-separated cells: a label cell ("Interview team", "Interviewers") then
// the people in the next cell; a row number cell before a name ("3\tNur Aisyah binte Rahman") is
// no house number; and the Swedish particle "af" stays inside a name ("Henrik af Klercker").
import { describe, expect, it } from 'vitest';
import { findNames } from '#parse/names.js';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Owen Marsh', address: 'owen.marsh@mail.example' };
const writer = { name: 'Hirewell Notifications', address: 'noreply@hirewell.example' };

describe('people in a flattened table', () => {
  it.each(['Interview team', 'Interviewers', 'Your panel'])(
    'a "%s" label cell, then "Name, Title; Name, Title"',
    (label) => {
      const text = `Your interview has been called off.\n\nPosition\tRadiology Scheduler\nWhen\tMonday, March 1, 2027 · 1:00 PM – 2:00 PM EST\n${label}\tPriyanka Sethi, Imaging Operations Lead; Declan Moyer, Senior Data Engineer\n\nReply to reach your recruiter.`;
      const got = readPeople(peopleInput(text, { seeker, writer, organisation: 'lakeshore' }));
      expect(got.interviewers.map((i) => i.name)).toEqual(['Priyanka Sethi', 'Declan Moyer']);
    },
  );

  it('a row number cell before each name', () => {
    const text =
      'You will meet the panel below:\n\nNo.\tPanel member\tTitle\tEmail\n1\tFarid Haddad\tQA Lead\tfarid.h@lakeshore.example\n2\tSiti Nurhaliza binti Omar\tSenior SDET\t–\n\nAll the best!';
    const got = readPeople(peopleInput(text, { seeker, writer, organisation: 'lakeshore' }));
    expect(got.interviewers).toEqual([
      { name: 'Farid Haddad', email: 'farid.h@lakeshore.example' },
      { name: 'Siti Nurhaliza binti Omar', email: null },
    ]);
  });

  it('"af" inside a Swedish name', () => {
    expect(
      findNames('Who you’ll meet: Ebba af Ugglas · Head of Hardware').map((n) => n.name),
    ).toEqual(['Ebba af Ugglas']);
  });
});
