// People introduced in phrasings first met in round 12's unseen forwards, each read here on a
// message written for the test: a heading "Who you'll be speaking to" over the list, and a
// colleague copied on a scheduling system's mail who signs it with a recruiter's title.

import { describe, expect, it } from 'vitest';
import { readCalendars } from '#parse/time-choice.js';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Odile Marchetti', address: 'odile.marchetti@mail.example' };

describe('"talking to" / "speaking to" as a lead', () => {
  const writer = { name: 'Bram Okafor', address: 'bram.okafor@larkspur.example' };
  it('a heading with no colon opens the list below it', () => {
    const found = readPeople(
      peopleInput(
        "Hi Odile,\n\nYour second round is set for Tuesday at 3pm.\n\nWho you'll be speaking to\n  * Imogen Hart – Head of Data\n  * Sebastián Roa – Senior Analyst\n\nBram",
        { seeker, writer, organisation: 'larkspur' },
      ),
    );
    expect(found.interviewers.map((i) => i.name)).toEqual(['Imogen Hart', 'Sebastián Roa']);
  });
});

describe('a copied colleague who signs as a coordinator', () => {
  it('arranges, though the mail comes from a scheduling mailbox and the invitation lists them', () => {
    const writer = { name: 'Larkspur Interviews', address: 'interviews@larkspur.example' };
    const { calendar } = readCalendars(
      [
        [
          'BEGIN:VCALENDAR',
          'METHOD:REQUEST',
          'BEGIN:VEVENT',
          'UID:signed-by-coordinator-1',
          'DTSTART:20270219T150000Z',
          'DTEND:20270219T160000Z',
          'ORGANIZER;CN=Larkspur Interviews:mailto:interviews@larkspur.example',
          'ATTENDEE;CN=Imogen Hart:mailto:imogen.hart@larkspur.example',
          'ATTENDEE;ROLE=OPT-PARTICIPANT;CN=Maren Solberg:mailto:maren.solberg@larkspur.example',
          'ATTENDEE;CN=Odile Marchetti:mailto:odile.marchetti@mail.example',
          'END:VEVENT',
          'END:VCALENDAR',
        ].join('\r\n'),
      ],
      'UTC',
    );
    const found = readPeople(
      peopleInput(
        'Hi Odile,\n\nYour panel moved to Friday. Imogen Hart (imogen.hart@larkspur.example) will run it.\n\nThanks,\n\nMaren Solberg\nTalent Acquisition Coordinator | Larkspur\n\nJoin: https://meet.example/abc',
        {
          seeker,
          writer,
          organisation: 'larkspur',
          cc: [{ name: 'Maren Solberg', address: 'maren.solberg@larkspur.example' }],
        },
        { calendar },
      ),
    );
    expect(found.interviewers.map((i) => i.name)).toEqual(['Imogen Hart']);
  });
});

describe('a degree after a name', () => {
  const writer = { name: 'Bram Okafor', address: 'bram.okafor@larkspur.example' };
  it.each([
    "On Thursday you'll meet Hanne Lund, Ph.D. (hanne.lund@larkspur.example) and Tomas Berg from the platform team.",
    'Fra vores side deltager Hanne Lund, ph.d. (hanne.lund@larkspur.example) og Tomas Berg fra platform-teamet.',
  ])('ends no sentence, and the address after it is theirs: %s', (text) => {
    const found = readPeople(peopleInput(text, { seeker, writer, organisation: 'larkspur' }));
    expect(found.interviewers).toEqual([
      { name: 'Hanne Lund', email: 'hanne.lund@larkspur.example' },
      { name: 'Tomas Berg', email: null },
    ]);
  });
});

describe('the one the seeker was to meet, in a relative clause', () => {
  const writer = { name: 'Bram Okafor', address: 'bram.okafor@larkspur.example' };
  it.each([
    "Sadly we have to call off Monday's interview: Helena Varga, whom you would have met, is ill.",
    'Tyvärr måste vi ställa in måndagens intervju: Helena Varga, som du skulle ha träffat, är sjuk.',
    'Leider müssen wir das Gespräch am Montag absagen: Frau Helena Varga, die Sie treffen sollten, ist erkrankt.',
    "Nous devons annuler l'entretien de lundi : Helena Varga, que vous deviez rencontrer, est malade.",
  ])('%s', (text) => {
    const found = readPeople(peopleInput(text, { seeker, writer, organisation: 'larkspur' }));
    expect(found.interviewers.map((i) => i.name)).toEqual(['Helena Varga']);
  });
});

describe('a table of the panel with a heading row', () => {
  const writer = { name: 'Bram Okafor', address: 'bram.okafor@larkspur.example' };
  it('the heading row names no one, and rows spaced by blank lines all count', () => {
    const found = readPeople(
      peopleInput(
        'On Thursday the panel will consist of:\n\nFull Name\tTitle\tE-mail\n\nRangi Parata\tHead of Payments\trangi.parata@larkspur.example\n\nSelin Aydın\tSenior Engineer\t-\n\nPlease arrive ten minutes early.',
        { seeker, writer, organisation: 'larkspur' },
      ),
    );
    expect(found.interviewers).toEqual([
      { name: 'Rangi Parata', email: 'rangi.parata@larkspur.example' },
      { name: 'Selin Aydın', email: null },
    ]);
  });
});

describe('a meeting named after the person in it', () => {
  it('"your hiring manager call with him" refers to the one named before, not to a lead', () => {
    const writer = { name: 'Bram Okafor', address: 'bram.okafor@larkspur.example' };
    const found = readPeople(
      peopleInput(
        'Hi Odile, Arjun has a board review that now overlaps, so we need to push your hiring manager call with him to 4pm on Wednesday.',
        {
          seeker,
          writer,
          organisation: 'larkspur',
          cc: [{ name: 'Arjun Mehta-Lowe', address: 'arjun.ml@larkspur.example' }],
        },
      ),
    );
    expect(found.interviewers).toEqual([
      { name: 'Arjun Mehta-Lowe', email: 'arjun.ml@larkspur.example' },
    ]);
  });
});

describe('a legal footer', () => {
  it('the chamber and the bank it names are no people', () => {
    const writer = { name: 'Bram Okafor', address: 'bram.okafor@larkspur.example' };
    const found = readPeople(
      peopleInput(
        "You'll meet Imogen Hart on Tuesday.\n\nBram\n\nLarkspur Holdings Ltd is registered with the Irish Chamber of Commerce under number 448120 and is supervised by De Centrale Bank.",
        { seeker, writer, organisation: 'larkspur' },
      ),
    );
    expect(found.interviewers.map((i) => i.name)).toEqual(['Imogen Hart']);
  });
});

describe('"is going to sit in"', () => {
  it.each([
    "Noor, one of the senior designers here, is going to sit in with me (she's copied).",
    'Noor (copied) from the design team is going to sit in as well.',
  ])('a copied colleague by first name takes part: %s', (text) => {
    const writer = { name: 'Bram Okafor', address: 'bram.okafor@larkspur.example' };
    const found = readPeople(
      peopleInput(`Hi Odile, Thursday at 3pm is booked. ${text}`, {
        seeker,
        writer,
        organisation: 'larkspur',
        cc: [{ name: 'Noor Haddad', address: 'noor.haddad@larkspur.example' }],
      }),
    );
    expect(found.interviewers.map((i) => i.email)).toContain('noor.haddad@larkspur.example');
  });
});

describe('"it would be with X"', () => {
  it.each([
    'The team would like a technical conversation next. It would be with Ruairí Doyle-Mensah (Principal Engineer), roughly an hour.',
    "Next up is the deep dive. It'll be with Ruairí Doyle-Mensah from the platform group.",
  ])('the meeting is with the person named: %s', (text) => {
    const writer = { name: 'Bram Okafor', address: 'bram.okafor@larkspur.example' };
    const found = readPeople(peopleInput(text, { seeker, writer, organisation: 'larkspur' }));
    expect(found.interviewers.map((i) => i.name)).toEqual(['Ruairí Doyle-Mensah']);
  });
});

describe('a second interviewer on the line under a 面接官 label', () => {
  it('is read after their team, though written without a space in the name', () => {
    const writer = { name: 'Bram Okafor', address: 'bram.okafor@larkspur.example' };
    const found = readPeople(
      peopleInput(
        '■日時：3月2日（火）14時～15時\n■面接官：技術本部 本部長 小川 健（ken.ogawa@larkspur.example）\n　　　　　品質保証グループ 森みどり\n\nよろしくお願いいたします。',
        { seeker, writer, organisation: 'larkspur' },
      ),
    );
    expect(found.interviewers.map((i) => i.name)).toEqual(['小川 健', '森みどり']);
  });
});
