// The people phase alone: the directory first (who is named, with which address, where seen),
// then the evidence the texts give for each, then the roles decided from it.
import { describe, expect, it } from 'vitest';
import { leadersAsLabels } from '#parse/leaders.js';
import { findNames } from '#parse/names.js';
import { collectPeople, type PeopleInput } from '#parse/people/collect.js';
import { readCalendars } from '#parse/time-choice.js';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Kofi Mensah', address: 'kofi.mensah@mail.example' };
const recruiter = { name: 'Sara Lindqvist', address: 'sara.lindqvist@nordbyte.example' };

const mailboxes = { seeker, writer: recruiter, organisation: 'nordbyte' };

function input(latest: string, overrides: Partial<PeopleInput> = {}): PeopleInput {
  return peopleInput(latest, mailboxes, overrides);
}

function people(latest: string, overrides: Partial<PeopleInput> = {}) {
  return readPeople(input(latest, overrides));
}

describe('collectPeople', () => {
  it('one entry per person from headers and text, with where each was seen', () => {
    const cast = collectPeople(
      input('You will meet Jonas Berg (jonas.berg@nordbyte.example). Regards, Sara'),
    );
    const byEmail = (e: string) => cast.directory.people.find((p) => p.email === e);
    expect(byEmail('sara.lindqvist@nordbyte.example')?.seen.has('from')).toBe(true);
    expect(byEmail('kofi.mensah@mail.example')?.seen.has('forwarder')).toBe(true);
    expect(byEmail('jonas.berg@nordbyte.example')?.name).toBe('Jonas Berg');
    expect(cast.isSeeker(byEmail('kofi.mensah@mail.example') as never)).toBe(true);
    expect(cast.sender?.email).toBe('sara.lindqvist@nordbyte.example');
  });

  it('a "LAST, First" header name reads as the person writes it', () => {
    const cast = collectPeople(
      input('See you.', {
        layers: [
          {
            from: { name: 'BERG, Jonas', address: 'jb@nordbyte.example' },
            to: [seeker],
            cc: [],
            replyTo: [],
          },
        ],
      }),
    );
    expect(cast.directory.people.find((p) => p.email === 'jb@nordbyte.example')?.name).toBe(
      'Jonas Berg',
    );
  });

  it('the tail of a company name made of several names is not a person', () => {
    const names = people(
      "My client Marsh & Tern Architects would like to meet you on Monday at 10am. You'll meet Ana Ruiz (Director).",
      { organisations: new Set(['marshternarchitects']) },
    ).interviewers.map((p) => p.name);
    expect(names).toEqual(['Ana Ruiz']);
  });

  it('an organisation written like a name is not a person', () => {
    const cast = collectPeople(
      input('Questions? Write to Nordbyte Careers <jobs@nordbyte.example> any time.'),
    );
    expect(cast.directory.people.find((p) => p.email === 'jobs@nordbyte.example')?.name).toBeNull();
  });
});

describe('weighEvidence and decideRoles', () => {
  it('a panel in prose: every person named, the recruiter who wrote it coordinates', () => {
    const found = people(
      'Hi Kofi,\n\nThe panel will be Jonas Berg (jonas.berg@nordbyte.example) and Mira Sato (mira.sato@nordbyte.example). I will not be on the call myself.\n\nSara Lindqvist\nTalent Acquisition Partner',
    );
    expect(found.interviewers.map((i) => i.email)).toEqual([
      'jonas.berg@nordbyte.example',
      'mira.sato@nordbyte.example',
    ]);
    expect(found.coordinator?.email).toBe('sara.lindqvist@nordbyte.example');
    expect(found.guessed).toBe(false);
  });

  it('"X will join me": the sender takes part, and so does X', () => {
    const found = people(
      'Hi Kofi, looking forward to our chat on Monday. Jonas Berg, our head of data, will join me.',
    );
    expect(found.interviewers.map((i) => i.name).sort()).toEqual(['Jonas Berg', 'Sara Lindqvist']);
  });

  it('"You\'d be meeting X", "you would speak with X": a proposal names its interviewer too', () => {
    for (const text of [
      "Could you do Tuesday at 2pm? You'd be meeting Jonas Berg, our data lead (jonas.berg@nordbyte.example), for 45 minutes.",
      'Would Friday at 10 work? You would speak with Jonas Berg (jonas.berg@nordbyte.example) from the data team.',
    ]) {
      const found = people(text);
      expect(found.interviewers.map((i) => i.email)).toEqual(['jonas.berg@nordbyte.example']);
    }
  });

  it('nobody named: the sender is taken as the interviewer, marked as a guess', () => {
    const found = people('Hi Kofi, does Monday at 10 still work? Talk then.');
    expect(found.interviewers).toEqual([
      { name: 'Sara Lindqvist', email: 'sara.lindqvist@nordbyte.example' },
    ]);
    expect(found.guessed).toBe(true);
    expect(found.coordinator).toBeNull();
  });

  it('the seeker and robot mailboxes are never interviewers', () => {
    const found = people(
      'You will meet with Kofi Mensah and no-reply@nordbyte.example. Interviewer: Mira Sato',
    );
    expect(found.interviewers.map((i) => i.name)).toEqual(['Mira Sato']);
  });

  it('"Name, Title (address)" in a list gives that person the address, even one met bare before', () => {
    const found = people(
      'Questions go to ilkay.demir@nordbyte.example.\n\nInterviewers:\nJonas Berg, Head of Data\nIlkay Demır, Staff Analyst (ilkay.demir@nordbyte.example)\n\nSara',
    );
    expect(found.interviewers).toEqual([
      { name: 'Jonas Berg', email: null },
      { name: 'Ilkay Demır', email: 'ilkay.demir@nordbyte.example' },
    ]);
  });

  it('the subject "Interview with <first name>" names the one person of that first name', () => {
    const found = people(
      'Hi Kofi, Jonas had a conflict, so we moved your call with him to Friday.',
      {
        titles: ['Interview with Jonas - Data Analyst'],
        layers: [
          {
            from: recruiter,
            to: [seeker],
            cc: [{ name: 'Jonas Berg', address: 'jonas.berg@nordbyte.example' }],
            replyTo: [],
          },
        ],
      },
    );
    expect(found.interviewers).toEqual([
      { name: 'Jonas Berg', email: 'jonas.berg@nordbyte.example' },
    ]);
  });

  it('names in CJK script listed with "、" after a label are each an interviewer', () => {
    const found = people('面接官：田中 一郎（技術部 課長）、佐々木 花子\n\nSara');
    expect(found.interviewers.map((i) => i.name)).toEqual(['田中 一郎', '佐々木 花子']);
  });

  it('a lowercase title before a name does not end the sentence, and "se déroulera avec" names the interviewer', () => {
    const italian = people(
      "L'incontro di martedì con la dott. Chiara Ferri (chiara.ferri@nordbyte.example) è confermato.",
    );
    expect(italian.interviewers.map((i) => i.email)).toEqual(['chiara.ferri@nordbyte.example']);
    const french = people(
      "L'échange se déroulera avec Jonas Berg (jonas.berg@nordbyte.example) et durera une heure.",
    );
    expect(french.interviewers.map((i) => i.email)).toEqual(['jonas.berg@nordbyte.example']);
  });

  it('a schedule table with the time in a middle cell: the people in the cells after it interview', () => {
    const found = people(
      'Your loop on Thursday:\n\nPart\tWhen\tHost\nIntro\t1:00 - 1:30 PM\tJonas Berg, Head of Data\nBreak\t1:30 - 1:45 PM\t-\nCase study\t1:45 - 2:45 PM\tMira Sato, Staff Analyst\n\nI coordinate the day.\n\nSara Lindqvist\nRecruiting Coordinator',
    );
    expect(found.interviewers).toEqual([
      { name: 'Jonas Berg', email: null },
      { name: 'Mira Sato', email: null },
    ]);
    expect(found.coordinator?.email).toBe('sara.lindqvist@nordbyte.example');
  });

  it('a name before the time in a tabbed line is not taken for a session host', () => {
    const found = people('Jonas Berg\t9:00 - 9:30 AM\tintro\n\nInterviewer: Mira Sato');
    expect(found.interviewers.map((i) => i.name)).toEqual(['Mira Sato']);
  });

  it('typographic apostrophes read like straight ones: "You’ll be meeting A and B"', () => {
    const found = people('You’ll be meeting Ansel Brook and Tove Lind on the day.');
    expect(found.interviewers.map((i) => i.name)).toEqual(['Ansel Brook', 'Tove Lind']);
  });

  it('"Title: Name" lines: the person after a job title takes part, after a recruiting title arranges', () => {
    const found = people(
      'Details for Monday:\n\nEngineering Manager: Ansel Brook (ansel.brook@nordbyte.example)\nHead of Data: Tove Lind\nRecruiting Coordinator: Ola Wik',
    );
    expect(found.interviewers).toEqual([
      { name: 'Ansel Brook', email: 'ansel.brook@nordbyte.example' },
      { name: 'Tove Lind', email: null },
    ]);
  });

  it('a lead ending a line after another sentence still opens the list below it', () => {
    const found = people(
      'We are set for Monday at 3pm. You will be talking with:\n\n- Ansel Brook - Staff Engineer\n- Tove Lind - Head of Data',
    );
    expect(found.interviewers.map((i) => i.name)).toEqual(['Ansel Brook', 'Tove Lind']);
  });

  it('"X, who you\'ll be chatting with" names X', () => {
    const found = people(
      'I have copied Ansel Brook, our data lead, who you will be chatting with on Monday.',
    );
    expect(found.interviewers.map((i) => i.name)).toEqual(['Ansel Brook']);
  });

  it('people introduced by full name and then said by first name what they will do', () => {
    const found = people(
      'Two colleagues will be there on Monday at 3pm: Ansel Brook, who runs platform, and Tove Lind from analytics. Ansel will start with a tour of the stack, then Tove will take you through a modelling case.',
    );
    expect(found.interviewers.map((i) => i.name).sort()).toEqual(['Ansel Brook', 'Tove Lind']);
  });

  it('a pronoun after the lead is the person named before it: "your call with her"', () => {
    const found = people(
      'Tove had something come up, so we need to move your call with her to Tuesday.',
      {
        layers: [
          {
            from: recruiter,
            to: [seeker],
            cc: [{ name: 'Lind, Tove', address: 'tove.lind@nordbyte.example' }],
            replyTo: [],
          },
        ],
      },
    );
    expect(found.interviewers).toEqual([
      { name: 'Tove Lind', email: 'tove.lind@nordbyte.example' },
    ]);
  });

  it('"it\'ll be me and X": the sender and X', () => {
    const found = people('It will be me and Tove Lind, our head of data, on Monday.');
    expect(found.interviewers.map((i) => i.name)).toEqual(['Sara Lindqvist', 'Tove Lind']);
  });

  it('"X would love to do a 30-minute call with you" names X', () => {
    const found = people(
      'Ansel Brook, our VP of Engineering, would love to do a 30-minute call with you.',
    );
    expect(found.interviewers.map((i) => i.name)).toEqual(['Ansel Brook']);
  });

  it('the organizer wrote the invitation description: "X will join me" is the organizer and X', () => {
    const { calendar } = readCalendars(
      [
        [
          'BEGIN:VCALENDAR',
          'METHOD:REQUEST',
          'BEGIN:VEVENT',
          'UID:desc-author-1',
          'DTSTART:20270412T150000Z',
          'DTEND:20270412T160000Z',
          'ORGANIZER;CN=Tove Lind:mailto:tove.lind@nordbyte.example',
          'ATTENDEE;CN=Ansel Brook:mailto:ansel.brook@nordbyte.example',
          'ATTENDEE;CN=Kofi Mensah:mailto:kofi.mensah@mail.example',
          'DESCRIPTION:Ansel Brook will join me for the second half.',
          'END:VEVENT',
          'END:VCALENDAR',
        ].join('\r\n'),
      ],
      'UTC',
    );
    const found = people('', {
      calendar,
      calendarText: calendar?.description ?? '',
      sender: null,
      layers: [],
    });
    expect(found.interviewers.map((i) => i.email).sort()).toEqual([
      'ansel.brook@nordbyte.example',
      'tove.lind@nordbyte.example',
    ]);
  });

  it('a place written before an address on a "Location:" line is not a person', () => {
    const found = people(
      'Location: Harbour Freight, 2nd Floor, 9 Quay Street\n\nHarbour Freight would like to meet you. You will meet Tove Lind.',
    );
    expect(found.interviewers.map((i) => i.name)).toEqual(['Tove Lind']);
  });

  it('a name written without the family name that leads it is the one longer entry', () => {
    const found = people(
      'I will be running the technical discussion together with my colleague Mei Ling, who leads forecasting.',
      {
        layers: [
          {
            from: recruiter,
            to: [seeker],
            cc: [{ name: 'Goh Mei Ling', address: 'meiling.goh@nordbyte.example' }],
            replyTo: [],
          },
        ],
      },
    );
    expect(found.interviewers).toEqual([
      { name: 'Sara Lindqvist', email: 'sara.lindqvist@nordbyte.example' },
      { name: 'Goh Mei Ling', email: 'meiling.goh@nordbyte.example' },
    ]);
  });

  it('a recruiter who holds the phone screen herself: "I\'d love to set up a call … and will call you"', () => {
    const found = people(
      "I'd love to set up a 20-minute phone screen to hear about your work. I've put us down for Monday at 2pm and will call you on your mobile.\n\nSara Lindqvist\nTalent Acquisition Specialist",
    );
    expect(found.interviewers.map((i) => i.email)).toEqual(['sara.lindqvist@nordbyte.example']);
    // Setting up a call with someone else is arranging it.
    const arranged = people(
      "I'd love to set up a call with our data lead, Tove Lind, next week.\n\nSara Lindqvist\nRecruiter",
    );
    expect(arranged.interviewers.map((i) => i.name)).toEqual(['Tove Lind']);
  });

  it('"I\'ll be joined by X": the writer and X', () => {
    const found = people('Looking forward to it. I will be joined by Tove Lind from design.');
    expect(found.interviewers.map((i) => i.name)).toEqual(['Sara Lindqvist', 'Tove Lind']);
  });

  it('"X, our lead who\'ll be interviewing you" names X', () => {
    const found = people(
      'Tove Lind, our data lead who’ll be interviewing you, is travelling this week.',
    );
    expect(found.interviewers.map((i) => i.name)).toEqual(['Tove Lind']);
  });

  it('an abbreviated title with a full stop ("Eng.", "Lic.") does not end the sentence', () => {
    const found = people(
      'A entrevista será conduzida pela Eng.ª Rita Sousa e pelo Eng. Nuno Prata, da equipa de dados.',
    );
    expect(found.interviewers.map((i) => i.name)).toEqual(['Rita Sousa', 'Nuno Prata']);
  });

  it('"The invite will come from X, our lead, who\'ll run the session" names X', () => {
    const found = people(
      'Great, Monday at 3pm it is. The invite will come from Tove Lind, our data lead, who’ll run the session.',
    );
    expect(found.interviewers.map((i) => i.name)).toEqual(['Tove Lind']);
  });

  it('"I\'ll start with a design session, then X …": the writer takes part', () => {
    const found = people(
      'I will start with a design session, then Tove Lind will take you through a coding exercise.',
    );
    expect(found.interviewers.map((i) => i.name)).toEqual(['Sara Lindqvist', 'Tove Lind']);
  });

  it('"Estarás conmigo y con X": the writer and X', () => {
    const found = people('Estarás conmigo y con Tove Lind, responsable de datos.');
    expect(found.interviewers.map((i) => i.name)).toEqual(['Sara Lindqvist', 'Tove Lind']);
  });

  it('schedule rows with dotted times ("9.00am – 9.45am") name their interviewers', () => {
    const found = people(
      'Your day:\n\nTime\tSession\tWith\n9.00am – 9.45am\tCase study\tJonas Berg\n10.15am – 11.00am\tSystems talk\tMira Sato\n\nSara',
    );
    expect(found.interviewers.map((i) => i.name)).toEqual(['Jonas Berg', 'Mira Sato']);
  });

  it('a title and its department before the name ("our VP, Field Sales, X") are no person', () => {
    const prose = people(
      "You'll be meeting our Director, Customer Insight, Tove Lind, who leads the analytics guild.",
    );
    expect(prose.interviewers.map((i) => i.name)).toEqual(['Tove Lind']);
    const joined = people(
      'I will be joined by our Chief Officer, Store Operations, Jonas Berg, for the last half hour.',
    );
    expect(joined.interviewers.map((i) => i.name).sort()).toEqual(['Jonas Berg', 'Sara Lindqvist']);
  });

  it('itinerary cells "Title, Department – Name": the name is the person, in any order', () => {
    const found = people(
      'Agenda\n2:00pm – 2:45pm\tModelling\tHead, Credit Strategy – Tove Lind\n3:00pm – 3:30pm\tWrap-up\tJonas Berg – Engineering Manager\n\nSara',
    );
    expect(found.interviewers.map((i) => i.name)).toEqual(['Tove Lind', 'Jonas Berg']);
  });

  it('the line right under a schedule row names its interviewer, title before or after', () => {
    const found = people(
      'Schedule\n11:00 AM - 11:30 AM | Portfolio walk-through\nStaff Designer - Tove Lind\n11:30 AM - 12:15 PM | Whiteboard\nJonas Berg, Principal Engineer\n12:15 PM - 1:00 PM | Lunch\nRiverside Cafe Terrace\n1:00 PM - 1:30 PM | Close\nSara Lindqvist\n\nSara',
    );
    // A place under a row is no person; the writer under one takes part.
    expect(found.interviewers.map((i) => i.name)).toEqual([
      'Tove Lind',
      'Jonas Berg',
      'Sara Lindqvist',
    ]);
  });

  it("a Cc'd colleague whose absence cancels or moves the meeting was to interview", () => {
    const cc = [{ name: 'Jonas Berg', address: 'jonas.berg@nordbyte.example' }];
    const withCc = (latest: string) =>
      readPeople(peopleInput(latest, { ...mailboxes, cc })).interviewers.map((i) => i.email);
    expect(
      withCc("Jonas is out sick today, so we need to move Friday's chat. He can do Monday at 10."),
    ).toEqual(['jonas.berg@nordbyte.example']);
    expect(
      withCc('Unfortunately Jonas has a conflict that afternoon; could we try Tuesday?'),
    ).toEqual(['jonas.berg@nordbyte.example']);
    expect(
      withCc('Jonas can no longer make Thursday, so I am cancelling the call for now.'),
    ).toEqual(['jonas.berg@nordbyte.example']);
  });

  it('a recipient known only by name ("Brandt, Lotte") is the full name of a first name', () => {
    const named = (latest: string) =>
      people(latest, {
        layers: [
          { from: seeker, to: [], cc: [], replyTo: [] },
          { from: recruiter, to: [seeker], cc: [], replyTo: [], named: ['Brandt, Lotte'] },
        ],
      }).interviewers.map((i) => i.name);
    expect(named('Lotte and I are excited to hear about your research.')).toEqual([
      'Sara Lindqvist',
      'Lotte Brandt',
    ]);
    expect(named('Lotte and I are both looking forward to it.')).toContain('Lotte Brandt');
  });

  it('a family name after a form of address ("Frau Dr. Vogel", "Mr. Osei") is the known person', () => {
    const cc = [
      { name: 'Petra Vogel', address: 'petra.vogel@nordbyte.example' },
      { name: 'Kwame Osei', address: 'kwame.osei@nordbyte.example' },
      { name: 'Claire Durand', address: 'claire.durand@nordbyte.example' },
    ];
    const withCc = (latest: string) =>
      readPeople(peopleInput(latest, { ...mailboxes, cc })).interviewers.map((i) => i.email);
    expect(
      withCc('Ihr Gespräch mit Frau Dr. Vogel und mir findet am Montag statt.').sort(),
    ).toEqual(['petra.vogel@nordbyte.example', 'sara.lindqvist@nordbyte.example']);
    expect(withCc("You'll meet Mr. Osei, our finance director, on Monday.")).toEqual([
      'kwame.osei@nordbyte.example',
    ]);
    expect(withCc('Vous rencontrerez Mme Durand lundi à 10h.')).toEqual([
      'claire.durand@nordbyte.example',
    ]);
  });

  it('someone who cannot be there and is replaced ("X is out, so Y will take it instead") is no interviewer', () => {
    const cc = [{ name: 'Jonas Berg', address: 'jonas.berg@nordbyte.example' }];
    const withCc = (latest: string) =>
      readPeople(peopleInput(latest, { ...mailboxes, cc })).interviewers.map((i) => i.name);
    expect(
      withCc(
        'Jonas is on parental leave from Monday, so Mira Sato will take your interview instead.',
      ),
    ).toEqual(['Mira Sato']);
    expect(
      withCc('Mr. Berg can no longer make it; Mira Sato, our data lead, is stepping in for him.'),
    ).toEqual(['Mira Sato']);
    // Nobody takes over: the one who is out was to interview.
    expect(withCc('Jonas is unwell, so we have to postpone Thursday.')).toEqual(['Jonas Berg']);
  });

  it('a cell "Name, Title, Department" ends with the department, not a person', () => {
    const found = people(
      'Schedule\n9:00 – 9:45\tCase study\tTove Lind, Director, Retail Banking\n10:00 – 10:30\tQ&A\tJonas Berg, VP, Field Sales\n11:00 – 11:30\tTour\tMira Sato, Staff Engineer\n\nSara',
    );
    expect(found.interviewers.map((i) => i.name)).toEqual(['Tove Lind', 'Jonas Berg', 'Mira Sato']);
  });

  it('"me" in an older quoted message is whoever wrote that message', () => {
    const history = [
      'On Mon, May 3, 2027 at 9:12 AM Kofi Mensah <kofi.mensah@mail.example> wrote:',
      'Tuesday at 10 works for me.',
      '',
      'On Fri, Apr 30, 2027 at 4:40 PM Sara Lindqvist <sara.lindqvist@nordbyte.example> wrote:',
      'Could we do a call with me and our data lead, Jonas Berg, on Tuesday at 10?',
    ].join('\n');
    const found = people('Great, see you then!', {
      history,
      historyAuthor: { name: 'Kofi Mensah', address: 'kofi.mensah@mail.example' },
    });
    expect(found.interviewers.map((i) => i.name).sort()).toEqual(['Jonas Berg', 'Sara Lindqvist']);
  });

  it('"A und ich sind dabei": A and the writer take part', () => {
    const found = people('Beim Gespräch sind Jonas Berg (Teamleitung) und ich dabei.');
    expect(found.interviewers.map((i) => i.name).sort()).toEqual(['Jonas Berg', 'Sara Lindqvist']);
    const both = people('Wie besprochen: Mira Sato und ich sind beide dabei.');
    expect(both.interviewers.map((i) => i.name).sort()).toEqual(['Mira Sato', 'Sara Lindqvist']);
  });

  it("capitalised words right before a job noun are the title's field, not a person", () => {
    const titled = people(
      'Your interviewer will be Mira Sato, University Relations Manager at Nordbyte.',
    );
    expect(titled.interviewers.map((i) => i.name)).toEqual(['Mira Sato']);
    const panel = people('The panel will be Mira Sato, Clinical Trials Manager, and Jonas Berg.');
    expect(panel.interviewers.map((i) => i.name)).toEqual(['Mira Sato', 'Jonas Berg']);
  });

  it('"who\'ll be your interviewer" names the interviewer like "who will be"', () => {
    const cc = [{ name: 'Tomasz Zielinski', address: 'tomasz.z@nordbyte.example' }];
    for (const text of [
      "I've looped in Tomasz Zielinski, who'll be your interviewer for this round.",
      "Tomasz Zielinski (copied) – he'll be your interviewer on Friday.",
    ])
      expect(
        people(text, {
          layers: input('', {}).layers.map((l, i) => (i === 1 ? { ...l, cc } : l)),
        }).interviewers.map((i) => i.name),
      ).toEqual(['Tomasz Zielinski']);
  });

  it('words before "role", "position" or "team" name a post or a team, not a person', () => {
    const names = (text: string) => findNames(text).map((n) => n.name);
    expect(
      names('Jonas Berg would like to meet you for the Staff Analyst, Harbour Claims role.'),
    ).toEqual(['Jonas Berg']);
    expect(names('Mira Sato leads the Orchard Pricing team.')).toEqual(['Mira Sato']);
    expect(names('an opening in our Maple Lending department')).toEqual([]);
  });

  it('a Malay patronymic particle joins the name', () => {
    const names = (text: string) => findNames(text).map((n) => n.name);
    expect(names('Siti Hajar binti Osman | Product Lead | -')).toEqual(['Siti Hajar binti Osman']);
    expect(names('with Farid bin Abdullah and Aina bte Yusof')).toEqual([
      'Farid bin Abdullah',
      'Aina bte Yusof',
    ]);
  });

  it('a Welsh patronymic particle joins the name', () => {
    expect(findNames('2\t1:00 PM\tGethin ap Rhys\tStaff Engineer').map((n) => n.name)).toEqual([
      'Gethin ap Rhys',
    ]);
  });

  it('"they will call up to me": the writer is reached, not met', () => {
    const found = people(
      'Hi Kofi,\n\nYou will meet Jonas Berg on Tuesday 9 March at 10:00. Check in with reception and they will call up to me.\n\nSara Lindqvist\nRecruiting Coordinator',
    );
    expect(found.interviewers.map((i) => i.name)).toEqual(['Jonas Berg']);
  });

  it('a column-aligned itinerary, each line indented, its times in a.m. and p.m.', () => {
    const found = people(
      'Dear Kofi,\n\nYour visit is on Tuesday the 9th:\n   9:00 a.m. – 9:45 a.m.   Coffee with me\n   10:00 a.m. – 10:45 a.m. Head of Platform, Ingrid Solberg\n   1:00 p.m. – 2:00 p.m.   Panel: Dr. Mikkel Aas and myself\n\nSara Lindqvist\nEngineering Director',
    );
    expect(found.interviewers.map((i) => i.name)).toEqual([
      'Sara Lindqvist',
      'Ingrid Solberg',
      'Mikkel Aas',
    ]);
  });
});

describe('a career-center notice names the employer’s interviewer its representative', () => {
  it('"Representative: X (Title)" and "Employer representatives: A, B" are the interviewers', () => {
    expect(
      people(
        'Employer: Harbor Mills\nPosition: Analyst Intern\nRepresentative: Dana Whitfield-Ames (Project Manager)',
      ).interviewers.map((i) => i.name),
    ).toEqual(['Dana Whitfield-Ames']);
    expect(
      people(
        'Room 212, 10:20 AM\nEmployer representatives: Ansel Brook, Tove Lind',
      ).interviewers.map((i) => i.name),
    ).toEqual(['Ansel Brook', 'Tove Lind']);
  });
});

describe('a hiring manager writing directly, with a colleague who joins too', () => {
  it.each([
    [
      'Would Monday at 3pm ET work? My colleague Ana Ruiz, who runs our data team, will sit in too.',
      ['Sara Lindqvist', 'Ana Ruiz'],
    ],
    [
      'Can you do Friday at 11 CT? Our colleague Ben Ode will be on the call as well.',
      ['Sara Lindqvist', 'Ben Ode'],
    ],
    ["I'd rather talk than trade emails: are you free Tuesday at 10 AM PT?", ['Sara Lindqvist']],
  ])('the writer is on it: %s', (text, names) => {
    expect(people(text).interviewers.map((i) => i.name)).toEqual(names);
  });
});

describe('a name in a script without capitals, with its Latin spelling in brackets', () => {
  it.each([
    [
      'a Persian name',
      'a video call with مهسا رضایی (Mahsa Rezaei), our actuarial lead, whom I have copied',
      'مهسا رضایی (Mahsa Rezaei)',
    ],
    [
      'a Hebrew name',
      'a video call with נועה לוי (Noa Levi), our actuarial lead, whom I have copied',
      'נועה לוי (Noa Levi)',
    ],
  ])('%s', (_, sentence, name) => {
    const found = people(
      `Hi Kofi,\n\nWe have set up ${sentence}. It is on Monday, 8 March at 10:00.\n\nSara`,
      {
        layers: [
          {
            from: seeker,
            to: [{ name: null, address: 'in@followups.example' }],
            cc: [],
            replyTo: [],
          },
          {
            from: recruiter,
            to: [seeker],
            cc: [
              { name: name.replace(/^.*\((.*)\)$/, '$1'), address: 'copied.lead@nordbyte.example' },
            ],
            replyTo: [],
          },
        ],
      },
    );
    expect(found.interviewers.map((i) => i.email)).toEqual(['copied.lead@nordbyte.example']);
  });
});

describe('fields an applicant system prints with a leader of dots', () => {
  it('"Interviewer name ...... X" names the interviewer; the sender only sends', () => {
    // The text as decoding gives it to the phases: dot leaders read as labels.
    const found = people(
      leadersAsLabels(
        'Dear Kofi,\n\nCompany ............ Harrowgate Tax LLP\nSlot ............... 11:00 AM - 11:30 AM\nInterviewer name ... Ilse Verhoeven\nInterviewer title .. Tax Manager\n\nCampus Careers Office',
      ),
    );
    expect(found.interviewers.map((i) => i.name)).toEqual(['Ilse Verhoeven']);
  });
});

describe('a table flattened one cell a line', () => {
  it('runs on past twelve lines while its rows keep naming people', () => {
    const rows = [
      ['9:00 – 9:45 AM', 'Agnieszka Wrona', 'Principal Engineer', 'Architecture'],
      ['9:45 – 10:30 AM', 'Tendai Moyo', 'Engineering Manager', 'Past projects'],
      ['10:30 – 11:15 AM', 'Ruairi Breen', 'Staff Designer', 'Design critique'],
      ['11:15 AM – 12:00 PM', 'Lunch (on us)'],
      ['12:00 – 12:45 PM', 'Ximena Ortiz', 'VP, Engineering', 'Your questions'],
    ];
    const table = ['Time', 'Interviewer', 'Title', 'Focus', ...rows.flat()].join('\n');
    const found = people(
      `Hi Kofi,\n\nHere is your onsite on Tuesday, March 9:\n\n${table}\n\nSara`,
    );
    expect(found.interviewers.map((i) => i.name)).toEqual([
      'Agnieszka Wrona',
      'Tendai Moyo',
      'Ruairi Breen',
      'Ximena Ortiz',
    ]);
  });
});

describe('a schedule row that says what follows its session', () => {
  it('"…, then B will walk you out": B is no interviewer of that session', () => {
    const found = people(
      'Dear Kofi,\n\nYour visit on Tuesday 9 March:\n• 9:00–9:45 am — coffee with Ingrid Solberg\n• 10:00–10:30 am — wrap-up with me, then Petter Dahl will walk you to the taxi rank\n\nSara Lindqvist\nProfessor and Chair',
    );
    expect(found.interviewers.map((i) => i.name)).toEqual(['Ingrid Solberg', 'Sara Lindqvist']);
  });
});
