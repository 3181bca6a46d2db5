// A heading that opens a list of the people the seeker will meet, with a day or the meeting's
// name between its noun and its colon ("Your panel for Thursday:", "Interviewers (Friday,
// March 5):", "Ihre Gesprächspartner im Interview:"), in the languages read.
import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Odile Brandt', address: 'odile.brandt@mail.example' };
const writer = { name: 'Tobias Wren', address: 'tobias.wren@quarrystone.example' };
const names = (latest: string) =>
  readPeople(peopleInput(latest, { seeker, writer, organisation: 'quarrystone' }))
    .interviewers.map((i) => i.name)
    .sort();

describe('a heading with a day before its colon', () => {
  it.each([
    'Your panel for Friday:',
    'Interviewers (Friday, March 5):',
    'Your interviewers on the 5th:',
    "Who you'll be meeting on Friday:",
    'Vos interlocuteurs vendredi :',
    'Ihre Gesprächspartner im Interview am Freitag:',
    'Je gesprekspartners op vrijdag:',
    'Dine samtalepartnere fredag:',
    'Dina samtalspartner på fredag:',
    'Twoi rozmówcy w piątek:',
  ])('%s', (heading) => {
    const text = [
      'Hello Odile,',
      '',
      'You are confirmed for Friday, March 5 at 10:00.',
      '',
      heading,
      'Maelle Oduya, Head of Geotechnics',
      'Jonas Ferreira-Lund, Senior Surveyor',
      '',
      'Tobias Wren',
      'Talent Partner',
    ].join('\n');
    expect(names(text)).toEqual(['Jonas Ferreira-Lund', 'Maelle Oduya']);
  });

  it('a Japanese label with what it is for before it: 当日の面接官', () => {
    const text = [
      '山田様',
      '',
      '■当日の面接官：',
      '設計部 部長 小野 雅人',
      'エンジニア 大西 里奈',
      '',
      '採用担当',
    ].join('\n');
    expect(names(text)).toEqual(['大西 里奈', '小野 雅人']);
  });
});
