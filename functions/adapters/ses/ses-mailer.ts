// The Mailer port over SES v2 SendEmail (Simple content, attachments included). The adapter only translates: the
// OutgoingEmail already says who it is from, who gets it and who gets a copy.
import {
  type Attachment,
  type SESv2Client,
  SendEmailCommand,
  type SendEmailCommandInput,
  type SendEmailCommandOutput,
} from '@aws-sdk/client-sesv2';
import {
  type MailAddress,
  type MailAttachment,
  type Mailer,
  MailRefused,
  type OutgoingEmail,
  type SentEmail,
  SYSTEM_MAIL_HEADERS,
} from '#ports/mailer.js';
import { sendRefusal } from './send-refusal.js';

export interface SesMailerOptions {
  /** SES configuration set for event publishing; omitted from the request when null. */
  configurationSet?: string | null;
  /**
   * Domain SES puts after the MessageId in the Message-ID header recipients see. SES overrides
   * any Message-ID we send; it uses `email.amazonses.com` in us-east-1 and
   * `<region>.amazonses.com` elsewhere. AWS does not promise this format, so it can be set.
   */
  messageIdDomain?: string;
}

/** Header values are one line: CR, LF and other controls become spaces. */
export function headerSafe(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    out += code < 0x20 || code === 0x7f ? ' ' : char;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** RFC 5322 mailbox: a quoted ASCII display name, an RFC 2047 word for anything else. */
export function formatMailbox(mailbox: MailAddress): string {
  const address = headerSafe(mailbox.address);
  if (/[<>,;:"\s]/.test(address)) throw new Error('invalid email address');
  const name = mailbox.name ? headerSafe(mailbox.name) : '';
  if (!name) return address;
  if (/^[ -~]*$/.test(name)) {
    return `"${name.replace(/(["\\])/g, '\\$1')}" <${address}>`;
  }
  return `=?UTF-8?B?${Buffer.from(name, 'utf8').toString('base64')}?= <${address}>`;
}

/** SendEmail's Simple content builds the MIME part; base64 keeps any bytes intact. */
function toSesAttachment(attachment: MailAttachment): Attachment {
  return {
    FileName: headerSafe(attachment.filename),
    ContentType: headerSafe(attachment.contentType),
    ContentDisposition: 'ATTACHMENT',
    ContentTransferEncoding: 'BASE64',
    RawContent:
      typeof attachment.content === 'string'
        ? new TextEncoder().encode(attachment.content)
        : attachment.content,
  };
}

function angle(id: string): string {
  const bare = headerSafe(id).replace(/^<|>$/g, '');
  return `<${bare}>`;
}

export function messageIdDomainFor(region: string): string {
  return region === 'us-east-1' ? 'email.amazonses.com' : `${region}.amazonses.com`;
}

export class SesMailer implements Mailer {
  constructor(
    private readonly client: SESv2Client,
    private readonly options: SesMailerOptions = {},
  ) {}

  /** The exact SendEmail input for an email (exported for tests and for `doctor` dry runs). */
  static toCommandInput(
    email: OutgoingEmail,
    configurationSet: string | null,
  ): SendEmailCommandInput {
    if (email.to.length === 0) throw new Error('an email needs at least one recipient');
    const headers = [
      ...(email.origin === 'system'
        ? SYSTEM_MAIL_HEADERS.map((header) => ({ Name: header.name, Value: header.value }))
        : []),
      ...(email.inReplyTo ? [{ Name: 'In-Reply-To', Value: angle(email.inReplyTo) }] : []),
      ...(email.references && email.references.length > 0
        ? [{ Name: 'References', Value: email.references.map(angle).join(' ') }]
        : []),
    ];
    return {
      FromEmailAddress: formatMailbox(email.from),
      Destination: {
        ToAddresses: email.to.map(formatMailbox),
        ...(email.cc?.length ? { CcAddresses: email.cc.map(formatMailbox) } : {}),
        ...(email.bcc?.length ? { BccAddresses: email.bcc.map(formatMailbox) } : {}),
      },
      ...(email.replyTo?.length ? { ReplyToAddresses: email.replyTo.map(formatMailbox) } : {}),
      Content: {
        Simple: {
          Subject: { Data: headerSafe(email.subject), Charset: 'UTF-8' },
          Body: {
            Text: { Data: email.text, Charset: 'UTF-8' },
            ...(email.html ? { Html: { Data: email.html, Charset: 'UTF-8' } } : {}),
          },
          ...(headers.length > 0 ? { Headers: headers } : {}),
          ...(email.attachments?.length
            ? { Attachments: email.attachments.map(toSesAttachment) }
            : {}),
        },
      },
      ...(configurationSet ? { ConfigurationSetName: configurationSet } : {}),
    };
  }

  private async idDomain(): Promise<string> {
    if (this.options.messageIdDomain) return this.options.messageIdDomain;
    const region = await this.client.config.region();
    return messageIdDomainFor(region);
  }

  /**
   * Throws `MailRefused` when SES surely did not take the email (an input it cannot send, or
   * an error SES answered before accepting); any other error leaves the outcome unknown.
   */
  async send(email: OutgoingEmail): Promise<SentEmail> {
    let input: SendEmailCommandInput;
    try {
      input = SesMailer.toCommandInput(email, this.options.configurationSet ?? null);
    } catch (cause) {
      throw new MailRefused(cause instanceof Error ? cause.message : String(cause), 'invalid');
    }
    let result: SendEmailCommandOutput;
    try {
      result = await this.client.send(new SendEmailCommand(input));
    } catch (cause) {
      throw sendRefusal(cause) ?? cause;
    }
    if (!result.MessageId) throw new Error('SES accepted the email but returned no MessageId');
    return {
      providerId: result.MessageId,
      messageId: `${result.MessageId}@${await this.idDomain()}`,
    };
  }
}
