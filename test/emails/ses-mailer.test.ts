// The SES v2 adapter at the command level: the exact SendEmail input, and the Message-ID it yields.
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { formatMailbox, SesMailer } from '#adapters/ses/ses-mailer.js';
import type { OutgoingEmail } from '#ports/mailer.js';

const ses = mockClient(SESv2Client);
afterEach(() => ses.reset());

const draft: OutgoingEmail = {
  origin: 'owner',
  from: { name: 'Sam Rivera', address: 'sam@mail.example.net' },
  to: [{ name: 'Priya Natarajan', address: 'priya@northwind.example' }],
  replyTo: [{ name: 'Sam Rivera', address: 'sam@mail.example.net' }],
  bcc: [{ name: 'Sam Rivera', address: 'sam.rivera@example.org' }],
  subject: 'Thank you – Senior Platform Engineer interview',
  text: 'Hi Priya,\n\nThank you.\n\nSam',
};

describe('SesMailer', () => {
  it('sends the exact SendEmail input: From with name, Reply-To, Bcc, configuration set', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: '0100018f-abc-000000' });
    const mailer = new SesMailer(new SESv2Client({ region: 'us-east-1' }), {
      configurationSet: 'followup-events',
    });
    const sent = await mailer.send(draft);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(1);
    expect(ses.commandCalls(SendEmailCommand)[0]?.args[0].input).toEqual({
      FromEmailAddress: '"Sam Rivera" <sam@mail.example.net>',
      Destination: {
        ToAddresses: ['"Priya Natarajan" <priya@northwind.example>'],
        BccAddresses: ['"Sam Rivera" <sam.rivera@example.org>'],
      },
      ReplyToAddresses: ['"Sam Rivera" <sam@mail.example.net>'],
      Content: {
        Simple: {
          Subject: { Data: 'Thank you – Senior Platform Engineer interview', Charset: 'UTF-8' },
          Body: { Text: { Data: 'Hi Priya,\n\nThank you.\n\nSam', Charset: 'UTF-8' } },
        },
      },
      ConfigurationSetName: 'followup-events',
    });
    expect(sent).toEqual({
      providerId: '0100018f-abc-000000',
      messageId: '0100018f-abc-000000@email.amazonses.com',
    });
  });

  it('marks system mail: Auto-Submitted, X-Auto-Response-Suppress and its own mark, exactly', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'id-2' });
    const mailer = new SesMailer(new SESv2Client({ region: 'us-east-1' }));
    await mailer.send({
      ...draft,
      origin: 'system',
      from: { name: 'followup', address: 'followup@mail.example.net' },
      inReplyTo: 'orig@mail.example',
    });
    expect(ses.commandCalls(SendEmailCommand)[0]?.args[0].input.Content?.Simple?.Headers).toEqual([
      { Name: 'Auto-Submitted', Value: 'auto-generated' },
      { Name: 'X-Auto-Response-Suppress', Value: 'All' },
      { Name: 'X-Followup', Value: 'system' },
      { Name: 'In-Reply-To', Value: '<orig@mail.example>' },
    ]);
  });

  it('leaves the configuration set out when none is configured, and sends HTML and threading headers', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'id-1' });
    const mailer = new SesMailer(new SESv2Client({ region: 'eu-west-1' }), {
      configurationSet: null,
    });
    const sent = await mailer.send({
      ...draft,
      html: '<p>hi</p>',
      inReplyTo: 'orig@mail.example',
      references: ['a@x', '<b@y>'],
    });
    const input = ses.commandCalls(SendEmailCommand)[0]?.args[0].input;
    expect(input).not.toHaveProperty('ConfigurationSetName');
    expect(input?.Content?.Simple?.Body?.Html).toEqual({ Data: '<p>hi</p>', Charset: 'UTF-8' });
    expect(input?.Content?.Simple?.Headers).toEqual([
      { Name: 'In-Reply-To', Value: '<orig@mail.example>' },
      { Name: 'References', Value: '<a@x> <b@y>' },
    ]);
    // Outside us-east-1 SES puts the region in the Message-ID domain.
    expect(sent.messageId).toBe('id-1@eu-west-1.amazonses.com');
  });

  it('CR/LF in a subject or a name never makes a header', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'id-2' });
    const mailer = new SesMailer(new SESv2Client({ region: 'us-east-1' }));
    await mailer.send({
      ...draft,
      subject: 'Thanks\r\nBcc: victim@example.com',
      from: { name: 'Sam\r\nX-Evil: yes', address: 'sam@mail.example.net' },
    });
    const input = ses.commandCalls(SendEmailCommand)[0]?.args[0].input;
    expect(input?.Content?.Simple?.Subject?.Data).toBe('Thanks Bcc: victim@example.com');
    expect(input?.FromEmailAddress).toBe('"Sam X-Evil: yes" <sam@mail.example.net>');
  });

  it('encodes non-ASCII display names and quotes specials', () => {
    expect(formatMailbox({ name: 'José Núñez', address: 'jose@example.com' })).toBe(
      `=?UTF-8?B?${Buffer.from('José Núñez').toString('base64')}?= <jose@example.com>`,
    );
    expect(formatMailbox({ name: 'Doe, "JD"', address: 'jd@example.com' })).toBe(
      '"Doe, \\"JD\\"" <jd@example.com>',
    );
    expect(formatMailbox({ address: 'plain@example.com' })).toBe('plain@example.com');
    expect(() => formatMailbox({ address: 'a@b.c>, evil@x.y' })).toThrow('invalid email address');
  });

  it('uses a configured Message-ID domain, and fails loudly without a MessageId', async () => {
    ses.on(SendEmailCommand).resolvesOnce({ MessageId: 'id-3' }).resolvesOnce({});
    const mailer = new SesMailer(new SESv2Client({ region: 'us-west-2' }), {
      messageIdDomain: 'custom.amazonses.com',
    });
    expect((await mailer.send(draft)).messageId).toBe('id-3@custom.amazonses.com');
    await expect(mailer.send(draft)).rejects.toThrow('no MessageId');
  });
});
