// The local Mailer: every email "sent" is composed as real MIME (the .eml a recipient would get)
// and kept in the outbox directory with a JSON record; optionally relayed to a real SMTP server.
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import * as z from 'zod';
import type { Clock } from '#ports/clock.js';
import type { Logger } from '#ports/logger.js';
import {
  type MailAddress,
  type Mailer,
  type OutgoingEmail,
  type SentEmail,
  SYSTEM_MAIL_HEADERS,
} from '#ports/mailer.js';

const Address = z.object({ name: z.string().optional(), address: z.string() });

export const OutboxRecord = z.object({
  id: z.string(),
  /** The Message-ID header, without angle brackets. */
  messageId: z.string(),
  from: Address,
  to: z.array(Address),
  cc: z.array(Address),
  bcc: z.array(Address),
  replyTo: z.array(Address),
  subject: z.string(),
  text: z.string(),
  html: z.string().nullable(),
  inReplyTo: z.string().nullable(),
  references: z.array(z.string()),
  /** The attached files' names (the files themselves are in the .eml). */
  attachments: z.array(z.string()).default([]),
  /** Dev-clock instant it was sent. */
  sentAt: z.string(),
});
export type OutboxRecord = z.infer<typeof OutboxRecord>;

/** Passes a composed message on to a real mail server. */
export interface MailRelay {
  relay(raw: Buffer, envelope: { from: string; to: string[] }): Promise<void>;
}

export interface OutboxMailerOptions {
  dir: string;
  /** Domain of generated Message-IDs. */
  domain: string;
  clock: Clock;
  relay?: MailRelay;
  log?: Logger;
}

const RECORD_FILE = /^(\d{8})\.json$/;

export class OutboxMailer implements Mailer {
  private readonly records: OutboxRecord[] = [];
  private nextSeq = 1;

  private constructor(private readonly options: OutboxMailerOptions) {}

  /** Opens the outbox directory and loads what earlier runs sent. */
  static async open(options: OutboxMailerOptions): Promise<OutboxMailer> {
    const mailer = new OutboxMailer(options);
    await mkdir(options.dir, { recursive: true });
    const files = (await readdir(options.dir)).filter((f) => RECORD_FILE.test(f)).sort();
    for (const file of files) {
      const record = OutboxRecord.parse(
        JSON.parse(await readFile(join(options.dir, file), 'utf8')),
      );
      mailer.records.push(record);
      mailer.nextSeq = Math.max(mailer.nextSeq, Number(RECORD_FILE.exec(file)?.[1]) + 1);
    }
    return mailer;
  }

  async send(email: OutgoingEmail): Promise<SentEmail> {
    // Taken synchronously, so concurrent sends never share a number.
    const id = String(this.nextSeq++).padStart(8, '0');
    const messageId = `${randomUUID()}@${this.options.domain}`;
    const sentAt = this.options.clock.now();
    const raw = await compose(email, messageId, sentAt);
    const record: OutboxRecord = {
      id,
      messageId,
      from: email.from,
      to: email.to,
      cc: email.cc ?? [],
      bcc: email.bcc ?? [],
      replyTo: email.replyTo ?? [],
      subject: email.subject,
      text: email.text,
      html: email.html ?? null,
      inReplyTo: email.inReplyTo ?? null,
      references: email.references ?? [],
      attachments: email.attachments?.map((attachment) => attachment.filename) ?? [],
      sentAt: sentAt.toISOString(),
    };
    // The .eml first: a record on disk always has its message.
    await this.writeAtomically(`${id}.eml`, raw);
    await this.writeAtomically(`${id}.json`, `${JSON.stringify(record, null, 2)}\n`);
    this.records.push(record);
    if (this.options.relay) {
      const to = [...record.to, ...record.cc, ...record.bcc].map((a) => a.address);
      // The outbox is the record of what was sent; a failing relay is reported, not fatal.
      await this.options.relay.relay(raw, { from: email.from.address, to }).catch((error) => {
        this.options.log?.warn('outbox.relay_failed', { id, error: String(error) });
      });
    }
    return { messageId, providerId: `outbox-${id}` };
  }

  /** Everything sent, oldest first. */
  list(): readonly OutboxRecord[] {
    return this.records;
  }

  /** The message exactly as composed (what a recipient's mail client would receive). */
  async raw(id: string): Promise<Buffer | null> {
    if (!/^\d{8}$/.test(id)) return null;
    try {
      return await readFile(join(this.options.dir, `${id}.eml`));
    } catch {
      return null;
    }
  }

  private async writeAtomically(file: string, content: string | Buffer) {
    const path = join(this.options.dir, file);
    await writeFile(`${path}.tmp`, content);
    await rename(`${path}.tmp`, path);
  }
}

function compose(email: OutgoingEmail, messageId: string, date: Date): Promise<Buffer> {
  const list = (addresses: MailAddress[] | undefined) =>
    addresses?.map((a) => ({ name: a.name ?? '', address: a.address }));
  const composer = new MailComposer({
    from: { name: email.from.name ?? '', address: email.from.address },
    to: list(email.to),
    cc: list(email.cc),
    bcc: list(email.bcc),
    replyTo: list(email.replyTo),
    subject: email.subject,
    text: email.text,
    html: email.html,
    inReplyTo: email.inReplyTo ? `<${email.inReplyTo}>` : undefined,
    references: email.references?.map((r) => `<${r}>`),
    messageId: `<${messageId}>`,
    date,
    attachments: email.attachments?.map((attachment) => ({
      filename: attachment.filename,
      contentType: attachment.contentType,
      content:
        typeof attachment.content === 'string'
          ? attachment.content
          : Buffer.from(attachment.content),
    })),
    ...(email.origin === 'system'
      ? {
          headers: Object.fromEntries(
            SYSTEM_MAIL_HEADERS.map((header) => [header.name, header.value]),
          ),
        }
      : {}),
  });
  return composer.compile().build();
}
