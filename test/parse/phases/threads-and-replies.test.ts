// Threads and the seeker's own replies: a reply picks one offered slot by its place, its hour or
// its day; an offered time the reply accepts is booked; a newest message replacing a time an
// older one booked is a move; the people listed in an older message or a pasted invitation.
import { describe, expect, it } from 'vitest';
import { findTimeRanges } from '#parse/clock-times.js';
import { decideKind } from '#parse/kind.js';
import type { PeopleInput } from '#parse/people/collect.js';
import { findRole } from '#parse/role.js';
import { chooseTime, type TimeText } from '#parse/time-choice.js';
import { at } from '../support/at.js';
import { kindInput } from '../support/kind-input.js';
import { peopleInput, readPeople } from '../support/people-input.js';

const zone = 'America/Denver';
const base = at('2027-02-01T09:00:00-07:00');

function choose(reply: string, thread: string, newestBySeeker = false) {
  const texts: TimeText[] = [
    { source: 'text', text: reply, base },
    { source: 'thread', text: thread, base },
  ];
  return chooseTime({
    calendar: null,
    texts,
    body: reply,
    base,
    baseIsForward: false,
    zone,
    companyAddresses: [],
    newestBySeeker,
  });
}

const threeSlots = [
  'Here is what Ravi has open (Mountain Time):',
  '- Wednesday, February 3, 9:00 - 9:45 AM',
  '- Thursday, February 4, 11:30 AM - 12:15 PM',
  '- Friday, February 5, 3:00 - 3:45 PM',
  'Reply with the one you prefer.',
].join('\n');

describe('a reply picks one of the offered slots', () => {
  it('by its place in the list: "the second option", "option 3", "the last one"', () => {
    expect(choose('The second option is perfect for me.', threeSlots).start?.toOffsetISO()).toBe(
      '2027-02-04T11:30:00-07:00',
    );
    expect(choose('Option 3 works, thanks!', threeSlots).start?.toOffsetISO()).toBe(
      '2027-02-05T15:00:00-07:00',
    );
    const last = choose('The last one suits me best.', threeSlots);
    expect(last.start?.toOffsetISO()).toBe('2027-02-05T15:00:00-07:00');
    expect(last.end?.toOffsetISO()).toBe('2027-02-05T15:45:00-07:00');
    expect(last.acceptedInReply).toBe(true);
  });

  it('by its hour alone: "let\'s do 4", "11:30 works"', () => {
    const hours = 'I am free on Tuesday the 2nd at 1, 2 or 4pm MT, whichever is easiest for you.';
    expect(choose("Let's do 4 then!", hours).start?.toOffsetISO()).toBe(
      '2027-02-02T16:00:00-07:00',
    );
    expect(choose('Great, 2 works.', hours).start?.toOffsetISO()).toBe('2027-02-02T14:00:00-07:00');
    expect(choose('11:30 works for me.', threeSlots).start?.toOffsetISO()).toBe(
      '2027-02-04T11:30:00-07:00',
    );
  });

  it('a place or an hour in a sentence that declines books nothing of it', () => {
    const declined = choose('Unfortunately the second option does not work for me.', threeSlots);
    expect(declined.start?.toOffsetISO()).not.toBe('2027-02-04T11:30:00-07:00');
    expect(declined.acceptedInReply).toBe(false);
  });
});

describe('an offered time the reply accepts', () => {
  const offer = 'Would Wednesday, February 3 at 10am MT work for a 30-minute call?';
  it("is booked when the seeker's own reply accepts it", () => {
    expect(choose('Sounds good, talk then!', offer, true).acceptedInReply).toBe(true);
  });
  it("not when the reply is someone else's, or declines", () => {
    expect(choose('Thanks, I will confirm a time by Friday.', offer).acceptedInReply).toBe(false);
    expect(choose("Sorry, that won't work for me.", offer, true).acceptedInReply).toBe(false);
  });
});

describe('bare hours listed before a whole hour share its reading', () => {
  it('"2, 3 or 4 o\'clock" and "10 or 11am" are each a time', () => {
    const listed = findTimeRanges("any of 2, 3 or 4 o'clock").map((r) => r.start.hour);
    expect(listed).toEqual([14, 15, 16]);
    expect(findTimeRanges('at 10 or 11am').map((r) => r.start.hour)).toEqual([10, 11]);
    // A range stays a range.
    expect(findTimeRanges('between 2 and 3pm')).toHaveLength(1);
  });
});

describe('a newest message that replaces a time an older one booked', () => {
  it('is a move when the older message booked or moved it; not when it only asked', () => {
    const newest = 'Final answer: Thursday, February 11, 1:30 - 3:00 PM MT. Invite updated.';
    const booked = choose(
      newest,
      'Your onsite is booked for Tuesday, February 9, 1:00 - 2:30 PM MT on Zoom.',
    );
    expect(booked.supersedesBooked).toBe(true);
    const moved = choose(
      newest,
      'We have moved your onsite to Wednesday, February 10 at 10 AM MT.',
    );
    expect(moved.supersedesBooked).toBe(true);
    const asked = choose(newest, 'Could we do Wednesday, February 10 at 10 AM MT instead?');
    expect(asked.supersedesBooked).toBe(false);
    // A time already past when the newest message was written is an earlier round.
    const earlier = choose(
      newest,
      'Your phone screen is confirmed for Friday, January 29 at 2 PM MT.',
    );
    expect(earlier.supersedesBooked).toBe(false);
  });

  it("an older message that put the time in someone's calendar or diary booked it", () => {
    const newest = "Sorted: you're now in Odile's diary for Thursday, February 11 at 9:15 AM MT.";
    for (const older of [
      "I've put it on Odile's calendar for Tuesday, February 9 at 2 PM MT.",
      'We have added the interview to her diary for Tuesday, February 9 at 2 PM MT.',
      'I just popped you into the calendar for Tuesday, February 9 at 2 PM MT.',
    ])
      expect(choose(newest, older).supersedesBooked).toBe(true);
    // A calendar still to be filled books nothing.
    const toCome = choose(
      newest,
      "Once you confirm, I'll put Tuesday, February 9 at 2 PM MT on Odile's calendar.",
    );
    expect(toCome.supersedesBooked).toBe(false);
  });
});

describe('decideKind: the newest message puts the seeker in a calendar', () => {
  it('"you\'re now on Odile\'s calendar" after a move in the thread is a move', () => {
    const moved = kindInput(
      'RE: Your conversation with Odile',
      "You're now on Odile's calendar for Thursday the 11th at 9:15.",
      {
        history:
          'Odile is out sick, so we have had to cancel Tuesday. Are you free later in the week?',
      },
    );
    expect(decideKind(moved).kind).toBe('rescheduled');
  });
});

describe('decideKind with a reply that accepts an offered time', () => {
  const input = kindInput(
    'Re: Chat about the Founding Engineer role',
    "I'm around tomorrow, pick whichever time suits and I'll ring you. Would 2 or 3 work for a 20-minute call?",
    { timeIsOffer: true },
  );

  it('an offer nobody accepted is no booking; once accepted it is', () => {
    expect(decideKind(input).kind).toBe('not_interview');
    expect(decideKind({ ...input, acceptedInReply: true }).kind).toBe('scheduled');
  });

  it('an accepted reply to an event is still no interview', () => {
    const webinar = {
      ...input,
      text: 'Join our live webinar on Thursday at 2pm!',
      timeIsOffer: false,
    };
    expect(decideKind({ ...webinar, acceptedInReply: true }).kind).toBe('not_interview');
  });

  it('a booking replacing an older booked time is a move', () => {
    const booked = {
      ...input,
      text: 'You are confirmed for Thursday at 1:30.',
      timeIsOffer: false,
    };
    expect(decideKind(booked).kind).toBe('scheduled');
    expect(decideKind({ ...booked, supersedesBooked: true }).kind).toBe('rescheduled');
  });
});

const seeker = { name: 'Ines Carvalho', address: 'ines.carvalho@mail.example' };
const recruiter = { name: 'Bram Jansen', address: 'bram.jansen@oakridge.example' };

function people(latest: string, overrides: Partial<PeopleInput> = {}) {
  return readPeople(
    peopleInput(latest, { seeker, writer: recruiter, organisation: 'oakridge' }, overrides),
  );
}

describe('people in threads and pasted invitations', () => {
  it('a lead with a few words before its colon opens the list below it', () => {
    for (const lead of [
      "You'll meet three people in back-to-back sessions:",
      'You will be speaking with the following colleagues:',
    ]) {
      const found = people(
        `${lead}\n- Odile Marchetti, Data Lead (odile.marchetti@oakridge.example)\n- Yusuf Adeyemi, Staff Engineer\n\nBram`,
      );
      expect(found.interviewers).toEqual([
        { name: 'Odile Marchetti', email: 'odile.marchetti@oakridge.example' },
        { name: 'Yusuf Adeyemi', email: null },
      ]);
    }
  });

  it('a guest list marking its organizer gives them no part by itself', () => {
    const found = people(
      'Agenda\n10:00 - 10:45 Coding with Tomasz Wrobel\n10:45 - 11:30 Design with Aiko Mori\n\nGuests\nBram Jansen - organizer\nines.carvalho@mail.example',
    );
    expect(found.interviewers.map((i) => i.name)).toEqual(['Tomasz Wrobel', 'Aiko Mori']);
    expect(found.coordinator?.name).toBe('Bram Jansen');
    // …unless the text says they take part.
    const pairing = people(
      'Aiko and I will pair with you on a small feature.\n\nGuests\nBram Jansen - organizer\nAiko Mori',
    );
    expect(pairing.interviewers.map((i) => i.name).sort()).toEqual(['Aiko Mori', 'Bram Jansen']);
    const walking = people(
      'Aiko and I will walk you through a short case.\n\nGuests\nBram Jansen - organiser\nAiko Mori',
    );
    expect(walking.interviewers.map((i) => i.name).sort()).toEqual(['Aiko Mori', 'Bram Jansen']);
  });

  it('"I\'m the hiring manager … I\'d like to do a call": the writer interviews', () => {
    const found = people(
      "I'm the hiring manager for the Platform Engineer opening and I'd like to do a 30-minute video call with you.",
    );
    expect(found.interviewers).toEqual([{ name: 'Bram Jansen', email: recruiter.address }]);
    expect(found.guessed).toBe(false);
  });

  it("below the seeker's own reply, the author of the offer is the guess, not nobody", () => {
    const found = people('Sounds good, see you then!', {
      sender: seeker,
      history: 'Would Thursday at 2pm work for a chat about the role?\n\nBram',
      historyAuthor: recruiter,
      layers: [
        {
          from: seeker,
          to: [{ name: null, address: 'in@followups.example' }],
          cc: [],
          replyTo: [],
        },
        { from: seeker, to: [recruiter], cc: [], replyTo: [] },
      ],
    });
    expect(found.interviewers).toEqual([{ name: 'Bram Jansen', email: recruiter.address }]);
    expect(found.guessed).toBe(true);
  });
});

describe('people named around a cancellation or a title', () => {
  it('"X, our director, who was going to interview you" is the interviewer', () => {
    const found = people(
      'Dr. Helga Strand, our Head of Research, who was going to interview you, is unwell, so we must cancel.',
    );
    expect(found.interviewers).toEqual([{ name: 'Helga Strand', email: null }]);
  });

  it('a capitalised "Sig." before a name does not end the sentence', () => {
    const found = people(
      "Incontrerà l'Ing. Bruno Sala, Responsabile Dati, e il Sig. Dario Conte, Team Leader (dario.conte@oakridge.example).",
    );
    expect(found.interviewers.map((i) => i.name)).toEqual(['Bruno Sala', 'Dario Conte']);
  });
});

describe('the role before an interview stage', () => {
  it('"for your Staff Data Engineer onsite", "the Product Designer panel"', () => {
    const role = (text: string) => findRole({ texts: [text], titles: [], company: null }).role;
    expect(role('I sent the invite for your Staff Data Engineer onsite.')).toBe(
      'Staff Data Engineer',
    );
    expect(role('Here is the agenda for the Product Designer panel.')).toBe('Product Designer');
  });
});
