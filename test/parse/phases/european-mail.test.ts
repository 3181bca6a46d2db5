// Ordinary recruiter mail in other languages, phrase by phrase: how a cancellation, a move, a
// deadline, a zone and a list of people are written there (own phrasings, no fixture's words).
import { describe, expect, it } from 'vitest';
import { findCompany } from '#parse/company.js';
import { findDates } from '#parse/dates.js';
import { findWhenCandidates } from '#parse/interview-time.js';
import { parseEmail, toExtraction } from '#parse/parse-email.js';
import { zoneStatements } from '#parse/zones.js';
import { at } from '../support/at.js';
import { kindOf } from '../support/kind-input.js';

describe('cancelling and moving in other words', () => {
  it('Spanish "anular" and "suspender" cancel like "cancelar"', () => {
    expect(
      kindOf('Entrevista', 'Por un cambio de agenda tenemos que anular la entrevista del jueves.'),
    ).toBe('cancelled');
    expect(
      kindOf('Entrevista', 'Nos vemos obligados a suspender la entrevista prevista para el lunes.'),
    ).toBe('cancelled');
    expect(kindOf('Anulación de entrevista', 'Lo sentimos mucho.')).toBe('cancelled');
  });

  it('Dutch "verzetten" and "verschuiven" move the interview', () => {
    expect(kindOf('Gesprek', 'Ik heb het gesprek verzet naar woensdag 10 maart om 9.00 uur.')).toBe(
      'rescheduled',
    );
    expect(kindOf('Gesprek', 'Je gesprek is verschoven naar dinsdag 9 maart.')).toBe('rescheduled');
    expect(kindOf('Gesprek', 'We moeten je gesprek helaas een dag verzetten.')).toBe('rescheduled');
  });
});

describe('a proposal after thanks is no booking (Danish, Swedish)', () => {
  it('thanks for the interview held and times proposed to choose from', () => {
    expect(
      kindOf(
        'Næste skridt',
        'Tak for en god samtale i går. Til anden samtale kan jeg foreslå onsdag den 10. marts kl. 9.00.',
      ),
    ).toBe('not_interview');
    expect(
      kindOf('Samtale', 'Skriv til mig, hvilke af tidspunkterne der passer dig: mandag kl. 10.00.'),
    ).toBe('not_interview');
    expect(
      kindOf(
        'Intervju',
        'Tack för ett trevligt samtal i måndags! Vilken dag som passar dig bäst, torsdag kl. 10?',
      ),
    ).toBe('not_interview');
  });
});

describe('limits and reply lines are no meeting', () => {
  const base = at('2027-02-01T09:00:00+01:00');
  const times = (text: string) =>
    findWhenCandidates(text, { base, defaultZone: 'Europe/Rome', dayFirst: true }, null).map((c) =>
      c.start.toWallISO().slice(5, 16),
    );

  it('Italian "entro" before a time: "entro le ore 18:00", "entro venerdì … alle 18"', () => {
    expect(
      times(
        'Colloquio il 15 febbraio alle 10:00. Test da svolgere entro le ore 18:00 del 12 febbraio.',
      ),
    ).toEqual(['02-15T10:00']);
    expect(
      times(
        'Colloquio il 15 febbraio alle 10:00. Invia il modulo entro venerdì 12 febbraio alle 18.',
      ),
    ).toEqual(['02-15T10:00']);
  });

  it('a reply line in another language ("Op … schreef", "El … escribió") gives no time', () => {
    expect(
      times(
        'Gesprek op 15 februari om 10.00 uur.\n\nOp di 9 feb 2027 om 16:22 schreef Noor <n@x.example>:',
      ),
    ).toEqual(['02-15T10:00']);
    expect(
      times(
        'Entrevista el 15 de febrero a las 10:00.\n\nEl mar, 9 feb 2027 a las 16:22, Ana <a@x.example> escribió:',
      ),
    ).toEqual(['02-15T10:00']);
  });

  it('the Dutch short month "mrt" is March', () => {
    expect(findDates('ma 15 mrt 2027', true).map((d) => d.kind === 'absolute' && d.month)).toEqual([
      3,
    ]);
  });
});

describe('an offset followed by a city', () => {
  const zones = (text: string) => zoneStatements(text).map((z) => z.iana ?? `offset ${z.offset}`);

  it('names the city\'s zone when it keeps that offset: "(GMT-3 Brasília)", "(UTC+01:00) Amsterdam, Berlin"', () => {
    expect(zones('10h00 – 11h00 (GMT-3 Brasília)')).toEqual(['America/Sao_Paulo']);
    expect(zones('09:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome')).toEqual(['Europe/Amsterdam']);
  });

  it('keeps the bare offset when the city never has it', () => {
    expect(zones('10:00 (GMT+5 Madrid)')).toEqual(['offset 300']);
  });
});

describe('the people an applicant system lists', () => {
  it('Portuguese "Quem vai participar:" over one name a line', async () => {
    const raw = Buffer.from(
      [
        'From: Equipe de Seleção <selecao@cajueiro-tech.example>',
        'To: bruna.lima@mail.example',
        'Subject: Entrevista agendada – Analista Fiscal',
        'Date: Mon, 1 Feb 2027 09:00:00 -0300',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Olá, Bruna! Sua entrevista foi agendada para quinta-feira, 4 de fevereiro, às 15h (horário de Brasília).',
        '',
        'Quem vai participar:',
        'Otávio Rezende · Gerente Fiscal',
        'Yumi Sakamoto · Analista Sênior',
        '',
        'Até lá!',
        '',
      ].join('\n'),
    );
    const got = toExtraction(await parseEmail(raw, { timezone: 'America/New_York' }));
    expect(got.interviewers.map((i) => i.name)).toEqual(['Otávio Rezende', 'Yumi Sakamoto']);
  });
});

describe('more ordinary mail in other languages', () => {
  const message = (from: string, subject: string, body: string) =>
    Buffer.from(
      [
        `From: ${from}`,
        'To: seeker@mail.example',
        `Subject: ${subject}`,
        'Date: Mon, 1 Mar 2027 09:00:00 +0100',
        'Content-Type: text/plain; charset=utf-8',
        '',
        body,
        '',
      ].join('\n'),
    );
  const read = async (raw: Buffer) =>
    toExtraction(await parseEmail(raw, { timezone: 'America/New_York' }));
  const who = async (raw: Buffer) => (await read(raw)).interviewers.map((i) => i.email ?? i.name);

  it('Brazilian "precisamos remarcar" and "remarcamos" move the interview', () => {
    expect(kindOf('Entrevista', 'Precisamos remarcar a sua entrevista de terça.')).toBe(
      'rescheduled',
    );
    expect(kindOf('Entrevista', 'Remarcamos sua entrevista para quinta às 10h.')).toBe(
      'rescheduled',
    );
  });

  it('Japanese "面接を見合わせ" calls the interview off; "採用を見合わせ" stays a rejection', () => {
    expect(kindOf('面接について', '3月9日の面接を見合わせることとなりました。')).toBe('cancelled');
    expect(kindOf('面接について', '面接の実施を取りやめることになりました。')).toBe('cancelled');
    expect(
      kindOf(
        '選考結果',
        '先日の面接ありがとうございました。残念ながら採用を見合わせることとなりました。',
      ),
    ).toBe('not_interview');
  });

  it("a German headhunter's first contact proposing a call is outreach", () => {
    expect(
      kindOf(
        'Vertrauliche Anfrage',
        'Ich bin auf Ihr Profil aufmerksam geworden. Hätten Sie am Freitag um 11 Uhr Zeit für ein Gespräch?',
      ),
    ).toBe('not_interview');
    expect(
      kindOf(
        'Position',
        'Im Auftrag eines langjährigen Kunden suche ich eine Leitung Vertrieb. Passt Ihnen ein unverbindliches Telefonat am Montag um 9 Uhr?',
      ),
    ).toBe('not_interview');
  });

  it('"hora CDMX" is Mexico City', () => {
    expect(zoneStatements('a las 9:00 (hora CDMX)').map((z) => z.iana)).toEqual([
      'America/Mexico_City',
    ]);
  });

  it('the writer who holds it: "ich … gemeinsam mit", "ainsi que moi-même"', async () => {
    expect(
      await who(
        message(
          'Lena Graf <lena.graf@kiefer-bau.example>',
          'Gespräch',
          'Ihr Vorstellungsgespräch ist am Mittwoch, den 17. März 2027 um 14 Uhr.\n\nIch führe das Gespräch gemeinsam mit Herrn Luis Mora.\n\nViele Grüße\nLena Graf',
        ),
      ),
    ).toEqual(expect.arrayContaining(['lena.graf@kiefer-bau.example', 'Luis Mora']));
    expect(
      await who(
        message(
          'Lena Graf <lena.graf@kiefer-bau.example>',
          'Entretien',
          'Votre entretien aura lieu le mercredi 17 mars à 14h avec Luis Mora ainsi que moi-même.\n\nBien à vous,\nLena Graf',
        ),
      ),
    ).toEqual(expect.arrayContaining(['lena.graf@kiefer-bau.example', 'Luis Mora']));
  });

  it('a bare "avec / con / mit" in a sentence about the call names who takes part', async () => {
    const body = (sentence: string) =>
      message(
        'Ana Ruiz <ana@mezcal-tech.example>',
        'Entretien / Entrevista / Gespräch',
        `Rendez-vous le mercredi 17 mars 2027 à 14h.\n\n${sentence}\n\nAna Ruiz`,
      );
    expect(await who(body('Le format : une heure en visio avec Luis Mora, notre CTO.'))).toEqual([
      'Luis Mora',
    ]);
    expect(await who(body('Será una videollamada con Luis Mora, nuestro CTO.'))).toEqual([
      'Luis Mora',
    ]);
    expect(await who(body('Es wird ein Videocall mit Luis Mora, unserem CTO.'))).toEqual([
      'Luis Mora',
    ]);
  });

  it('the people "estarán presentes" (Spanish) and "ci saranno" (Italian)', async () => {
    expect(
      await who(
        message(
          'Ana Ruiz <ana@mezcal-tech.example>',
          'Entrevista',
          'Su entrevista es el miércoles 17 de marzo a las 14:00. Estarán presentes la Lic. Marta Gil y el Ing. Luis Mora.\n\nSaludos,\nAna Ruiz',
        ),
      ),
    ).toEqual(['Marta Gil', 'Luis Mora']);
    expect(
      await who(
        message(
          'Ana Neri <ana@tessuti-po.example>',
          'Colloquio',
          "Colloquio mercoledì 17 marzo alle 14:00. Ci saranno l'ing. Luca Neri e la dott.ssa Sara Villa.\n\nCiao,\nAna Neri",
        ),
      ),
    ).toEqual(['Luca Neri', 'Sara Villa']);
  });

  it('a Spanish or Portuguese coordinator, supervisor or specialist title is a role', async () => {
    expect(
      (
        await read(
          message(
            'Ana Ruiz <ana@mezcal-tech.example>',
            'Entrevista',
            'Le confirmo su entrevista para la vacante de Supervisor de Almacén el miércoles 17 de marzo a las 14:00.\n\nSaludos,\nAna Ruiz',
          ),
        )
      ).role,
    ).toBe('Supervisor de Almacén');
    expect(
      (
        await read(
          message(
            'Ana Reis <ana@caju-log.example>',
            'Entrevista',
            'Confirmo sua entrevista para a vaga de Coordenador de Compras na quarta-feira, 17 de março, às 14h.\n\nAbraços,\nAna Reis',
          ),
        )
      ).role,
    ).toBe('Coordenador de Compras');
  });
});

describe('legal forms of European companies are not part of the name', () => {
  it('Danish and Norwegian "A/S", "AS", Hungarian, Estonian, Polish, Portuguese and Spanish forms', () => {
    const company = (form: string) =>
      findCompany({
        texts: [`Venlig hilsen\nMaja Lund\nHR\nSkovbryn Energi ${form}\nStrandvejen 4\n`],
        subjects: ['Samtale'],
        companyAddresses: [{ name: 'Maja Lund', address: 'ml@skovbryn-energi.example' }],
        sender: { name: 'Maja Lund', address: 'ml@skovbryn-energi.example' },
      }).company;
    for (const form of ['A/S', 'AS', 'Kft.', 'OÜ', 'Sp. z o.o.', 'Unipessoal, Lda.', 'S.L.U.'])
      expect(company(form), form).toBe('Skovbryn Energi');
  });
});

describe('the verbs that cancel or move an interview, language by language', () => {
  const subject =
    'Entretien / Gespräch / Entrevista / Colloquio / Gesprek / Intervju / Samtale / 面接';
  it.each([
    ["Nous sommes contraints d'annuler votre entretien de jeudi.", 'cancelled'],
    ['Votre entretien a été avancé au lundi 8 mars à 9h.', 'rescheduled'],
    ['Das Gespräch am Donnerstag entfällt leider.', 'cancelled'],
    ['Wir müssen den Termin leider auf Freitag, 12. März, 10 Uhr verlegen.', 'rescheduled'],
    ['Das Gespräch findet nun am Freitag, 12. März, um 10 Uhr statt.', 'rescheduled'],
    ['Tenemos que mover la entrevista al viernes 12 de marzo a las 10:00.', 'rescheduled'],
    ['La entrevista se pospone al viernes 12 de marzo a las 10:00.', 'rescheduled'],
    ['Lamentablemente la entrevista queda suspendida.', 'cancelled'],
    ['A entrevista foi adiada para sexta-feira, 12/03, às 10h.', 'rescheduled'],
    ['Dobbiamo rimandare il colloquio a venerdì 12 marzo alle 10:00.', 'rescheduled'],
    ['Het gesprek is vervroegd naar maandag 8 maart om 9.00 uur.', 'rescheduled'],
    ['Het gesprek komt helaas te vervallen.', 'cancelled'],
    ['Vi behöver skjuta upp intervjun till fredag 12 mars kl. 10.', 'rescheduled'],
    ['Samtalen er rykket til fredag den 12. marts kl. 10.', 'rescheduled'],
    ['面接を延期させていただきたく存じます。新しい日時：3月12日 10:00', 'rescheduled'],
    [
      'Por un cruce de agendas la reprogramamos para el martes 16 de marzo a las 11:00.',
      'rescheduled',
    ],
    ['Reagendamos tu entrevista al miércoles 17 de marzo a las 9:00.', 'rescheduled'],
    ['Tu entrevista se reprogramó para el jueves 18 de marzo a las 15:00.', 'rescheduled'],
    ['Het gesprek van vrijdag 12 maart kan helaas niet doorgaan.', 'cancelled'],
    ['Ons gesprek op vrijdag 12 maart gaat toch niet door.', 'cancelled'],
    ['Het gesprek van vrijdag 12 maart vindt helaas geen doorgang.', 'cancelled'],
    ['Intervjun fredag 12 mars kan tyvärr inte genomföras.', 'cancelled'],
    ['Samtalen fredag den 12. marts kan desværre ikke gennemføres.', 'cancelled'],
    ['Te cuento que movimos la entrevista al viernes 19 de marzo a las 11:00.', 'rescheduled'],
    ['Das Gespräch am Freitag, 12. März, kann leider nicht wie geplant stattfinden.', 'cancelled'],
    [
      'Purtroppo il colloquio di venerdì 12 marzo è stato annullato: ti ricontatteremo per fissare una nuova data.',
      'cancelled',
    ],
    [
      'La entrevista del viernes 12 de marzo queda cancelada; te escribiremos con una nueva fecha.',
      'cancelled',
    ],
    [
      'Si tenés algún problema con el viernes 12 de marzo, avisame así lo reprogramamos.',
      'scheduled',
    ],
  ])('%s → %s', (text, kind) => {
    expect(kindOf(subject, text)).toBe(kind);
  });

  it.each([
    'Ihr Gespräch ist am Freitag, 12. März, um 10 Uhr. Wir haben es eingetragen. Es kann bei Bedarf verschoben werden.',
    'Votre entretien est confirmé le vendredi 12 mars à 10h. Une visio de préparation a été avancée en fin de matinée.',
    'Ti confermo il colloquio di venerdì 12 marzo alle 10:00. Se dovessi avere un imprevisto, possiamo spostarlo.',
    'Din samtale er fredag den 12. marts kl. 10. Hvis tidspunktet ikke passer, kan vi flytte den.',
  ])('an offer to move it, or another thing moved, leaves a booking: %s', (text) => {
    expect(kindOf(subject, text)).toBe('scheduled');
  });
});

describe('a signature with a legal form the sender domain does not spell whole', () => {
  const company = (line: string, address: string) =>
    findCompany({
      texts: [`Meilleures salutations\nNoémie Roth\nRecrutement\n${line}\nAvenue de la Gare 5\n`],
      subjects: ['Votre candidature'],
      companyAddresses: [{ name: 'Noémie Roth', address }],
      sender: { name: 'Noémie Roth', address },
    }).company;

  it('a Swiss or French "SA" and a Belgian "NV" end the name, whatever the domain says', () => {
    expect(company('Boréal Instruments SA', 'noemie.roth@brl-group.example')).toBe(
      'Boréal Instruments',
    );
    expect(company('Vlaspand Techniek NV', 'noemie.roth@vst-hr.example')).toBe('Vlaspand Techniek');
  });

  it('a short domain spells the first word and the signature adds "sp. z o.o."', () => {
    const address = 'piotr.zieba@kormo.example';
    expect(
      findCompany({
        texts: [
          'Z poważaniem\nPiotr Zięba\nSpecjalista ds. kadr\nKormo Systemy sp. z o.o.\nul. Długa 5\n',
        ],
        subjects: ['Zaproszenie'],
        companyAddresses: [{ name: 'Piotr Zięba', address }],
        sender: { name: 'Piotr Zięba', address },
      }).company,
    ).toBe('Kormo Systemy');
  });
});

describe('a zone named by a city as another language spells it', () => {
  it.each([
    ['de 9 h à 10 h (heure de Lisbonne)', 'Europe/Lisbon'],
    ['a las 11:00 (hora de Varsovia)', 'Europe/Warsaw'],
    ['alle 15:00 (ora di Ginevra)', 'Europe/Zurich'],
    ['às 10h (horário de Bruxelas)', 'Europe/Brussels'],
  ])('"%s"', (text, zone) => {
    expect(zoneStatements(text)[0]?.iana).toBe(zone);
  });
});
