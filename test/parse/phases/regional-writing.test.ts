// Regional ways of writing times, zones, titles and employers (Flemish, Swiss, Québécois, Latin
// American, Scandinavian), each reader alone, on phrases written here.

import { describe, expect, it } from 'vitest';
import { addressMatchesName } from '#parse/addresses.js';
import { findTimeRanges } from '#parse/clock-times.js';
import { findCompany } from '#parse/company.js';
import { splitForward } from '#parse/forward.js';
import { forwardedDate } from '#parse/header-dates.js';
import { findWhenCandidates } from '#parse/interview-time.js';
import { parseEmail } from '#parse/parse-email.js';
import { findRole } from '#parse/role.js';
import { zoneStatements } from '#parse/zones.js';
import { at } from '../support/at.js';
import { peopleInput, readPeople } from '../support/people-input.js';

const clock = (text: string) =>
  findTimeRanges(text).map((r) => {
    const hm = (t: { hour: number; minute: number }) =>
      `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
    return r.finish ? `${hm(r.start)}-${hm(r.finish)}` : hm(r.start);
  });
const zones = (text: string) => [...new Set(zoneStatements(text).map((z) => z.iana))];

describe('clock times written regionally', () => {
  it('Flemish "u" hour marks: "van 9u15 tot 10u", "om 16u"', () => {
    expect(clock('gesprek van 9u15 tot 10u in Gent')).toEqual(['09:15-10:00']);
    expect(clock('we zien je donderdag om 16u')).toEqual(['16:00']);
    // A "u" glued to a word is not an hour mark.
    expect(clock('sign up at jobs4u today')).toEqual([]);
  });

  it('a range joined by a single-letter "a" keeps its opening time: "9:30 a 10:45 hrs."', () => {
    expect(clock('Horario: 9:30 a 10:45 hrs.')).toEqual(['09:30-10:45']);
    expect(clock('de 16:00 a 17:00 horas')).toEqual(['16:00-17:00']);
    expect(clock('desde las 8:00 a.m. hasta el mediodía')[0]).toBe('08:00');
  });

  it('a dotted range after "kl." or "ore": "kl. 9.30–10.15", "ore 15.00-16.30"', () => {
    expect(clock('torsdag kl. 9.30–10.15 i Malmö')).toEqual(['09:30-10:15']);
    expect(clock('venerdì ore 15.00-16.30')).toEqual(['15:00-16:30']);
    // A dotted date after the same words is no time.
    expect(clock('kl. 12.03.2027')).toEqual([]);
  });
});

describe('meridiems and limits as written in Spanish and its neighbours', () => {
  it('"p. m." and "a. m." with a space inside are a half of the day', () => {
    expect(clock('a las 4:30 p. m.')).toEqual(['16:30']);
    expect(clock('de 9:00 a. m. a 12:00 p. m.')).toEqual(['09:00-12:00']);
  });

  it('a time after a deadline word is no meeting: "plazo", "a más tardar", "au plus tard", "uiterlijk"', () => {
    const context = {
      base: at('2027-02-01T09:00:00', 'Europe/Madrid'),
      defaultZone: 'Europe/Madrid',
      dayFirst: true,
    };
    for (const text of [
      'Plazo: hasta el jueves 11 de febrero a las 6:00 p. m.',
      'Envíanos tu solución a más tardar el jueves 11 de febrero a las 18:00.',
      'Merci de rendre le devoir au plus tard le jeudi 11 février à 18h.',
      'Lever je opdracht uiterlijk donderdag 11 februari om 18.00 uur in.',
    ])
      expect(findWhenCandidates(text, context, null)).toEqual([]);
    expect(
      findWhenCandidates('La entrevista es el jueves 11 de febrero a las 18:00.', context, null),
    ).toHaveLength(1);
  });
});

describe('zones named by a country adjective or a regional phrase', () => {
  it('"heure suisse", "heure belge", "Belgische tijd", "ora svizzera"', () => {
    expect(zones('à 11h (heure suisse)')).toEqual(['Europe/Zurich']);
    expect(zones('vers 16 h, heure belge')).toEqual(['Europe/Brussels']);
    expect(zones('om 10u (Belgische tijd)')).toEqual(['Europe/Brussels']);
    expect(zones('alle 9.30, ora svizzera')).toEqual(['Europe/Zurich']);
  });

  it('German country adjectives in any case: "(österreichische Zeit)", "deutsche Sommerzeit"', () => {
    expect(zones('am Freitag, 5. März, um 8.45 Uhr (österreichische Zeit)')).toEqual([
      'Europe/Vienna',
    ]);
    expect(zones('um 16:15 Uhr, deutsche Sommerzeit')).toEqual(['Europe/Berlin']);
    expect(zones('Beginn 11 Uhr mitteleuropäischen Zeit')).toEqual(['Europe/Berlin']);
  });

  it('Latin American phrases: "hora del centro", "hora chilena", "hora peruana"', () => {
    expect(zones('a las 10:00 (hora del centro)')).toEqual(['America/Mexico_City']);
    expect(zones('a las 15:00 hora chilena')).toEqual(['America/Santiago']);
    expect(zones('9:00 a.m., hora peruana')).toEqual(['America/Lima']);
  });
});

const seeker = { name: 'Noor Haddad', address: 'noor.haddad@mail.example' };
const writer = { name: 'Ilse Vermeulen', address: 'ilse.vermeulen@brugwerk.example' };

/** The interviewers' names the people phase finds in a recruiter's text. */
function interviewersIn(latest: string, cc: { name: string; address: string }[] = []): string[] {
  const found = readPeople(peopleInput(latest, { seeker, writer, organisation: 'brugwerk', cc }));
  return found.interviewers.map((i) => i.name).sort();
}

describe('the people a recruiter names, in regional phrasings', () => {
  it('French "vous serez reçu(e) par A et par B", "tu rencontreras encore A"', () => {
    expect(
      interviewersIn('Vous serez reçu(e) par Madame Odile Marchal, puis par Monsieur Rémi Caron.'),
    ).toEqual(['Odile Marchal', 'Rémi Caron']);
    expect(interviewersIn('Tu rencontreras encore Odile Marchal, cheffe de projet.')).toEqual([
      'Odile Marchal',
    ]);
  });

  it('German "Mit dabei sind A und B", while the writer "ist nicht dabei"', () => {
    expect(
      interviewersIn(
        'Mit dabei sind Jakob Reiter und Lea Pichler. Ich selbst bin beim Gespräch nicht dabei.',
      ),
    ).toEqual(['Jakob Reiter', 'Lea Pichler']);
  });

  it('Spanish "Lo entrevistarán A y B", "estará a cargo de A"', () => {
    expect(
      interviewersIn('Lo entrevistarán la Ing. Sofía Treviño y el Lic. Bruno Aguilar.'),
    ).toEqual(['Bruno Aguilar', 'Sofía Treviño']);
    expect(
      interviewersIn('La conversación estará a cargo de Tomás Ugarte, jefe de datos.'),
    ).toEqual(['Tomás Ugarte']);
  });

  it('Portuguese "você vai conversar com a A e com o B"', () => {
    expect(
      interviewersIn(
        'Você vai conversar com a Helena Duarte e com o Caio Prado, do time de dados.',
      ),
    ).toEqual(['Caio Prado', 'Helena Duarte']);
  });

  it('Flemish "Je maakt er kennis met A en B"', () => {
    expect(interviewersIn('Je maakt er kennis met Jelle Maes en Femke Goossens.')).toEqual([
      'Femke Goossens',
      'Jelle Maes',
    ]);
  });
});

describe('names, addresses and employers as written in Spanish-speaking countries', () => {
  it('an address uses the first of two family names: dortiz, daniela.ortiz', () => {
    expect(addressMatchesName('mtrevino@x.example', 'Marisol Treviño Garza')).toBe(true);
    expect(addressMatchesName('marisol.trevino@x.example', 'Marisol Treviño Garza')).toBe(true);
    expect(addressMatchesName('mtorres@x.example', 'Marisol Treviño Garza')).toBe(false);
  });

  it('a family name of several words is written as one: g.dallavalle, gdellarovere', () => {
    expect(addressMatchesName('g.dallavalle@x.example', 'Gemma Dalla Valle')).toBe(true);
    expect(addressMatchesName('gdellarovere@x.example', 'Gemma Della Rovere')).toBe(true);
    expect(addressMatchesName('gemma.dellarovere@x.example', 'Gemma Della Rovere')).toBe(true);
    expect(addressMatchesName('p.dellarovere@x.example', 'Gemma Della Rovere')).toBe(false);
  });

  it('the address after a title in its field goes to the person named before the title', () => {
    const seeker = { name: 'Ottone Ricci', address: 'ottone.ricci@mail.example' };
    const writer = { name: 'Rita Bassi', address: 'rita.bassi@vetreria.example' };
    const found = readPeople(
      peopleInput(
        "Gentile Ottone,\n\nil colloquio si terrà giovedì alle 10.\n\nIncontrerà la dott.ssa Gemma Dalla Valle, Direttrice Supply Chain (g.dallavalle@vetreria.example), e l'ing. Piero Sala.\n\nRita",
        { seeker, writer, organisation: 'vetreria' },
      ),
    );
    expect(found.interviewers).toEqual([
      { name: 'Gemma Dalla Valle', email: 'g.dallavalle@vetreria.example' },
      { name: 'Piero Sala', email: null },
    ]);
  });

  it('"S.A.C.", "S.A. de C.V.", "Lda." are legal forms, and "Grupo" stays in the name', () => {
    const company = (signature: string, address: string) =>
      findCompany({
        texts: [`Saludos,\nMarisol Treviño\n${signature}`],
        subjects: ['Entrevista'],
        companyAddresses: [{ name: 'Marisol Treviño', address }],
        sender: { name: 'Marisol Treviño', address },
      }).company;
    expect(company('Andes Logística S.A.C.', 'mt@andeslogistica.example')).toBe('Andes Logística');
    expect(company('Grupo Cenote Labs, S.A. de C.V.', 'mt@cenotelabs.example')).toBe(
      'Grupo Cenote Labs',
    );
    expect(company('Cenote Labs, S.A. de C.V.', 'mt@cenotelabs.example')).toBe('Cenote Labs');
  });

  it('a group word from a language table, or from the shared list, stays in the name', () => {
    const company = (signature: string, address: string) =>
      findCompany({
        texts: [`Cordiali saluti,\nMarta Neri\n${signature}`],
        subjects: ['Colloquio'],
        companyAddresses: [{ name: 'Marta Neri', address }],
        sender: { name: 'Marta Neri', address },
      }).company;
    expect(company('Gruppo Lanterna Servizi', 'mn@lanternaservizi.example')).toBe(
      'Gruppo Lanterna Servizi',
    );
    expect(company('Stiftung Auenwald Pflege', 'mn@auenwaldpflege.example')).toBe(
      'Stiftung Auenwald Pflege',
    );
    expect(company('Grupa Wisła Logistyka', 'mn@wislalogistyka.example')).toBe(
      'Grupa Wisła Logistyka',
    );
  });
});

describe('articles that open a company name', () => {
  it('an article from a language table stays in the name the domain spells without it', () => {
    const company = (signature: string, address: string) =>
      findCompany({
        texts: [`Met vriendelijke groet,\nSanne Vos\n${signature}\n`],
        subjects: ['Sollicitatiegesprek'],
        companyAddresses: [{ name: 'Sanne Vos', address }],
        sender: { name: 'Sanne Vos', address },
      }).company;
    expect(company('Het Zeilmakershuis', 'sv@zeilmakershuis.example')).toBe('Het Zeilmakershuis');
    expect(company('Los Almendros Viveros', 'sv@almendrosviveros.example')).toBe(
      'Los Almendros Viveros',
    );
    // An English word before the name is no article.
    expect(company('The Zeilmakershuis', 'sv@zeilmakershuis.example')).toBe('Zeilmakershuis');
  });
});

describe('webmail forward blocks in other languages', () => {
  it('Libero\'s "Ogg:" is the subject, and a numeric "Data:" line is day first', () => {
    const split = splitForward(
      [
        'Da girare al calendario.',
        '',
        '----Messaggio originale----',
        'Da: "Ufficio Personale" <personale@vetreria.example>',
        'Data: 05/03/2027 9.40',
        'A: <mario.bianchi@libero.example>',
        'Ogg: Colloquio tecnico',
        '',
        'Gentile Mario, ...',
      ].join('\n'),
      true,
    );
    expect(split?.headers.subject).toBe('Colloquio tecnico');
    expect(split?.headers.dateDayFirst).toBe(true);
    const date = forwardedDate(
      split?.headers.date ?? '',
      'Europe/Rome',
      split?.headers.dateDayFirst,
    );
    expect(date?.toOffsetISO()).toBe('2027-03-05T09:40:00+01:00');
  });

  it('Zoho closes the header block with its marker line, which is no part of the subject', () => {
    const split = splitForward(
      [
        'For the tracker',
        '',
        '============ Forwarded message ============',
        'From: Rhea Castell <rhea@orchardline.example>',
        'To: <mo.farah.k@zohomail.example>',
        'Date: Tue, 09 Mar 2027 11:02:40 +0000',
        'Subject: Onsite - Supply Chain Planner',
        '============ Forwarded message ============',
        '',
        'Hi Mo, see you Friday at 9.',
      ].join('\n'),
      true,
    );
    expect(split?.headers.subject).toBe('Onsite - Supply Chain Planner');
    expect(split?.body).toContain('Hi Mo');
  });

  it('an appointment copied by Outlook lists recipients by name alone ("Boer, Anouk; Smit, Jan")', () => {
    const split = splitForward(
      'See below\n\n-----Original Appointment-----\nFrom: Smit, Jan <jan.smit@x.example>\nSent: Monday, March 1, 2027 9:00 AM\nTo: Smit, Jan; de Boer, Anouk; Ravi Menon\nCc: Lee, Pat\nSubject: Interview\n\nHi',
      true,
    );
    expect(split?.headers.named).toEqual(['Smit, Jan', 'de Boer, Anouk', 'Ravi Menon', 'Lee, Pat']);
  });

  it('an English "Date:" line keeps the month first', () => {
    const split = splitForward(
      'FYI\n\nFrom: Pat Lee <pat@x.example>\nDate: 05/03/2027 9:40 AM\nSubject: Interview\nTo: me@y.example\n\nHi',
      true,
    );
    expect(split?.headers.dateDayFirst).toBeUndefined();
    expect(forwardedDate(split?.headers.date ?? '', 'UTC')?.month).toBe(5);
  });
});

describe('job titles closed by a gender marker, in sentence case', () => {
  const role = (text: string, titles: string[] = []) =>
    findRole({ texts: [text], titles, company: null }).role;

  it('reads back from the marker to the word that introduces the title', () => {
    expect(
      role("Merci pour votre intérêt pour le poste d'Ingénieure qualité logicielle (H/F)."),
    ).toBe('Ingénieure qualité logicielle');
    expect(
      role('vielen Dank für Ihre Bewerbung als Fachinformatikerin Systemintegration (w/m/d).'),
    ).toBe('Fachinformatikerin Systemintegration');
    expect(
      role(
        'A seguito della Sua candidatura per la posizione di Tecnico di laboratorio (m/f), Le scriviamo',
      ),
    ).toBe('Tecnico di laboratorio');
    // A capitalised noun that names the opening is no part of the title.
    expect(role('Ihr Interesse an der Position Cloud Architect (m/w/d) freut uns.')).toBe(
      'Cloud Architect',
    );
  });

  it('a gender ending glued in brackets is dropped: "Engenheiro(a) de Dados"', () => {
    expect(
      role('Você se candidatou à vaga de Engenheiro(a) de Dados Sênior aqui na empresa.'),
    ).toBe('Engenheiro de Dados Sênior');
  });

  it('a long sentence before the marker still gives the title after its last introducing word', () => {
    expect(
      role(
        'Hartelijk dank nogmaals voor het fijne telefoongesprek van gisteren en je sollicitatie voor Backend Ontwikkelaar (m/v/x) bij ons.',
      ),
    ).toBe('Backend Ontwikkelaar');
    expect(
      role(
        "Nous avons bien reçu votre candidature et nous serions ravis d'échanger avec vous au sujet du poste de Chargée de projets RH (F/H) dans notre équipe.",
      ),
    ).toBe('Chargée de projets RH');
  });

  it('the marker ends a title: what a subject says after it is no part of the job', () => {
    expect(role('Hallo,', ['Gesprek Projectleider Infra (m/v/x) gaat niet door'])).toBe(
      'Projectleider Infra',
    );
    expect(role('Bonjour,', ['Entretien Chargée de clientèle (H/F) annulé'])).toBe(
      'Chargée de clientèle',
    );
    expect(role('Hola,', ['Entrevista Técnico de soporte (h/m) – nueva fecha'])).toBe(
      'Técnico de soporte',
    );
  });

  it('"Entrevue" is a meeting word, as "Entretien" is', () => {
    expect(role('Bonjour,', ['Confirmation – Entrevue Conseillère en sécurité financière'])).toBe(
      'Conseillère en sécurité financière',
    );
  });
});

/** A one-part message from a recruiter, forwarded by nobody: what the parser reads from it. */
async function read(subject: string, body: string) {
  const raw = [
    'From: Ilse Vermeulen <ilse.vermeulen@brugwerk.example>',
    'To: Noor Haddad <noor.haddad@mail.example>',
    `Subject: ${subject}`,
    'Date: Mon, 1 Mar 2027 09:00:00 -0500',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    body,
  ].join('\n');
  return parseEmail(Buffer.from(raw), { timezone: 'America/New_York' });
}

describe('moves said the Québec way or by an applicant system', () => {
  it('"remettre … aura plutôt lieu", "un nouveau créneau vous a été attribué" move the interview', async () => {
    const quebec = await read(
      'Entrevue',
      "Nous devons remettre ton entrevue du lundi 8 mars à 9 h. Elle aura plutôt lieu le mercredi 10 mars à 14 h (heure de l'Est).",
    );
    expect([quebec.kind, quebec.start]).toEqual(['rescheduled', '2027-03-10T14:00:00-05:00']);
    const ats = await read(
      'Votre entretien',
      "Votre entretien du lundi 8 mars à 9h est annulé. Un nouveau créneau vous a été attribué : mercredi 10 mars à 14h (heure de l'Est).",
    );
    expect([ats.kind, ats.start]).toEqual(['rescheduled', '2027-03-10T14:00:00-05:00']);
  });
});

describe('employers and titles written with their own letters and labels', () => {
  const company = (signature: string, address: string) =>
    findCompany({
      texts: [`Viele Grüße\nIlse Vermeulen\n${signature}`],
      subjects: ['Gespräch'],
      companyAddresses: [{ name: 'Ilse Vermeulen', address }],
      sender: { name: 'Ilse Vermeulen', address },
    }).company;

  it('a domain that writes "ü" as "ue" names the company with its umlaut', () => {
    expect(company('Grünfeld Solar GmbH', 'ilse@gruenfeld-solar.example')).toBe('Grünfeld Solar');
    expect(company('Bäckerei Höflich', 'ilse@baeckerei-hoeflich.example')).toBe('Bäckerei Höflich');
  });

  it('"Maison" opens the name its domain leaves out', () => {
    expect(company('Maison Ribaud', 'ilse@ribaud.example')).toBe('Maison Ribaud');
  });

  it('a labelled line names the job in other languages: "Puesto:", "Stelle:", "Vaga:"', () => {
    const role = (line: string) =>
      findRole({ texts: [`Detalles\n${line}\nFecha: lunes`], titles: [], company: null }).role;
    expect(role('Puesto: Técnico de soporte informático')).toBe('Técnico de soporte informático');
    expect(role('Stelle: Werkstudentin Softwaretest')).toBe('Werkstudentin Softwaretest');
    expect(role('Vaga: Analista de dados pleno')).toBe('Analista de dados pleno');
  });

  it('a Japanese subject "株式会社X・<title>職" gives the title after the company', () => {
    expect(
      findRole({
        texts: [''],
        titles: ['【一次面接のご案内】株式会社サクラ技研・データエンジニア職'],
        company: 'サクラ技研',
      }).role,
    ).toBe('データエンジニア');
  });

  it('Portuguese "nossa entrevista": the writer is in it', () => {
    expect(interviewersIn('Infelizmente precisamos cancelar a nossa entrevista de sexta.')).toEqual(
      ['Ilse Vermeulen'],
    );
  });
});

describe('mail with a time that books nothing for a job', () => {
  it("a bank's consultation confirmed in German is no interview", async () => {
    const bank = await read(
      'Terminbestätigung: Ihr Beratungsgespräch',
      'Guten Tag, wir bestätigen Ihren Termin am Donnerstag, 11.03.2027, 10:00 Uhr mit Ihrer Kundenberaterin Frau Sommer in der Filiale Altstadt. Bitte bringen Sie zum Gespräch Ihren Ausweis mit.',
    );
    expect([bank.kind, bank.start]).toEqual(['not_interview', null]);
  });

  it('a Spanish invitation to book the interview through a link is no interview yet', async () => {
    for (const body of [
      'Para agendarla, elige el día y la hora que prefieras en este enlace: https://agenda.example/x. Hay horarios del lunes 8 al miércoles 10 de marzo, de 9:00 a 12:00.',
      'Agenda tu entrevista aquí: https://agenda.example/y. Cupos disponibles el martes 9 de marzo de 10:00 a 13:00.',
    ]) {
      const booking = await read('Siguiente paso: entrevista', body);
      expect([booking.kind, booking.start]).toEqual(['not_interview', null]);
    }
  });
});

describe('Swedish and Danish are read through their tables', () => {
  it('a Swedish invitation: "torsdag 4 mars kl. 9.00–10.00 (svensk tid)", "Du träffar A och mig"', async () => {
    const swedish = await read(
      'Intervju för tjänsten som Dataanalytiker',
      'Hej! Vi vill gärna träffa dig på en intervju torsdag 4 mars kl. 9.00–10.00 (svensk tid). Du träffar Oskar Lind och mig.',
    );
    expect([swedish.kind, swedish.start, swedish.end]).toEqual([
      'scheduled',
      '2027-03-04T09:00:00+01:00',
      '2027-03-04T10:00:00+01:00',
    ]);
    expect(swedish.interviewers.map((i) => i.name).sort()).toEqual([
      'Ilse Vermeulen',
      'Oskar Lind',
    ]);
  });

  it('a Danish one: "onsdag den 3. marts kl. 13.00 (dansk tid)", "Til samtalen deltager A"', async () => {
    const danish = await read(
      'Invitation til samtale',
      'Vi vil gerne invitere dig til en samtale onsdag den 3. marts kl. 13.00 (dansk tid). Til samtalen deltager Ida Berg.',
    );
    expect([danish.kind, danish.start]).toEqual(['scheduled', '2027-03-03T13:00:00+01:00']);
    expect(danish.interviewers.map((i) => i.name)).toEqual(['Ida Berg']);
  });
});
