// A thread is read message by message, newest first: the newest message that confirms, moves or
// picks a slot decides the time, with the slots, the date, the hour and the length taken from the
// older messages it answers.
import { describe, expect, it } from 'vitest';
import { splitThread } from '#parse/thread.js';
import { chooseTime, type TimeText } from '#parse/time-choice.js';
import { at } from '../support/at.js';
import { peopleInput, readPeople } from '../support/people-input.js';

const zone = 'America/Chicago';
const base = at('2027-04-05T09:00:00-05:00');

/** The time chosen from a newest text over its quoted messages, newest first. */
function choose(newest: string, ...quoted: string[]) {
  const texts: TimeText[] = [
    { source: 'text', text: newest, base },
    ...quoted.map((text) => ({ source: 'thread' as const, text, base })),
  ];
  return chooseTime({
    calendar: null,
    texts,
    body: newest,
    base,
    baseIsForward: false,
    zone,
    companyAddresses: [],
  });
}
const iso = (t: ReturnType<typeof choose>) => [t.start?.toOffsetISO(), t.end?.toOffsetISO()];

describe('splitThread', () => {
  it('splits at attribution lines and pasted header blocks, in any language read, with authors', () => {
    const history = [
      'On Tue, Apr 6, 2027 at 8:15 AM Nadia Haddad <nadia.haddad@mail.example> wrote:',
      'Thursday works for me.',
      '',
      'Von: Lukas Brenner <lukas.brenner@feldstein.example>',
      'Gesendet: Montag, 5. April 2027 17:02',
      'An: Nadia Haddad <nadia.haddad@mail.example>',
      'Betreff: Gespräch',
      '',
      'Passt Ihnen Donnerstag um 10 Uhr?',
    ].join('\n');
    const messages = splitThread(history);
    expect(messages.map((m) => m.author?.address)).toEqual([
      'nadia.haddad@mail.example',
      'lukas.brenner@feldstein.example',
    ]);
    expect(messages.map((m) => m.text.trim())).toEqual([
      'Thursday works for me.',
      'Passt Ihnen Donnerstag um 10 Uhr?',
    ]);
  });
});

describe('a newer message confirms the slot an older reply picked', () => {
  const offer =
    'Maya Okafor would like a 45-minute call. She is free Monday 4/12 at 9am or 1pm CT. Which works better?';
  it('"confirmed for Monday!" over "Monday at 1pm works best" books 1pm, with the offer\'s length', () => {
    expect(
      iso(choose("Great, you're confirmed for Monday!", 'Monday at 1pm works best for me.', offer)),
    ).toEqual(['2027-04-12T13:00:00-05:00', '2027-04-12T13:45:00-05:00']);
  });
  it('"all set, invite to follow" over "let\'s lock in the 1pm"', () => {
    const chosen = choose("You're all set, invite to follow.", "Let's lock in the 1pm.", offer);
    expect(iso(chosen)).toEqual(['2027-04-12T13:00:00-05:00', '2027-04-12T13:45:00-05:00']);
    expect(chosen.offered).toBe(false);
  });
  it('"the later slot is yours" over two offered times', () => {
    expect(iso(choose('Confirmed for the later slot, see you Monday.', offer))[0]).toBe(
      '2027-04-12T13:00:00-05:00',
    );
  });
});

describe('a counter-proposal keeps the length the older message gave', () => {
  it('"Could we do Thursday at 2:30 instead?" answered "works for Maya too"', () => {
    expect(
      iso(
        choose(
          'Thursday at 2:30 works for Maya too, so you are all set.',
          "I can't do Wednesday at 10. Could we do Thursday at 2:30 PM CT instead?",
          'Does Wednesday, April 7 at 10 AM CT work? It would be 40 minutes on Zoom.',
        ),
      ),
    ).toEqual(['2027-04-08T14:30:00-05:00', '2027-04-08T15:10:00-05:00']);
  });
});

describe('the writer of a quoted message and a meeting already held', () => {
  it('"thanks for chatting with me last week" gives the writer no part in the next one', () => {
    const found = readPeople(
      peopleInput(
        'Thanks again for chatting with me yesterday. Maya Okafor, our Data Lead, would like to meet you next.',
        {
          seeker: { name: 'Jon Reyes', address: 'jon@mail.example' },
          writer: { name: 'Ellis Park', address: 'ellis@lakemont.example' },
          organisation: 'lakemont',
        },
      ),
    );
    expect(found.interviewers.map((p) => p.name)).toEqual(['Maya Okafor']);
  });
});

describe('a newer message moves the booked time without writing all of it', () => {
  const booked =
    'You are confirmed for Tuesday, April 6 from 1:00 to 1:45 PM CT with our design lead.';
  it('"same time" beside a new day: the booked hour and length on that day', () => {
    for (const newer of [
      'Thursday at the same time works great for me!',
      'Could we push your interview to the same time on Thursday instead?',
    ])
      expect(iso(choose(newer, booked))).toEqual([
        '2027-04-08T13:00:00-05:00',
        '2027-04-08T13:45:00-05:00',
      ]);
    const dutch = choose('Ik heb het gesprek verzet naar vrijdag 9 april, zelfde tijd.', booked);
    expect(iso(dutch)).toEqual(['2027-04-09T13:00:00-05:00', '2027-04-09T13:45:00-05:00']);
    expect(dutch.supersedesBooked).toBe(true);
  });
  it('"an hour earlier, same day" shifts the booked time; advice to log in early does not', () => {
    expect(iso(choose("We're moving it an hour earlier, same day.", booked))).toEqual([
      '2027-04-06T12:00:00-05:00',
      '2027-04-06T12:45:00-05:00',
    ]);
    expect(iso(choose('Wir haben das Gespräch um 30 Minuten später verschoben.', booked))[0]).toBe(
      '2027-04-06T13:30:00-05:00',
    );
    const advice = choose('Please log in 10 minutes earlier to test your audio.', booked);
    expect(iso(advice)[0]).toBe('2027-04-06T13:00:00-05:00');
    expect(advice.supersedesBooked).toBe(false);
  });
  it('"Statt <old dotted date> treffen wir uns nun am <new>": the new one', () => {
    expect(
      iso(
        choose(
          'Statt Dienstag, 06.04., 15 Uhr treffen wir uns nun am Freitag, 09.04.2027, um 10:00 Uhr.',
        ),
      )[0],
    ).toBe('2027-04-09T10:00:00-05:00');
  });
});

describe("a company-side forwarder's note that books the time is newer than the original", () => {
  const original =
    'Can we move the interview? Monday 12 April at 10am no longer works for me. Could we do Tuesday 13 April, 2-3pm instead?';
  function withNote(note: string) {
    return chooseTime({
      calendar: null,
      texts: [
        { source: 'text', text: original, base },
        { source: 'forward-note', text: note, base },
      ],
      body: original,
      base,
      baseIsForward: false,
      zone,
      companyAddresses: [],
    });
  }
  it('"works on our side, so I\'ve locked it in" with its zone: that time, a move', () => {
    for (const note of [
      "Tuesday 13 April, 2:00-3:00pm PT works on our side, so I've locked it in.",
      "You're confirmed for Tuesday 13 April from 2:00 to 3:00pm PT, same link as before.",
    ]) {
      const chosen = withNote(note);
      expect(iso(chosen)).toEqual(['2027-04-13T14:00:00-07:00', '2027-04-13T15:00:00-07:00']);
      expect(chosen.supersedesBooked).toBe(true);
    }
  });
  it('a note that only mentions another time books nothing', () => {
    const chosen = withNote('Happy to do a prep call on Friday 9 April at 5pm if useful.');
    expect(iso(chosen)[0]).toBe('2027-04-13T14:00:00-05:00');
  });
});
