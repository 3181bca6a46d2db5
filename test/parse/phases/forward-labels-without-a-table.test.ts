// Forwards from mail clients in languages with no full table (mail-client-words.ts): their
// header block is still a header block, so the original's date, subject and Cc are read.
import { describe, expect, it } from 'vitest';
import { ZonedTime } from '#core/zoned-time.js';
import { parseEmail, toExtraction } from '#parse/parse-email.js';

function forwarded(outer: { subject: string; date: string }, block: string[], body: string) {
  return Buffer.from(
    [
      'From: Mirela Novotná <mirela.novotna@seznam.example>',
      'To: interviews@followups.example.dev',
      `Subject: ${outer.subject}`,
      `Date: ${outer.date}`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      'for the log',
      '',
      ...block,
      '',
      body,
    ].join('\n'),
  );
}

const read = async (raw: Buffer) =>
  toExtraction(await parseEmail(raw, { timezone: 'America/New_York' }));
const utc = (iso: string | null) => (iso ? ZonedTime.fromISO(iso, 'UTC')?.toISO() : null);

describe('a forward header block in a language without a table', () => {
  it('Chinese Outlook ("发件人: / 发送时间: / 抄送:"): "tomorrow" counts from the original, the Cc gives the e-mail', async () => {
    const got = await read(
      forwarded(
        { subject: 'FW: quick update', date: 'Fri, 05 Feb 2027 22:40:00 +0800' },
        [
          '-----原始邮件-----',
          '发件人: Tobias Renner <tobias.renner@quellfield.example>',
          '发送时间: 2027年2月2日 星期二 16:05',
          '收件人: Mirela Novotná <mirela.novotna@seznam.example>',
          '抄送: Anjali Bose <anjali.bose@quellfield.example>',
          '主题: Interview - Solutions Engineer',
        ],
        'Hi Mirela,\n\nAnjali Bose (copied) would like to meet you tomorrow at 11:30 AM Eastern on Zoom: https://quellfield.zoom.example/j/7781\n\nTobias Renner\nTalent Partner, Quellfield Systems',
      ),
    );
    expect(utc(got.start)).toBe('2027-02-03T16:30:00.000Z');
    expect(got.interviewers.map((i) => i.email)).toEqual(['anjali.bose@quellfield.example']);
  });

  it('Czech Outlook ("Od: / Odesláno: / Předmět:"): the date line spells its month, the subject names the job', async () => {
    const got = await read(
      forwarded(
        { subject: 'FW: Pohovor', date: 'Fri, 12 Mar 2027 09:15:00 +0100' },
        [
          '-----Původní zpráva-----',
          'Od: Radek Šimánek <radek.simanek@vltavasoft.example>',
          'Odesláno: středa 10. března 2027 16:20',
          'Komu: Mirela Novotná <mirela.novotna@seznam.example>',
          'Předmět: Interview invitation – Data Engineer',
        ],
        'Hello Mirela,\n\nthank you for applying. I would like to meet you tomorrow at 14:00 CET on Teams: https://teams.microsoft.example/l/meetup-join/19%3ameeting_vltava\n\nRadek Šimánek\nHead of Data, Vltavasoft',
      ),
    );
    expect(got.start).toBe('2027-03-11T14:00:00+01:00');
    expect(got.role).toBe('Data Engineer');
  });
});
