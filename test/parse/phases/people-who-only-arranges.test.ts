// The writer who only arranges: a recruiter's "our talk" is the company's, and their signature
// still counts when the client set it below the meeting block; an invitation's guest list under
// the organizer's name is no signature.

import { describe, expect, it } from 'vitest';
import { readCalendars } from '#parse/time-choice.js';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Mateus Farias', address: 'mateus.farias@mail.example' };

describe("a recruiter's 'our talk'", () => {
  const writer = { name: 'Jana Albrecht', address: 'jana.albrecht@kesselwerk.example' };
  it('the signature below the meeting block makes the writer an arranger', () => {
    const found = readPeople(
      peopleInput(
        'Sehr geehrter Herr Farias,\n\nunser Gespräch am Montag müssen wir leider verschieben: neuer Termin ist Donnerstag, der 11.2. um 13 Uhr. Mit dabei sind Herr Jochen Bauer, Leiter Konstruktion, und Frau Ines Wendt aus der Fertigung.',
        { seeker, writer, organisation: 'kesselwerk' },
        {
          history:
            '__________________\n\nMicrosoft Teams-Besprechung\nJetzt teilnehmen: https://teams.example.net/l/kw-0211\n__________________\n\nViele Grüße\n\nJana Albrecht\n\nRecruiterin\n\nKesselwerk GmbH',
        },
      ),
    );
    expect(found.interviewers.map((i) => i.name)).toEqual(['Jochen Bauer', 'Ines Wendt']);
  });
});

describe('a guest list under the organizer', () => {
  it('the scheduling mailbox listed after the organizer is no title of theirs', () => {
    const writer = { name: 'Rosalind Achebe', address: 'rosalind.achebe@tallowpine.example' };
    const { calendar } = readCalendars(
      [
        [
          'BEGIN:VCALENDAR',
          'METHOD:REQUEST',
          'BEGIN:VEVENT',
          'UID:guest-list-1',
          'DTSTART:20270215T170000Z',
          'DTEND:20270215T180000Z',
          'ORGANIZER;CN=Rosalind Achebe:mailto:rosalind.achebe@tallowpine.example',
          'ATTENDEE;CN=Rosalind Achebe;PARTSTAT=ACCEPTED:mailto:rosalind.achebe@tallowpine.example',
          'ATTENDEE;CN=Mateus Farias:mailto:mateus.farias@mail.example',
          'ATTENDEE;ROLE=NON-PARTICIPANT;CN=Tallowpine Recruiting Coordination:mailto:recruiting-coord@tallowpine.example',
          'DESCRIPTION:Our hour on data modelling - bring a recent schema you designed.',
          'END:VEVENT',
          'END:VCALENDAR',
        ].join('\r\n'),
      ],
      'UTC',
    );
    const found = readPeople(
      peopleInput(
        'Data modelling - Mateus / Rosalind\nMonday Feb 15, 2027 12pm - 1pm (Eastern Time)\n\nGuests\nRosalind Achebe - organizer\nMateus Farias\nTallowpine Recruiting Coordination - optional\n\nInvitation from Google Calendar',
        { seeker, writer, organisation: 'tallowpine' },
        { calendar, calendarText: calendar?.description ?? '' },
      ),
    );
    expect(found.interviewers.map((i) => i.email)).toEqual(['rosalind.achebe@tallowpine.example']);
  });
});

describe("a day's itinerary whose rows name people without an end time", () => {
  const writer = { name: 'Evander Pryce', address: 'evander.pryce@harlowmere.example' };
  it('the people in the rows take part; the administrator copied in only arranges', () => {
    const found = readPeople(
      peopleInput(
        "Dear Dr. Farias,\n\nWe are glad to host you on Tuesday the 9th. Gwendolyn Hask (cc'd), our office administrator, will meet you at the station the night before.\n\nThe day:\n\n  • 8:15 – coffee, just us two\n  • 9:30 – Vice Provost, Dr. Solveig Marrant (Room 4B)\n  • 11:00 – your talk\n  • 1:45 – Prof. Ignatius Obi, microscopy core\n  • 3:00 – 3:30 – debrief with me, then Gwendolyn takes you to the train\n\nBest,\nEvander",
        {
          seeker,
          writer,
          organisation: 'harlowmere',
          cc: [{ name: 'Gwendolyn Hask', address: 'g.hask@harlowmere.example' }],
        },
      ),
    );
    expect(found.interviewers.map((i) => i.name).sort()).toEqual([
      'Evander Pryce',
      'Ignatius Obi',
      'Solveig Marrant',
    ]);
  });
});

describe('a writer who writes on behalf of the interviewer', () => {
  const writer = { name: 'Oona Tallis', address: 'oona.tallis@kesselwerk.example' };
  it.each([
    "Hi Mateus, I'm writing on behalf of Ruairi Banerjee, our Head of Tooling, who would like to interview you. You're booked for Monday at 3pm.",
    "Hi Mateus, I'm writing on behalf of Ruairi Banerjee, who would like to interview you on Monday at 3pm.",
  ])('%s', (latest) => {
    const found = readPeople(peopleInput(latest, { seeker, writer, organisation: 'kesselwerk' }));
    expect(found.interviewers.map((i) => i.name)).toEqual(['Ruairi Banerjee']);
  });
});
