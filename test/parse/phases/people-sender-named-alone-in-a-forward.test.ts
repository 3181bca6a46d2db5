// Outlook mobile forwards copy the header block with names and no addresses ("From: Mireille
// Okafor", "To: Tomás"). The sender named alone is still who "me" is in the text: "you'll be
// meeting with me" names them, with the address that spells their name when the text has one.
import { describe, expect, it } from 'vitest';
import { parseEmail, toExtraction } from '#parse/parse-email.js';

const forward = (from: string, body: string) =>
  Buffer.from(
    [
      'From: Tomás Varga <tomas.varga@postbox.example>',
      'To: interviews@followups.example.dev',
      'Subject: Fw: Our call on Wednesday',
      'Date: Tue, 9 Feb 2027 18:20:00 -0500',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'see below',
      '',
      'Get Outlook for Android',
      '________________________________',
      `From: ${from}`,
      'Sent: Tuesday, February 9, 2027 4:02:10 PM',
      'To: Tomás',
      'Subject: Our call on Wednesday',
      '',
      body,
      '',
    ].join('\n'),
  );
const interviewers = async (from: string, body: string) =>
  toExtraction(await parseEmail(forward(from, body), { timezone: 'America/New_York' }))
    .interviewers;

describe('a forward that names its sender without an address', () => {
  it.each(['Mireille Okafor', 'Okafor, Mireille'])('%s: "me" is the sender', async (from) => {
    expect(
      await interviewers(
        from,
        "Hi Tomás,\n\nThanks for your interest in the planner role at Larchmont Outfitters. You'll be meeting with me on Wednesday at 10 am on Zoom: https://zoom.example/j/4471\n\nMireille",
      ),
    ).toEqual([{ name: 'Mireille Okafor', email: null }]);
  });

  it('takes the address that spells the name from the signature', async () => {
    expect(
      await interviewers(
        'Mireille Okafor',
        "Hi Tomás,\n\nYou'll be speaking with me on Wednesday at 10 am on Zoom: https://zoom.example/j/4471\n\nMireille Okafor\nPlanning Manager, Larchmont Outfitters\nmireille.okafor@larchmont.example",
      ),
    ).toEqual([{ name: 'Mireille Okafor', email: 'mireille.okafor@larchmont.example' }]);
  });
});
