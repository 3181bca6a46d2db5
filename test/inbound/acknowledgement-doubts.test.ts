// What reading a forward had to guess reaches the owner as a question in the acknowledgement,
// and a forward read without guessing carries no such section.
import { describe, expect, it } from 'vitest';
import { parseEmail } from '#parse/parse-email.js';
import { calendarForward, inlineForward } from './support/emails.js';
import { INBOUND, inboundWorld, SAM } from './support/harness.js';

const sam = { name: SAM.name, address: SAM.email };
const tomas = { name: 'Tomás Ferreira', address: 'tomas.ferreira@quillwork.example' };

function forwardOf(body: string, messageId: string): string {
  return inlineForward({
    from: sam,
    to: INBOUND,
    messageId,
    date: 'Tue, 10 Nov 2026 09:05:00 -0500',
    subject: 'Interview for the Platform Engineer role',
    original: {
      from: tomas,
      to: sam,
      date: 'Mon, 9 Nov 2026 16:20:00 -0500',
      subject: 'Interview for the Platform Engineer role',
      body,
    },
  });
}

const SIGNED = '\n\nBest,\nTomás Ferreira\nEngineering Manager, Quillwork';

describe('the acknowledgement asks about what was guessed', () => {
  it('lists each guess under "Please check" with the Fix details link', async () => {
    const raw = forwardOf(
      `Hi Sam,\n\nThanks for applying to the Platform Engineer role. I'd like to invite you to an interview with me on Thursday 12 November at 2pm.${SIGNED}`,
      'doubt-1@mail.example',
    );
    const { warnings } = await parseEmail(raw, { timezone: SAM.timezone });
    expect(warnings.some((w) => /time zone/.test(w))).toBe(true);

    const world = await inboundWorld({ now: '2026-11-10T14:06:00Z' });
    const { outcome } = await world.deliver(raw);
    expect(outcome).toBe('logged');
    const ack = world.mailer.sent[0];
    expect(ack?.text).toContain('PLEASE CHECK (I had to guess)');
    for (const warning of warnings) {
      const sentence = `${warning.charAt(0).toUpperCase()}${warning.slice(1)}.`;
      expect(ack?.text).toContain(`  - ${sentence}`);
      expect(ack?.html).toContain(sentence.replaceAll('&', '&amp;'));
    }
    expect(ack?.html).toContain('Please check: I had to guess');
  });

  it('has no such section when nothing was guessed', async () => {
    const raw = forwardOf(
      `Hi Sam,\n\nThanks for applying to the Platform Engineer role. I'd like to invite you to a video interview with me on Thursday 12 November at 2pm Eastern Time (EST).${SIGNED}`,
      'doubt-2@mail.example',
    );
    expect((await parseEmail(raw, { timezone: SAM.timezone })).warnings).toEqual([]);

    const world = await inboundWorld({ now: '2026-11-10T14:06:00Z' });
    expect((await world.deliver(raw)).outcome).toBe('logged');
    const ack = world.mailer.sent[0];
    expect(ack?.text).toContain('Tomás Ferreira');
    expect(ack?.text).not.toContain('PLEASE CHECK');
    expect(ack?.html).not.toContain('Please check');
  });
});

describe('the acknowledgement asks when the kind itself was a guess', () => {
  it('a calendar invitation with no sign of a job is logged, and the owner is asked', async () => {
    const raw = calendarForward({
      from: sam,
      to: INBOUND,
      messageId: 'doubt-kind-1@mail.example',
      date: 'Tue, 10 Nov 2026 09:05:00 -0500',
      subject: 'Invitation: Catch-up @ Thu 12 Nov 2026 2pm - 2:30pm',
      note: 'fyi',
      event: {
        uid: 'catch-up-77@calendar.example',
        sequence: 0,
        summary: 'Catch-up',
        start: '20261112T140000',
        end: '20261112T143000',
        tzid: 'America/New_York',
        organizer: tomas,
        attendees: [tomas, sam],
      },
    });
    const { kind, warnings } = await parseEmail(raw, { timezone: SAM.timezone });
    expect(kind).toBe('scheduled');
    const doubt = warnings.find((w) => /may not be an interview/.test(w));
    expect(doubt).toBeDefined();

    const world = await inboundWorld({ now: '2026-11-10T14:06:00Z' });
    expect((await world.deliver(raw)).outcome).toBe('logged');
    const ack = world.mailer.sent[0];
    expect(ack?.text).toContain('PLEASE CHECK (I had to guess)');
    expect(ack?.text).toContain(`  - ${doubt?.charAt(0).toUpperCase()}${doubt?.slice(1)}.`);
  });
});
