// Czech, read from its own language table: an Outlook forward's "Od:/Odesláno:/Komu:/Kopie:"
// block, dates with spaced stops ("9. 3. 2027"), a time range "od 9.30 do 10.30" and SEČ, the people
// after "se pohovoru zúčastní … a já", a title before the role ("na pozici"), and the words that
// cancel or move a pohovor.
import { describe, expect, it } from 'vitest';
import { parseEmail, toExtraction } from '#parse/parse-email.js';
import { kindOf } from '../support/kind-input.js';

const forward = (subject: string, body: string) =>
  Buffer.from(
    [
      'From: Jana Veselá <jana.vesela@email.example>',
      'To: interviews@followups.example.dev',
      `Subject: FW: ${subject}`,
      'Date: Tue, 2 Mar 2027 08:10:00 +0100',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Posílám dál.',
      '',
      'Od: Lukáš Procházka <lukas.prochazka@brnenske-sklo.example>',
      'Odesláno: pondělí 1. března 2027 16:05',
      'Komu: Jana Veselá <jana.vesela@email.example>',
      'Kopie: Eva Marková <eva.markova@brnenske-sklo.example>',
      `Předmět: ${subject}`,
      '',
      body,
      '',
    ].join('\n'),
  );
const read = async (raw: Buffer) =>
  toExtraction(await parseEmail(raw, { timezone: 'America/New_York' }));

describe('a Czech invitation forwarded from Outlook', () => {
  it('reads the day, the range, the zone, the role and both people', async () => {
    const got = await read(
      forward(
        'Pozvánka na pohovor - Technolog výroby',
        'Dobrý den, paní Veselá,\n\nrádi bychom Vás pozvali na pohovor na pozici Technolog výroby, a to v úterý 9. 3. 2027 od 9.30 do 10.30 (SEČ) v našem závodě v Brně.\n\nZa společnost se pohovoru zúčastní Ing. Eva Marková, vedoucí výroby, a já.\n\nS pozdravem\nLukáš Procházka\npersonální oddělení, Brněnské sklo',
      ),
    );
    expect(got).toMatchObject({
      kind: 'scheduled',
      start: '2027-03-09T09:30:00+01:00',
      end: '2027-03-09T10:30:00+01:00',
      role: 'Technolog výroby',
    });
    expect(got.interviewers.map((i) => i.email).sort()).toEqual([
      'eva.markova@brnenske-sklo.example',
      'lukas.prochazka@brnenske-sklo.example',
    ]);
  });
});

describe('Czech words that cancel or move a pohovor', () => {
  it.each([
    ['Bohužel musíme zrušit Váš pohovor ve čtvrtek 11. 3. v 10.00.', 'cancelled'],
    ['Pohovor plánovaný na čtvrtek 11. 3. byl zrušen.', 'cancelled'],
    [
      'Omlouváme se, ale musíme přesunout Váš pohovor. Nový termín: pátek 12. 3. 2027 v 10.00.',
      'rescheduled',
    ],
  ])('%s', (text, kind) => {
    expect(kindOf('Pohovor', text)).toBe(kind);
  });
});
