// Company and role alone, from a reading of the original built by hand.
import { describe, expect, it } from 'vitest';
import { findCompany } from '#parse/company.js';
import { companySideAddresses, findCompanyAndRole } from '#parse/company-and-role.js';
import { EMPTY_HEADERS, type Reading } from '#parse/layers.js';
import { cleanRole, findRole } from '#parse/role.js';
import type { MessageHeaders } from '#parse/types.js';

const outer: MessageHeaders = {
  ...EMPTY_HEADERS,
  from: { name: 'Lena Fischer', address: 'lena@mail.example' },
  subject: 'Fwd: Next step',
};

function reading(latest: string, subject: string, fromAddress: string): Reading {
  const headers: MessageHeaders = {
    ...EMPTY_HEADERS,
    from: { name: 'Omar Said', address: fromAddress },
    to: [{ name: 'Lena Fischer', address: 'lena@mail.example' }],
    cc: [{ name: null, address: 'hiring@brightwater-labs.example' }],
    subject,
  };
  return {
    note: null,
    layers: [{ headers, body: latest, htmlText: null, calendars: [], date: null }],
    forwarderNotes: [],
    message: { headers, body: latest, htmlText: null, calendars: [], date: null },
    forwarded: true,
    latest,
    history: '',
    thread: [],
    historyAuthor: null,
  };
}

/** Company and role of a message the seeker forwarded, as the pipeline reads it. */
function jobIn(latest: string, subject: string, fromAddress: string) {
  const read = reading(latest, subject, fromAddress);
  return findCompanyAndRole({
    reading: read,
    outer,
    calendar: null,
    companyAddresses: companySideAddresses(read, null, new Set(['lena@mail.example'])),
  });
}

describe('companySideAddresses', () => {
  it('sender, cc and addresses in the text, never the seeker', () => {
    const read = reading(
      'Questions? Write to lena@mail.example or desk@brightwater-labs.example.',
      'Next step',
      'omar@brightwater-labs.example',
    );
    const side = companySideAddresses(read, null, new Set(['lena@mail.example']));
    expect(side.map((a) => a.address)).toEqual([
      'omar@brightwater-labs.example',
      'hiring@brightwater-labs.example',
      'desk@brightwater-labs.example',
    ]);
  });
});

describe('findCompanyAndRole', () => {
  it('the role from "for the X role" and the company the text names, with its domain', () => {
    const read = reading(
      'Hi Lena, thanks for your interest in Brightwater Labs, we would like to invite you to a video interview for the Data Analyst role on Tuesday.',
      'Next step',
      'omar@brightwater-labs.example',
    );
    const side = companySideAddresses(read, null, new Set(['lena@mail.example']));
    const job = findCompanyAndRole({
      reading: read,
      outer,
      calendar: null,
      companyAddresses: side,
    });
    expect(job.company).toBe('Brightwater Labs');
    expect(job.role).toBe('Data Analyst');
    expect(job.sources.role).not.toBe('none');
    // The company and its domain are organisations, never people.
    expect(job.organisations.has('brightwaterlabs')).toBe(true);
  });

  it('a role from an event title drops the seeker name and the separators', () => {
    const job = jobIn(
      'See the invitation.',
      'Interview - Lena Fischer - Platform Engineer',
      'omar@brightwater-labs.example',
    );
    expect(job.role).toBe('Platform Engineer');
  });

  it.each([
    '9:00 - 9:45  Hiring manager chat - Rosa Lindqvist\n10:00 - 10:45  Design review - Ivo Brandt',
    '10.30 – 11.15 | Portfolio review – Ama Mensah\n11.30 – 12.00 | Team lead call – Kofi Owusu',
    '1pm - 1:45pm  Panel interview - Sara Ito',
  ])('a schedule row opening with its time is a session, not the event title: %s', (rows) => {
    const job = jobIn(
      `Here is the plan for Tuesday:\n${rows}\nCheers, Dev`,
      'Plan for Tuesday',
      'dev@brightwater-labs.example',
    );
    expect(job.role).toBeNull();
  });

  it('a domain that spells only the first words: the name the signature line writes with them', () => {
    const companyOf = (latest: string, from: string) => {
      const read = reading(latest, 'Next step', from);
      return findCompanyAndRole({
        reading: read,
        outer,
        calendar: null,
        companyAddresses: companySideAddresses(read, null, new Set(['lena@mail.example'])),
      }).company;
    };
    // Only a longer phrase spells the domain's start: the signature line says the rest.
    expect(
      companyOf(
        'Hi Lena, could we talk on Monday at 10?\n\nOmar Said\nSurvey Lead\nBlue Fjord Geodetic Surveying\nOslo',
        'omar.said@bluefjord.example',
      ),
    ).toBe('Blue Fjord Geodetic Surveying');
    // Two phrases start with it (a hotel in prose, the employer in the signature): the signature's.
    expect(
      companyOf(
        'Hi Lena, we have booked you a room at the Kessock Inn for the night before.\n\nOmar Said\nKessock College · 4 Firth Road',
        'osaid@kessock.example',
      ),
    ).toBe('Kessock College');
  });

  it('a signature "Title, Company" line gives the full name; the subject\'s short form is cut from the role', () => {
    const job = jobIn(
      'Hi Lena, Tomasz can do Wednesday at 1:30 PM.\n\n--\nOmar Said\nTalent Partner, Kestrel Ridge Outfitters\n(555) 010-2020',
      'Next round – Site Reliability Engineer, Kestrel Ridge',
      'omar.said@kestrelridge.example',
    );
    expect(job.company).toBe('Kestrel Ridge Outfitters');
    expect(job.role).toBe('Site Reliability Engineer');
  });

  it("an agency recruiter's own firm is not the company when the subject and text name the client", () => {
    const job = jobIn(
      'Hi Lena, good news: Ostrava Mills would like to see you for the Buyer job on Monday at 11am. Their office is at Ostrava Mills, 9 Canal Road.\n\nOmar Said\nConsultant | Kettleby Staffing Ltd',
      'Interview booked | Buyer | Ostrava Mills',
      'omar.said@kettlebystaffing.example',
    );
    expect(job.company).toBe('Ostrava Mills');
    expect(job.role).toBe('Buyer');
  });

  it.each([
    [
      'Marrowby Group would like to meet you',
      'Interview confirmed – Buyer – Marrowby',
      'Marrowby Group',
    ],
    [
      'Great news – Tarnwick Building Society would like to see you',
      'Interview booked | Buyer | Tarnwick',
      'Tarnwick Building Society',
    ],
    [
      'Good news: Ostrava Mills have offered a slot. Ostrava Mills Buyer interviews are short',
      'Buyer – Ostrava',
      'Ostrava Mills',
    ],
  ])(
    "the agency's client named short in the subject is the fuller name the text writes: %s",
    (said, subject, client) => {
      const job = jobIn(
        `Hi Lena, ${said} for the Buyer job on Monday at 11am.\n\nOmar Said\nConsultant | Kettleby Staffing Ltd`,
        subject,
        'omar.said@kettlebystaffing.example',
      );
      expect(job.company).toBe(client);
    },
  );

  it.each([
    ['kai.moana@harbourfin.example', 'Harbour Financial Planning'],
    ['r.okoro@tidewellmed.example', 'Tidewell Medical Devices'],
  ])(
    'a domain that spells the first word and the start of the next names the company (%s)',
    (address, company) => {
      const job = jobIn(
        `Hi Lena, your interview for the Buyer role is on Monday at 11am.\n\nBest,\nKai\n\nKai Moana\nRecruiter\n${company}\n`,
        'Interview – Buyer',
        address,
      );
      expect(job.company).toBe(company);
    },
  );

  it.each(['People Team', 'Talent Acquisition', 'Recruiting'])(
    'a signature "Name | %s" is a department: the company is the line below',
    (department) => {
      const job = jobIn(
        `Hi Lena, your interview for the Buyer role is on Monday at 11am.\n\nTevita Fifita | ${department}\nCoralbay Shipping Lines\n12 Wharf Road, Suva`,
        'Interview – Buyer',
        'tevita.fifita@oceanic-mailhub.example',
      );
      expect(job.company).toBe('Coralbay Shipping Lines');
    },
  );

  it.each([
    ['Co-founder & CEO, Tallowmere', 'tallowmere.founder@gmail.com', 'Tallowmere'],
    [
      'Engineering Manager, Brisklane Logistics',
      'pat.ng@bl-corp-mail.example',
      'Brisklane Logistics',
    ],
    [
      'People Partner\nOkapi Freight Services',
      'pat.ng@ofs-group.example',
      'Okapi Freight Services',
    ],
    ['Talent Acquisition\nWindrose Clinics\nPerth WA 6000', 'pat.ng@gmail.com', 'Windrose Clinics'],
  ])(
    'a signature that writes the company after or under a title names it: %s',
    (lines, address, company) => {
      const job = jobIn(
        `Hi Lena, your interview for the Buyer role is on Monday at 11am.\n\nBest,\nPat\n\nPat Ng\n${lines}\n`,
        'Interview – Buyer',
        address,
      );
      expect(job.company).toBe(company);
    },
  );

  it.each([
    'Good news! Pemberly Outfitters are keen to meet you',
    'Great news – the hiring team at Pemberly Outfitters would like to interview you',
    "Pemberly Outfitters' hiring manager would like to meet you",
    'Pemberly Outfitters have asked to see you',
  ])('an agency names its client without the word "client": %s', (said) => {
    const job = jobIn(
      `Hi Lena, ${said} for the Buyer role. You're booked for Monday at 11am.\n\nOmar Said\nPrincipal Consultant | Trellisbay Partners`,
      'Interview confirmed',
      'omar@trellisbay-partners.example',
    );
    expect(job.company).toBe('Pemberly Outfitters');
  });

  it('a direct employer writing of its own hiring team stays the company', () => {
    const job = jobIn(
      'Hi Lena, the hiring team at Trellisbay would like to meet you for the Buyer role on Monday at 11am.\n\nOmar Said\nRecruiter | Trellisbay Partners',
      'Interview confirmed',
      'omar@trellisbay-partners.example',
    );
    expect(job.company).toBe('Trellisbay Partners');
  });

  it('an agency recruiter who writes "my client, X" names the company', () => {
    const job = jobIn(
      'Hi Lena, great news! My client, Tamarind Foods, would like to interview you for the Payroll Specialist role on Thursday at 10am.\n\nOmar Said\nSenior Consultant | Northgate Search Partners',
      'Interview confirmed - Payroll Specialist',
      'omar.said@northgate-search.example',
    );
    expect(job.company).toBe('Tamarind Foods');
  });

  it.each([
    ['our client, Pellworth Dairies, would like to meet you', 'Pellworth Dairies'],
    ['my client: Quorra Health have asked to see you', 'Quorra Health'],
    [
      "I'm recruiting on behalf of a client, Tessaly Foods, who'd like to meet you",
      'Tessaly Foods',
    ],
    ['the client (Orrin Marine) would like to meet you', 'Orrin Marine'],
  ])('a firm whose name is no agency word still writes for its client: "%s"', (said, client) => {
    const job = jobIn(
      `Hi Lena, ${said} for the Payroll Specialist role on Thursday at 10am.\n\nOmar Said\nAssociate Director | Ashgrove Talent`,
      'Interview confirmed - Payroll Specialist',
      'omar.said@ashgrovetalent.example',
    );
    expect(job.company).toBe(client);
  });

  it("a video service's dial-in address (meeting number@host.webex) does not name the company", () => {
    const read = reading(
      'Hi Lena, I would like to invite you to an interview for the Payroll Specialist role at Marrowby Foods on Thursday at 10am. Webex details are below.\n\nJoin from a video system: dial 24419907735@marrowby.webex.example',
      'Interview - Payroll Specialist',
      'omar.said@marrowby.example',
    );
    const job = findCompanyAndRole({
      reading: read,
      outer,
      calendar: null,
      companyAddresses: [
        ...companySideAddresses(read, null, new Set(['lena@mail.example'])),
        { name: null, address: '24419907735@marrowby.webex.example' },
      ],
    });
    expect(job.company).toBe('Marrowby Foods');
  });

  it('a research firm is no agency: "research" is not "search"', () => {
    const job = jobIn(
      'Hi Lena, thanks for applying to Northwind Research. We would like to interview you for the Lab Manager role at our Harbour Campus site on Thursday at 10am.\n\nOmar Said\nLab Director | Northwind Research',
      'Interview - Lab Manager - Harbour Campus',
      'omar.said@northwindresearch.example',
    );
    expect(job.company).toBe('Northwind Research');
  });

  it('an early-careers team sender is the company without its team words', () => {
    const read = reading(
      'Hi Lena, you are invited to our assessment day on Wednesday from 9am to 4pm, with a group exercise and two interviews.',
      'Save the date: assessment day',
      'earlycareers@quillby.example',
    );
    const from = { name: 'Quillby Early Careers', address: 'earlycareers@quillby.example' };
    read.message.headers.from = from;
    const job = findCompanyAndRole({
      reading: read,
      outer,
      calendar: null,
      companyAddresses: [from],
    });
    expect(job.company).toBe('Quillby');
  });

  it('a staffing firm hiring for itself stays the company', () => {
    const job = jobIn(
      'Hi Lena, thanks for applying to Kettleby Staffing. We would like to interview you for the Recruiter role on Monday at 11am.\n\nOmar Said\nHead of People | Kettleby Staffing',
      'Interview booked | Recruiter',
      'omar.said@kettlebystaffing.example',
    );
    expect(job.company).toBe('Kettleby Staffing');
  });

  it('nothing to go on: the role is null and its source says none', () => {
    const read = reading('Talk soon.', 'Hello', 'omar@gmail.example');
    const job = findCompanyAndRole({ reading: read, outer, calendar: null, companyAddresses: [] });
    expect(job.role).toBeNull();
    expect(job.sources.role).toBe('none');
  });
});

describe('a company named in a sign-off beside its team', () => {
  it.each([
    ['Your call is on Tuesday at 2pm.\n\nThanks,\nPeople Ops, Quillmoor Foods', 'Quillmoor Foods'],
    [
      'Your call is on Tuesday at 2pm. See you then! Tamsin Rowe Hospitality Recruiting',
      'Tamsin Rowe Hospitality',
    ],
    [
      'Your call is on Tuesday at 2pm.\nRegards,\nThe Hollowbrook Dairy Talent Acquisition Team',
      'Hollowbrook Dairy',
    ],
    ['Your call is on Tuesday at 2pm. — Wren (scheduler, Ashgrove Clinics)', 'Ashgrove Clinics'],
    ['Your call is on Tuesday at 2pm.\nBest, Ines, Talent, Lindqvist Bakery', 'Lindqvist Bakery'],
    ['Your call is on Tuesday at 2pm.\nMit freundlichen Grüßen\nHR Team Stollberg AG', 'Stollberg'],
  ])('%s', (text, company) => {
    expect(jobIn(text, 'Your call', 'no-reply@slotbridge-mail.example').company).toBe(company);
  });

  it.each([
    'Your call is on Tuesday at 2pm.\n\nInvitation from Google Calendar',
    'Your call is on Tuesday at 2pm.\nThanks,\nTalent Team',
    'Your call is on Tuesday at 2pm.\nCheers, Jordan (Recruiting)',
  ])('a tool, a team alone or a person names none: %s', (text) => {
    expect(jobIn(text, 'Your call', 'no-reply@slotbridge-mail.example').company).toBeNull();
  });
});

describe('a company named in full only in a signature after a separator', () => {
  it('takes "Name Words" from "Team | Name Words" over the shorter name the domain spells', () => {
    const read = reading(
      'Olá! Sua entrevista para Analista Fiscal na Ribeira Clara foi agendada.\n\nEquipe de Pessoas | Ribeira Clara Energia',
      'Entrevista agendada',
      'nao-responda@vagas.ribeiraclara.example',
    );
    const side = companySideAddresses(read, null, new Set(['lena@mail.example']));
    const job = findCompanyAndRole({
      reading: read,
      outer,
      calendar: null,
      companyAddresses: side,
    });
    expect(job.company).toBe('Ribeira Clara Energia');
  });
});

describe('a domain that abbreviates the name', () => {
  const companyFor = (text: string, from: string) => {
    const read = reading(text, 'Interview', from);
    return findCompanyAndRole({
      reading: read,
      outer,
      calendar: null,
      companyAddresses: companySideAddresses(read, null, new Set(['lena@mail.example'])),
    }).company;
  };

  it.each([
    [
      'first word and initials',
      'Kind regards,\nTamsin Roe\nCoastal Freight Partners',
      'tamsin@coastal-fp.example',
      'Coastal Freight Partners',
    ],
    [
      'initials only',
      'Best,\nIvo Marsh\nNorthern Grain Cooperative',
      'ivo.marsh@ngc.example',
      'Northern Grain Cooperative',
    ],
  ])('%s: the name written in full', (_, text, from, company) => {
    expect(companyFor(`Your interview is on Monday at 10.\n\n${text}`, from)).toBe(company);
  });

  it('a domain that runs the name together splits off a word that ends company names', () => {
    expect(companyFor('Your interview is on Monday at 10.', 'ines@harborlinemedia.example')).toBe(
      'Harborline Media',
    );
    expect(companyFor('Your interview is on Monday at 10.', 'ines@quillfeather.example')).toBe(
      'Quillfeather',
    );
  });

  it('a domain that cuts the last word to some of its letters', () => {
    expect(
      companyFor(
        'Your interview is on Monday at 10.\n\nBest,\nIvo Marsh\nHR, Kestrel Manufacturing',
        'ivo@kestrel-mfg.example',
      ),
    ).toBe('Kestrel Manufacturing');
    expect(
      companyFor(
        'Your interview is on Monday at 10.\n\nBest,\nIvo Marsh\nOrion Logistics International',
        'ivo@orionlogisticsintl.example',
      ),
    ).toBe('Orion Logistics International');
  });

  it('a person whose initials are the domain is not the company', () => {
    expect(
      companyFor('Your interview is on Monday at 10.\n\nBest,\nIvo Marsh', 'ivo@im.example'),
    ).not.toBe('Ivo Marsh');
  });
});

describe('a scheduling tool is not the employer', () => {
  it('"Powered by X" marks X, and "Title at Company" names the employer', () => {
    const read = reading(
      'A new event has been scheduled.\n\nEvent Type:\nIntro call - Grain Desk Analyst (30 min)\n\nHost:\nMarta Quinn, Talent Partner at Ostrava Grain\n\nPowered by Bookrail',
      'Confirmed: Intro call with Marta Quinn',
      'notifications@bookrail.example',
    );
    const side = companySideAddresses(read, null, new Set(['lena@mail.example']));
    const job = findCompanyAndRole({
      reading: read,
      outer,
      calendar: null,
      companyAddresses: side,
    });
    expect(job.company).toBe('Ostrava Grain');
    expect(job.role).toBe('Grain Desk Analyst');
  });
});

describe('the terms of an engagement are not part of the role', () => {
  it.each([
    ['Payroll Specialist (9-month contract)', 'Payroll Specialist'],
    ['Field Engineer (Fixed Term, 12 months)', 'Field Engineer'],
    ['Software Developer - Fall 2027 Co-op (Posting 5521)', 'Software Developer'],
    ['Data Analyst – Internship', 'Data Analyst'],
    ['Brand Designer (parental leave cover)', 'Brand Designer'],
    ['Graduate Engineer (January 2028 intake)', 'Graduate Engineer'],
    ['Support Engineer (Night Shift)', 'Support Engineer'],
  ])('%s', (raw, role) => {
    expect(cleanRole(raw)).toBe(role);
  });

  it('keeps words of the title that only look like terms', () => {
    expect(cleanRole('Counsel (Contracts)')).toBe('Counsel (Contracts)');
    expect(cleanRole('Manager - Contract Operations')).toBe('Manager - Contract Operations');
  });
});

describe('findRole: the role interviewed for', () => {
  const role = (text: string, subject = 'Next steps') =>
    findRole({ texts: [text], titles: [subject], company: null }).role;

  it.each([
    [
      'Obrigado pelo interesse.',
      'Entrevista – Arquiteta de Soluções | Lumo',
      'Arquiteta de Soluções',
    ],
    ['Até breve!', 'Próxima etapa – Cientista de Dados Pleno | Lumo', 'Cientista de Dados Pleno'],
    [
      'Gracias por tu interés en la vacante de Arquitecto de Software en Lumo.',
      'Entrevista',
      'Arquitecto de Software',
    ],
    [
      'Vielen Dank für Ihre Bewerbung als Software-Architekt (m/w/d) bei Lumo.',
      'Gespräch',
      'Software-Architekt',
    ],
  ])(
    'scientists and architects are job titles in other languages: %s / %s',
    (text, subject, title) => {
      expect(role(text, subject)).toBe(title);
    },
  );

  it.each([
    [
      'Your interview for the position of Site Engineer - Structures has been moved.',
      'Site Engineer - Structures',
    ],
    [
      'We are pleased to invite you for the post of Finance Manager at our Mombasa office.',
      'Finance Manager',
    ],
    [
      'You have been shortlisted for a role of Quality Analyst in our Pune team.',
      'Quality Analyst',
    ],
  ])('"the position/post/role of X" names the title: %s', (text, title) => {
    expect(role(text, 'Interview update')).toBe(title);
  });

  it.each([
    [
      'She is confirmed for the FP&A Senior Analyst interviews on Wednesday.',
      'FP&A Senior Analyst',
    ],
    ['Looking forward to the R&D Engineer interview on Monday.', 'R&D Engineer'],
    ['Good luck with your M&A Associate interviews on Friday.', 'M&A Associate'],
  ])(
    'an ampersand inside a word is part of the title, and "interviews" ends it: %s',
    (text, title) => {
      expect(role(text, 'Schedule')).toBe(title);
    },
  );

  it.each([
    ['Interview confirmation: Field Service Technician [Job ID 55310]', 'Field Service Technician'],
    ['Loan Officer [REQ-7781] – interview booked', 'Loan Officer'],
    ['Re: Warehouse Supervisor opportunity at Drayton Freight', 'Warehouse Supervisor'],
    ['Head of B2B Sales – interview', 'Head of B2B Sales'],
  ])(
    'a subject title loses square-bracketed numbers and the word for the post: %s',
    (subject, title) => {
      expect(role('See you then.', subject)).toBe(title);
    },
  );

  it.each([
    ['Your interview for Payroll Analyst - R0049127 is scheduled for Monday.', 'Payroll Analyst'],
    ['Your interview for Payroll Analyst - JR10552 is confirmed.', 'Payroll Analyst'],
  ])('a requisition number glued after a dash is cut off whole: %s', (text, title) => {
    expect(role(text)).toBe(title);
  });

  it('a title in sentence case keeps its lowercase words up to a clear end', () => {
    expect(role("L'entretien pour le poste de Chargé de clientèle, prévu mardi, est annulé.")).toBe(
      'Chargé de clientèle',
    );
    expect(role('Te escribo por el puesto de Analista de datos.\nSaludos')).toBe(
      'Analista de datos',
    );
    // No clear end: the words after the title are not part of it.
    expect(role('Entretien pour le poste de Comptable le mardi 14 janvier à 10h')).toBe(
      'Comptable',
    );
  });

  it('a labelled line in a script without capitals, behind a bullet and a full-width colon', () => {
    expect(role('面接のご案内です。\n■職種：データエンジニア\n■面接官：営業部 鈴木')).toBe(
      'データエンジニア',
    );
    expect(role('面接のご案内です。\n募集職種: インフラエンジニア')).toBe('インフラエンジニア');
  });

  it("a subject written as a sentence names the title after its language's words for the post", () => {
    expect(
      role('Här kommer en bekräftelse.', 'Bekräftelse: intervju för tjänsten som Dataanalytiker'),
    ).toBe('Dataanalytiker');
    expect(role('Velkommen.', 'Invitation: samtale om stillingen som Systemkonsulent')).toBe(
      'Systemkonsulent',
    );
  });

  it('a language\'s title words also start a sentence ("Stillingen som …")', () => {
    expect(
      role('Stillingen som Dataanalytiker hos Fyrtårn Data er desværre besat.', 'Samtale'),
    ).toBe('Dataanalytiker');
  });

  it('trades and agentive words are job nouns: "Claims Adjuster II", "Phlebotomist", "Sonographer"', () => {
    expect(role('Hi', 'Phone screen - Claims Adjuster II')).toBe('Claims Adjuster II');
    expect(role('Hi', 'Interview - Phlebotomist')).toBe('Phlebotomist');
    expect(role('Hi', 'Interview | Cardiac Sonographer')).toBe('Cardiac Sonographer');
    // A list is no job.
    expect(role('Hi', 'Interview - Checklist')).toBeNull();
  });

  it('lowercase words after the meeting word say when, not what the job is', () => {
    expect(role('Hi', 'Re: Payroll Specialist interview on Monday')).toBe('Payroll Specialist');
    expect(role('Hi', 'Support Engineer call tomorrow')).toBe('Support Engineer');
    expect(role('Hi', 'Brand Designer chat next week?')).toBe('Brand Designer');
  });

  it("another language's word for the interview is never part of the title", () => {
    expect(role('Hej!', 'Intervju Systemutvecklare')).toBe('Systemutvecklare');
    expect(role('Hej!', 'Samtale Dataanalytiker')).toBe('Dataanalytiker');
    expect(role('Hallo!', 'Kennenlerngespräch Softwareentwickler')).toBe('Softwareentwickler');
  });

  it('Romance words for a designer are job nouns: "Diseñadora UX", "Progettista meccanico"', () => {
    expect(role('Hola', 'Entrevista – Diseñadora UX')).toBe('Diseñadora UX');
    expect(role('Ciao', 'Colloquio – Progettista Meccanico')).toBe('Progettista Meccanico');
  });

  it('Nordic titles are one word ending in a job noun', () => {
    expect(role('Hej!', 'Aflysning af samtale – Forretningsanalytiker')).toBe(
      'Forretningsanalytiker',
    );
    expect(role('Hej!', 'Intervju – Nätverkstekniker')).toBe('Nätverkstekniker');
  });

  it('a role named where the seeker is turned down gives way to the one interviewed for', () => {
    expect(
      role(
        "We won't be moving forward with your application for the Backend Engineer role. The team would still like to meet you about our Platform Engineer opening on Monday at 10.",
      ),
    ).toBe('Platform Engineer');
    expect(
      role(
        'We have offered the Account Director position to another candidate; could we talk about the Account Manager position instead, Tuesday at 3?',
      ),
    ).toBe('Account Manager');
  });

  it('a rejection that names only one role still names it', () => {
    expect(
      role(
        "We won't be moving forward with your application for the Backend Engineer role. Thank you for your time.",
      ),
    ).toBe('Backend Engineer');
  });

  it('Dutch, German and French job nouns, with the adjectives a subject writes after them', () => {
    expect(role('We nodigen je uit voor een gesprek voor de functie Financieel Analist.')).toBe(
      'Financieel Analist',
    );
    expect(role('Ihre Bewerbung als Praktikant Vertrieb (m/w/d) hat uns gefallen.')).toBe(
      'Praktikant Vertrieb',
    );
    expect(
      role(
        "Merci pour votre candidature pour la fonction d'Analyste financière.",
        'Invitation à un entretien – Analyste financière (H/F)',
      ),
    ).toBe('Analyste financière');
  });
});

describe('a signature name that ends in an abbreviation with its dot', () => {
  it.each([
    [
      'Hi Lena, Silverpine is closed over the holidays.\n\nGrant Holloway\nRecruiter, Silverpine Supply Co.',
      'grant@silverpine.example',
      'Silverpine Supply',
    ],
    [
      'Hale is hiring again!\n\nOmar Said\nTalent Team | Hale Bros.\nDenver, CO',
      'omar@hale.example',
      'Hale Bros',
    ],
    [
      'Thanks, Lena.\n\n--\nPriya Nair\nHiring Manager, Juniper Mills Co.\n(555) 010-3030',
      'priya@junipermills.example',
      'Juniper Mills',
    ],
  ])('%s', (text, from, company) => {
    expect(jobIn(text, 'Interview on Tuesday', from).company).toBe(company);
  });
});

describe("a role only an agency's note on the way names", () => {
  it('the client schedule names people and times, the agency note the job', () => {
    const read = {
      ...reading(
        'Here is the plan for Thursday: Rui Alves at 9:30, then Kim Osei at 10:15 until 11.',
        'Candidate schedule',
        'coordinator@fernhollow.example',
      ),
      forwarderNotes: [
        'Good news! Fernhollow sent the times for the Lead Mobile Developer loop, see below.',
      ],
    };
    const job = findCompanyAndRole({
      reading: read,
      outer,
      calendar: null,
      companyAddresses: companySideAddresses(read, null, new Set(['lena@mail.example'])),
    });
    expect(job.role).toBe('Lead Mobile Developer');
  });
});

describe('a fuller name in a signature after a department and a comma', () => {
  it.each([
    [
      'Talent',
      'Marlowe is keen to meet you on Monday at 3pm.\n\nCheers,\nIda\n\n--\nIda Brandt\nTalent, Marlowe Instruments\nAustin, TX',
    ],
    [
      'People Ops',
      'Marlowe is keen to meet you on Monday at 3pm.\n\nIda Brandt\nPeople Ops, Marlowe Instruments',
    ],
  ])('%s, Marlowe Instruments', (_department, text) => {
    expect(jobIn(text, 'Next steps', 'ida.brandt@marlowe.example').company).toBe(
      'Marlowe Instruments',
    );
  });
});

describe('a fuller name in a signature before its legal forms', () => {
  it('a signature that writes "Pvt. Ltd." after the fuller name still gives that name', () => {
    const job = jobIn(
      'Greetings from Trellisbay! Your interview is on Friday at 11am.\n\nOmar Said\nHR Executive\nTrellisbay Ledger Technologies Pvt. Ltd., Bengaluru',
      'Interview scheduled',
      'omar@trellisbayledger.example',
    );
    expect(job.company).toBe('Trellisbay Ledger Technologies');
  });
});

describe('a tool that writes for someone else names no company', () => {
  it('"A via Tool", where A is a person of the company, is no company name', () => {
    const sender = {
      name: 'Dana Whitlock via Bookwell',
      address: 'notifications@bookwell.example',
    };
    expect(
      findCompany({
        texts: [
          'Your booking is confirmed\n\nPhone interview - Barista\nwith Dana Whitlock, Cafe Manager, Ironbark Coffee Roasters\n\nQuestions? Contact dana.whitlock@ironbarkcoffee.example.',
        ],
        subjects: ['Confirmed: Phone interview with Dana Whitlock'],
        companyAddresses: [sender, { name: null, address: 'dana.whitlock@ironbarkcoffee.example' }],
        sender,
      }).company,
    ).toBe('Ironbark Coffee Roasters');
  });

  it('"Tool on behalf of X": the tool is not the company, X is', () => {
    const sender = { name: 'Kestrel Mutual', address: 'alerts@hirewell.example' };
    expect(
      findCompany({
        texts: [
          'The details of your interview have been updated.\n\nPosition: Claims Adjuster\n\nHirewell on behalf of Kestrel Mutual',
        ],
        subjects: ['Updated: your interview'],
        companyAddresses: [sender],
        sender,
      }).company,
    ).toBe('Kestrel Mutual');
  });
});

describe('an agency known by the agency word its signature writes after its name', () => {
  it('"Quillonworth Recruitment" in the signature makes quillonworth.example an agency; the client is in the subject after "@"', () => {
    const sender = { name: 'Piers Ambrose', address: 'piers.ambrose@quillonworth.example' };
    expect(
      findCompany({
        texts: [
          "Hi Nell,\n\nAll confirmed for Friday at 10am, see Ines's note below.\n\nPiers Ambrose\nSenior Consultant\nQuillonworth Recruitment | Leeds\n\nFrom: Ines Varga <ines.varga@tarnpike.example>\n\nHappy to meet Nell on Friday at 10am.\n\nInes Varga\nHead of Data, Tarn & Pike",
        ],
        subjects: ['RE: Data Analyst @ Tarn & Pike – confirmed'],
        companyAddresses: [sender, { name: 'Ines Varga', address: 'ines.varga@tarnpike.example' }],
        sender,
      }).company,
    ).toBe('Tarn & Pike');
  });
});

describe('a domain or a short form that cuts a word of the name', () => {
  it('"Corvid Pharma" at corvidpharma: the signature line "Corvid Pharmaceuticals, Inc." is the name', () => {
    const sender = { name: 'June Park', address: 'june.park@corvidpharma.example' };
    expect(
      findCompany({
        texts: [
          'Hi Omar,\n\nGood news: Corvid Pharma would like a second call with you next week.\n\nThanks,\nJune\n\nJune Park\nTalent Team\nCorvid Pharmaceuticals, Inc.\nBoston, MA',
        ],
        subjects: ['Corvid - second call'],
        companyAddresses: [sender],
        sender,
      }).company,
    ).toBe('Corvid Pharmaceuticals');
  });

  it('agrobeaulac for "Agronomie Beaulac": the first word cut, the rest whole, beats a title line', () => {
    const sender = { name: 'Louis Tremblay', address: 'louis.tremblay@agrobeaulac.example' };
    expect(
      findCompany({
        texts: [
          'Bonjour Omar,\n\nMerci pour votre candidature.\n\nLouis Tremblay\nRecruteur principal | Senior Talent Recruiter\nAgronomie Beaulac\nSherbrooke (Québec)',
        ],
        subjects: ['Entrevue / Interview'],
        companyAddresses: [sender],
        sender,
      }).company,
    ).toBe('Agronomie Beaulac');
  });
});

describe('a subject that says what is being done to the interview', () => {
  it.each([
    ['Brightwater Labs: scheduling your Data Analyst interview', 'Data Analyst'],
    ['Re: confirming the Platform Engineer phone screen', 'Platform Engineer'],
    ['Brightwater Labs | moving our Product Designer chat', 'Product Designer'],
  ])('%s', (subject, role) => {
    expect(
      jobIn('Hi Lena, see you on Tuesday at 10.', subject, 'omar@brightwater-labs.example').role,
    ).toBe(role);
  });
});

describe('a title that starts with a small letter, after a name, or after a middle dot', () => {
  it.each([
    [
      'We would love to talk more about the eCommerce Operations Manager position.',
      'eCommerce Operations Manager',
    ],
    [
      'This is the second conversation for the iPadOS Developer opening on my team.',
      'iPadOS Developer',
    ],
    [
      "Below is the plan for Jordan's Staff Backend Engineer interviews next Wednesday.",
      'Staff Backend Engineer',
    ],
    [
      'Confirming Mina’s Clinical Research Coordinator interview for Monday.',
      'Clinical Research Coordinator',
    ],
  ])('%s', (text, role) => {
    expect(findRole({ texts: [text], titles: ['Next steps'], company: null }).role).toBe(role);
  });

  it('reads the part after a spaced middle dot in an event title', () => {
    expect(
      findRole({
        texts: ['See you then.'],
        titles: ['Harbourview Labs · Android Developer phone screen (Mina Park)'],
        company: 'Harbourview Labs',
        people: ['Mina Park'],
      }).role,
    ).toBe('Android Developer');
  });
});

describe('a team named where the prose names the role', () => {
  const role = (text: string, title: string) =>
    findRole({ texts: [text], titles: [title], company: null }).role;

  it.each([
    [
      'Sadly we must call off Thursday, since the Logistics role is frozen for now.',
      'Interview loop: Fleet Operations team – Senior Data Engineer',
      'Senior Data Engineer',
    ],
    [
      'Looking forward to telling you more about the Treasury position.',
      'Entrevista – Analista Financeiro Pleno',
      'Analista Financeiro Pleno',
    ],
  ])('takes the job a title names with a job noun: %s', (text, title, expected) => {
    expect(role(text, title)).toBe(expected);
  });

  it.each([
    [
      'We are excited to talk about the Staff Engineer role.',
      'Interview: Backend Developer',
      'Staff Engineer',
    ],
    ['Happy to chat about the Growth role on Monday.', 'Our chat on Monday', 'Growth'],
  ])('keeps the prose where it names a job or no title does: %s', (text, title, expected) => {
    expect(role(text, title)).toBe(expected);
  });
});

describe('a title broken over two lines before its gender marker', () => {
  it.each([
    [
      'vielen Dank für Ihre Bewerbung auf die Stelle Senior\nBackend Entwickler (m/w/d). Wir melden uns.',
      'Senior Backend Entwickler',
    ],
    [
      'We nodigen je graag uit voor de vacature Medewerker\nKlantcontact (m/v/x) op ons kantoor in Arnhem.',
      'Medewerker Klantcontact',
    ],
  ])('%s', (text, role) => {
    expect(findRole({ texts: [text], titles: ['Uitnodiging'], company: null }).role).toBe(role);
  });
});

describe('a gender marker with a "k" for women (Danish, Norwegian, Polish job ads)', () => {
  it.each([
    [
      'Tak for din interesse i stillingen som Lagerplanlægger (m/k) hos os i Aarhus.',
      'Samtale',
      'Lagerplanlægger',
    ],
    [
      'Takk for søknaden på stillingen som Nettverksingeniør (k/m).',
      'Intervju',
      'Nettverksingeniør',
    ],
    [
      'Zapraszamy na rozmowę na stanowisko Analityk Finansowy (K/M) w Gdańsku.',
      'Rozmowa',
      'Analityk Finansowy',
    ],
  ])('%s', (text, subject, title) => {
    expect(findRole({ texts: [text], titles: [subject], company: null }).role).toBe(title);
  });
});

describe('a role named as the spot to fill', () => {
  const role = (text: string) =>
    findRole({ texts: [text], titles: ['Next step'], company: null }).role;

  it('"For the Principal Data Architect spot" names the job', () => {
    expect(role('For the Principal Data Architect spot we would like a case study next.')).toBe(
      'Principal Data Architect',
    );
  });

  it('"the Tuesday spot" is a slot, no job', () => {
    expect(role('Could you take the Thursday Morning spot instead of Friday?')).toBeNull();
  });
});

describe('a rank and a comma in a signature: the department, not the company', () => {
  const sender = { name: 'Noor Haddad', address: 'noor.haddad@copperlane.example' };
  it.each([
    ['Noor Haddad\nDirector, Customer Insights', 'Copperlane'],
    ['Noor Haddad\nSenior VP, Engineering', 'Copperlane'],
  ])('%s', (signature, company) => {
    expect(
      findCompany({
        texts: [`Your interview is on Monday at 10am ET.\n\n${signature}`],
        subjects: ['Interview'],
        companyAddresses: [sender],
        sender,
      }).company,
    ).toBe(company);
  });

  it("a founder's or chief's title before the comma still names the company", () => {
    const founder = { name: 'Noor Haddad', address: 'noor@mail.example' };
    expect(
      findCompany({
        texts: ['Your interview is on Monday at 10am ET.\n\nNoor Haddad\nCo-founder, Ravelstone'],
        subjects: ['Interview'],
        companyAddresses: [founder],
        sender: founder,
      }).company,
    ).toBe('Ravelstone');
  });
});

describe('an itinerary row is no signature', () => {
  const sender = { name: 'Robin Hale', address: 'robin@mail.example' };
  it.each([
    '9:00 - 9:40 AM | Welcome | Priya Nair\n9:40 - 10:30 AM | Pairing | Tomas Berg',
    '9:00 - 9:40 AM | Priya Nair | Welcome\n9:40 - 10:30 AM | Tomas Berg | Pairing',
    '14.00 · Case study · Ines Moreau',
  ])('%s', (rows) => {
    expect(
      findCompany({
        texts: [`Here is Tuesday, all Pacific:\n${rows}\n\nRobin`],
        subjects: ['Interview schedule'],
        companyAddresses: [sender],
        sender,
      }).company,
    ).toBe(null);
  });

  it('a signature line still names the company', () => {
    expect(
      findCompany({
        texts: ['See you Tuesday at 9am PT.\n\nRobin Hale | Talent Partner | Ferncastle Labs'],
        subjects: ['Interview schedule'],
        companyAddresses: [sender],
        sender,
      }).company,
    ).toBe('Ferncastle Labs');
  });
});

describe('a Quebec name that opens with what the firm does', () => {
  const sender = { name: 'Luc Gagnon', address: 'luc.gagnon@nordet.example' };
  it.each([
    ['Systèmes Nordet inc.', 'Systèmes Nordet'],
    ['Logiciels Nordet', 'Logiciels Nordet'],
    ['Nordet', 'Nordet'],
  ])('%s', (line, company) => {
    expect(
      findCompany({
        texts: [
          `Votre entretien est confirmé pour jeudi à 10 h.\n\nLuc Gagnon\nRecruteur\n${line}`,
        ],
        subjects: ['Entretien'],
        companyAddresses: [sender],
        sender,
      }).company,
    ).toBe(company);
  });
});
