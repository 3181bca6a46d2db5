// One short message per phenomenon the parser must generalise over, written here with other
// names, companies, times and layouts than the corpus: hard negatives, reschedules, zones,
// dates and times, languages, and the seeker's own reply forwarded above the recruiter's.
import { describe, expect, it } from 'vitest';
import { parseEmail } from '#parse/parse-email.js';

interface Original {
  from: string;
  date: string;
  subject: string;
  body: string;
  to?: string;
}

const SEEKER = 'Robin Achebe <robin.achebe@gmail.com>';

/** A Gmail inline forward of `original`, with an optional note above it. */
function gmailForward(original: Original, note = ''): string {
  return [
    `From: ${SEEKER}`,
    'To: interviews@followups.example.dev',
    `Subject: Fwd: ${original.subject}`,
    'Date: Mon, 01 Mar 2027 08:00:00 -0500',
    'Message-ID: <phenomenon@gmail.com>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    note,
    '',
    '---------- Forwarded message ---------',
    `From: ${original.from}`,
    `Date: ${original.date}`,
    `Subject: ${original.subject}`,
    `To: ${original.to ?? SEEKER}`,
    '',
    original.body,
  ].join('\n');
}

const parse = (raw: string) => parseEmail(raw, { timezone: 'America/New_York' });

describe('hard negatives are never interviews to plan', () => {
  const negatives: [string, Original][] = [
    [
      'a rejection that mentions the past interview and its time',
      {
        from: 'Greta Solberg <greta@fjellstad.example>',
        date: 'Fri, Feb 26, 2027 at 4:00 PM',
        subject: 'Your application – Support Engineer',
        body: 'Hi Robin,\n\nThank you for interviewing with us on Tuesday at 2:00 PM ET. After careful consideration we have decided not to move forward with your application.\n\nWe wish you the best,\nGreta',
      },
    ],
    [
      'a webinar with a time and a video link',
      {
        from: 'Lumio Careers <events@lumio.example>',
        date: 'Fri, Feb 26, 2027 at 9:00 AM',
        subject: 'Join our live info session',
        body: 'Hello!\n\nJoin our virtual info session about careers in design on Thursday, March 4 at 1:00 PM ET.\nRegister and join here: https://lumio.zoom.example/w/88231\n\nSee you there,\nThe Lumio Talent Team',
      },
    ],
    [
      'a take-home assessment with a deadline',
      {
        from: 'Oren Bazak <oren@quarrylane.example>',
        date: 'Fri, Feb 26, 2027 at 11:00 AM',
        subject: 'Next step: take-home exercise',
        body: 'Hi Robin,\n\nThe next step is a take-home assignment. Please submit your solution by Friday, March 5 at 5:00 PM ET using the link below.\nhttps://quarrylane.example/assessment/771\n\nBest,\nOren',
      },
    ],
    [
      'a request to pick one of several slots',
      {
        from: 'Nadia Ferreira <nadia@tallgrass.example>',
        date: 'Fri, Feb 26, 2027 at 10:00 AM',
        subject: 'Scheduling your interview',
        body: 'Hi Robin,\n\nWe would love to set up an interview for the Data Engineer role. Could you let me know which of these times works best?\n\n- Tuesday, March 2 at 10:00 AM ET\n- Wednesday, March 3 at 3:00 PM ET\n- Thursday, March 4 at 11:30 AM ET\n\nThanks,\nNadia',
      },
    ],
    [
      'cold outreach proposing a time',
      {
        from: 'Theo Marchetti <theo@sourcewell-talent.example>',
        date: 'Fri, Feb 26, 2027 at 10:00 AM',
        subject: 'Quick chat about an opportunity?',
        body: 'Hi Robin,\n\nI came across your profile and think you could be a great fit for a role I am recruiting for. Would you be open to a quick call on Wednesday at 2pm ET?\n\nCheers,\nTheo',
      },
    ],
    [
      'an offer letter',
      {
        from: 'Hannah Oyelaran <hannah@brightkiln.example>',
        date: 'Fri, Feb 26, 2027 at 3:00 PM',
        subject: 'Your offer from Brightkiln',
        body: 'Hi Robin,\n\nWe are delighted to extend you an offer for the Platform Engineer position! Please review the attached offer letter and sign by Friday, March 5 at 5 PM ET.\n\nWarmly,\nHannah',
      },
    ],
    [
      'a background check',
      {
        from: 'Verifast <no-reply@verifast.example>',
        date: 'Fri, Feb 26, 2027 at 3:00 PM',
        subject: 'Action required: background check',
        body: 'Hello Robin,\n\nTowerline has asked us to complete a background check. Please complete the consent form by March 3 at 11:59 PM ET.\nhttps://verifast.example/consent/abc\n',
      },
    ],
    [
      'a survey about the interview',
      {
        from: 'Candidate Experience <survey@harrow.example>',
        date: 'Fri, Feb 26, 2027 at 3:00 PM',
        subject: 'How was your interview?',
        body: 'Hi Robin,\n\nThanks for interviewing with Harrow on February 24 at 10:00 AM. We would appreciate two minutes of feedback in our candidate survey: https://harrow.example/survey/9\n',
      },
    ],
    [
      'a thank-you after the interview, with an update date and the hours the recruiter answers',
      {
        from: 'Odile Marchetti <odile@quayside.example>',
        date: 'Fri, Feb 26, 2027 at 5:30 PM',
        subject: 'Thanks for coming in',
        body: "Hi Robin,\n\nThanks for interviewing with Kwame and Lotte yesterday for the Data Analyst position. They're comparing notes now and I hope to share news with you before Wednesday, March 10.\n\nYou can reach me Mon through Fri, 8:30 to 6:00 ET.\n\nOdile",
      },
    ],
    [
      'offered slots in a list, the seeker to choose whichever suits',
      {
        from: 'Bastian Kroll <bastian@ferrule.example>',
        date: 'Fri, Feb 26, 2027 at 11:00 AM',
        subject: 'Your next interview',
        body: 'Hi Robin,\n\nThe platform team would love a technical interview with you. Choose whichever time works best and I will send the invite:\n\n- Wed 3/3, 9:30 AM ET\n- Thu 3/4, 2:00 PM ET\n\nEach is 45 minutes.\n\nBastian',
      },
    ],
    [
      'a French coding exercise due before a date and time',
      {
        from: 'Recrutement Vireo <jobs@vireo.example>',
        date: 'Fri, Feb 26, 2027 at 10:00 AM',
        subject: 'Exercice de code',
        body: "Bonjour Robin,\n\nSuite à votre premier entretien pour le poste de Développeuse iOS, voici l'exercice de code. Merci de nous le rendre avant le jeudi 4 mars à 18h (heure de Paris).\n\nCordialement,\nL'équipe Vireo",
      },
    ],
    [
      'thanks after the interview, with a decision date and office hours',
      {
        from: 'Ines Valdivia <ines@mossgate.example>',
        date: 'Fri, Feb 26, 2027 at 2:10 PM',
        subject: 'Great to meet you',
        body: "Hi Robin,\n\nThank you for taking the time to interview with Arjun and Colette yesterday for the Data Analyst role. We'll make a decision by Wednesday, March 10 and I'll be in touch either way. I'm around 10am to 4pm ET if you have questions.\n\nInes",
      },
    ],
    [
      'thanks for making the trip to the onsite, with a day and hours for travel receipts',
      {
        from: 'Tobias Reyes <tobias@quarrylight.example>',
        date: 'Fri, Feb 26, 2027 at 11:00 AM',
        subject: 'Your travel expenses',
        body: 'Hi Robin,\n\nThanks again for making the trip to Denver for your onsite interviews. To be paid back for travel, upload your receipts at https://quarrylight.example/claims. Our accounts team will process them on Friday, March 5 between 9am and 3pm ET.\n\nTobias',
      },
    ],
    [
      'an application status notice stamped with its own time',
      {
        from: 'Pinecrest Careers <careers@pinecrest.example>',
        date: 'Fri, Feb 26, 2027 at 9:15 AM',
        subject: 'An update on your application',
        body: 'Dear Robin,\n\nThe status of your application has been updated.\nPosition: Warehouse Systems Analyst\nNew status: Interview\nLast updated: 02/26/2027 09:14 AM\n\nA recruiter will reach out to you to schedule a conversation.\n',
      },
    ],
    [
      'a mailing with a CV clinic that has hosts, a time and a video link',
      {
        from: 'Ridgeway Recruitment <news@ridgeway.example>',
        date: 'Fri, Feb 26, 2027 at 7:00 AM',
        subject: 'New roles this week',
        body: 'Hi Robin,\n\nJoin our CV clinic on Tuesday, March 2, 12:30-1:15 PM ET with our consultants Petra Lund and Malik Osei, who will share their interview tips. Save your spot: https://ridgeway.zoom.example/w/5512\n\nRoles: Office Manager (apply by 8 March), Bookkeeper.\nUnsubscribe: https://ridgeway.example/u\n',
      },
    ],
    [
      "the seeker's offered times went to the team, who will come back with a confirmed one",
      {
        from: 'Wren Halvorsen <wren@saltmarsh.example>',
        date: 'Fri, Feb 26, 2027 at 1:10 PM',
        subject: 'Re: Times for a chat',
        body: "Hi Robin,\n\nLovely, I've shared your availability with the panel and will get back to you with a final time early next week.\n\nWren\n\nOn Fri, Feb 26, 2027 at 11:40 AM Robin Achebe <robin.achebe@gmail.com> wrote:\n> I can do Tuesday March 2 from 9 to 11am ET, or Wednesday March 3 after 1pm ET.\n",
      },
    ],
    [
      "a call with the seeker's reference, set up by the recruiter",
      {
        from: 'Odile Fairweather <odile@greyfriars-co.example>',
        date: 'Fri, Feb 26, 2027 at 2:00 PM',
        subject: 'References - Account Executive',
        body: "Hi Robin,\n\nThanks for the names. I've booked a reference call with Tomasz Bielski for Wednesday, March 3 at 11:00 AM ET and will contact your second reference next week.\n\nOdile",
      },
    ],
  ];
  it.each(negatives)('%s', async (_name, original) => {
    const parsed = await parse(gmailForward(original));
    expect(parsed.kind).toBe('not_interview');
    expect(parsed.start).toBeNull();
  });

  it.each([
    ['with the subject of an automatic reply', 'Automatic reply: Interview times'],
    ['in its words alone', 'Re: Interview times'],
  ])(
    'an out-of-office reply %s is no interview, whatever return time it gives',
    async (_n, subject) => {
      const parsed = await parse(
        gmailForward({
          from: 'Maren Holt <maren@larchwood.example>',
          date: 'Tue, Mar 2, 2027 at 7:00 AM',
          subject,
          body: 'I am out of the office until Tuesday, March 9 at 10:00 AM ET with limited access to email. For interview questions please write to jobs@larchwood.example.',
        }),
      );
      expect(parsed.kind).toBe('not_interview');
    },
  );

  it('a sender away until a day who also confirms the interview is a booking', async () => {
    const parsed = await parse(
      gmailForward({
        from: 'Maren Holt <maren@larchwood.example>',
        date: 'Tue, Mar 2, 2027 at 7:00 AM',
        subject: 'Your interview',
        body: "Hi Robin, I'm out of the office until Monday, but your interview with Pavel Dusek is confirmed for Wednesday, March 10 at 2:00 PM ET.\n\nMaren",
      }),
    );
    expect(parsed.kind).toBe('scheduled');
    expect(parsed.start).toBe('2027-03-10T14:00:00-05:00');
  });

  it('thanks for a past interview that also books the next one is a booking', async () => {
    const parsed = await parse(
      gmailForward({
        from: 'Ines Valdivia <ines@mossgate.example>',
        date: 'Fri, Feb 26, 2027 at 2:10 PM',
        subject: 'Final round',
        body: "Hi Robin,\n\nThank you for interviewing with Arjun yesterday; the team would love to see you again. Your final round is confirmed for Thursday, March 4 at 11:00 AM ET with Colette Brun. I'll be in touch with the agenda.\n\nInes",
      }),
    );
    expect(parsed.kind).toBe('scheduled');
    expect(parsed.start).toBe('2027-03-04T11:00:00-05:00');
  });
});

describe('reschedules and cancellations', () => {
  it('"pushed to" gives rescheduled with the new time', async () => {
    const parsed = await parse(
      gmailForward({
        from: 'Iris Nakagawa <iris@kelpwise.example>',
        date: 'Fri, Feb 26, 2027 at 9:00 AM',
        subject: 'Interview update',
        body: 'Hi Robin,\n\nOur interviewer got pulled into an offsite, so your interview for the QA Engineer role has been pushed to Thursday, March 4 at 3:30 PM ET (it was Tuesday at 1 PM).\n\nThanks,\nIris',
      }),
    );
    expect(parsed.kind).toBe('rescheduled');
    expect(parsed.start).toBe('2027-03-04T15:30:00-05:00');
  });

  it('a move "from Monday to Friday" keeps the new time, though it names a span of weekdays', async () => {
    const parsed = await parse(
      gmailForward({
        from: 'Iris Nakagawa <iris@kelpwise.example>',
        date: 'Fri, Feb 26, 2027 at 9:00 AM',
        subject: 'Interview moved',
        body: 'Hi Robin,\n\nWe have moved your interview for the QA Engineer role from Monday to Friday, 2:00-2:45 PM ET, since the panel is travelling.\n\nIris',
      }),
    );
    expect(parsed.kind).toBe('rescheduled');
    expect(parsed.start).toBe('2027-03-05T14:00:00-05:00');
  });

  it('a limit before the interview ("arrive before") does not hide its time', async () => {
    const parsed = await parse(
      gmailForward({
        from: 'Iris Nakagawa <iris@kelpwise.example>',
        date: 'Fri, Feb 26, 2027 at 9:00 AM',
        subject: 'Interview confirmed',
        body: 'Hi Robin,\n\nYour interview for the QA Engineer role is confirmed. Please arrive ten minutes before your interview on Thursday, March 4 at 3 PM ET.\n\nIris',
      }),
    );
    expect(parsed.kind).toBe('scheduled');
    expect(parsed.start).toBe('2027-03-04T15:00:00-05:00');
  });

  it('"change of plans" gives rescheduled with the new time', async () => {
    const parsed = await parse(
      gmailForward({
        from: 'Pavel Dvorak <pavel@lindenworks.example>',
        date: 'Fri, Feb 26, 2027 at 9:00 AM',
        subject: 'Change of plans for Monday',
        body: 'Hi Robin,\n\nSmall change of plans: instead of Monday at 10 AM, can we do your interview on Tuesday, March 2 at 11:00 AM ET? I have updated the invite.\n\nPavel',
      }),
    );
    expect(parsed.kind).toBe('rescheduled');
    expect(parsed.start).toBe('2027-03-02T11:00:00-05:00');
  });

  it('a cancellation with a new invitation in one message is rescheduled to the new time', async () => {
    const parsed = await parse(
      gmailForward({
        from: 'Keiko Brandt <keiko@opalridge.example>',
        date: 'Fri, Feb 26, 2027 at 9:00 AM',
        subject: 'Interview cancelled – new invitation inside',
        body: 'Hi Robin,\n\nUnfortunately we had to cancel your interview on Monday, March 1 at 2:00 PM ET. We would like to invite you instead to an interview on Wednesday, March 3 at 4:00 PM ET with Luis Pardo.\n\nKeiko',
      }),
    );
    expect(parsed.kind).toBe('rescheduled');
    expect(parsed.start).toBe('2027-03-03T16:00:00-05:00');
  });
});

describe('zones', () => {
  const at = async (when: string, date = 'Fri, Jul 9, 2027 at 9:00 AM') =>
    (
      await parse(
        gmailForward({
          from: 'Mara Quist <mara@dunewell.example>',
          date,
          subject: 'Interview confirmed',
          body: `Hi Robin,\n\nYour interview for the Analyst role is confirmed for ${when} with Ezra Cole.\n\nMara`,
        }),
      )
    ).start;

  it('MST is UTC-7 even in July', async () => {
    expect(await at('Tuesday, July 13 at 10:00 AM MST')).toBe('2027-07-13T10:00:00-07:00');
  });
  it('"Arizona time" is America/Phoenix', async () => {
    expect(await at('Tuesday, July 13 at 10:00 AM Arizona time')).toBe('2027-07-13T10:00:00-07:00');
  });
  it('BST after a UK date is British Summer Time', async () => {
    expect(await at('Tuesday 13 July at 10:00 BST')).toBe('2027-07-13T10:00:00+01:00');
  });
  it('HST is Hawaii', async () => {
    expect(await at('Tuesday, July 13 at 9:00 AM HST')).toBe('2027-07-13T09:00:00-10:00');
  });
  it('AKST is Alaska standard time', async () => {
    expect(await at('Tuesday, January 12 at 9:00 AM AKST', 'Fri, Jan 8, 2027 at 9:00 AM')).toBe(
      '2027-01-12T09:00:00-09:00',
    );
  });
  it('NZDT is New Zealand daylight time', async () => {
    expect(await at('Tuesday 12 January at 9:00 AM NZDT', 'Fri, Jan 8, 2027 at 9:00 AM')).toBe(
      '2027-01-12T09:00:00+13:00',
    );
  });
});

describe('dates and times', () => {
  // The original was sent on Wednesday 3 March 2027, 10:00 New York time.
  const at = async (when: string) =>
    (
      await parse(
        gmailForward({
          from: 'Mara Quist <mara@dunewell.example>',
          date: 'Wed, Mar 3, 2027 at 10:00 AM',
          subject: 'Interview confirmed',
          body: `Hi Robin,\n\nYour interview for the Analyst role is confirmed: ${when}. You will meet Ezra Cole.\n\nMara`,
        }),
      )
    ).start;

  it('"the 7th"', async () => {
    expect(await at('Sunday the 7th at 10:00 AM ET')).toBe('2027-03-07T10:00:00-05:00');
  });
  it('"this coming Monday"', async () => {
    expect(await at('this coming Monday at 9:30 AM ET')).toBe('2027-03-08T09:30:00-05:00');
  });
  it('"in two days"', async () => {
    expect(await at('in two days at 4 PM ET')).toBe('2027-03-05T16:00:00-05:00');
  });
  it('a weekday alone', async () => {
    expect(await at('Friday at 11 AM ET')).toBe('2027-03-05T11:00:00-05:00');
  });
  it('"half past two"', async () => {
    expect(await at('Thursday, March 4 at half past two ET')).toBe('2027-03-04T14:30:00-05:00');
  });
  it('"midday"', async () => {
    expect(await at('Thursday, March 4 at midday ET')).toBe('2027-03-04T12:00:00-05:00');
  });
  it('"14h"', async () => {
    expect(await at('jeudi 4 mars à 14h (heure de New York)')).toBe('2027-03-04T14:00:00-05:00');
  });
  it('"2 p.m."', async () => {
    expect(await at('Thursday, March 4 at 2 p.m. ET')).toBe('2027-03-04T14:00:00-05:00');
  });
  it('a dotted European date', async () => {
    expect(await at('Donnerstag, 11.03.2027 um 15:00 Uhr (New Yorker Zeit, 15:00 ET)')).toBe(
      '2027-03-11T15:00:00-05:00',
    );
  });
  it('a date without a year after the message rolls over to next year', async () => {
    const start = (
      await parse(
        gmailForward({
          from: 'Mara Quist <mara@dunewell.example>',
          date: 'Tue, Dec 28, 2027 at 10:00 AM',
          subject: 'Interview confirmed',
          body: 'Hi Robin,\n\nYour interview for the Analyst role is confirmed for Tuesday, January 4 at 10:00 AM ET with Ezra Cole.\n\nMara',
        }),
      )
    ).start;
    expect(start).toBe('2028-01-04T10:00:00-05:00');
  });
  it('only the interview counts among an old time, a deadline and office hours', async () => {
    expect(
      await at(
        'Friday, March 12 at 1:00 PM ET (not Thursday at 9 AM as first planned). Please send your portfolio by Monday at 5 PM ET; our office hours are 9:00 AM - 5:00 PM',
      ),
    ).toBe('2027-03-12T13:00:00-05:00');
  });
});

describe("the seeker's own reply forwarded with the recruiter's message quoted below", () => {
  it('takes the interview, company and people from the quoted message', async () => {
    const body = [
      'Hi Selin, confirmed – see you then!',
      '',
      'Robin Achebe',
      'Graduate Teaching Assistant, Department of Physics',
      '',
      'On Tue, Mar 2, 2027 at 9:12 AM Selin Aydin <selin.aydin@cobbleway.example> wrote:',
      '> Hi Robin,',
      '>',
      '> Your interview for the Optics Engineer role at Cobbleway Photonics is set for Monday, March 8 at 1:00 PM PT with Joaquim Silva (joaquim.silva@cobbleway.example).',
      '>',
      '> Selin Aydin',
      '> Recruiter, Cobbleway Photonics',
    ].join('\n');
    const parsed = await parse(
      gmailForward({
        from: SEEKER,
        to: 'Selin Aydin <selin.aydin@cobbleway.example>',
        date: 'Tue, Mar 2, 2027 at 10:00 AM',
        subject: 'Re: Interview – Optics Engineer',
        body,
      }),
    );
    expect(parsed.kind).toBe('scheduled');
    expect(parsed.start).toBe('2027-03-08T13:00:00-08:00');
    expect(parsed.company).toBe('Cobbleway Photonics');
    expect(parsed.role).toBe('Optics Engineer');
    expect(parsed.interviewers.map((i) => i.email)).toEqual(['joaquim.silva@cobbleway.example']);
    expect(parsed.coordinator?.email).toBe('selin.aydin@cobbleway.example');
  });

  it('a reply that accepts a proposed move by its day alone is a move to that slot', async () => {
    const body = [
      'Hi Selin, Wednesday is fine, see you then.',
      '',
      'Robin',
      '',
      'On Tue, Mar 2, 2027 at 9:12 AM Selin Aydin <selin.aydin@cobbleway.example> wrote:',
      '> Hi Robin, Joaquim Silva, who will be interviewing you, has a clash.',
      '> Could we move your interview from Tuesday at 1pm to Wednesday, March 10 at 3:30pm PT?',
      '> Still 45 minutes.',
      '>',
      '> Selin Aydin',
      '> Recruiter, Cobbleway Photonics',
    ].join('\n');
    const parsed = await parse(
      gmailForward({
        from: SEEKER,
        to: 'Selin Aydin <selin.aydin@cobbleway.example>',
        date: 'Tue, Mar 2, 2027 at 10:00 AM',
        subject: 'Re: Optics Engineer interview',
        body,
      }),
    );
    expect(parsed.kind).toBe('rescheduled');
    expect(parsed.start).toBe('2027-03-10T15:30:00-08:00');
    expect(parsed.end).toBe('2027-03-10T16:15:00-08:00');
    expect(parsed.interviewers.map((i) => i.name)).toEqual(['Joaquim Silva']);
  });
});

describe('the writer and a colleague both named as the people to meet', () => {
  it('Italian "incontrerai me e X": the writer and X', async () => {
    const parsed = await parse(
      gmailForward({
        from: 'Giada Neri <giada.neri@fontana-lab.example>',
        date: 'Fri, Feb 26, 2027 at 10:00 AM',
        subject: 'Colloquio – Data Analyst',
        body: 'Ciao Robin,\n\nti confermo il colloquio per giovedì 4 marzo alle 11:00 (ora italiana). Incontrerai me e Bruno Sala, il nostro responsabile dati.\n\nGiada Neri\nHR, Fontana Lab',
      }),
    );
    expect(parsed.interviewers.map((p) => p.name).sort()).toEqual(['Bruno Sala', 'Giada Neri']);
  });
});

describe('a writer who says "let\'s meet" is one of the people met', () => {
  it('the writer and the partner who sits in', async () => {
    const parsed = await parse(
      gmailForward({
        from: 'Ottilie Brandt <ottilie@harrowgate-law.example>',
        date: 'Fri, Feb 26, 2027 at 4:00 PM',
        subject: 'Next week',
        body: "Robin,\n\nLet's meet at our office on Wednesday, March 3 at 10:00 AM ET to talk about the Associate Counsel role. My colleague Felix Aubert will sit in.\n\nOttilie Brandt\nPartner, Harrowgate Law",
      }),
    );
    expect(parsed.interviewers.map((p) => p.name).sort()).toEqual([
      'Felix Aubert',
      'Ottilie Brandt',
    ]);
  });
});

describe('the writer and a colleague in Dutch', () => {
  it('"je spreekt dit keer met mij en met X": the writer and X', async () => {
    for (const lead of ['dit keer met mij en met', 'die dag met mij en']) {
      const parsed = await parse(
        gmailForward({
          from: 'Lotte Bakker <lotte.bakker@dijkhuis.example>',
          date: 'Fri, Feb 26, 2027 at 10:00 AM',
          subject: 'Tweede gesprek – Data Engineer',
          body: `Hoi Robin,\n\nJe tweede gesprek staat gepland op donderdag 4 maart 2027 om 14:00 uur (Nederlandse tijd). Je spreekt ${lead} Sem de Graaf, onze CTO.\n\nGroet,\nLotte Bakker\nRecruiter, Dijkhuis`,
        }),
      );
      expect(parsed.interviewers.map((p) => p.name).sort()).toEqual([
        'Lotte Bakker',
        'Sem de Graaf',
      ]);
    }
  });
});

describe('the writer named last in the list of people met', () => {
  it.each([
    [
      'English',
      'Interview - Data Analyst',
      "Hi Robin,\n\nYour interview is confirmed for Tuesday, March 9 at 10:00 AM ET. You'll meet with Kofi Boateng, our Head of Data, and me.\n\nBest,\nMaren Holt\nRecruiter, Finch Labs",
      'Kofi Boateng',
    ],
    [
      'German',
      'Vorstellungsgespräch Controller (m/w/d)',
      'Sehr geehrter Herr Achebe,\n\nIhr Vorstellungsgespräch findet am Dienstag, 9. März 2027, um 10:00 Uhr statt. Ihre Gesprächspartner sind Dr. Ulrike Brandt (Leiterin Controlling) und ich.\n\nMit freundlichen Grüßen\nMaren Holt\nPersonalreferentin',
      'Ulrike Brandt',
    ],
    [
      'Spanish',
      'Entrevista - Analista de Datos',
      'Hola Robin:\n\nTu entrevista es el martes 9 de marzo de 2027 a las 10:00. Te entrevistaremos la Ing. Paula Ríos, Jefa de Datos, y yo.\n\nSaludos,\nMaren Holt\nReclutamiento',
      'Paula Ríos',
    ],
    [
      'Dutch',
      'Sollicitatiegesprek Data-analist',
      'Hoi Robin,\n\nJe gesprek is op dinsdag 9 maart 2027 om 10.00 uur. Je spreekt met Pieter Smit (teamlead) en mij.\n\nGroet,\nMaren Holt\nRecruiter',
      'Pieter Smit',
    ],
    [
      'French',
      'Entretien - Analyste de données',
      'Bonjour Robin,\n\nVotre entretien aura lieu le mardi 9 mars 2027 à 10h00. Vous rencontrerez Claire Dubois, directrice financière, et moi-même.\n\nCordialement,\nMaren Holt\nChargée de recrutement',
      'Claire Dubois',
    ],
  ])('%s: the writer and the colleague', async (_, subject, body, colleague) => {
    const parsed = await parse(
      gmailForward({
        from: 'Maren Holt <maren.holt@finchlabs.example>',
        date: 'Mon, Mar 1, 2027 at 9:00 AM',
        subject,
        body,
      }),
    );
    expect(parsed.interviewers.map((p) => p.name).sort()).toEqual([colleague, 'Maren Holt'].sort());
  });

  it('Portuguese "será entrevistado pela X" and an agency\'s "he\'ll meet A and B" name the people', async () => {
    const pt = await parse(
      gmailForward({
        from: 'Maren Holt <maren.holt@finchlabs.example>',
        date: 'Mon, Mar 1, 2027 at 9:00 AM',
        subject: 'Entrevista - Analista de Dados',
        body: 'Olá Robin,\n\nA sua entrevista ficou marcada para terça-feira, 9 de março, às 14h30. Será entrevistado pela Eng.ª Sofia Lobo, diretora de dados.\n\nCumprimentos,\nMaren Holt\nRecursos Humanos',
      }),
    );
    expect(pt.interviewers.map((p) => p.name)).toEqual(['Sofia Lobo']);
    const relayed = await parse(
      gmailForward({
        from: 'Maren Holt <maren.holt@finchlabs.example>',
        date: 'Mon, Mar 1, 2027 at 9:00 AM',
        subject: 'Interview invitation - Lab Analyst',
        body: "Hi Tom,\n\nPlease pass this on to Robin: we'd like to invite him to interview for the Lab Analyst role on Tuesday, March 9 at 11:00 AM ET. He'll meet Dr Ruth Okoro, Lab Manager, and Piet Smit, Senior Analyst.\n\nThanks,\nMaren Holt\nHR Advisor",
      }),
    );
    expect(relayed.interviewers.map((p) => p.name).sort()).toEqual(['Piet Smit', 'Ruth Okoro']);
  });

  it('"conducted by Mr. X" and French "avec M. X" name the interviewer', async () => {
    const en = await parse(
      gmailForward({
        from: 'Maren Holt <maren.holt@finchlabs.example>',
        date: 'Mon, Mar 1, 2027 at 9:00 AM',
        subject: 'Interview invitation - Treasury Analyst',
        body: 'Dear Robin,\n\nYour interview is on Tuesday, March 9 at 11:00 AM ET. It will be conducted by Mr. Omar Nadeem, Head of Treasury.\n\nKind regards,\nMaren Holt\nTalent Acquisition',
      }),
    );
    expect(en.interviewers.map((p) => p.name)).toEqual(['Omar Nadeem']);
    const fr = await parse(
      gmailForward({
        from: 'Maren Holt <maren.holt@finchlabs.example>',
        date: 'Mon, Mar 1, 2027 at 9:00 AM',
        subject: 'Votre entretien',
        body: 'Bonjour Robin,\n\nJe vous confirme votre entretien le mardi 9 mars à 10h00 avec M. Hugo Lefèvre, directeur des opérations.\n\nCordialement,\nMaren Holt\nRessources humaines',
      }),
    );
    expect(fr.interviewers.map((p) => p.name)).toEqual(['Hugo Lefèvre']);
  });

  it.each([
    [
      'English "I\'ve asked X to join us"',
      'Our chat on Thursday',
      "Hi Robin,\n\nLooking forward to Tuesday, March 9 at 11am PT! I've asked Ines Duarte from our finance team to join us for the second half.\n\nMaren Holt\nHead of Planning, Finch Labs",
      ['Ines Duarte', 'Maren Holt'],
    ],
    [
      'German "Am Gespräch nehmen Herr X und ich teil"',
      'Einladung zum Vorstellungsgespräch',
      'Sehr geehrter Herr Achebe,\n\ngerne laden wir Sie am Dienstag, 9. März 2027, um 10:30 Uhr ein. Am Gespräch nehmen Herr Jonas Vogt (Vertriebsleiter) und ich teil.\n\nMit freundlichen Grüßen\nMaren Holt\nHR Business Partner',
      ['Jonas Vogt', 'Maren Holt'],
    ],
    [
      'Italian "saranno presenti la dott.ssa A e l\'ing. B"',
      'Colloquio',
      "Gentile Robin,\n\nle confermo il colloquio per la posizione di Addetto Qualità martedì 9 marzo alle 15:00. Al colloquio saranno presenti la dott.ssa Anna Ferri e l'ing. Luca Bassi.\n\nCordiali saluti,\nMaren Holt\nUfficio Personale",
      ['Anna Ferri', 'Luca Bassi'],
    ],
  ])('%s names the people met', async (_, subject, body, people) => {
    const parsed = await parse(
      gmailForward({
        from: 'Maren Holt <maren.holt@finchlabs.example>',
        date: 'Mon, Mar 1, 2027 at 9:00 AM',
        subject,
        body,
      }),
    );
    expect(parsed.interviewers.map((p) => p.name).sort()).toEqual(people);
  });

  it('"you\'ll still meet A and B" after a move names them', async () => {
    const parsed = await parse(
      gmailForward({
        from: 'Maren Holt <maren.holt@finchlabs.example>',
        date: 'Mon, Mar 1, 2027 at 9:00 AM',
        subject: 'Panel interview',
        body: "Hi Robin,\n\nWe've moved your interview to Tuesday, March 9 at 10:00 AM ET. You'll still meet Ola Berg and Tariq Aziz.\n\nMaren",
      }),
    );
    expect(parsed.interviewers.map((p) => p.name).sort()).toEqual(['Ola Berg', 'Tariq Aziz']);
  });

  it('a sentence adverb before a name is not part of it', async () => {
    const parsed = await parse(
      gmailForward({
        from: 'Maren Holt <maren.holt@finchlabs.example>',
        date: 'Mon, Mar 1, 2027 at 9:00 AM',
        subject: 'Interview on Tuesday',
        body: 'Hi Robin,\n\nYour interview is confirmed for Tuesday, March 9 at 2:00 PM ET. Hopefully Ravi Menon can join as well; he will interview you with me.\n\nMaren Holt\nEngineering Manager, Finch Labs',
      }),
    );
    expect(parsed.interviewers.map((p) => p.name)).toContain('Ravi Menon');
    expect(parsed.interviewers.map((p) => p.name).join()).not.toMatch(/Hopefully/);
  });

  it('"write to X and me" with questions does not put the writer on the panel', async () => {
    const parsed = await parse(
      gmailForward({
        from: 'Maren Holt <maren.holt@finchlabs.example>',
        date: 'Mon, Mar 1, 2027 at 9:00 AM',
        subject: 'Interview - Data Analyst',
        body: "Hi Robin,\n\nYour interview is confirmed for Tuesday, March 9 at 10:00 AM ET. You'll meet Kofi Boateng, our Head of Data. Questions? Write to Kofi and me anytime.\n\nBest,\nMaren Holt\nRecruiter, Finch Labs",
      }),
    );
    expect(parsed.interviewers.map((p) => p.name)).toEqual(['Kofi Boateng']);
  });
});

describe('originals in other languages, forwarded from a client in that language', () => {
  /** An Outlook-style plain forward whose header labels are in the client's language. */
  function outlookForward(
    labels: [string, string, string, string],
    sent: string,
    subject: string,
    body: string,
  ): string {
    const [from, date, to, subjectLabel] = labels;
    return [
      `From: ${SEEKER}`,
      'To: interviews@followups.example.dev',
      `Subject: TR: ${subject}`,
      'Date: Mon, 01 Mar 2027 08:00:00 +0100',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      '',
      '________________________________',
      `${from} Aurélie Vasseur <aurelie.vasseur@lumenrive.example>`,
      `${date} ${sent}`,
      `${to} Robin Achebe <robin.achebe@gmail.com>`,
      `${subjectLabel} ${subject}`,
      '',
      body,
    ].join('\n');
  }
  const cases: [string, string, string, string | null][] = [
    [
      'French (De : / Envoyé :), (H/F) out of the role',
      outlookForward(
        ['De :', 'Envoyé :', 'À :', 'Objet :'],
        'vendredi 26 février 2027 10:15',
        'Entretien – Développeur Backend (H/F)',
        'Bonjour Robin,\n\nSuite à votre candidature au poste de Développeur Backend (H/F), je vous confirme votre entretien le jeudi 4 mars 2027 à 14h30 (heure de Paris) avec Hugo Lemaire, responsable technique.\n\nLien visio : https://lumenrive.whereby.example/entretien-robin\n\nBien cordialement,\nAurélie Vasseur\nChargée de recrutement, Lumenrive',
      ),
      '2027-03-04T14:30:00+01:00',
      'Développeur Backend',
    ],
    [
      'Italian (Da: / Inviato:)',
      outlookForward(
        ['Da:', 'Inviato:', 'A:', 'Oggetto:'],
        'venerdì 26 febbraio 2027 10:15',
        'Colloquio – Analista Dati',
        'Ciao Robin,\n\nti confermo il colloquio per la posizione di Analista Dati giovedì 4 marzo 2027 alle ore 15:00 (ora italiana) con Giulia Ferraro.\n\nLink: https://meet.lumenrive.example/colloquio-robin\n\nUn saluto,\nAurélie Vasseur\nRecruiter, Lumenrive',
      ),
      '2027-03-04T15:00:00+01:00',
      null,
    ],
    [
      'Portuguese (De: / Enviado:)',
      outlookForward(
        ['De:', 'Enviado:', 'Para:', 'Assunto:'],
        'sexta-feira, 26 de fevereiro de 2027 10:15',
        'Entrevista – Desenvolvedor Frontend',
        'Olá Robin,\n\nConfirmamos a sua entrevista para a vaga de Desenvolvedor Frontend na quinta-feira, 4 de março de 2027, às 10h00 (horário de Brasília), com Rafael Moura.\n\nLink: https://meet.lumenrive.example/entrevista-robin\n\nAbraços,\nAurélie Vasseur\nRecrutadora, Lumenrive',
      ),
      '2027-03-04T10:00:00-03:00',
      null,
    ],
    [
      'Dutch (Van: / Verzonden:), (f/m/x) out of the role',
      outlookForward(
        ['Van:', 'Verzonden:', 'Aan:', 'Onderwerp:'],
        'vrijdag 26 februari 2027 10:15',
        'Uitnodiging sollicitatiegesprek – Data Engineer (f/m/x)',
        'Beste Robin,\n\nGraag nodigen we je uit voor een sollicitatiegesprek voor de functie Data Engineer (f/m/x) op donderdag 4 maart 2027 van 11:00 tot 12:00 uur (Nederlandse tijd) met Sanne Kuipers.\n\nLink: https://meet.lumenrive.example/gesprek-robin\n\nMet vriendelijke groet,\nAurélie Vasseur\nRecruiter, Lumenrive',
      ),
      '2027-03-04T11:00:00+01:00',
      'Data Engineer',
    ],
  ];
  it.each(cases)('%s', async (_name, raw, start, role) => {
    const parsed = await parse(raw);
    expect(parsed.kind).toBe('scheduled');
    expect(parsed.start).toBe(start);
    expect(parsed.company).toBe('Lumenrive');
    if (role) expect(parsed.role).toBe(role);
    expect(parsed.interviewers).toHaveLength(1);
    expect(parsed.coordinator?.email).toBe('aurelie.vasseur@lumenrive.example');
  });
});

describe('warnings say what is a guess, and only then', () => {
  const recruiter = 'Tomas Ek <tomas.ek@vardwell.example>';
  const date = 'Fri, Feb 26, 2027 at 9:00 AM';
  const zoneGuess = 'no time zone was written; read in America/New_York';
  const warningsOf = async (raw: string) => (await parse(raw)).warnings;

  /** A forward whose outer message also carries an invitation (as Gmail forwards one). */
  function withInvitation(original: Original, event: string[]): string {
    const text = gmailForward(original).split('\n\n');
    const headers = (text[0] as string).replace(
      'Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit',
      'Content-Type: multipart/mixed; boundary="b1"',
    );
    return [
      headers,
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      '',
      text.slice(1).join('\n\n'),
      '--b1',
      'Content-Type: text/calendar; method=REQUEST; charset=utf-8',
      '',
      ['BEGIN:VCALENDAR', 'VERSION:2.0', 'METHOD:REQUEST', 'BEGIN:VEVENT', ...event]
        .concat(['END:VEVENT', 'END:VCALENDAR'])
        .join('\r\n'),
      '--b1--',
      '',
    ].join('\n');
  }

  it('a written time without a zone: the zone is a guess, and a zone stated in words is not', async () => {
    const body = (zone: string) =>
      `Hi Robin,\n\nYour interview for the Support Lead role is on Thursday, March 4 at 2:00 PM${zone} with Tomas Ek.\n\nTomas`;
    expect(
      await warningsOf(
        gmailForward({ from: recruiter, date, subject: 'Interview', body: body('') }),
      ),
    ).toEqual([zoneGuess]);
    expect(
      await warningsOf(
        gmailForward({ from: recruiter, date, subject: 'Interview', body: body(' CT') }),
      ),
    ).toEqual([]);
    const stated = gmailForward({
      from: recruiter,
      date,
      subject: 'Interview day',
      body: 'Hi Robin,\n\nHere is your interview day for the Support Lead role. All times below are Central.\n\nThursday, March 4\n2:00 – 2:45 PM  Tomas Ek, Support Director\n\nTomas',
    });
    const parsed = await parse(stated);
    expect(parsed.start).toBe('2027-03-04T14:00:00-06:00');
    expect(parsed.warnings).not.toContain(zoneGuess);
  });

  it('a plain confirmation with a role and an interviewer is not "maybe not an interview"; a bare invitation is', async () => {
    const confirmation = gmailForward({
      from: recruiter,
      date,
      subject: 'Thursday',
      body: 'Hi Robin,\n\nGreat news: we have set up a pairing session with Mina Holm (mina.holm@vardwell.example) on Thursday, March 4 at 2:00 PM ET for the Support Lead position.\n\nTomas\nTalent Partner, Vardwell',
    });
    const parsed = await parse(confirmation);
    expect(parsed.kind).toBe('scheduled');
    expect(parsed.warnings.join(' ')).not.toMatch(/may not be an interview/);
    const bare = withInvitation(
      {
        from: recruiter,
        date,
        subject: 'Invitation: Catch-up',
        body: 'Invitation from Google Calendar',
      },
      ['UID:catch-up-1', 'DTSTART:20270304T190000Z', 'DTEND:20270304T193000Z', 'SUMMARY:Catch-up'],
    );
    const invitation = await parse(bare);
    expect(invitation.kind).toBe('scheduled');
    expect(invitation.warnings.join(' ')).toMatch(/may not be an interview/);
  });

  it('interviewers: named, none named, or the sender assumed, each said as it is', async () => {
    const named = await warningsOf(
      gmailForward({
        from: recruiter,
        date,
        subject: 'Interview',
        body: 'Hi Robin,\n\nYour interview for the Support Lead role is on Thursday, March 4 at 2:00 PM ET with Mina Holm (mina.holm@vardwell.example).\n\nTomas',
      }),
    );
    expect(named.join(' ')).not.toMatch(/interviewer/);
    const robot = await warningsOf(
      gmailForward({
        from: 'Vardwell Hiring <no-reply@vardwell.example>',
        date,
        subject: 'Interview confirmed',
        body: 'Your interview for the Support Lead role is confirmed for Thursday, March 4 at 2:00 PM ET.',
      }),
    );
    expect(robot).toContain('no interviewer was named');
    const assumed = await warningsOf(
      gmailForward({
        from: recruiter,
        date,
        subject: 'Interview',
        body: 'Hi Robin,\n\nLooking forward to our interview about the Support Lead role on Thursday, March 4 at 2:00 PM ET.\n\nTomas',
      }),
    );
    expect(assumed).toContain('nobody was named as the interviewer; the sender is assumed to be');
  });

  it('a time found only in the quoted thread says where it came from', async () => {
    const quoted = (latest: string) =>
      gmailForward({
        from: recruiter,
        date,
        subject: 'Re: Interview',
        body: `${latest}\n\nOn Thu, Feb 25, 2027 at 4:00 PM Robin Achebe <robin.achebe@gmail.com> wrote:\n> Could we do the interview for the Support Lead role on Thursday, March 4 at 2:00 PM ET?`,
      });
    expect(
      await warningsOf(quoted('Yes, that works, see you then! Mina Holm will interview you.')),
    ).toContain('the time was taken from the thread');
    expect(
      await warningsOf(
        quoted('Confirmed: Thursday, March 4 at 2:00 PM ET. Mina Holm will interview you.'),
      ),
    ).not.toContain('the time was taken from the thread');
  });

  it('relative dates counted from the forward, when the original has no readable Date', async () => {
    const original = (originalDate: string) =>
      gmailForward({
        from: recruiter,
        date: originalDate,
        subject: 'Interview',
        body: 'Hi Robin,\n\nYour Support Lead interview with Mina Holm is tomorrow at 2:00 PM ET.\n\nTomas',
      });
    const guess = 'the original message has no readable Date; its dates count from the forward';
    expect(await warningsOf(original('sometime last week'))).toContain(guess);
    expect(await warningsOf(original(date))).not.toContain(guess);
  });

  it('an invitation with no zone at all, and one dated before the message, say so', async () => {
    const body =
      'Hi Robin, the invitation for your Support Lead interview with Mina Holm is attached.';
    const floating = await parse(
      withInvitation({ from: recruiter, date, subject: 'Interview', body }, [
        'UID:f-1',
        'DTSTART:20270304T140000',
        'DTEND:20270304T144500',
        'SUMMARY:Support Lead interview',
      ]),
    );
    expect(floating.warnings).toContain(
      "the invitation's time carries no time zone; read in America/New_York",
    );
    const past = await parse(
      withInvitation({ from: recruiter, date, subject: 'Interview', body }, [
        'UID:p-1',
        'DTSTART:20270201T190000Z',
        'DTEND:20270201T194500Z',
        'SUMMARY:Support Lead interview',
      ]),
    );
    expect(past.warnings).toContain('the interview time is before the original message was sent');
    expect(past.warnings).not.toContain(
      "the invitation's time carries no time zone; read in America/New_York",
    );
  });

  it('a message that is not an interview carries no warning about a time or people it does not give', async () => {
    const rejection = gmailForward({
      from: recruiter,
      date,
      subject: 'Your application',
      body: 'Hi Robin,\n\nThank you for interviewing with us on Tuesday at 2:00 PM. We have decided not to move forward with your application.\n\nTomas',
    });
    const parsed = await parse(rejection);
    expect(parsed.kind).toBe('not_interview');
    expect(parsed.warnings).toEqual([]);
  });

  it('only part of a huge text is read, and that is said', async () => {
    const huge = gmailForward({
      from: recruiter,
      date,
      subject: 'Interview',
      body: `Your interview for the Support Lead role is on Thursday, March 4 at 2:00 PM ET with Mina Holm.\n${'filler line of text\n'.repeat(5000)}`,
    });
    expect(await warningsOf(huge)).toContain('only the first 64 KB of the text were read');
    expect(
      await warningsOf(
        gmailForward({ from: recruiter, date, subject: 'Interview', body: 'short' }),
      ),
    ).not.toContain('only the first 64 KB of the text were read');
  });
});

describe("a system's do-not-reply mailbox written in another language", () => {
  it.each([
    ['Portuguese', 'nao-responda', 'Entrevistadora: Beatriz Nunes (Coordenadora de Dados)'],
    ['Spanish', 'no-responder', 'Entrevistadora: Beatriz Nunes (Coordinadora de Datos)'],
    ['French', 'ne-pas-repondre', 'Avec : Beatriz Nunes (responsable des données)'],
  ])('%s: is never the interviewer; the labelled person is', async (_name, local, line) => {
    const parsed = await parse(
      gmailForward({
        from: `Seleção Rio Claro <${local}@selecao.rioclaro.example>`,
        date: 'Fri, Feb 26, 2027 at 10:00 AM',
        subject: 'Entrevista agendada – Analista de Dados',
        body: `Olá Robin!\n\nSua entrevista foi agendada para 04/03/2027 às 10h00 (horário de Brasília).\n${line}\nLink: https://meet.rioclaro.example/robin\n`,
      }),
    );
    expect(parsed.interviewers.map((p) => p.name)).toEqual(['Beatriz Nunes']);
  });

  it.each(['nao-responda', 'no-responder', 'ne-pas-repondre', 'nicht-antworten', 'non-rispondere'])(
    '%s@ with no one named: nobody is assumed to interview',
    async (local) => {
      const parsed = await parse(
        gmailForward({
          from: `Seleção Rio Claro <${local}@rioclaro.example>`,
          date: 'Fri, Feb 26, 2027 at 10:00 AM',
          subject: 'Entrevista agendada – Analista de Dados',
          body: 'Olá Robin!\n\nSua entrevista foi agendada para 04/03/2027 às 10h00 (horário de Brasília).\nLink: https://meet.rioclaro.example/robin\n',
        }),
      );
      expect(parsed.kind).toBe('scheduled');
      expect(parsed.interviewers).toEqual([]);
    },
  );
});
