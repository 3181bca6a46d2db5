// The forwarded layers alone: which message is the original, what the seeker and the forwarders
// wrote on the way, and the original's newest words apart from the history quoted below them.
import { describe, expect, it } from 'vitest';
import { readLayers } from '#parse/layers.js';
import { decodeMime } from '#parse/mime.js';

const zone = 'Europe/Berlin';

function message(body: string, subject = 'Fwd: Call on Monday'): string {
  return [
    'From: Noor Haddad <noor.haddad@mail.example>',
    'To: inbox@followups.example',
    `Subject: ${subject}`,
    'Date: Tue, 02 Mar 2027 09:00:00 +0100',
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
  ].join('\r\n');
}

describe('readLayers', () => {
  it('takes the innermost forward as the original and keeps each note apart', async () => {
    const raw = message(
      [
        'Monday is the one I told you about.',
        '',
        '---------- Forwarded message ---------',
        'From: Jules Agency <jules@talentbridge.example>',
        'Date: Mon, Mar 1, 2027 at 5:00 PM',
        'Subject: Fwd: Call on Monday',
        'To: Noor Haddad <noor.haddad@mail.example>',
        '',
        'Noor, see below from the client.',
        '',
        '---------- Forwarded message ---------',
        'From: Petra Lind <petra@ostwerk.example>',
        'Date: Mon, Mar 1, 2027 at 3:00 PM',
        'Subject: Call on Monday',
        'To: Jules Agency <jules@talentbridge.example>',
        '',
        'Petra here: Monday 8 March at 10:00 works for our call.',
      ].join('\r\n'),
    );
    const read = readLayers(await decodeMime(raw), zone);
    expect(read.forwarded).toBe(true);
    expect(read.note).toBe('Monday is the one I told you about.');
    expect(read.layers.map((l) => l.headers.from?.address)).toEqual([
      'jules@talentbridge.example',
      'petra@ostwerk.example',
    ]);
    expect(read.message.headers.from?.address).toBe('petra@ostwerk.example');
    expect(read.forwarderNotes.join('')).toContain('see below from the client');
    expect(read.latest).toContain('Monday 8 March at 10:00');
    // A forwarded Date without a zone is the forwarder's wall time, read in the seeker's zone.
    expect(read.message.date?.toOffsetISO()).toBe('2027-03-01T15:00:00+01:00');
  });

  it('keeps a reply apart from the history it quotes, and knows who wrote that history', async () => {
    const raw = message(
      [
        'Thursday at 11 is confirmed, thanks!',
        '',
        'On Mon, Mar 1, 2027 at 3:00 PM Petra Lind <petra@ostwerk.example> wrote:',
        '> Would Thursday at 11 or Friday at 9 suit you?',
      ].join('\r\n'),
      'Re: Call on Monday',
    );
    const read = readLayers(await decodeMime(raw), zone);
    expect(read.forwarded).toBe(false);
    expect(read.note).toBeNull();
    expect(read.latest.trim()).toBe('Thursday at 11 is confirmed, thanks!');
    expect(read.history).toContain('Would Thursday at 11 or Friday at 9 suit you?');
    expect(read.history).not.toMatch(/^>/m);
    expect(read.historyAuthor).toEqual({ name: 'Petra Lind', address: 'petra@ostwerk.example' });
  });

  it("reads an attached original below an inline forward of the forward that carried it, and the seeker's earlier note as theirs", async () => {
    // The seeker forwarded a recruiter's mail as an attachment, then forwarded that inline again:
    // the inline client kept the attachment, and the quoted text is only the first forward's note.
    const attachedOriginal = [
      'From: Petra Lind <petra@ostwerk.example>',
      'To: Noor Haddad <noor.haddad@mail.example>',
      'Subject: Call on Monday',
      'Date: Mon, 01 Mar 2027 15:00:00 +0100',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Petra here: Monday 8 March at 10:00 works for our call.',
    ].join('\r\n');
    const raw = [
      'From: Noor Haddad <noor.haddad@mail.example>',
      'To: inbox@followups.example',
      'Subject: WG: Fwd: Call on Monday',
      'Date: Tue, 02 Mar 2027 09:00:00 +0100',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="outer"',
      '',
      '--outer',
      'Content-Type: text/plain; charset=utf-8',
      '',
      '________________________________',
      'Von: Noor Haddad <noor.haddad@mail.example>',
      'Gesendet: Dienstag, 2. März 2027 08:00',
      'An: inbox@followups.example',
      'Betreff: Fwd: Call on Monday',
      '',
      'The call I mentioned, see the attached mail.',
      '',
      '--outer',
      'Content-Type: message/rfc822',
      'Content-Disposition: attachment; filename="call.eml"',
      '',
      attachedOriginal,
      '--outer--',
      '',
    ].join('\r\n');
    const read = readLayers(await decodeMime(raw), zone);
    expect(read.layers.map((l) => l.headers.from?.address)).toEqual([
      'noor.haddad@mail.example',
      'petra@ostwerk.example',
    ]);
    expect(read.message.headers.from?.address).toBe('petra@ostwerk.example');
    // The seeker's words from the first forward are the seeker's note, not a forwarder's.
    expect(read.note).toBe('The call I mentioned, see the attached mail.');
    expect(read.forwarderNotes).toEqual([]);
    expect(read.latest).toContain('Monday 8 March at 10:00');
  });

  it('a forward written as a quote (no header block) takes the newest quoted message as the original', async () => {
    const read = readLayers(
      await decodeMime(
        message(
          [
            'fyi, it is booked',
            '',
            'On Mon, Mar 1, 2027 at 3:10 PM Petra Lind <petra@ostwerk.example> wrote:',
            '> Wonderful, Monday at 10 it is.',
            '>',
            '> On Mon, Mar 1, 2027 at 2:00 PM Noor Haddad <noor.haddad@mail.example> wrote:',
            '>> Monday at 10 works for me.',
          ].join('\r\n'),
        ),
      ),
      zone,
    );
    expect(read.forwarded).toBe(true);
    expect(read.note).toBe('fyi, it is booked');
    expect(read.message.headers.from?.address).toBe('petra@ostwerk.example');
    expect(read.latest).toBe('Wonderful, Monday at 10 it is.');
    expect(read.thread.map((m) => m.author?.address)).toEqual(['noor.haddad@mail.example']);
    // The seeker's own quoted words are no forward.
    const own = readLayers(
      await decodeMime(
        message(
          'see below\r\n\r\nOn Mon, Mar 1, 2027 at 2:00 PM Noor Haddad <noor.haddad@mail.example> wrote:\r\n> Monday at 10 works.',
        ),
      ),
      zone,
    );
    expect(own.forwarded).toBe(false);
  });
});
