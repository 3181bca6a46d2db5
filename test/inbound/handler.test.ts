// The Lambda entry: an SES receipt event (as the Lambda action delivers it) in, outcomes out.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { handleSesEvent } from '#handlers/inbound.js';
import { INBOUND, inboundWorld, SAM } from './support/harness.js';
import { sesReceiptEvent } from './support/ses-event.js';

const forward = () =>
  readFile(
    new URL('../fixtures/corpus/01-gmail-recruiter-this-thursday.eml', import.meta.url),
    'utf8',
  );

describe('inbound handler', () => {
  it('reads the raw message under <prefix><messageId> and runs the pipeline once per delivery', async () => {
    const world = await inboundWorld({ now: '2026-11-09T17:41:00Z' });
    const messageId = 'n1a2b3c4d5e6f7g8h9i0ses0000000001';
    world.rawMail.objects.set(`mail/in/${messageId}`, new TextEncoder().encode(await forward()));
    const event = sesReceiptEvent({ messageId, from: SAM.email, recipients: [INBOUND] });

    expect(await handleSesEvent(world.deps, event, 'mail/in/')).toEqual({ outcomes: ['logged'] });
    expect(world.rawMail.reads).toEqual([`mail/in/${messageId}`]);
    // SES may invoke twice for one message.
    expect(await handleSesEvent(world.deps, event, 'mail/in/')).toEqual({
      outcomes: ['duplicate'],
    });
    expect(world.mailer.sent).toHaveLength(1);
  });

  it('passes the verdicts on: a spoofed owner is dropped', async () => {
    const world = await inboundWorld({ now: '2026-11-09T17:41:00Z' });
    const messageId = 'spoofedses000000000000000000000001';
    world.rawMail.objects.set(`inbound/${messageId}`, new TextEncoder().encode(await forward()));
    const event = sesReceiptEvent({
      messageId,
      from: SAM.email,
      recipients: [INBOUND],
      spf: 'FAIL',
      dkim: 'FAIL',
      dmarc: 'FAIL',
    });
    expect(await handleSesEvent(world.deps, event, 'inbound/')).toEqual({
      outcomes: ['dropped:not_authenticated'],
    });
    expect(world.mailer.sent).toEqual([]);
  });

  it('rejects an event that is not an SES receipt with a log line, without retries', async () => {
    const world = await inboundWorld({ now: '2026-11-09T17:41:00Z' });
    expect(
      await handleSesEvent(world.deps, { Records: [{ eventSource: 'aws:sqs' }] }, 'inbound/'),
    ).toEqual({
      outcomes: ['rejected:bad_event'],
    });
    expect(world.logs.map((entry) => entry.event)).toEqual(['inbound.bad_event']);
    expect(world.rawMail.reads).toEqual([]);
  });
});
