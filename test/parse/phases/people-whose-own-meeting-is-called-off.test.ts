// The writer who calls off or moves "our conversation" speaks of their own meeting with the seeker:
// they were to take part, beside the colleague on the invitation.

import { describe, expect, it } from 'vitest';
import { readCalendars } from '#parse/time-choice.js';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Tomasz Reilly', address: 'tomasz.reilly@mail.example' };
const writer = { name: 'Hollis Marchetti', address: 'hollis.marchetti@fernvale.example' };

const { calendar } = readCalendars(
  [
    [
      'BEGIN:VCALENDAR',
      'METHOD:CANCEL',
      'BEGIN:VEVENT',
      'UID:called-off-1',
      'DTSTART:20270114T190000Z',
      'DTEND:20270114T200000Z',
      'STATUS:CANCELLED',
      'ORGANIZER;CN=Hollis Marchetti:mailto:hollis.marchetti@fernvale.example',
      'ATTENDEE;CN=Priyanka Oduya:mailto:priyanka.oduya@fernvale.example',
      'ATTENDEE;CN=Tomasz Reilly:mailto:tomasz.reilly@mail.example',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n'),
  ],
  'UTC',
);
const names = (latest: string) =>
  readPeople(
    peopleInput(
      latest,
      { seeker, writer, organisation: 'fernvale' },
      { calendar, calendarText: calendar?.description ?? '' },
    ),
  )
    .interviewers.map((i) => i.name)
    .sort();

describe("the writer's own meeting, called off or moved", () => {
  it.each([
    "Tomasz, sorry about this: the budget for the role was frozen, so I'm taking our interview off the calendar.",
    'Hi Tomasz, I have to pull the plug on our chat next Thursday; the opening is on hold.',
    "I'm afraid I need to call off our conversation for now. I'll be in touch if that changes.",
    'Apologies, Tomasz, I must postpone our meeting until the new year.',
  ])('%s', (text) => {
    expect(names(`${text}\n\nHollis`)).toEqual(['Hollis Marchetti', 'Priyanka Oduya']);
  });
});

describe('a past word that belongs to the message answered', () => {
  it.each([
    "Hi Tomasz, as per your email yesterday, I'm cancelling Thursday's interview at 2pm with me and Priyanka Oduya.",
    'Ciao Tomasz, come da tua email di ieri, annullo il colloquio di giovedì alle 14:00 con me e Priyanka Oduya.',
  ])('leaves the writer in the meeting: %s', (latest) => {
    const found = readPeople(peopleInput(latest, { seeker, writer, organisation: 'fernvale' }));
    expect(found.interviewers.map((i) => i.name).sort()).toEqual([
      'Hollis Marchetti',
      'Priyanka Oduya',
    ]);
  });

  it('"thanks for chatting with me yesterday" is still a meeting held', () => {
    const found = readPeople(
      peopleInput(
        'Hi Tomasz, thanks for chatting with me yesterday. On Thursday at 2pm you will meet Priyanka Oduya.',
        { seeker, writer, organisation: 'fernvale' },
      ),
    );
    expect(found.interviewers.map((i) => i.name)).toEqual(['Priyanka Oduya']);
  });
});
