// Phrasings met in unseen English forwards, each read alone on sentences written here: a move
// written "bump/slide/swap … from <old> to <new>", a zone named by a country's adjective, a
// co-interviewer who "will dial in", and interviews that are not the seeker's job interview.

import { describe, expect, it } from 'vitest';
import { findWhenCandidates } from '#parse/interview-time.js';
import { parseEmail } from '#parse/parse-email.js';
import { zoneAt } from '#parse/zones.js';
import { at } from '../support/at.js';
import { kindOf } from '../support/kind-input.js';
import { peopleInput, readPeople } from '../support/people-input.js';

/** A recruiter's plain message straight to the inbound address. */
function message(subject: string, body: string): string {
  return [
    'From: Lena Hartmann <lena.hartmann@quillmoor.example>',
    'To: Tariq Haddad <tariq.haddad@mail.example>',
    `Subject: ${subject}`,
    'Date: Mon, 01 Mar 2027 10:00:00 -0800',
    'Message-ID: <move@quillmoor.example>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
  ].join('\n');
}

const seeker = { name: 'Tariq Haddad', address: 'tariq.haddad@mail.example' };
const writer = { name: 'Lena Hartmann', address: 'lena.hartmann@quillmoor.example' };
/** The interviewers read from a text Lena Hartmann of Quillmoor wrote to Tariq Haddad. */
const interviewers = (latest: string) =>
  readPeople(peopleInput(latest, { seeker, writer, organisation: 'quillmoor' }))
    .interviewers.map((i) => i.name)
    .sort();

describe('a move written as "<verb> … from <old> to <new>"', () => {
  for (const sentence of [
    'we need to bump your panel interview from Tuesday, March 9 at 2:00 PM PT to Thursday, March 11 at 10:00 AM PT.',
    "we've had to slide the hiring manager interview from Tuesday, March 9 at 2:00 PM PT to Thursday, March 11 at 10:00 AM PT.",
    "I'm swapping your technical interview from Tuesday, March 9 at 2:00 PM PT to Thursday, March 11 at 10:00 AM PT.",
  ])
    it(sentence.split(' from ')[0] as string, async () => {
      const parsed = await parseEmail(
        message('Interview time change', `Hi Tariq,\n\nA calendar clash: ${sentence}\n\nLena`),
        { timezone: 'America/New_York' },
      );
      expect(parsed.kind).toBe('rescheduled');
      expect(parsed.start).toBe('2027-03-11T10:00:00-08:00');
    });
});

describe("a zone named by a country's adjective", () => {
  it('"Irish time", "Polish time", "Japanese time" after a time are those countries\' civil times', () => {
    const zoneAfter = (text: string, time: string) =>
      zoneAt(text, text.indexOf(time) + time.length)?.iana ?? null;
    expect(zoneAfter('The interview is at 2pm Irish time in Galway.', '2pm')).toBe('Europe/Dublin');
    expect(zoneAfter('We start at 10:00 Polish time.', '10:00')).toBe('Europe/Warsaw');
    expect(zoneAfter('We will call you at 9:30 Japanese time.', '9:30')).toBe('Asia/Tokyo');
    expect(zoneAfter('Call at 4pm NZ time', '4pm')).toBe('Pacific/Auckland');
    // Scotland keeps the UK's clock.
    expect(zoneAfter('Doors open at 9am Scottish time.', '9am')).toBe('Europe/London');
  });
});

describe('a co-interviewer who joins by phone or on the fly', () => {
  const cc = [{ name: 'Bongani Khumalo', address: 'bongani.khumalo@quillmoor.example' }];
  const interviewers = (latest: string) =>
    readPeople(peopleInput(latest, { seeker, writer, organisation: 'quillmoor', cc }))
      .interviewers.map((i) => i.name)
      .sort();
  for (const sentence of [
    "Bongani (our head of data, cc'd) will dial in as well.",
    'Bongani Khumalo will hop on for the second half.',
    'Bongani will also call in from the Durban office.',
  ])
    it(sentence, () => {
      expect(
        interviewers(`I'll call you tomorrow at 4pm for the Analyst interview. ${sentence}`),
      ).toContain('Bongani Khumalo');
    });
});

describe('interviews outside hiring are not job interviews', () => {
  it('a visa interview at a consulate, with a time and an employer named', () => {
    expect(
      kindOf(
        'Appointment confirmed: work visa interview',
        'Your interview at the Consular Section is on Monday, 8 March at 9:00 AM. Sponsoring employer: Quillmoor Ltd. Bring your passport.',
      ),
    ).toBe('not_interview');
    expect(
      kindOf(
        'Your appointment',
        'Your immigration interview is scheduled for Monday, 8 March at 9:00 AM at the field office.',
      ),
    ).toBe('not_interview');
  });

  it("a school's parent-teacher interview or conference", () => {
    expect(
      kindOf(
        'Booking confirmed',
        'Your parent-teacher interview with Mr Obi (Year 3) is confirmed for Thursday at 3:40pm.',
      ),
    ).toBe('not_interview');
    expect(
      kindOf(
        'Spring parent teacher conferences',
        'You are booked for Thursday at 3:40pm with Ms Novak.',
      ),
    ).toBe('not_interview');
  });

  it("the interview of someone the seeker referred, and not a referred seeker's own", () => {
    expect(
      kindOf(
        'Referral update',
        'Thank you for referring Ana Lima. Her onsite interview is scheduled for Tuesday at 10 AM with our platform team.',
      ),
    ).toBe('not_interview');
    expect(
      kindOf(
        'Status of the candidate you referred',
        'The candidate you referred has an interview scheduled on Tuesday at 10 AM. The referral bonus is paid after 90 days.',
      ),
    ).toBe('not_interview');
    // The seeker, referred by a friend, is the one invited: an interview.
    expect(
      kindOf(
        'Interview – Data Analyst',
        'Priya referred you to us, and we would like to invite you to an interview on Tuesday at 10 AM with our analytics lead.',
      ),
    ).toBe('scheduled');
  });
});

describe('a booked meeting moved to a new hour the same day', () => {
  const booking =
    "You're confirmed for Tuesday, March 2 at 9:00 AM PT for your interview with Sam Ito (60 minutes).";
  for (const newest of [
    "Quick heads-up: Sam is stuck in traffic, so we're moving tomorrow's 9:00 am interview to 1:00 pm (still Pacific).",
    "Small change: I've pushed Tuesday's 9:00 am call to 1:00 pm, same link.",
    "We're sliding Tuesday's 9:00 am interview to 1:00 pm because Sam is on a customer visit.",
  ])
    it(newest, async () => {
      const parsed = await parseEmail(
        message(
          'Re: Your interview',
          `Hi Tariq,\n\n${newest}\n\nLena\n\nOn Fri, Feb 26, 2027 at 10:00 AM Lena Hartmann <lena.hartmann@quillmoor.example> wrote:\n> ${booking}`,
        ),
        { timezone: 'America/New_York' },
      );
      expect(parsed.kind).toBe('rescheduled');
      expect(parsed.start).toBe('2027-03-02T13:00:00-08:00');
    });
});

describe('admission to a school or programme is not a job interview', () => {
  it('an admissions or scholarship interview with an alumni interviewer and a link', () => {
    expect(
      kindOf(
        'Your admissions interview is confirmed',
        'Date: Thursday, March 4. Time: 6:00 PM ET. Interviewer: Joan Park, alumna. Zoom: https://school.example/j/1',
      ),
    ).toBe('not_interview');
    expect(
      kindOf(
        'Scholarship interview',
        'Your scholarship interview with the selection panel is booked for Thursday at 6 PM.',
      ),
    ).toBe('not_interview');
  });
});

describe('outcomes written in other words are not bookings', () => {
  it('the job went to someone else, or the seeker goes no further, after a named interview', () => {
    for (const text of [
      'Thank you for meeting us on Monday at 10am. We have decided to go with an internal candidate.',
      'Thanks for the interview on Monday at 11am. The position has now been filled.',
      'After your interview on Monday at 11am, we have chosen to proceed with another applicant.',
      'You have not been selected for the next round; your interview was on Monday at 11am.',
      'Following your interview on Monday at 11am we will not be taking your application forward.',
      'Sadly we decided not to progress your application after the interview on Monday at 11 AM.',
      'We have decided to offer the Data Analyst role to another candidate. Happy to share feedback on Friday at 2pm.',
    ])
      expect(kindOf('Your application', text), text).toBe('not_interview');
  });

  it('an offer talked through at a time, a survey about the interview, paperwork after the offer', () => {
    for (const [subject, text] of [
      [
        'Good news',
        "We'd like to extend an offer. Can we talk through the package Thursday at 4pm?",
      ],
      [
        'Welcome!',
        "We'd love to welcome you to the team. Let's go through the offer on Thursday at 4pm.",
      ],
      [
        'Two minutes?',
        'Tell us about your interview experience. Your interview was on Tuesday at 3pm.',
      ],
      ['Registration confirmed', "You're registered for our Careers Showcase on Thursday at 6pm."],
      [
        'Before you start',
        'Please bring your passport on Thursday at 9am for your right to work check.',
      ],
      ['Paperwork', 'Please come in on Thursday at 9am to sign your employment contract.'],
      ['Welcome', 'Your induction starts on Monday at 9am at reception.'],
    ] as const)
      expect(kindOf(subject, text), text).toBe('not_interview');
    // An invitation to interview stays one.
    expect(
      kindOf('Interview', "We'd like to invite you to a second interview on Tuesday at 2pm ET."),
    ).toBe('scheduled');
  });
});

describe('a time that is still a question or a proposal', () => {
  it('"if any of these work", "would <time> work for you", "are you free for", "if so I\'ll send an invite"', () => {
    for (const [subject, text] of [
      [
        'Next steps',
        'Could you let me know if any of these work: Tue 10am, Wed 2pm or Thu 11am ET?',
      ],
      ['Interview', 'Would Tuesday at 10am ET work for your interview with Sam?'],
      ['Quick chat?', 'Are you free for a quick call Tuesday at 3pm about a Senior role?'],
      [
        'Interview',
        'Sam can do Tuesday at 10am ET for the interview. If so, I will send an invite.',
      ],
    ] as const)
      expect(kindOf(subject, text), text).toBe('not_interview');
    // A booked interview that asks a courtesy question stays booked.
    expect(
      kindOf(
        'Interview confirmed',
        'Your interview is confirmed for Tuesday at 10am ET. Are you free for a short prep call before? Just reply.',
      ),
    ).toBe('scheduled');
  });
});

describe('the opening of a timed task is no meeting', () => {
  it('"the challenge opens Thursday at 9am", "the assessment link goes live at 10:00"', () => {
    const context = {
      base: at('2027-03-01T09:00:00', 'America/New_York'),
      defaultZone: 'America/New_York',
      dayFirst: false,
    };
    for (const text of [
      'Your timed coding challenge for the Backend role opens Thursday, March 4 at 9am ET.',
      'The assessment link goes live on Thursday, March 4 at 10:00 ET and stays open for 48 hours.',
    ])
      expect(findWhenCandidates(text, context, null), text).toEqual([]);
    expect(
      findWhenCandidates('Your interview is on Thursday, March 4 at 9am ET.', context, null),
    ).toHaveLength(1);
  });
});

describe('an invitation that mentions what may follow stays an invitation', () => {
  it('a final round that says when an offer may come, or what happens if a call drops', () => {
    expect(
      kindOf(
        'Final interview confirmed',
        'Your final interview is confirmed for Tuesday at 2pm ET. We aim to extend an offer within a week, and will share offer details then. If my call was not successful, I will email you.',
      ),
    ).toBe('scheduled');
  });
});

describe('the time a day of meetings ends', () => {
  for (const close of [
    "and we'll wrap up by 3:15 pm",
    'and the day should finish around 3:15 pm',
    'and you should be done by 3:15 pm',
  ])
    it(close, async () => {
      const parsed = await parseEmail(
        message(
          'Your onsite - Payroll Specialist',
          `Hi Tariq,\n\nOn Thursday, March 4 you'll start at 9:30 am with Ruth Abara, then meet Kenji Sato at 11, ${close}.\n\nLena`,
        ),
        { timezone: 'America/New_York' },
      );
      expect(parsed.start).toBe('2027-03-04T09:30:00-05:00');
      expect(parsed.end).toBe('2027-03-04T15:15:00-05:00');
    });

  it('a session that ends on its own keeps its end', async () => {
    const parsed = await parseEmail(
      message(
        'Interview - Payroll Specialist',
        "Hi Tariq,\n\nWe'll meet Thursday, March 4 from 9:30 to 10:15 am; the office closes by 5 pm.\n\nLena",
      ),
      { timezone: 'America/New_York' },
    );
    expect(parsed.end).toBe('2027-03-04T10:15:00-05:00');
  });

  it.each([
    'Nadia Vos takes over at 10:20 and will wrap up by 11:00 am Pacific',
    'after a short break Omar Haddad picks up at 10:20; you should be done by 11:00 am Pacific',
    'then Lise Berg joins at 10:15 and the day should finish around 11:00 am Pacific',
  ])('a session with no end of its own follows on, then the day closes: %s', async (next) => {
    const parsed = await parseEmail(
      message(
        'Interviews - Payroll Specialist',
        `Hi Tariq,\n\nThursday, March 4 is set. First you'll meet Ruth Abara, 9:30 to 10:15 am Pacific; ${next}.\n\nLena`,
      ),
      { timezone: 'America/New_York' },
    );
    expect(parsed.start).toBe('2027-03-04T09:30:00-08:00');
    expect(parsed.end).toBe('2027-03-04T11:00:00-08:00');
  });
});

describe('a meeting brought forward, the old time after "rather than" / "in place of"', () => {
  it.each([
    'we need to bring your R&D Lead panel forward by 30 minutes: on Tuesday, March 9 it now starts at 9:30 AM Eastern rather than 10:00.',
    'we have to pull the M&A Associate interview earlier – Tuesday, March 9 at 9:30 AM Eastern in place of 10:00.',
    "we're bringing the Sr. Analyst conversation forward half an hour, so Tuesday, March 9 is now 9:30 AM Eastern rather than 10.",
  ])('%s', async (sentence) => {
    const parsed = await parseEmail(
      message('Time change', `Hi Ola,\n\nSorry for the shuffle: ${sentence}\n\nMaya`),
      { timezone: 'America/New_York' },
    );
    expect(parsed.kind).toBe('rescheduled');
    expect(parsed.start).toBe('2027-03-09T09:30:00-05:00');
  });
});

describe('how far a meeting moved is no length, and "is now an hour later" moves it', () => {
  it.each([
    [
      "We've moved your interview up by 15 minutes – it now starts at 2:15 PM ET on Thursday, March 4.",
      '2027-03-04T14:15:00-05:00',
    ],
    [
      'Your call with Omar Haddad has been pushed back an hour, to Thursday, March 4 at 3:30 PM ET.',
      '2027-03-04T15:30:00-05:00',
    ],
    [
      'Your call with Omar Haddad is now an hour later: Thursday, March 4, 3:30 PM ET.',
      '2027-03-04T15:30:00-05:00',
    ],
  ])('%s', async (sentence, start) => {
    const parsed = await parseEmail(message('Interview update', `Hi Ola,\n\n${sentence}\n\nMaya`), {
      timezone: 'America/New_York',
    });
    expect(parsed.kind).toBe('rescheduled');
    expect(parsed.start).toBe(start);
    expect(parsed.end).toBeNull();
  });
});

describe('a request for the times the seeker is free', () => {
  it('"send me a few times that work", "when are you free", "what days work"', () => {
    for (const text of [
      'Could you send me three or four times that work for you next week? Interviews run 45 minutes between 9am and 5pm ET.',
      'Sam would like to meet you. When are you free on Tuesday or Wednesday? She keeps 10am to 4pm ET open.',
      'What days and times work for a 30-minute call with Sam next week? Her calendar is open 1pm to 5pm ET.',
    ])
      expect(kindOf('Interview with Sam', text), text).toBe('not_interview');
    // A booking that says how to move it stays booked.
    expect(
      kindOf(
        'Interview confirmed',
        'Your interview with Sam is confirmed for Tuesday at 10am ET. If that stops working, send me a few times that work for you.',
      ),
    ).toBe('scheduled');
  });
});

describe('the writer reached, not met: "let me know", "call me"', () => {
  const interviewers = (latest: string) =>
    readPeople(peopleInput(latest, { seeker, writer, organisation: 'quillmoor' })).interviewers.map(
      (i) => i.name,
    );
  for (const sentence of [
    "You'll meet Bongani Khumalo on Tuesday at 3pm, and if anything comes up just let me know.",
    "You'll be speaking with Bongani Khumalo on Tuesday at 3pm; any questions before then, drop me a line.",
    'Your interview with Bongani Khumalo is on Tuesday at 3pm - call me if you get lost.',
  ])
    it(sentence, () => {
      expect(interviewers(sentence)).toEqual(['Bongani Khumalo']);
    });

  it('"you\'ll meet Bongani and me" still puts the writer on it', () => {
    expect(interviewers("You'll meet Bongani Khumalo and me on Tuesday at 3pm.")).toContain(
      'Lena Hartmann',
    );
  });
});

describe('someone introduced as a member of the team that arranges', () => {
  const cc = [{ name: 'Megan Ruiz', address: 'megan.ruiz@quillmoor.example' }];
  const interviewers = (latest: string) =>
    readPeople(peopleInput(latest, { seeker, writer, organisation: 'quillmoor', cc }))
      .interviewers.map((i) => i.name)
      .sort();
  for (const sentence of [
    'Megan from our recruiting team is copied to keep track of scheduling.',
    'Megan Ruiz on the talent acquisition team will send the calendar invite.',
    "Megan (cc'd) from our people team will be your point of contact for travel.",
  ])
    it(sentence, () => {
      expect(
        interviewers(
          `You'll meet Bongani Khumalo on Tuesday at 3pm.\nGuests: Bongani Khumalo, Megan Ruiz\n\n${sentence}`,
        ),
      ).toEqual(['Bongani Khumalo']);
    });

  it('after a lead, a member of that team who only sends the link is none', () => {
    expect(
      interviewers(
        'Your interviewer on Tuesday at 3pm is Bongani Khumalo; Megan Ruiz from our recruiting team will send you the Zoom link.',
      ),
    ).toEqual(['Bongani Khumalo']);
  });

  it('a member of that team whom the seeker meets is an interviewer', () => {
    expect(
      interviewers("You'll meet Megan Ruiz from our talent team and Bongani Khumalo on Tuesday."),
    ).toEqual(['Bongani Khumalo', 'Megan Ruiz']);
  });
});

describe('interviewers named after their title, or by "the two of us"', () => {
  it.each([
    [
      'You will be interviewed by our Head of Data, Kofi Mensah, alongside Ama Boateng.',
      ['Ama Boateng', 'Kofi Mensah'],
    ],
    ['You will be assessed by Kofi Mensah on Tuesday at 3pm.', ['Kofi Mensah']],
    [
      'It will be the two of us: me and our Chief Nursing Officer, Dr. Kofi Mensah.',
      ['Kofi Mensah', 'Lena Hartmann'],
    ],
    [
      "I'll run it myself, with our COO, Kofi Mensah, joining for the second half.",
      ['Kofi Mensah', 'Lena Hartmann'],
    ],
    [
      "You'll be meeting Kofi Mensah (Head of Pricing) and Ama Boateng, one of their Senior Pricing Actuaries.",
      ['Ama Boateng', 'Kofi Mensah'],
    ],
  ])('%s', (sentence, names) => {
    expect(interviewers(`Hi Tariq,\n\n${sentence} Tuesday at 3pm works.\n\nLena`)).toEqual(names);
  });
});

describe('an interview brought forward because its interviewer travels', () => {
  for (const sentence of [
    "Unfortunately Bongani is travelling later that week, so we'll need to bring your interview forward from Thursday, March 11 to Tuesday, March 9, same time (2:00 PM PT).",
    "Bongani Khumalo is away next week, so we're pulling your interview forward from Thursday, March 11 to Tuesday, March 9 at 2:00 PM PT.",
  ])
    it(sentence.slice(0, 60), async () => {
      const parsed = await parseEmail(
        message(
          'Interview - Payroll Specialist',
          `Hi Tariq,\n\n${sentence}\n\nLena\n\nCc: Bongani Khumalo <bongani.khumalo@quillmoor.example>`,
        ),
        { timezone: 'America/New_York' },
      );
      expect(parsed.kind).toBe('rescheduled');
      expect(parsed.start).toBe('2027-03-09T14:00:00-08:00');
      expect(parsed.interviewers.map((i) => i.name)).toEqual(['Bongani Khumalo']);
    });
});

describe('people met by "conversation partners", "I\'ll bring along", "is the hiring manager"', () => {
  it.each([
    [
      'Your conversation partners on the day will be Kofi Mensah and Ama Boateng.',
      ['Ama Boateng', 'Kofi Mensah'],
    ],
    [
      'Your conversation partner for the interview is Kofi Mensah, who runs our pricing desk.',
      ['Kofi Mensah'],
    ],
    [
      "I'll bring along Kofi Mensah, who would be your closest collaborator.",
      ['Kofi Mensah', 'Lena Hartmann'],
    ],
    ["I'll also be bringing Ama Boateng from the data team.", ['Ama Boateng', 'Lena Hartmann']],
    ['For context, Kofi Mensah is our Head of Pricing and the hiring manager.', ['Kofi Mensah']],
    ['Ama Boateng is the hiring manager for this role.', ['Ama Boateng']],
  ])('%s', (sentence, names) => {
    expect(interviewers(`Hi Tariq,\n\nTuesday at 3pm is booked. ${sentence}\n\nLena`)).toEqual(
      names,
    );
  });

  it('a hiring manager who will not be there is no interviewer', () => {
    expect(
      interviewers(
        "Hi Tariq,\n\nYou'll meet Kofi Mensah on Tuesday at 3pm. Ama Boateng is the hiring manager, but she won't be on the call.\n\nLena",
      ),
    ).toEqual(['Kofi Mensah']);
  });
});

describe('people who moderate, carry out, take a half, or are asked to join', () => {
  it.each([
    [
      'The interview will be moderated by Ama Boateng, and the technical part will be carried out by Kofi Mensah.',
      ['Ama Boateng', 'Kofi Mensah'],
    ],
    ['The session is facilitated by Kofi Mensah.', ['Kofi Mensah']],
    [
      'Ama Boateng runs the first half; Kofi Mensah takes the second half.',
      ['Ama Boateng', 'Kofi Mensah'],
    ],
    [
      "Ama Boateng runs the first half, I'll take the second half.",
      ['Ama Boateng', 'Lena Hartmann'],
    ],
  ])('%s', (sentence, names) => {
    expect(
      interviewers(`Hi Tariq,\n\nYour interview is Tuesday at 3pm. ${sentence}\n\nLena`),
    ).toEqual(names);
  });
});

describe("a survey that is the job's own field is no feedback survey", () => {
  it('"our land survey crews", "the hydrographic survey group" in an invitation; "take our short survey" after one', () => {
    expect(
      kindOf(
        'Geomatics Technician – interview',
        "Let's meet Thursday at 10am MT for your interview; you'd support our land survey crews in the field.",
      ),
    ).toBe('scheduled');
    expect(
      kindOf(
        'Quick call',
        'Could we chat Friday at 2pm ET? I run the hydrographic survey group and will do the interview myself.',
        { timeIsOffer: false },
      ),
    ).toBe('scheduled');
    expect(
      kindOf(
        'How did it go?',
        'Thanks for interviewing on Tuesday at 3pm. Please take our short survey about it.',
      ),
    ).toBe('not_interview');
  });
});

describe('a time put down with "tell me if it is bad" is booked', () => {
  it('after thanks for a visit: "the next step: <time> … reply if the time\'s bad"', () => {
    for (const optOut of [
      "Reply here if the time's bad.",
      "Let me know if that slot doesn't work and we'll find another.",
      'Shout if this timing is a problem.',
    ])
      expect(
        kindOf(
          'Round two',
          `Thanks for making the trip in last week. The next step is a pairing block on Monday, April 12, 9–10:30am PT with me and our CTO. ${optOut}`,
        ),
        optOut,
      ).toBe('scheduled');
    // A proposal stays one, whatever it says about a bad time.
    expect(
      kindOf(
        'Round two',
        "Thanks for making the trip in. Could the next step be Monday at 9am PT? Tell me if the time's bad.",
        { timeIsOffer: true },
      ),
    ).toBe('not_interview');
  });
});
