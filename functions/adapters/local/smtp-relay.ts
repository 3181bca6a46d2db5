// Relays outgoing mail through a real SMTP server (`--smtp-relay smtp://host:port`).
import { createTransport } from 'nodemailer';
import type { MailRelay } from './outbox-mailer.js';

export function smtpRelay(url: string): MailRelay & { close(): void } {
  const transport = createTransport(url);
  return {
    async relay(raw, envelope) {
      await transport.sendMail({ envelope, raw });
    },
    close: () => transport.close(),
  };
}
