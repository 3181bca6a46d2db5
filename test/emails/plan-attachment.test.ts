// The acknowledgement carries the plan as an .ics file: composed with the interview and every
// pending reminder, sent by SES as a Simple-content attachment and by the local outbox as a MIME
// part, and in each case read back by ical.js as the same events.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import ICAL from 'ical.js';
import PostalMime from 'postal-mime';
import { afterEach, describe, expect, it } from 'vitest';
import { OutboxMailer } from '#adapters/local/outbox-mailer.js';
import { SesMailer } from '#adapters/ses/ses-mailer.js';
import { composeAcknowledgement } from '#app/compose.js';
import type { LinkTokenRecord } from '#core/records.js';
import type { OutgoingEmail } from '#ports/mailer.js';
import { config, interview, owner, plan, step } from './fixtures.js';

const ses = mockClient(SESv2Client);
afterEach(() => ses.reset());

async function acknowledgement(): Promise<OutgoingEmail> {
  const deps = {
    config,
    linkBaseUrl: 'https://links.example.net',
    clock: { now: () => new Date('2026-03-01T12:00:00Z') },
    store: { putLinkToken: async (_: LinkTokenRecord) => {} },
  } as unknown as Parameters<typeof composeAcknowledgement>[0];
  // One step already sent: the calendar holds only what is still ahead.
  const steps = plan().map((s) => (s.kind === 'prep' ? step('prep', { status: 'done' }) : s));
  return composeAcknowledgement(deps, { interview: interview(), steps, owner });
}

function eventsOf(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      start: event.startDate.toJSDate().toISOString(),
      summary: event.summary,
    };
  });
}

const EXPECTED_EVENTS = [
  {
    uid: 'int-1-interview@mail.example.net',
    start: '2026-03-03T20:00:00.000Z',
    summary: 'Interview: Senior Platform Engineer at Northwind Logistics',
  },
  { uid: 'int-1-thank_you@mail.example.net', start: '2026-03-03T22:00:00.000Z' },
  { uid: 'int-1-follow_up@mail.example.net', start: '2026-03-10T13:00:00.000Z' },
  { uid: 'int-1-call@mail.example.net', start: '2026-03-17T13:00:00.000Z' },
  { uid: 'int-1-close_out@mail.example.net', start: '2026-03-24T13:00:00.000Z' },
];

describe('the plan attached to the acknowledgement', () => {
  it('is one .ics file with the interview and each pending step', async () => {
    const email = await acknowledgement();
    expect(email.attachments).toHaveLength(1);
    const [file] = email.attachments ?? [];
    expect(file?.filename).toBe('interview-plan.ics');
    expect(file?.contentType).toBe('text/calendar; charset=utf-8; method=PUBLISH');
    expect(eventsOf(String(file?.content))).toMatchObject(EXPECTED_EVENTS);
  });

  it('goes to SES as a base64 attachment of the Simple content, bytes unchanged', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'ack-1' });
    const email = await acknowledgement();
    await new SesMailer(new SESv2Client({ region: 'eu-west-1' })).send(email);
    const input = ses.commandCalls(SendEmailCommand)[0]?.args[0].input;
    const attachments = input?.Content?.Simple?.Attachments ?? [];
    expect(attachments.map(({ RawContent: _, ...meta }) => meta)).toEqual([
      {
        FileName: 'interview-plan.ics',
        ContentType: 'text/calendar; charset=utf-8; method=PUBLISH',
        ContentDisposition: 'ATTACHMENT',
        ContentTransferEncoding: 'BASE64',
      },
    ]);
    const bytes = attachments[0]?.RawContent ?? new Uint8Array();
    expect(new TextDecoder().decode(bytes)).toBe(email.attachments?.[0]?.content);
    expect(eventsOf(new TextDecoder().decode(bytes))).toMatchObject(EXPECTED_EVENTS);
  });

  it('sends no Attachments field when an email has none', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'plain-1' });
    const { attachments: _, ...plain } = await acknowledgement();
    await new SesMailer(new SESv2Client({ region: 'eu-west-1' })).send(plain);
    const input = ses.commandCalls(SendEmailCommand)[0]?.args[0].input;
    expect(input?.Content?.Simple).not.toHaveProperty('Attachments');
  });

  it('is a MIME part of the message the local outbox composes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'outbox-ics-'));
    try {
      const outbox = await OutboxMailer.open({
        dir,
        domain: 'localhost',
        clock: { now: () => new Date('2026-03-01T12:00:00Z') },
      });
      await outbox.send(await acknowledgement());
      const [record] = outbox.list();
      expect(record?.attachments).toEqual(['interview-plan.ics']);
      const parsed = await PostalMime.parse((await outbox.raw(record?.id ?? '')) ?? '');
      const ics = parsed.attachments.find((a) => a.filename === 'interview-plan.ics');
      expect(ics?.mimeType).toBe('text/calendar');
      const text =
        typeof ics?.content === 'string'
          ? ics.content
          : new TextDecoder().decode(ics?.content ?? new ArrayBuffer(0));
      expect(eventsOf(text)).toMatchObject(EXPECTED_EVENTS);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
