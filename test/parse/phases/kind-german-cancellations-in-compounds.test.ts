// A German applicant system's cancellation: the meeting named in a compound ("Ihr
// Interviewtermin", "Absage Ihres Gesprächstermins"), the verb last ("dass … abgesagt wurde"),
// and "Ein neuer Termin wird nicht vergeben" (no new time): cancelled, with the cancelled time.
import { describe, expect, it } from 'vitest';
import { parseEmail } from '#parse/parse-email.js';

function forwarded(subject: string, body: string): Buffer {
  return Buffer.from(
    [
      'From: Jannik Wessendorf <jannik.wessendorf@gmx.example>',
      'To: interviews@followups.example.dev',
      `Subject: WG: ${subject}`,
      'Date: Mon, 22 Feb 2027 19:00:00 +0100',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'leider abgesagt, zur Info.',
      '',
      '-------- Weitergeleitete Nachricht --------',
      `Betreff: ${subject}`,
      'Datum: Mon, 22 Feb 2027 14:02:00 +0100',
      'Von: Bewerberportal Elbwerft <noreply@bewerbung.elbwerft.example>',
      'An: Jannik Wessendorf <jannik.wessendorf@gmx.example>',
      '',
      body,
    ].join('\n'),
  );
}

const read = async (raw: Buffer) => {
  const parsed = await parseEmail(raw, { timezone: 'America/New_York' });
  return { kind: parsed.kind, start: parsed.start };
};

describe('a German cancellation in compounds', () => {
  it('"dass Ihr Gesprächstermin abgesagt wurde" with no new time: cancelled', async () => {
    expect(
      await read(
        forwarded(
          'Absage Ihres Gesprächstermins: Schweißfachingenieur',
          'Sehr geehrter Herr Wessendorf,\n\nwir müssen Ihnen leider mitteilen, dass Ihr Gesprächstermin abgesagt wurde.\n\nStelle: Schweißfachingenieur (m/w/d)\nTermin: Donnerstag, 04.03.2027, 09:30 - 10:30 Uhr (MEZ)\nGesprächspartnerin: Jorinde Kallweit, Leiterin Fertigung\n\nDie Stelle ist bereits besetzt. Ein neuer Termin wird nicht vergeben.\n\nDiese Nachricht wurde automatisch versendet.',
        ),
      ),
    ).toEqual({ kind: 'cancelled', start: '2027-03-04T09:30:00+01:00' });
  });

  it('"Ihr Vorstellungstermin ist leider abgesagt": cancelled', async () => {
    expect(
      await read(
        forwarded(
          'Ihr Vorstellungstermin',
          'Hallo Herr Wessendorf,\n\nIhr Vorstellungstermin am Donnerstag, 04.03.2027 um 09:30 Uhr (MEZ) mit Jorinde Kallweit ist leider abgesagt.\n\nViele Grüße\nElbwerft Personal',
        ),
      ),
    ).toEqual({ kind: 'cancelled', start: '2027-03-04T09:30:00+01:00' });
  });
});
