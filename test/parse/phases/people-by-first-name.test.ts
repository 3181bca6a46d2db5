// People named short: a first name (or the shorter part of a name) in the newest reply for
// someone introduced in full only in the quoted history or earlier in prose, and people said to
// accept the meeting, to see the seeker, or met in "you're meeting X" / "you'll present to X".

import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Tomás Ferreira', address: 'tomas.ferreira@mail.example' };
const writer = { name: 'Greta Lindholm', address: 'greta.lindholm@quayside.example' };
const cast = { seeker, writer, organisation: 'quayside' };
const names = (latest: string, history = '') =>
  readPeople(
    peopleInput(latest, cast, {
      history,
      historyAuthor: history ? writer : null,
    }),
  )
    .interviewers.map((i) => i.name)
    .sort();

describe('a first name resolved through the people introduced anywhere in the message', () => {
  it.each([
    [
      'Done, Friday at 11 it is. Oskar and Priyanka will see you in the Harbour room.\n\nGreta',
      'Hi Tomás,\n\nThe second round is a one-hour discussion with Oskar Vilhelmsen (Data Lead) and Priyanka Raghunathan (Platform Manager). Does Thursday or Friday work?\n\nGreta',
    ],
    [
      'All set for 3pm. Oskar and Priyanka both confirmed they can make the earlier slot.\n\nGreta',
      "Hi Tomás,\n\nYou'll present your case study to Oskar Vilhelmsen, who runs data, and Priyanka Raghunathan from platform. Would 4pm suit?\n\nGreta",
    ],
  ])('%s', (latest, history) => {
    expect(names(latest, history)).toEqual(['Oskar Vilhelmsen', 'Priyanka Raghunathan']);
  });

  it('a first name after the full name earlier in the same text, in Spanish', () => {
    expect(
      names(
        'Hola Tomás:\n\nSeguramente ya conoces a Oskar Vilhelmsen, nuestro jefe de datos. Te entrevistarán Oskar y Priyanka Raghunathan (Platform Manager) el jueves a las 10:00.\n\nGreta',
      ),
    ).toEqual(['Oskar Vilhelmsen', 'Priyanka Raghunathan']);
  });

  it('the longer name of the older message replaces the shorter one met first', () => {
    const found = readPeople(
      peopleInput('Confirmed for Thursday. Wei Ming will see you on Teams.\n\nGreta', cast, {
        history:
          'Hi Tomás, the call is with Lim Wei Ming (Staff Engineer). Thursday or Friday?\n\nGreta',
        historyAuthor: writer,
      }),
    );
    expect(found.interviewers).toEqual([{ name: 'Lim Wei Ming', email: null }]);
  });
});

describe('people said to accept the meeting or to meet the seeker', () => {
  it.each([
    ['Good news: Ola Berg has accepted, so your interview is locked in for Monday at 9.'],
    ["Quick reminder that you're meeting Ola Berg tomorrow at 9:30."],
    ["On Monday you'll be presenting to Ola Berg for about 40 minutes."],
  ])('%s', (text) => {
    expect(names(`Hi Tomás,\n\n${text}\n\nGreta`)).toEqual(['Ola Berg']);
  });

  it('a job title in a subject is never a person, whatever the first word', () => {
    const found = readPeople(
      peopleInput(
        "Hi Tomás, looking forward to speaking with you about the Marine Geologist position. You'll meet Ola Berg.",
        cast,
        { titles: ['Interview - Marine Geologist II'] },
      ),
    );
    expect(found.interviewers.map((i) => i.name)).toEqual(['Ola Berg']);
  });

  it('a capital alone opening a sentence is not part of the name after it', () => {
    expect(
      names(
        'Hola Tomás:\n\nA Oskar Vilhelmsen le surgió un viaje. Te entrevistarán Oskar Vilhelmsen y Priyanka Raghunathan.',
      ),
    ).toEqual(['Oskar Vilhelmsen', 'Priyanka Raghunathan']);
  });
});
