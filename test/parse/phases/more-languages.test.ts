// Mail in languages read since round 9 (Polish, Norwegian) and the words of other languages that
// cancel, move, end a day or book something that is no interview, phrase by phrase, in own words.
import { describe, expect, it } from 'vitest';
import { findTimeRanges } from '#parse/clock-times.js';
import { parseEmail, toExtraction } from '#parse/parse-email.js';
import { kindOf } from '../support/kind-input.js';

const message = (subject: string, body: string, date = 'Mon, 1 Mar 2027 09:00:00 +0100') =>
  Buffer.from(
    [
      'From: Ola Rekrutt <ola@firma.example>',
      'To: seeker@mail.example',
      `Subject: ${subject}`,
      `Date: ${date}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      body,
      '',
    ].join('\n'),
  );
const read = async (raw: Buffer) =>
  toExtraction(await parseEmail(raw, { timezone: 'America/New_York' }));

describe('cancelling and moving with the verb where the clause puts it', () => {
  it.each([
    [
      'Vi har tyvärr fått förhinder, så därför måste vi tyvärr ställa in samtalet på fredag.',
      'cancelled',
    ],
    [
      'Leider teilen wir Ihnen mit, dass wir den Termin am Montag, 8. März 2027, 10.00 Uhr absagen mussten.',
      'cancelled',
    ],
    ['Dessverre må vi avlyse intervjuet på fredag.', 'cancelled'],
    ['Niestety musimy odwołać rozmowę kwalifikacyjną zaplanowaną na piątek.', 'cancelled'],
  ])('%s', (text, kind) => {
    expect(kindOf('Intervju / Gespräch / Rozmowa kwalifikacyjna', text)).toBe(kind);
  });

  it('a rejection said with "absagen müssen" to the seeker stays a rejection', () => {
    expect(
      kindOf(
        'Ihre Bewerbung',
        'Nach unserem Gespräch am Montag, 8. März, 10 Uhr, teilen wir Ihnen mit, dass wir Ihnen leider absagen müssen.',
      ),
    ).not.toBe('cancelled');
  });

  it.each([
    [
      'Het gesprek van vrijdag kan niet doorgaan, maar we konden gelukkig schuiven: we zien je nu op dinsdag 9 maart om 11.00 uur.',
    ],
    ['We hebben het gesprek een week opgeschoven naar dinsdag 9 maart om 11.00 uur.'],
    ['Désolé, on doit reporter ton entrevue de vendredi. On la remet au mardi 9 mars à 11 h.'],
  ])('moved: %s', (text) => {
    expect(kindOf('Gesprek / Entrevue', text)).toBe('rescheduled');
  });

  it('an offer to move it if needed is no move', () => {
    expect(
      kindOf(
        'Entrevue',
        'Ton entrevue est confirmée mardi à 11 h. Si jamais tu dois la déplacer, écris-moi.',
      ),
    ).toBe('scheduled');
  });
});

describe('appointments called interviews that no employer holds', () => {
  it('a consulate booking a visa interview, a job centre calling in for a follow-up', () => {
    expect(
      kindOf(
        'Su cita en el consulado',
        'Su entrevista consular para la visa de estudiante es el martes 9 de marzo a las 9:30. Traiga su pasaporte.',
      ),
    ).toBe('not_interview');
    expect(
      kindOf(
        'Rendez-vous',
        'Vous êtes convoqué à un entretien de suivi avec votre conseiller référent le mardi 9 mars à 10 h.',
      ),
    ).toBe('not_interview');
    expect(
      kindOf(
        'Innkalling',
        'Vi kaller deg inn til oppfølgingssamtale med veilederen din tirsdag 9. mars kl. 10.00.',
      ),
    ).toBe('not_interview');
  });

  it('a job interview that mentions the job centre stays an interview', () => {
    expect(
      kindOf(
        'Entretien – Comptable',
        'Suite à votre candidature transmise par votre conseiller, votre entretien est confirmé le mardi 9 mars à 10 h avec Mme Roux.',
      ),
    ).toBe('scheduled');
  });
});

describe('the hour a day of interviews ends', () => {
  it.each([
    ["Vous commencez à 9 h 30 avec M. Lebrun, puis Mme Aubry ; comptez jusqu'à 11 h 45.", '11:45'],
    [
      'Alle 9:30 incontrerà il dott. Neri, poi la dott.ssa Villa: contiamo di concludere entro le 11:45.',
      '11:45',
    ],
    [
      'A las 9:30 con Dña. Elena Ruiz y después con D. Pablo Soto; calculamos terminar sobre las 11:45.',
      '11:45',
    ],
    [
      'Às 9h30 com a Dra. Lima e depois com o Eng. Reis; devemos terminar por volta das 11h45.',
      '11:45',
    ],
  ])('%s', async (text, end) => {
    const got = await read(
      message(
        'Entretien / Colloquio / Entrevista',
        `Martes 9 de marzo / mardi 9 mars / martedì 9 marzo / terça-feira, 9 de março.\n\n${text}`,
      ),
    );
    expect(got.end?.slice(11, 16)).toBe(end);
  });
});

describe('a day of the month after a weekday, before the word for "at"', () => {
  it('"jueves 11 a las 16:00" is 16:00 on the 11th, "de 10 a 11 h" stays a range', () => {
    const hours = (text: string) =>
      findTimeRanges(text).map((r) => [r.start.hour, r.finish?.hour ?? null]);
    expect(hours('nos vemos el viernes 12 a las 15:30 hs')).toEqual([[15, null]]);
    expect(hours('rendez-vous samedi 13 à 10 h 15')).toEqual([[10, null]]);
    expect(hours('el viernes de 10 a 11 h')).toEqual([[10, 11]]);
    expect(hours('el viernes 12, de las 10 a las 11:30')).toEqual([[10, 11]]);
  });
});

describe('Polish mail', () => {
  it('an invitation to a "rozmowa kwalifikacyjna": time, zone, role and link', async () => {
    const got = await read(
      message(
        'Zaproszenie na rozmowę – Analityk Danych',
        'Dzień dobry,\n\nzapraszamy Panią na rozmowę kwalifikacyjną na stanowisko Analityk Danych, która odbędzie się w środę 3 marca o godz. 9:30 (czasu polskiego) przez Teams: https://teams.firma.example/l/rozmowa-ad\n\nRozmowa potrwa ok. godziny.\n\nPozdrawiam\nOla Rekrutt',
      ),
    );
    expect(got.kind).toBe('scheduled');
    expect(got.start).toBe('2027-03-03T09:30:00+01:00');
    expect(got.end).toBe('2027-03-03T10:30:00+01:00');
    expect(got.timezone).toBe('Europe/Warsaw');
    expect(got.role).toBe('Analityk Danych');
  });

  it('a moved and a cancelled "rozmowa"', () => {
    expect(
      kindOf(
        'Rozmowa kwalifikacyjna',
        'Musimy niestety przełożyć rozmowę; nowy termin to piątek 5 marca, godz. 13:00.',
      ),
    ).toBe('rescheduled');
    expect(
      kindOf(
        'Rozmowa kwalifikacyjna',
        'Rozmowa kwalifikacyjna zaplanowana na piątek nie odbędzie się.',
      ),
    ).toBe('cancelled');
  });

  it('a paid research interview ("wywiad pogłębiony") is not a job interview', () => {
    expect(
      kindOf(
        'Zaproszenie na wywiad',
        'Zapraszamy na wywiad pogłębiony o zakupach online w czwartek 4 marca o godz. 17:00. Wynagrodzenie: voucher 100 zł.',
      ),
    ).toBe('not_interview');
  });
});

describe('Norwegian mail', () => {
  it('an invitation to a "jobbintervju" on "fredag 5. mars kl. 13.15"', async () => {
    const got = await read(
      message(
        'Invitasjon til intervju – Backendutvikler',
        'Hei!\n\nVi vil gjerne invitere deg til intervju for stillingen som Backendutvikler fredag 5. mars kl. 13.15–14.00 (norsk tid) på Teams: https://teams.firma.example/l/intervju-bu\n\nVennlig hilsen\nOla Rekrutt',
      ),
    );
    expect(got.kind).toBe('scheduled');
    expect(got.start).toBe('2027-03-05T13:15:00+01:00');
    expect(got.end).toBe('2027-03-05T14:00:00+01:00');
  });
});

describe('titles linked by "di"/"du", a grade number, and more places a title is named', () => {
  it.each([
    [
      'Colloquio',
      'Le confermo il colloquio per la posizione di Analista Ufficio di Presidenza martedì 9 marzo alle 10:00.',
      'Analista Ufficio di Presidenza',
    ],
    [
      'Entrevista',
      'Tu entrevista para el cargo de Técnico de Soporte Nivel 3 es el martes 9 de marzo a las 10:00.',
      'Técnico de Soporte Nivel 3',
    ],
    [
      'Entrevista',
      'Na sequência da sua candidatura à função de Assistente Administrativa, convocamo-la para terça-feira, 9 de março, às 10h.',
      'Assistente Administrativa',
    ],
    [
      'Intervju',
      'Vi har pausat rekryteringen av en Projektledare, så intervjun tisdag 9 mars kl. 10.00 är inställd.',
      'Projektledare',
    ],
  ])('%s: %s', async (subject, body, role) => {
    expect((await read(message(subject, body))).role).toBe(role);
  });
});

describe('who takes part, in more words', () => {
  const who = async (subject: string, body: string) =>
    (await read(message(subject, body))).interviewers.map((i) => i.name);
  it('French "passera le relais à", Italian "La riceverà" and "parteciperà anche"', async () => {
    expect(
      await who(
        'Entretien',
        'Bonjour, votre entretien est confirmé le mardi 9 mars. Vous commencerez à 10 h avec Mme Odile Marchal, responsable produit. Elle passera ensuite le relais à M. Yann Kerbrat, notre architecte, pour un exercice.',
      ),
    ).toEqual(['Odile Marchal', 'Yann Kerbrat']);
    expect(
      await who(
        'Colloquio martedì 9 marzo',
        "Martedì 9 marzo alle 10:00 La riceverà l'ing. Carlo Brivio; al colloquio parteciperà anche la dott.ssa Elena Fumagalli.",
      ),
    ).toEqual(['Carlo Brivio', 'Elena Fumagalli']);
  });

  it('Dutch "aan tafel zitten", River Plate Spanish "van a estar"', async () => {
    expect(
      await who(
        'Gesprek dinsdag 9 maart',
        'Dinsdag 9 maart om 10.00 uur. Aan tafel zitten Bram Veenstra en Noor Kuipers.',
      ),
    ).toEqual(['Bram Veenstra', 'Noor Kuipers']);
    expect(
      await who(
        'Entrevista martes 9 de marzo',
        'Te confirmo el martes 9 de marzo a las 10:00. Van a estar Lucas Ibarra, del equipo de Datos, y Carla Méndez.',
      ),
    ).toEqual(['Lucas Ibarra', 'Carla Méndez']);
  });
});

describe('times that a Polish job alert and a Portuguese welcome carry', () => {
  it('when a job ad was added ("Dodano: 2 marca, 13:15") is no meeting', async () => {
    const got = await read(
      message(
        '2 nowe oferty dla Ciebie',
        'Nowe oferty pasujące do Twojego alertu:\n\n1. Tester Automatyzujący, Gdańsk\n   szybki proces, rozmowa kwalifikacyjna w ciągu tygodnia\n   Dodano: 2 marca, 13:15\n\n2. Analityk Danych, zdalnie\n   Dodano: 2 marca, 16:40\n\nWypisz się: https://oferty.example/wypisz',
      ),
    );
    expect(got.kind).toBe('not_interview');
  });

  it('"o seu primeiro dia" is the first working day, no interview', () => {
    expect(
      kindOf(
        'Bem-vindo à equipa – o seu primeiro dia',
        'O seu primeiro dia será segunda-feira, 8 de março, às 9h00, com a equipa de Produto.',
      ),
    ).toBe('not_interview');
  });
});

describe('a Japanese title in katakana before the word for a post', () => {
  it('"データアナリスト職の一次面接", "フロントエンドエンジニアのポジション"', async () => {
    const role = async (body: string) =>
      (await read(message('面接のご案内', `山田様\n\n${body}`))).role;
    expect(await role('データアナリスト職の一次面接を3月9日（火）10:00より実施いたします。')).toBe(
      'データアナリスト',
    );
    expect(
      await role(
        'フロントエンドエンジニアのポジションについて、3月9日（火）10:00より面接を実施いたします。',
      ),
    ).toBe('フロントエンドエンジニア');
  });
});
