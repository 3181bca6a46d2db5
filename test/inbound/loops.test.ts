// No mail loops: followup's own mail coming back (attached, forwarded inline) and owners'
// auto-replies are dropped with a log line and never answered; and whatever arrives, an owner
// gets at most `maxRepliesPerOwnerPerHour` emails an hour from inbound mail.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutboxMailer } from '#adapters/local/outbox-mailer.js';
import { attachedForward, directMessage, inlineForward } from './support/emails.js';
import { DOMAIN, INBOUND, inboundWorld, SAM } from './support/harness.js';

const fixture = (name: string) =>
  readFile(new URL(`../fixtures/corpus/${name}`, import.meta.url), 'utf8');
const larkspurNow = '2026-11-09T17:41:00Z';
const sam = { name: SAM.name, address: SAM.email };

/** A world where Sam's Larkspur forward was logged and acknowledged, with the ack's raw MIME. */
async function acknowledged() {
  const world = await inboundWorld({ now: larkspurNow });
  expect((await world.deliver(await fixture('01-gmail-recruiter-this-thursday.eml'))).outcome).toBe(
    'logged',
  );
  const ack = world.mailer.sent[0];
  if (!ack) throw new Error('no acknowledgement');
  // The acknowledgement exactly as the local mailer composes it (the headers a recipient sees).
  const dir = await mkdtemp(join(tmpdir(), 'followup-loop-'));
  try {
    const outbox = await OutboxMailer.open({ dir, domain: DOMAIN, clock: world.clock });
    await outbox.send(ack);
    const raw = (await outbox.raw(outbox.list()[0]?.id ?? ''))?.toString('utf8') ?? '';
    return { world, ack, raw };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('followup never answers its own mail', () => {
  it('drops its acknowledgement forwarded back as an attachment (a mail rule), again and again', async () => {
    const { world, raw } = await acknowledged();
    expect(raw).toMatch(/^Auto-Submitted: auto-generated$/m);
    const before = world.mailer.sent.length;
    for (let round = 0; round < 3; round++) {
      const bounced = attachedForward({
        from: sam,
        to: INBOUND,
        messageId: `rule-${round}@mail.gmail.com`,
        date: 'Mon, 9 Nov 2026 12:45:00 -0500',
        subject: 'Logged: your interview',
        note: '',
        original: raw,
      });
      const { id, outcome } = await world.deliver(bounced);
      expect(outcome).toBe('dropped:own_mail');
      const line = world.logs.find((entry) => entry.fields.id === id);
      expect(line).toMatchObject({ event: 'inbound.dropped', fields: { reason: 'own_mail' } });
    }
    expect(world.mailer.sent).toHaveLength(before);
  });

  it('drops its acknowledgement forwarded inline', async () => {
    const { world, ack } = await acknowledged();
    const before = world.mailer.sent.length;
    const forward = inlineForward({
      from: sam,
      to: INBOUND,
      messageId: 'inline-loop@mail.gmail.com',
      date: 'Mon, 9 Nov 2026 12:50:00 -0500',
      subject: ack.subject,
      original: {
        from: { name: 'followup', address: ack.from.address },
        to: sam,
        date: 'Mon, 9 Nov 2026 12:41:00 -0500',
        subject: ack.subject,
        body: ack.text,
      },
    });
    expect((await world.deliver(forward)).outcome).toBe('dropped:own_mail');
    expect(world.mailer.sent).toHaveLength(before);
  });

  it('drops an owner\'s auto-reply (Auto-Submitted: auto-replied) without an "I couldn\'t log"', async () => {
    const world = await inboundWorld({ now: larkspurNow });
    const autoReply = directMessage({
      from: sam,
      to: INBOUND,
      messageId: 'ooo-1@mail.gmail.com',
      date: 'Mon, 9 Nov 2026 12:45:00 -0500',
      subject: 'Out of office: Logged: your interview',
      body: 'I am away until Monday.',
      extraHeaders: ['Auto-Submitted: auto-replied'],
    });
    expect((await world.deliver(autoReply)).outcome).toBe('dropped:auto_submitted');
    expect(world.mailer.sent).toHaveLength(0);
  });
});

describe('replies to an owner are capped per hour', () => {
  it('answers at most the limit in one hour, logs the rest, and answers again the next hour', async () => {
    const world = await inboundWorld({
      now: larkspurNow,
      limits: { maxRepliesPerOwnerPerHour: 3 },
    });
    const note = (n: number) =>
      directMessage({
        from: sam,
        to: INBOUND,
        messageId: `note-${n}@mail.gmail.com`,
        date: 'Mon, 9 Nov 2026 12:45:00 -0500',
        subject: `A thought ${n}`,
        body: 'Nothing about an interview here.',
      });
    for (let n = 0; n < 5; n++)
      expect((await world.deliver(note(n))).outcome).toBe('not_interview');
    expect(world.mailer.sent).toHaveLength(3);
    expect(world.logs.filter((entry) => entry.event === 'inbound.reply_capped')).toHaveLength(2);
    world.clock.advance(60 * 60 * 1000);
    await world.deliver(note(5));
    expect(world.mailer.sent).toHaveLength(4);
  });
});

describe('match before parse', () => {
  it("drops a stranger's message to a sending address after reading its headers only", async () => {
    const world = await inboundWorld({ now: larkspurNow });
    // 4 MB of 3-byte lines: far too slow to MIME-parse, but it matches no interview.
    const body = 'ab\r\n'.repeat(1024 * 1024);
    const started = Date.now();
    const { outcome } = await world.deliver(
      directMessage({
        from: { name: 'Mallory', address: 'mallory@attacker.example' },
        to: SAM.sendingAddress,
        messageId: 'flood@attacker.example',
        date: 'Mon, 9 Nov 2026 12:45:00 -0500',
        subject: 'hello',
        body,
      }),
      { recipients: [SAM.sendingAddress] },
    );
    console.log(`4 MB of 3-byte lines from a stranger dropped in ${Date.now() - started} ms`);
    expect(outcome).toBe('dropped:unmatched_reply');
    expect(world.mailer.sent).toHaveLength(0);
  });
});
