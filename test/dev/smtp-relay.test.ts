// --smtp-relay: every email the outbox keeps also goes to a real SMTP server, identical.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMailer } from '#adapters/local/outbox-mailer.js';
import { smtpRelay } from '#adapters/local/smtp-relay.js';
import { memoryLogger } from '#ports/logger.js';
import { type SmtpInbound, startSmtpInbound } from '../../cli/dev/smtp-inbound.js';

let dir: string;
let sink: SmtpInbound;
const received: { raw: Buffer; recipients: string[] }[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'followup-relay-'));
  // A real SMTP server standing in for the relay.
  sink = await startSmtpInbound({
    host: '127.0.0.1',
    port: 0,
    accepted: () => ['priya@larkspur.example', 'sam@example.com'],
    maxMessageBytes: 1_000_000,
    receive: async (raw, recipients) => {
      received.push({ raw, recipients });
      return { code: 250, text: 'OK' };
    },
    log: memoryLogger().logger,
  });
});

afterAll(async () => {
  await sink.close();
  await rm(dir, { recursive: true, force: true });
});

describe('OutboxMailer with an SMTP relay', () => {
  it('relays the very message it stored, Bcc in the envelope only', async () => {
    const relay = smtpRelay(`smtp://127.0.0.1:${sink.port}`);
    const outbox = await OutboxMailer.open({
      dir,
      domain: 'localhost',
      clock: { now: () => new Date('2026-11-12T21:50:00Z') },
      relay,
    });
    const sent = await outbox.send({
      origin: 'owner',
      from: { name: 'Sam Okafor', address: 'sam@localhost' },
      to: [{ name: 'Priya Nair', address: 'priya@larkspur.example' }],
      bcc: [{ address: 'sam@example.com' }],
      subject: 'Thank you',
      text: 'Hi Priya, thank you.',
    });
    relay.close();
    expect(received).toHaveLength(1);
    expect(received[0]?.recipients).toEqual(['priya@larkspur.example', 'sam@example.com']);
    const parsed = await PostalMime.parse(received[0]?.raw ?? '');
    expect(parsed.messageId).toBe(`<${sent.messageId}>`);
    expect(parsed.bcc ?? []).toEqual([]);
    const stored = await outbox.raw(outbox.list()[0]?.id ?? '');
    expect(received[0]?.raw.toString().replace(/\r\n/g, '\n')).toBe(
      stored?.toString().replace(/\r\n/g, '\n'),
    );
  });
});
