// Conventions of mail written outside the US, each reader alone on phrases written here: the
// order of numeric dates, the half of the day written before a Japanese hour, the words that
// move or call off a meeting, and a reference number in brackets after a job title.
import { describe, expect, it } from 'vitest';
import { findTimeRanges } from '#parse/clock-times.js';
import { numericOrderEvidence } from '#parse/dates.js';
import { findNames } from '#parse/names.js';
import { parseEmail, toExtraction } from '#parse/parse-email.js';
import { cleanRole, findRole } from '#parse/role.js';
import { zoneStatements } from '#parse/zones.js';
import { kindOf } from '../support/kind-input.js';

const clock = (text: string) =>
  findTimeRanges(text).map((r) => {
    const hm = (t: { hour: number; minute: number }) =>
      `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
    return r.finish ? `${hm(r.start)}-${hm(r.finish)}` : hm(r.start);
  });

describe('the order of a numeric date', () => {
  it('is day first in a message written in another language, even with no zone and no month name', () => {
    expect(numericOrderEvidence('Votre entretien aura lieu le 04/03/2027 à 10h.')).toBe(true);
    expect(numericOrderEvidence('Ihr Gespräch: 05/02/2027, 9:00')).toBe(true);
    expect(numericOrderEvidence('Ci vediamo giovedì 06/05/2027 in sede')).toBe(true);
  });

  it('says nothing for an English text, and a date readable one way still decides', () => {
    expect(numericOrderEvidence('Your interview is on 03/04/2027 at 10am.')).toBeNull();
    expect(numericOrderEvidence('Entretien le 03/25/2027 à 10h')).toBe(false);
  });

  it('a French confirmation with "Date : 04/03/2027" and no zone is the 4th of March, read in the default zone', async () => {
    const raw = [
      'From: Léa Martin <lea.martin@atelier-nord.example>',
      'To: paul.durand@mail.example',
      'Subject: Entretien pour le poste de Comptable',
      'Date: Mon, 22 Feb 2027 10:00:00 +0100',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Bonjour Paul,',
      '',
      'Je vous confirme votre entretien :',
      'Date : 04/03/2027',
      'Heure : 10h00 - 11h00',
      '',
      'Léa Martin',
      'Atelier Nord',
      '',
    ].join('\n');
    const x = toExtraction(await parseEmail(Buffer.from(raw), { timezone: 'America/New_York' }));
    expect(x.start).toBe('2027-03-04T10:00:00-05:00');
  });
});

describe('the half of the day written before a Japanese hour', () => {
  it('"午後2時〜午後3時" is 14:00-15:00, "午前10時30分" is 10:30, and "午後1時〜2時" a range', () => {
    expect(clock('3月4日（木）午後2時〜午後3時')).toEqual(['14:00-15:00']);
    expect(clock('面接は午前10時30分からです')).toEqual(['10:30']);
    expect(clock('午後1時〜2時')).toEqual(['13:00-14:00']);
  });
});

describe('words that move or call off a booked meeting', () => {
  it('German nouns and "ausweichen" move it', () => {
    expect(
      kindOf('Terminverlegung', 'Wir müssen leider umplanen: neuer Vorschlag Dienstag, 9 Uhr.'),
    ).toBe('rescheduled');
    expect(
      kindOf(
        'Ihr Vorstellungsgespräch',
        'Könnten wir stattdessen auf Mittwoch, den 3. März, um 11 Uhr ausweichen? Das Gespräch bleibt gleich.',
      ),
    ).toBe('rescheduled');
  });

  it('"desconvocada", "não poderá ser realizada", "non potrà svolgersi", "ne pourra pas avoir lieu" call it off', () => {
    expect(
      kindOf(
        'Entrevista del martes',
        'Le informamos de que la entrevista del martes a las 10:00 queda desconvocada.',
      ),
    ).toBe('cancelled');
    expect(
      kindOf(
        'Sua entrevista',
        'Infelizmente a entrevista de quinta às 14h não poderá ser realizada.',
      ),
    ).toBe('cancelled');
    expect(
      kindOf(
        'Colloquio di lunedì',
        'Purtroppo il colloquio di lunedì alle 15 non potrà svolgersi.',
      ),
    ).toBe('cancelled');
    expect(
      kindOf(
        'Votre entretien',
        "L'entretien prévu jeudi à 9h ne pourra pas avoir lieu, le poste étant pourvu.",
      ),
    ).toBe('cancelled');
  });

  it('a Japanese notice that fixes one of the candidate dates is a booking', () => {
    expect(
      kindOf(
        '面接日程確定のご連絡',
        'ご回答いただいた候補日の中から、下記の日程で面接を確定いたしました。',
      ),
    ).toBe('scheduled');
    // Asking for candidate dates stays a request.
    expect(
      kindOf(
        '面接日程のご相談',
        'ご都合の良い候補日を3つほどお知らせください。確定後、改めてご案内いたします。',
        {
          timeIsOffer: true,
        },
      ),
    ).toBe('not_interview');
  });
});

describe('a reference number in brackets after a job title', () => {
  it('is left out in each language, abbreviated or not', () => {
    expect(cleanRole('Tecnico di laboratorio (rif. MI-22/07)', true)).toBe(
      'Tecnico di laboratorio',
    );
    expect(cleanRole('Technicien support (réf. 2027-118)', true)).toBe('Technicien support');
    expect(cleanRole('Sachbearbeiter Einkauf (Kennziffer 4471)', true)).toBe(
      'Sachbearbeiter Einkauf',
    );
    expect(cleanRole('Analista de datos (referencia AD-9)', true)).toBe('Analista de datos');
  });
});

describe('more ways to move, call off, or follow an offer', () => {
  it('pt "marcada para … passou para" and es "tuvimos que cancelar … ya quedó agendada para" move it', () => {
    expect(
      kindOf(
        'Entrevista',
        'A entrevista, agendada para terça às 10h, passou para quarta-feira, dia 7, às 11h.',
      ),
    ).toBe('rescheduled');
    expect(
      kindOf(
        'Tu entrevista',
        'Tuvimos que cancelar la entrevista del jueves; ya quedó agendada para el viernes a las 9:00.',
      ),
    ).toBe('rescheduled');
    // A candidacy that moves on to the next stage is no move of a meeting.
    expect(
      kindOf(
        'Entrevista confirmada',
        'A sua candidatura passou para a fase seguinte: entrevista confirmada para dia 9, às 14h.',
      ),
    ).toBe('scheduled');
  });

  it('it "è da intendersi annullato" calls it off', () => {
    expect(
      kindOf('Colloquio', 'Il colloquio di giovedì alle ore 10 è da considerarsi annullato.'),
    ).toBe('cancelled');
  });

  it('an appointment to sign the contract after the offer is no interview, in any language', () => {
    expect(
      kindOf(
        'Ihr neuer Job',
        'Zur Unterzeichnung Ihres Anstellungsvertrags erwarten wir Sie am Montag um 9 Uhr.',
      ),
    ).toBe('not_interview');
    expect(
      kindOf('Bienvenue', 'Nous vous attendons lundi à 9h pour la signature de votre contrat.'),
    ).toBe('not_interview');
    expect(
      kindOf('Welkom', 'Voor de ondertekening van je contract zien we je maandag om 9 uur.'),
    ).toBe('not_interview');
  });

  it('"hora de la Ciudad de México" names the capital\'s zone', () => {
    expect(zoneStatements('a las 12:00, hora de la Ciudad de México')[0]?.iana).toBe(
      'America/Mexico_City',
    );
  });
});

describe('titles written in sentence case with an acronym, or with a leading dot', () => {
  const role = (text: string, subject = 'Entretien') =>
    findRole({ texts: [text], titles: [subject], company: null }).role;
  it('"poste d\'Analyste crédit PME et avons…" keeps the acronym and stops at the next verb', () => {
    expect(
      role(
        "Merci pour votre candidature au poste d'Analyste risques PME et avons le plaisir de vous inviter.",
      ),
    ).toBe('Analyste risques PME');
  });
  it('".NET" stays in the title', () => {
    expect(role('Hej!', 'Intervju – Backendutvecklare .NET')).toBe('Backendutvecklare .NET');
  });
  it('titles in Danish, Swedish and Spanish read as jobs: Projektleder, Projektledare, Contralor', () => {
    expect(role('Hej!', 'Samtale – Projektleder')).toBe('Projektleder');
    expect(role('Hej!', 'Intervju – Projektledare')).toBe('Projektledare');
    expect(role('Hola', 'Tu entrevista – Contralor de Planta')).toBe('Contralor de Planta');
  });
});

describe('people named in local turns of phrase', () => {
  const interviewers = async (from: string, subject: string, body: string) => {
    const raw = [
      `From: ${from}`,
      'To: cand@mail.example',
      `Subject: ${subject}`,
      'Date: Mon, 1 Mar 2027 10:00:00 +0100',
      'Content-Type: text/plain; charset=utf-8',
      '',
      body,
      '',
    ].join('\n');
    const x = toExtraction(await parseEmail(Buffer.from(raw), { timezone: 'America/New_York' }));
    return x.interviewers.map((i) => i.email ?? i.name).sort();
  };

  it('pt-PT "Estarão consigo a Eng.ª A e o Dr. B"', async () => {
    expect(
      await interviewers(
        'Inês Tavares <ines@lusotec.example>',
        'Entrevista – Analista de Dados',
        'Caro João,\n\nConfirmamos a entrevista na quarta-feira, 10 de março, às 10h00 (hora de Lisboa). Estarão consigo a Eng.ª Marta Sequeira e o Dr. Hugo Pinto.\n\nCumprimentos,\nInês Tavares\nLusotec',
      ),
    ).toEqual(['Hugo Pinto', 'Marta Sequeira']);
  });

  it('es-MX "Platicarás con el Ing. A y con la Lic. B"', async () => {
    expect(
      await interviewers(
        'Paola Ruiz <paola@tlaloc.example>',
        'Entrevista – Analista de Costos',
        'Hola Luis:\n\nTu entrevista queda confirmada para el jueves 4 de marzo a las 11:00, hora del centro. Platicarás con el Ing. Arturo Medina y con la Lic. Sofía Barrera.\n\nSaludos,\nPaola Ruiz\nTláloc Energía',
      ),
    ).toEqual(['Arturo Medina', 'Sofía Barrera']);
  });

  it('it "con il Dott. A e con la sottoscritta": the writer takes part', async () => {
    expect(
      await interviewers(
        'Giorgia Neri <giorgia.neri@alpiverdi.example>',
        'Colloquio – Contabile',
        'Gentile Sig. Rossi,\n\nLe confermo il colloquio di giovedì 4 marzo alle ore 10 con il Dott. Piero Sala e con la sottoscritta.\n\nCordiali saluti,\nGiorgia Neri\nAlpi Verdi S.r.l.',
      ),
    ).toEqual(['Piero Sala', 'giorgia.neri@alpiverdi.example']);
  });

  it('da "Fra vores side kommer A og jeg selv"', async () => {
    expect(
      await interviewers(
        'Line Dahl <ld@fjordkraft.example>',
        'Samtale – Projektleder',
        'Hej Emil,\n\nDin samtale er torsdag den 4. marts kl. 10.00–11.00. Fra vores side kommer teamleder Kasper Friis og jeg selv.\n\nVenlig hilsen\nLine Dahl\nFjordkraft A/S',
      ),
    ).toEqual(['Kasper Friis', 'ld@fjordkraft.example']);
  });
  it('fr "A et B auront le plaisir d\'échanger avec vous": both interview', async () => {
    expect(
      await interviewers(
        'Chloé Petit <chloe@vallon.example>',
        'Entretien – Juriste',
        "Madame,\n\nVotre entretien est fixé au mardi 9 mars à 11h.\n\nMme Hélène Vasseur, directrice juridique, et M. Karim Saidi auront le plaisir d'échanger avec vous.\n\nChloé Petit\nVallon Conseil",
      ),
    ).toEqual(['Hélène Vasseur', 'Karim Saidi']);
  });

  it('pt "Quem vai conversar com você é a A, junto com o B": both interview', async () => {
    expect(
      await interviewers(
        'Bia Lopes <bia@cajuhub.example>',
        'Entrevista – Analista de Dados',
        'Oi, Caio!\n\nSua entrevista ficou marcada para terça, 09/03, às 15h (horário de Brasília). Quem vai conversar com você é a Renata Souza, coordenadora de BI, junto com o Felipe Rocha.\n\nAbraços,\nBia Lopes\nCaju Hub',
      ),
    ).toEqual(['Felipe Rocha', 'Renata Souza']);
  });

  it('nl "Ik heb ook A gevraagd om aan te schuiven": A joins the writer', async () => {
    expect(
      await interviewers(
        'Joost Smit <joost@dijkwerk.example>',
        'Gesprek – Data Engineer',
        'Hoi Eva,\n\nWe spreken elkaar donderdag 4 maart om 14.00 uur. Ik heb ook Iris Mulder, onze teamlead, gevraagd om aan te schuiven.\n\nGroet,\nJoost Smit\nDijkwerk',
      ),
    ).toContain('Iris Mulder');
  });

  it('it a "Commissione:" line names the panel', async () => {
    expect(
      await interviewers(
        'Selezione <noreply@ats.example>',
        'Colloquio programmato – Progettista Meccanico',
        'Gentile candidato,\n\nData: giovedì 4 marzo 2027, ore 10:00\nCommissione: Ing. Davide Greco – Direttore Tecnico; Dott.ssa Laura Fontana – HR\n\nTalentia',
      ),
    ).toEqual(['Davide Greco', 'Laura Fontana']);
  });
});

describe('a Japanese label line that lists the interviewers', () => {
  it('"ご対応者：部署 役職　A／同部 役職　B" names both, not the recruiter who wrote it', async () => {
    const raw = [
      'From: =?UTF-8?B?5bGx55SwIOiKsQ==?= <hana.yamada@kawase.example>',
      'To: cand@mail.example',
      'Subject: =?UTF-8?B?5LiA5qyh6Z2i5o6l44Gu44GU5qGI5YaF?=',
      'Date: Mon, 1 Mar 2027 10:00:00 +0900',
      'Content-Type: text/plain; charset=utf-8',
      '',
      '採用担当の山田でございます。下記の通り一次面接を実施いたします。',
      '',
      '日時：3月8日（月）午前11時〜正午（日本時間）',
      'ご対応者：営業本部 課長　斉藤 浩二／同本部 主任　木下 綾',
      '',
      '株式会社カワセ 人事部 山田 花',
      '',
    ].join('\n');
    const x = toExtraction(await parseEmail(Buffer.from(raw), { timezone: 'America/New_York' }));
    expect(x.interviewers.map((i) => i.name).sort()).toEqual(['斉藤 浩二', '木下 綾']);
    expect(x.start).toBe('2027-03-08T11:00:00+09:00');
  });
});

describe('a department named after the word for it is no person', () => {
  const names = (text: string) => findNames(text).map((n) => n.name);
  it('"área de", "der Abteilung", "pôle", "afdelingen for" open a department, the people stay', () => {
    expect(names('com a Ana Reis, responsável pela área de Recursos Humanos')).toEqual([
      'Ana Reis',
    ]);
    expect(names('mit Jan Kraus, Leiter der Abteilung Schadenregulierung Kraftfahrt')).toEqual([
      'Jan Kraus',
    ]);
    expect(names('avec Paul Marchal, responsable du pôle Finance Durable')).toEqual([
      'Paul Marchal',
    ]);
    expect(names('med Ida Holm fra afdelingen for Digital Udvikling')).toEqual(['Ida Holm']);
  });
});
