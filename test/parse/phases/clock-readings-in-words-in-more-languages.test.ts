// A clock reading said in words in other languages: German and Dutch say the half before the
// next hour ("halb drei", "half drie" are 2:30) and quarters around it ("Viertel nach zehn",
// "kwart voor drie"); Italian, Spanish, Portuguese and French add them after the hour ("le 11 e
// mezza", "las tres y cuarto", "às 10 e meia", "10 heures et demie").
import { describe, expect, it } from 'vitest';
import { parseEmail } from '#parse/parse-email.js';

function confirmation(subject: string, body: string): Buffer {
  return Buffer.from(
    [
      'From: Ilse Vandermolen <ilse.vandermolen@fastmail.example>',
      'To: interviews@followups.example.dev',
      `Subject: Fwd: ${subject}`,
      'Date: Wed, 13 Jan 2027 18:00:00 +0100',
      'Content-Type: text/plain; charset=utf-8',
      '',
      '---------- Forwarded message ---------',
      'From: Benedikt Aurand <benedikt.aurand@kesselgrund.example>',
      'Date: Wed, 13 Jan 2027 11:20:00 +0100',
      `Subject: ${subject}`,
      'To: Ilse Vandermolen <ilse.vandermolen@fastmail.example>',
      '',
      body,
      '',
      'Benedikt Aurand',
      'Kesselgrund Werke',
    ].join('\n'),
  );
}

const startOf = async (subject: string, body: string) =>
  (await parseEmail(confirmation(subject, body), { timezone: 'America/New_York' })).start;

describe('clock readings in words', () => {
  it.each([
    [
      'Vorstellungsgespräch',
      'Hallo Ilse,\n\nIhr Vorstellungsgespräch mit Wiebke Rasch findet am Freitag, 15. Januar um halb drei (MEZ) statt.',
      '2027-01-15T14:30:00+01:00',
    ],
    [
      'Vorstellungsgespräch',
      'Hallo Ilse,\n\nIhr Vorstellungsgespräch mit Wiebke Rasch findet am Freitag, 15. Januar um Viertel nach zehn (MEZ) statt.',
      '2027-01-15T10:15:00+01:00',
    ],
    [
      'Sollicitatiegesprek',
      'Hoi Ilse,\n\nJe gesprek met Wiebke Rasch staat gepland op vrijdag 15 januari om kwart voor drie (Nederlandse tijd).',
      '2027-01-15T14:45:00+01:00',
    ],
    [
      'Sollicitatiegesprek',
      'Hoi Ilse,\n\nJe gesprek met Wiebke Rasch staat gepland op vrijdag 15 januari om half tien (Nederlandse tijd).',
      '2027-01-15T09:30:00+01:00',
    ],
    [
      'Colloquio',
      'Ciao Ilse,\n\nil colloquio con Wiebke Rasch è fissato per venerdì 15 gennaio alle 11 e mezza (ora italiana).',
      '2027-01-15T11:30:00+01:00',
    ],
    [
      'Entrevista',
      'Hola Ilse,\n\ntu entrevista con Wiebke Rasch queda confirmada para el viernes 15 de enero a las diez y cuarto (hora peninsular).',
      '2027-01-15T10:15:00+01:00',
    ],
    [
      'Entretien',
      'Bonjour Ilse,\n\nvotre entretien avec Wiebke Rasch est confirmé pour le vendredi 15 janvier à 10 heures et demie (heure de Paris).',
      '2027-01-15T10:30:00+01:00',
    ],
  ])('%s: %s', async (subject, body, start) => {
    expect(await startOf(subject, body)).toBe(start);
  });

  it('a word that only contains "halb" reads no time ("innerhalb zwei Tagen")', async () => {
    expect(
      await startOf(
        'Vorstellungsgespräch',
        'Hallo Ilse,\n\nIhr Vorstellungsgespräch mit Wiebke Rasch findet am Freitag, 15. Januar um 16:00 Uhr MEZ statt. Bitte antworten Sie innerhalb zwei Tagen.',
      ),
    ).toBe('2027-01-15T16:00:00+01:00');
  });
});
