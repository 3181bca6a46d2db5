// A forwarded header block may carry the original's Reply-To and Cc lines, labelled in the
// client's language ("Antwort an:", "Répondre à :", "返信先:", "Kopie:"). They belong to the
// block: a block that stops at an unknown label loses the lines below it (the date that
// "tomorrow" counts from, the subject that names the job, the Cc that gives an address).
import { describe, expect, it } from 'vitest';
import { parseEmail, toExtraction } from '#parse/parse-email.js';

interface Labels {
  marker: string;
  from: string;
  replyTo: string;
  date: string;
  subject: string;
  to: string;
  cc: string;
}

/** The Reply-To line right below From, as Thunderbird and Apple Mail order them. */
function forward(l: Labels, subject: string, body: string): Buffer {
  return Buffer.from(
    [
      'From: Ottilie Brandvold <ottilie.brandvold@fjordpost.example>',
      'To: interviews@followups.example.dev',
      'Subject: Fwd: next step',
      'Date: Sat, 16 Jan 2027 10:05:00 +0100',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      'logging this one',
      '',
      l.marker,
      `${l.from} Candidate Desk <no-reply@apply.quernwick.example>`,
      `${l.replyTo} Signe Okafor-Lund <signe.okafor-lund@quernwick.example>`,
      `${l.date} Mon, 11 Jan 2027 13:40:00 +0100`,
      `${l.subject} ${subject}`,
      `${l.to} Ottilie Brandvold <ottilie.brandvold@fjordpost.example>`,
      `${l.cc} Bastian Thorsrud <bastian.thorsrud@quernwick.example>`,
      '',
      body,
    ].join('\n'),
  );
}

const read = async (raw: Buffer) => {
  const parsed = await parseEmail(raw, { timezone: 'America/New_York' });
  return { ...toExtraction(parsed), original: parsed.original };
};

const ENGLISH_BODY =
  'Hello Ottilie,\n\nBastian Thorsrud from our platform team will interview you tomorrow at 2:30 PM CET on Teams: https://teams.microsoft.example/l/meetup-join/19%3aquernwick\n\nBest,\nSigne\nQuernwick Instruments';

const CLIENTS: [string, Labels][] = [
  [
    'German',
    {
      marker: '-------- Weitergeleitete Nachricht --------',
      from: 'Von:',
      replyTo: 'Antwort an:',
      date: 'Datum:',
      subject: 'Betreff:',
      to: 'An:',
      cc: 'Kopie:',
    },
  ],
  [
    'French',
    {
      marker: '-------- Message transféré --------',
      from: 'De :',
      replyTo: 'Répondre à :',
      date: 'Date :',
      subject: 'Objet :',
      to: 'À :',
      cc: 'Copie à :',
    },
  ],
  [
    'Spanish',
    {
      marker: '---------- Mensaje reenviado ---------',
      from: 'De:',
      replyTo: 'Responder a:',
      date: 'Fecha:',
      subject: 'Asunto:',
      to: 'Para:',
      cc: 'CC:',
    },
  ],
  [
    'Portuguese',
    {
      marker: '---------- Mensagem encaminhada ---------',
      from: 'De:',
      replyTo: 'Responder para:',
      date: 'Data:',
      subject: 'Assunto:',
      to: 'Para:',
      cc: 'Cc:',
    },
  ],
  [
    'Italian',
    {
      marker: '---------- Messaggio inoltrato ---------',
      from: 'Da:',
      replyTo: 'Rispondi a:',
      date: 'Data:',
      subject: 'Oggetto:',
      to: 'A:',
      cc: 'Cc:',
    },
  ],
  [
    'Dutch',
    {
      marker: '-------- Doorgestuurd bericht --------',
      from: 'Van:',
      replyTo: 'Antwoord aan:',
      date: 'Datum:',
      subject: 'Onderwerp:',
      to: 'Aan:',
      cc: 'Kopie:',
    },
  ],
  [
    'Swedish',
    {
      marker: '-------- Vidarebefordrat meddelande --------',
      from: 'Från:',
      replyTo: 'Svara till:',
      date: 'Datum:',
      subject: 'Ämne:',
      to: 'Till:',
      cc: 'Kopia:',
    },
  ],
  [
    'Danish',
    {
      marker: '-------- Videresendt meddelelse --------',
      from: 'Fra:',
      replyTo: 'Svar til:',
      date: 'Dato:',
      subject: 'Emne:',
      to: 'Til:',
      cc: 'Cc:',
    },
  ],
  [
    'Norwegian',
    {
      marker: '-------- Videresendt melding --------',
      from: 'Fra:',
      replyTo: 'Svar til:',
      date: 'Dato:',
      subject: 'Emne:',
      to: 'Til:',
      cc: 'Kopi:',
    },
  ],
  [
    'Polish',
    {
      marker: '-------- Przekazana wiadomość --------',
      from: 'Od:',
      replyTo: 'Odpowiedź do:',
      date: 'Data:',
      subject: 'Temat:',
      to: 'Do:',
      cc: 'DW:',
    },
  ],
  [
    'Japanese',
    {
      marker: '-------- 転送メッセージ --------',
      from: '差出人:',
      replyTo: '返信先:',
      date: '日付:',
      subject: '件名:',
      to: '宛先:',
      cc: 'CC:',
    },
  ],
];

describe('Reply-To and Cc lines in a forwarded header block, in the client language', () => {
  for (const [language, labels] of CLIENTS)
    it(`${language}: the whole block is read, below its Reply-To line too`, async () => {
      const got = await read(forward(labels, 'Interview - Metrology Engineer', ENGLISH_BODY));
      expect(got.original?.replyTo.map((a) => a.address)).toEqual([
        'signe.okafor-lund@quernwick.example',
      ]);
      expect(got.original?.cc.map((a) => a.address)).toEqual([
        'bastian.thorsrud@quernwick.example',
      ]);
      // "tomorrow" counts from the original's date, which sits below the Reply-To line.
      expect(got.start).toBe('2027-01-12T14:30:00+01:00');
      expect(got.role).toBe('Metrology Engineer');
      expect(got.interviewers.map((i) => i.email)).toEqual(['bastian.thorsrud@quernwick.example']);
    });

  it('French throughout: the person met is named in the text, the address only on the Cc line', async () => {
    const got = await read(
      forward(
        CLIENTS[1]?.[1] as Labels,
        'Entretien - Responsable qualité',
        'Bonjour Ottilie,\n\nBastian Thorsrud vous recevra demain à 9h30 (heure de Paris) dans nos locaux de Lyon.\n\nBien cordialement,\nSigne Okafor-Lund\nQuernwick Instruments',
      ),
    );
    expect(got.start).toBe('2027-01-12T09:30:00+01:00');
    expect(got.role).toBe('Responsable qualité');
    expect(got.interviewers.map((i) => i.email)).toEqual(['bastian.thorsrud@quernwick.example']);
  });
});
