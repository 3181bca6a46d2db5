import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DevClock } from '#adapters/local/dev-clock.js';
import { FileRawMail } from '#adapters/local/file-raw-mail.js';
import { OutboxMailer } from '#adapters/local/outbox-mailer.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'followup-local-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const HOUR = 3_600_000;

describe('DevClock', () => {
  it('runs at the time scale from where --now put it', () => {
    let real = 1_000_000;
    const clock = new DevClock({
      realNow: () => real,
      timeScale: 60,
      startAt: new Date('2026-11-09T17:00:00Z'),
    });
    real += 60_000; // one real minute = one dev hour
    expect(clock.now().toISOString()).toBe('2026-11-09T18:00:00.000Z');
  });

  it('moves forward, never backwards', () => {
    const clock = new DevClock({ realNow: () => 0, startAt: new Date('2026-11-09T00:00:00Z') });
    expect(clock.advance(5 * HOUR).toISOString()).toBe('2026-11-09T05:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2026-11-09T05:00:00.000Z');
    expect(() => clock.advance(-1)).toThrow(/cannot move/);
    expect(() => clock.advance(Number.NaN)).toThrow(/cannot move/);
  });

  it('keeps its offset from real time across a restart', () => {
    const statePath = join(dir, 'clock.json');
    let real = Date.parse('2026-01-01T00:00:00Z');
    const first = new DevClock({ statePath, realNow: () => real, startAt: new Date(real) });
    first.advance(48 * HOUR);
    real += 10 * 60_000; // ten real minutes of downtime pass at real speed
    const second = new DevClock({ statePath, realNow: () => real });
    expect(second.now().toISOString()).toBe('2026-01-03T00:10:00.000Z');
  });

  it('refuses a nonsensical time scale', () => {
    expect(() => new DevClock({ timeScale: 0 })).toThrow(/positive/);
    expect(() => new DevClock({ timeScale: Number.POSITIVE_INFINITY })).toThrow(/positive/);
  });
});

describe('FileRawMail', () => {
  it('stores and reads back the exact bytes', async () => {
    const raw = new FileRawMail(dir);
    const bytes = new Uint8Array([0, 1, 2, 255, 13, 10]);
    const key = await raw.put('local-abc', bytes);
    expect(key).toBe('local-abc.eml');
    expect(await raw.get(key)).toEqual(bytes);
  });

  it('rejects keys that would leave the directory, and says when a key is unknown', async () => {
    const raw = new FileRawMail(join(dir, 'raw'));
    await expect(raw.get('../clock.json')).rejects.toThrow(/invalid raw mail key/);
    await expect(raw.get('/etc/passwd')).rejects.toThrow(/invalid raw mail key/);
    await expect(raw.get('nope.eml')).rejects.toThrow(/not found/);
  });
});

describe('OutboxMailer', () => {
  const clock = { now: () => new Date('2026-11-12T21:45:00Z') };
  const email = {
    origin: 'owner' as const,
    from: { name: 'Sam Okafor', address: 'sam.okafor.dev@localhost' },
    to: [{ name: 'Priya Nair', address: 'priya@larkspur.example' }],
    bcc: [{ address: 'sam.okafor.dev@gmail.com' }],
    replyTo: [{ address: 'sam.okafor.dev@localhost' }],
    subject: 'Thank you — "Senior" <Data> Engineer',
    text: 'Hi Priya,\nthanks!',
    html: '<p>Hi Priya,<br>thanks!</p>',
    inReplyTo: 'orig-1@larkspur.example',
  };

  it('stores each email with the Message-ID header its recipient sees', async () => {
    const outbox = await OutboxMailer.open({ dir, domain: 'localhost', clock });
    const sent = await outbox.send(email);
    const [record] = outbox.list();
    expect(record?.messageId).toBe(sent.messageId);
    expect(sent.messageId).toMatch(/@localhost$/);

    const raw = await outbox.raw(record?.id ?? '');
    const parsed = await PostalMime.parse(raw ?? '');
    expect(parsed.messageId).toBe(`<${sent.messageId}>`);
    expect(parsed.subject).toBe(email.subject);
    expect(parsed.from?.address).toBe('sam.okafor.dev@localhost');
    expect(parsed.inReplyTo).toBe('<orig-1@larkspur.example>');
    expect(parsed.text?.trim()).toBe(email.text);
    // Bcc is kept in the record (the envelope) but never shown in the headers.
    expect(record?.bcc).toEqual([{ address: 'sam.okafor.dev@gmail.com' }]);
    expect(parsed.bcc ?? []).toEqual([]);
  });

  it('marks system mail as auto-generated in the composed message, and a personal draft not', async () => {
    const outbox = await OutboxMailer.open({ dir, domain: 'localhost', clock });
    await outbox.send({ ...email, origin: 'system' });
    await outbox.send(email);
    const [system, personal] = outbox.list();
    const headersOf = async (id: string | undefined) =>
      new Map(
        (await PostalMime.parse((await outbox.raw(id ?? '')) ?? '')).headers.map((h) => [
          h.key,
          h.value,
        ]),
      );
    const marked = await headersOf(system?.id);
    expect(marked.get('auto-submitted')).toBe('auto-generated');
    expect(marked.get('x-auto-response-suppress')).toBe('All');
    expect(marked.get('x-followup')).toBe('system');
    const plain = await headersOf(personal?.id);
    expect(plain.has('auto-submitted')).toBe(false);
    expect(plain.has('x-auto-response-suppress')).toBe(false);
    expect(plain.has('x-followup')).toBe(false);
  });

  it('keeps everything across a reopen, in order, and numbers on from there', async () => {
    const first = await OutboxMailer.open({ dir, domain: 'localhost', clock });
    const sent = await Promise.all(
      Array.from({ length: 5 }, (_, i) => first.send({ ...email, subject: `n${i}` })),
    );
    const again = await OutboxMailer.open({ dir, domain: 'localhost', clock });
    expect(again.list().map((r) => r.messageId)).toEqual(sent.map((s) => s.messageId));
    await again.send({ ...email, subject: 'later' });
    const ids = again.list().map((r) => r.id);
    expect(new Set(ids).size).toBe(6);
    expect(ids).toEqual([...ids].sort());
    expect(again.list().at(-1)?.subject).toBe('later');
  });

  it('relays a copy when asked, and a failing relay does not lose the email', async () => {
    const relayed: { raw: Buffer; envelope: { from: string; to: string[] } }[] = [];
    const outbox = await OutboxMailer.open({
      dir,
      domain: 'localhost',
      clock,
      relay: {
        relay: async (raw, envelope) => {
          relayed.push({ raw, envelope });
          throw new Error('relay down');
        },
      },
    });
    await outbox.send(email);
    expect(relayed[0]?.envelope).toEqual({
      from: 'sam.okafor.dev@localhost',
      to: ['priya@larkspur.example', 'sam.okafor.dev@gmail.com'],
    });
    expect(outbox.list()).toHaveLength(1);
  });
});
