// How people write times, lengths, zones, titles and names in their own language and client:
// each reader alone, on phrases written here (not taken from any fixture).
import { describe, expect, it } from 'vitest';
import { ZonedTime } from '#core/zoned-time.js';
import { findDurations, findTimeRanges } from '#parse/clock-times.js';
import { findCompany } from '#parse/company.js';
import { findDates } from '#parse/dates.js';
import { forwardedDate } from '#parse/header-dates.js';
import { chooseWhen, findWhenCandidates } from '#parse/interview-time.js';
import { findMeetingUrl } from '#parse/meeting-url.js';
import { findNames } from '#parse/names.js';
import { parseEmail, toExtraction } from '#parse/parse-email.js';
import { cleanRole, findRole } from '#parse/role.js';
import { zoneAt, zoneStatements } from '#parse/zones.js';
import { at } from '../support/at.js';

const clock = (text: string) =>
  findTimeRanges(text).map((r) => {
    const hm = (t: { hour: number; minute: number }) =>
      `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
    return r.finish ? `${hm(r.start)}-${hm(r.finish)}` : hm(r.start);
  });

describe('clock times as written natively', () => {
  it('French spaced hour marks: "à 15 h 45", "de 8 h 30 à 9 h 10", "vers 11 h"', () => {
    expect(clock('rendez-vous jeudi à 15 h 45')).toEqual(['15:45']);
    expect(clock('mardi, de 8 h 30 à 9 h 10')).toEqual(['08:30-09:10']);
    expect(clock('vers 11\u00a0h, salle B')).toEqual(['11:00']);
    // A length is not a clock reading.
    expect(clock('Durée : 2 h 15')).toEqual([]);
  });

  it('a dotted range before "Uhr"/"uur" keeps both ends: "8.45–9.30 Uhr"', () => {
    expect(clock('am Montag, 8.45–9.30 Uhr')).toEqual(['08:45-09:30']);
    expect(clock('donderdag 13.15-14.00 uur')).toEqual(['13:15-14:00']);
  });

  it('Portuguese "das 9h às 10h" and Japanese "13時15分〜14時" are ranges', () => {
    expect(clock('quarta-feira, das 9h às 10h')).toEqual(['09:00-10:00']);
    expect(clock('4月2日（金）13時15分〜14時00分')).toEqual(['13:15-14:00']);
  });
});

describe('whole hours after the word that makes them a clock reading', () => {
  it('"um 9 Uhr", "om 14 uur", "dalle ore 10 alle 11", "de las 16 a las 17", "às 11"', () => {
    expect(clock('am Freitag um 9 Uhr')).toEqual(['09:00']);
    expect(clock('woensdag om 14 uur')).toEqual(['14:00']);
    expect(clock('martedì dalle ore 10 alle 11')).toEqual(['10:00-11:00']);
    expect(clock('el viernes de las 16 a las 17')).toEqual(['16:00-17:00']);
    expect(clock('na sexta às 11, na sede')).toEqual(['11:00']);
  });

  it('a count after the same words is not a time: "alle 3 persone", "a las 2 semanas" stays out', () => {
    expect(clock('invitato insieme alle 3 persone del team')).toEqual([]);
  });
});

describe('lengths said in words', () => {
  const minutes = (text: string) => findDurations(text).map((d) => d.minutes);
  it('reads quarter hours and half hours in each language, once', () => {
    expect(minutes('het duurt drie kwartier')).toEqual([45]);
    expect(minutes('durará una hora y media')).toEqual([90]);
    expect(minutes("circa mezz'ora")).toEqual([30]);
    expect(minutes('etwa eine Dreiviertelstunde')).toEqual([45]);
    expect(minutes("environ trois quarts d'heure")).toEqual([45]);
    expect(minutes('una hora y cuarto')).toEqual([75]);
  });
});

describe('zones named by country or city after the word for time', () => {
  it('"hs (hora de Colombia)" after a time', () => {
    const text = 'a las 9:00 hs (hora de Colombia)';
    expect(zoneAt(text, text.indexOf('9:00') + 4, 3, true)?.iana).toBe('America/Bogota');
  });

  it('"hora de Portugal continental": the country, then more words', () => {
    expect(zoneStatements('às 10h (hora de Portugal continental)')[0]?.iana).toBe('Europe/Lisbon');
  });

  it('"heure de Belgique" and "hora de Perú y" anywhere are statements', () => {
    expect(zoneStatements('Tous les horaires sont en heure de Belgique.')[0]?.iana).toBe(
      'Europe/Brussels',
    );
    expect(zoneStatements('Todo en hora de Perú y con cámara.').map((z) => z.iana)).toContain(
      'America/Lima',
    );
  });
});

describe('dates as written natively', () => {
  it('day, month name and year joined by dashes: "Tue, 09-Mar-2027"', () => {
    expect(findDates('Interview date: Tue, 09-Mar-2027', false)[0]).toMatchObject({
      kind: 'absolute',
      year: 2027,
      month: 3,
      day: 9,
    });
  });

  it('a weekday in brackets after a date restates it: "12 de março (sexta-feira)"', () => {
    const dates = findDates('no dia 12 de março (sexta-feira), pelas 10h', true);
    expect(dates).toHaveLength(1);
    expect(dates[0]).toMatchObject({ kind: 'absolute', day: 12, month: 3, weekday: 5 });
  });

  it('a forwarded Date line in a day-first language: "terça, 9/03/2027 à(s) 08:10" is 9 March', () => {
    expect(forwardedDate('terça, 9/03/2027 à(s) 08:10', 'UTC')?.toISODate()).toBe('2027-03-09');
    expect(forwardedDate('Tue, 3/9/2027 at 8:10 AM', 'UTC')?.toISODate()).toBe('2027-03-09');
  });

  it('"décalé au …, même heure": the new day at the old clock time', () => {
    const base = at('2027-03-01T09:00:00+01:00');
    const text =
      "L'entretien prévu initialement le lundi 8 mars à 14 h 30 est reporté au mercredi 10 mars, même heure.";
    const when = chooseWhen(
      text,
      findWhenCandidates(text, { base, defaultZone: 'Europe/Paris', dayFirst: true }, null),
    );
    expect(when?.start.toWallISO().slice(5, 16)).toBe('03-10T14:30');
  });

  it('"instead of <old>, <new>": the old-time words name the time right after them only', () => {
    const base = at('2027-03-01T09:00:00-05:00');
    for (const [text, expected] of <[string, string][]>[
      [
        "Instead of 2:00–3:00 PM ET, it'll now run 1:30–2:30 PM ET on Friday, March 5. Ana has a hard stop at noon.",
        '03-05T13:30',
      ],
      [
        'Originally 10:00–11:00 AM, it is now 10:30–11:30 AM ET on Friday, March 5, as the room is free until noon.',
        '03-05T10:30',
      ],
    ]) {
      const when = chooseWhen(
        text,
        findWhenCandidates(text, { base, defaultZone: 'America/New_York', dayFirst: false }, null),
      );
      expect(when?.start.toWallISO().slice(5, 16)).toBe(expected);
    }
  });

  it('German "am 12.2." (day and month, each with its stop) is a date; "1.5 Stunden" is not', () => {
    const dates = findDates('am 12.2. um 10 Uhr, etwa 1.5 Stunden', true);
    expect(dates.map((d) => (d.kind === 'absolute' ? `${d.day}/${d.month}` : d.kind))).toEqual([
      '12/2',
    ]);
  });
});

describe('a deadline in the language tables is not a meeting', () => {
  const base = at('2027-02-01T09:00:00+01:00');
  const times = (text: string) =>
    findWhenCandidates(text, { base, defaultZone: 'Europe/Paris', dayFirst: true }, null).map((c) =>
      c.start.toWallISO().slice(5, 16),
    );
  it('in a compound, with its ending, or in Japanese', () => {
    expect(
      times('Gespräch am 12.2. um 10:00 Uhr. Die Einsendefrist endet am Mittwoch um 18:00 Uhr'),
    ).toEqual(['02-12T10:00']);
    expect(
      times("Entretien le 12 février à 10 h. Dates limites d'envoi : le 10 février à 18 h."),
    ).toEqual(['02-12T10:00']);
    expect(times('面接：2月12日 10:00。書類の締切：2月10日 18:00。')).toEqual(['02-12T10:00']);
  });

  it('"before the date" in another language: the date after it is a limit', () => {
    expect(
      times('Entretien le 15 février à 10 h. Merci de confirmer avant le 12 février, 18 h.'),
    ).toEqual(['02-15T10:00']);
    expect(
      times(
        'Colloquio il 15 febbraio alle 10:00. Inviare i documenti prima del 12 febbraio alle 18:00.',
      ),
    ).toEqual(['02-15T10:00']);
  });
});

describe('business hours are not a meeting', () => {
  const base = at('2027-02-01T09:00:00+01:00');
  const times = (text: string) =>
    findWhenCandidates(text, { base, defaultZone: 'Europe/Paris', dayFirst: true }, null).map((c) =>
      c.start.toWallISO().slice(5, 16),
    );
  it('a span of weekdays before a time, in several languages', () => {
    expect(
      times('Le jeudi 11 février à 14 h. Joignable du lundi au vendredi de 9 h à 18 h.'),
    ).toEqual(['02-11T14:00']);
    expect(times('Am 12.2. um 10:00 Uhr. Erreichbar Montag bis Freitag, 8:00–16:00 Uhr.')).toEqual([
      '02-12T10:00',
    ]);
  });
});

describe('job titles', () => {
  it('"(m/v/x)" is a gender marker, like "(m/w/d)"', () => {
    expect(cleanRole('Data Steward (m/v/x)')).toBe('Data Steward');
  });

  it('a word capitalised second ("iOS") stays in the title', () => {
    const found = findRole({
      texts: ['We would like to talk about the Lead iOS Developer position.'],
      titles: [],
      company: null,
    });
    expect(found.role).toBe('Lead iOS Developer');
  });

  it('a subject "Title, Company" gives the title without the company', () => {
    const found = findRole({
      texts: ['Hello, see the details below.'],
      titles: ['Interview plan - Platform Engineer, Brightfin Labs'],
      company: 'Brightfin Labs',
    });
    expect(found.role).toBe('Platform Engineer');
  });

  it('a title in brackets after words that name no job is the bracket alone', () => {
    const subjectRole = (subject: string) =>
      findRole({ texts: ['Hi, see below.'], titles: [subject], company: null }).role;
    expect(subjectRole('Quick schedule tweak (Senior Payroll Analyst)')).toBe(
      'Senior Payroll Analyst',
    );
    expect(subjectRole('Orbitale – new start time (Site Reliability Engineer)')).toBe(
      'Site Reliability Engineer',
    );
    // A title that brackets its own team keeps it.
    expect(subjectRole('Orbitale – Backend Engineer (Payments)')).toBe(
      'Backend Engineer (Payments)',
    );
  });

  it('a grade after the title, cut in prose, is taken whole from the subject', () => {
    const found = findRole({
      texts: ['au poste de Développeur Python senior (H/F) chez Houblon Numérique'],
      titles: ['Invitation à un entretien - Développeur Python senior (H/F)'],
      company: 'Houblon Numérique',
    });
    expect(found.role).toBe('Développeur Python senior');
  });
});

describe('company legal forms', () => {
  it('a Belgian "SRL" is not part of the name', () => {
    const found = findCompany({
      texts: ['Bien à vous,\nJeanne Collard\nHoublon Numérique SRL\nLiège'],
      subjects: ['Entretien'],
      companyAddresses: [{ name: 'Jeanne Collard', address: 'jeanne@houblon-numerique.example' }],
      sender: { name: 'Jeanne Collard', address: 'jeanne@houblon-numerique.example' },
    });
    expect(found.company).toBe('Houblon Numérique');
  });
});

describe('a Japanese legal form around a romanised name of two words', () => {
  const company = (text: string) =>
    findCompany({
      texts: [text],
      subjects: ['面接のご案内'],
      companyAddresses: [{ name: '', address: 'saiyo@hoshi-works.example' }],
      sender: { name: '', address: 'saiyo@hoshi-works.example' },
    }).company;

  it('with the form before it ("株式会社Aozora Data") or after it ("Aozora Data株式会社")', () => {
    expect(company('株式会社Hoshi Works 人事部の森でございます。')).toBe('Hoshi Works');
    expect(company('Hoshi Works株式会社 採用担当の森です。')).toBe('Hoshi Works');
    // A name of one word, in kana, stays as it was read.
    expect(company('株式会社ホシワークス 人事部の森です。')).toBe('ホシワークス');
  });

  it('the words of the sentence before the name end at its particle ("この度は", "弊社では")', () => {
    expect(company('この度はホシワークス株式会社の求人にご応募いただき…')).toBe('ホシワークス');
    expect(company('先日はホシ工房株式会社までお越しいただき…')).toBe('ホシ工房');
    // A name written in kana keeps its kana.
    expect(company('ほしぞらテック株式会社 人事部の森です。')).toBe('ほしぞらテック');
  });

  it('a name after the form ends at the particle that follows it ("株式会社ホシワークスの人事部")', () => {
    expect(company('株式会社ホシワークスの人事部、森と申します。')).toBe('ホシワークス');
    expect(company('株式会社Kumo Freightの「営業企画」職にご応募いただき')).toBe('Kumo Freight');
    expect(company('株式会社ホシ工房が開発するアプリについて')).toBe('ホシ工房');
  });
});

describe('a job title under a label in lenticular brackets', () => {
  it('"【募集職種】…", "【職種】…" name the job as "職種：…" does', () => {
    const role = (text: string) => findRole({ texts: [text], titles: [], company: null }).role;
    expect(
      role('下記の通りご案内いたします。\n\n【募集職種】インフラエンジニア\n【日時】2027年3月2日'),
    ).toBe('インフラエンジニア');
    expect(role('【職種】プロダクトマネージャー\n【場所】本社')).toBe('プロダクトマネージャー');
  });
});

describe('a labelled employer', () => {
  it('is read from a table row of a label cell and a name cell as from "Employer: X"', () => {
    for (const row of [
      'Employer\tQuarrymill Advisory Partners',
      'Employer: Quarrymill Advisory Partners',
    ]) {
      const found = findCompany({
        texts: [`You are signed up for an interview.\n\n${row}\nPosition\tAnalyst Intern`],
        subjects: ['Interview confirmed'],
        companyAddresses: [
          { name: 'Career Office via Slatebook', address: 'noreply@slatebook.example' },
        ],
        sender: { name: 'Career Office via Slatebook', address: 'noreply@slatebook.example' },
      });
      expect(found.company).toBe('Quarrymill Advisory Partners');
    }
  });
});

describe('names', () => {
  it('a department named in capitals is not a person: "responsable de Ingeniería de Datos"', () => {
    expect(findNames('Lucía Gil, responsable de Ingeniería de Datos').map((n) => n.name)).toEqual([
      'Lucía Gil',
    ]);
  });

  it('forms of address and titles from the language tables are not part of the name', () => {
    const names = (text: string) => findNames(text).map((n) => n.name);
    expect(names('Vous serez reçue par Madame Claire Dubois.')).toEqual(['Claire Dubois']);
    expect(names('Il colloquio sarà con Dott Marco Bellini.')).toEqual(['Marco Bellini']);
    expect(names('Le entrevistará Doña Pilar Ruiz.')).toEqual(['Pilar Ruiz']);
  });

  it('a capitalised German word for colleague is not part of the name', () => {
    expect(findNames('Mein Kollege Jens Albrecht ist dabei.').map((n) => n.name)).toEqual([
      'Jens Albrecht',
    ]);
  });
});

/** A Gmail forward from a client in another language, the labels given by the caller. */
function forward(labels: string[], original: string[], body: string): Buffer {
  return Buffer.from(
    [
      'From: Ines Okoro <ines.okoro@gmail.com>',
      'To: interviews@followups.example.dev',
      'Subject: Fwd: next step',
      'Date: Mon, 01 Feb 2027 08:00:00 +0100',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      ...labels,
      ...original,
      '',
      body,
    ].join('\n'),
  );
}

const read = async (raw: Buffer) =>
  toExtraction(await parseEmail(raw, { timezone: 'America/New_York' }));

describe('language tables at work', () => {
  it('Danish "din samtale … med A (title)" names the interviewer; "Med venlig hilsen" names nobody', async () => {
    const raw = forward(
      ['---------- Videresendt besked ---------'],
      [
        'Fra: Ida Holm <ida.holm@fyrtaarn-data.example>',
        'Date: man. 1. feb. 2027 kl. 09.10',
        'Subject: Samtale',
        'To: <ines.okoro@gmail.com>',
      ],
      [
        'Kære Ines',
        'Hermed bekræftet: din samtale onsdag den 10. februar kl. 11.00 med Rasmus Krogh (teamleder).',
        'Med venlig hilsen',
        'Ida Holm',
        'HR',
      ].join('\n'),
    );
    const got = await read(raw);
    expect(got.interviewers.map((i) => i.email ?? i.name)).toEqual(['Rasmus Krogh']);
  });

  it('Québec French "plages disponibles" with several slots is not an interview yet', async () => {
    const raw = forward(
      ['---------- Message transféré ---------'],
      [
        'De : Luc Gagnon <luc@boreal-logiciels.example>',
        'Date : lun. 1 févr. 2027 à 07 h 10',
        'Objet : Entrevue – Développeur',
        'À : <ines.okoro@gmail.com>',
      ],
      [
        'Bonjour Ines,',
        'Voici les plages disponibles (heure de l’Est) :',
        '- jeudi 4 février, de 10 h à 10 h 45',
        '- vendredi 5 février, de 14 h à 14 h 45',
        'Merci de me dire laquelle vous convient.',
      ].join('\n'),
    );
    expect((await read(raw)).kind).toBe('not_interview');
  });

  it('German "ist ebenfalls dabei" names an interviewer; "unser Gespräch" makes the writer one', async () => {
    const raw = forward(
      ['---------- Forwarded message ---------'],
      [
        'Von: Petra Lindner <petra.lindner@kranich-werke.example>',
        'Datum: 1. Februar 2027 um 07:30',
        'Betreff: Gespräch',
        'An: <ines.okoro@gmail.com>',
      ],
      [
        'Guten Tag Frau Okoro,',
        'unser Gespräch findet am Donnerstag, 11.2.2027, um 10:00 Uhr statt.',
        'Mein Kollege Jens Albrecht (jens.albrecht@kranich-werke.example) ist ebenfalls dabei.',
        'Petra Lindner',
      ].join('\n'),
    );
    const got = await read(raw);
    expect(got.interviewers.map((i) => i.email).sort()).toEqual([
      'jens.albrecht@kranich-werke.example',
      'petra.lindner@kranich-werke.example',
    ]);
  });

  it('Spanish "Estarás con A (en copia) y con B": both interview', async () => {
    const raw = forward(
      ['---------- Mensaje reenviado ---------'],
      [
        'De: Sara Molina <sara.molina@brisa-datos.example>',
        'Fecha: lun, 1 feb 2027 a las 9:10',
        'Asunto: Entrevista',
        'Para: <ines.okoro@gmail.com>',
        'CC: Raúl Ortega <raul.ortega@brisa-datos.example>',
      ],
      [
        'Hola Ines:',
        'Te confirmo la entrevista el jueves 11 de febrero a las 12:00 (hora peninsular).',
        'Estarás con Raúl Ortega, jefe de Analítica (en copia), y con Eva Lozano, analista.',
        'Un saludo, Sara Molina, Selección',
      ].join('\n'),
    );
    const got = await read(raw);
    expect(got.interviewers.map((i) => i.email ?? i.name).sort()).toEqual([
      'Eva Lozano',
      'raul.ortega@brisa-datos.example',
    ]);
  });

  it('German "Von unserer Seite nehmen A und B teil": both interview', async () => {
    const raw = forward(
      ['---------- Forwarded message ---------'],
      [
        'Von: Petra Lindner <petra.lindner@kranich-werke.example>',
        'Datum: 1. Februar 2027 um 07:30',
        'Betreff: Einladung',
        'An: <ines.okoro@gmail.com>',
      ],
      [
        'Guten Tag Frau Okoro,',
        'wir laden Sie am Donnerstag, 11.2.2027, um 10:00 Uhr zum Gespräch ein.',
        'Von unserer Seite nehmen Jens Albrecht (Teamleitung) und Mira Sommer (Entwicklung) teil.',
        'Petra Lindner, Personal',
      ].join('\n'),
    );
    const got = await read(raw);
    expect(got.interviewers.map((i) => i.name).sort()).toEqual(['Jens Albrecht', 'Mira Sommer']);
  });

  it('English "I\'ll be running the interview together with my colleague X": both interview', async () => {
    const raw = forward(
      ['---------- Forwarded message ---------'],
      [
        'From: Arjun Mehta <arjun@quayside.example>',
        'Date: Mon, Feb 1, 2027 at 7:00 AM',
        'Subject: Interview',
        'To: <ines.okoro@gmail.com>',
      ],
      [
        'Hi Ines,',
        "I'll be running the interview on Thursday, February 4 at 3:00 PM GMT together with my colleague Rosa Lind (rosa.lind@quayside.example).",
        'Arjun',
      ].join('\n'),
    );
    const got = await read(raw);
    expect(got.interviewers.map((i) => i.email).sort()).toEqual([
      'arjun@quayside.example',
      'rosa.lind@quayside.example',
    ]);
  });

  it('a Japanese Gmail forward\'s "日付:" line dates the original: "明日" counts from it', async () => {
    const raw = forward(
      ['---------- 転送メッセージ ----------'],
      [
        '差出人: 高橋 誠 <m.takahashi@hikari-soft.example>',
        '日付: 2027年1月29日(金) 18:05',
        '件名: 面接のご案内',
        '宛先: <ines.okoro@gmail.com>',
      ],
      '面接日時：明日 16時00分〜17時00分（日本時間）\nよろしくお願いいたします。',
    );
    const got = await read(raw);
    expect(got.start && ZonedTime.fromISO(got.start, 'UTC')?.toISO()).toBe(
      '2027-01-30T07:00:00.000Z',
    );
  });
});

describe('a month name that is also a first name', () => {
  it('opens a name when a name follows it, not when a day number does', () => {
    const names = (text: string) => findNames(text).map((n) => n.name);
    expect(names('Gesprächspartner: Anna Becker (Teamleitung), Jan Wolff (Personal)')).toEqual([
      'Anna Becker',
      'Jan Wolff',
    ]);
    expect(names('You will meet May Chen and June Okafor.')).toEqual(['May Chen', 'June Okafor']);
    expect(names('Tue, Jan 5 at 3pm with Ana Ruiz')).toEqual(['Ana Ruiz']);
    expect(names('See you on Monday, May 3.')).toEqual([]);
  });
});

describe('a link inside full-width brackets', () => {
  it('the closing bracket or stop is not part of the link', () => {
    expect(findMeetingUrl(['場所：Teams（https://teams.example.net/l/abc-123）'])).toBe(
      'https://teams.example.net/l/abc-123',
    );
    expect(findMeetingUrl(['リンク：https://zoom.example.us/j/555。'])).toBe(
      'https://zoom.example.us/j/555',
    );
  });
});

describe("a link labelled as the call's room", () => {
  it('"Virtual room:" and "Video room:" before a link on the company\'s own host', () => {
    expect(findMeetingUrl(['Virtual room: https://conf.ottoway.example/x/qq7-panel'])).toBe(
      'https://conf.ottoway.example/x/qq7-panel',
    );
    expect(findMeetingUrl(['  Video room:   https://rooms-eu.brackwater.example/r/a81'])).toBe(
      'https://rooms-eu.brackwater.example/r/a81',
    );
  });
});
