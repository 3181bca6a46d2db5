// Zoho Mail writes a reply's attribution between dashes and does not quote the message below it
// ("---- On Tue, 02 Feb 2027 10:02:11 +0000 Name <address> wrote ----"): the history still
// starts there, and its author is the one named (not the seconds and offset before the name).
import { describe, expect, it } from 'vitest';
import { parseEmail, toExtraction } from '#parse/parse-email.js';
import { splitThread } from '#parse/thread.js';

describe('an attribution line between dashes', () => {
  it('opens a quoted message written by the one it names', () => {
    const thread = splitThread(
      [
        'Fine by me.',
        '',
        '---- On Wed, 10 Mar 2027 17:45:03 +0100 Oskar Willemse <oskar@tallpine.example> wrote ----',
        '',
        'Could we do Friday instead?',
      ].join('\n'),
    );
    expect(thread).toHaveLength(2);
    expect(thread[1]?.author).toEqual({
      name: 'Oskar Willemse',
      address: 'oskar@tallpine.example',
    });
  });

  it('"me" in the unquoted message below it is its author', async () => {
    const raw = [
      'From: Nia Castellanos <nia.castellanos@mail.example>',
      'To: in@followups.example',
      'Subject: Fwd: Re: your application',
      'Date: Tue, 09 Mar 2027 12:00:00 -0500',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      '---------- Forwarded message ---------',
      'From: Gus Okonedo <gus@tallpine.example>',
      'Date: Tue, 9 Mar 2027 at 11:20',
      'Subject: Re: your application',
      'To: Nia Castellanos <nia.castellanos@mail.example>',
      '',
      'Hi Nia, happy to set this up: Friday 12 March, 3:30pm ET, on Google Meet. Invite coming.',
      '',
      'Gus Okonedo | Recruiting Coordinator',
      '',
      '---- On Mon, 08 Mar 2027 16:10:44 -0500 Oskar Willemse <oskar@tallpine.example> wrote ----',
      '',
      'Gus, please book Nia for half an hour with me on Friday afternoon.',
      '',
      'Oskar',
      '',
    ].join('\n');
    const got = toExtraction(await parseEmail(raw, { timezone: 'America/New_York' }));
    expect(got.interviewers).toEqual([{ name: 'Oskar Willemse', email: 'oskar@tallpine.example' }]);
    expect(got.start).toBe('2027-03-12T15:30:00-05:00');
  });
});
