// Opening hours said beside the interview ("La reception è aperta dalle 8.00 alle 17.00",
// "Der Empfang ist von 8 bis 17 Uhr geöffnet") repeat every day: they are not the interview, even
// where a deadline's date stands in the sentence before them.
import { describe, expect, it } from 'vitest';
import { parseEmail } from '#parse/parse-email.js';

function invitation(subject: string, body: string): Buffer {
  return Buffer.from(
    [
      'From: Corrado Velluti <corrado.velluti@fastmail.example>',
      'To: interviews@followups.example.dev',
      `Subject: Fwd: ${subject}`,
      'Date: Tue, 02 Feb 2027 18:00:00 +0100',
      'Content-Type: text/plain; charset=utf-8',
      '',
      '---------- Forwarded message ---------',
      'From: Selezione Marmorea <selezione@marmorea.example>',
      'Date: Tue, 2 Feb 2027 at 10:05',
      `Subject: ${subject}`,
      'To: Corrado Velluti <corrado.velluti@fastmail.example>',
      '',
      body,
    ].join('\n'),
  );
}

const startOf = async (subject: string, body: string) =>
  (await parseEmail(invitation(subject, body), { timezone: 'America/New_York' })).start;

describe('opening hours beside the interview', () => {
  it('Italian: "la reception è aperta dalle 8.00 alle 17.00" after a deadline', async () => {
    expect(
      await startOf(
        'Convocazione colloquio',
        'Gentile Corrado,\n\nIl colloquio si terrà venerdì 12 febbraio, dalle 11.15 alle 12.00 (ora italiana), con Aurelia Branca.\n\nLa preghiamo di confermare entro martedì 9 febbraio. La reception è aperta dalle 8.00 alle 17.00.\n\nUfficio Selezione Marmorea',
      ),
    ).toBe('2027-02-12T11:15:00+01:00');
  });

  it('German: "Der Empfang ist … von 8 bis 17 Uhr geöffnet" is read as no interview time', async () => {
    expect(
      await startOf(
        'Einladung zum Vorstellungsgespräch',
        'Hallo Corrado,\n\nIhr Vorstellungsgespräch mit Aurelia Branca findet am Freitag, 12. Februar 2027, von 11:15 bis 12:00 Uhr (MEZ) statt.\n\nBitte bestätigen Sie bis Dienstag, 9. Februar. Unser Empfang ist werktags geöffnet von 8:00 bis 17:00 Uhr.\n\nMarmorea GmbH',
      ),
    ).toBe('2027-02-12T11:15:00+01:00');
  });
});
