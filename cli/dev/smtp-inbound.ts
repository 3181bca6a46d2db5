// The local inbound mail server: takes what a mail client, swaks or nodemailer delivers, keeps
// only mail for the addresses followup answers to, and hands each message on whole.
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';
import type { Logger } from '#ports/logger.js';

export interface SmtpInboundOptions {
  host: string;
  port: number;
  /** Recipients accepted at RCPT TO (lower case); everything else is refused there, naming them. */
  accepted: () => Promise<readonly string[]> | readonly string[];
  /** Whether one recipient (lower case) is accepted, where that is cheaper than listing them all. */
  accepts?: (address: string) => Promise<boolean> | boolean;
  maxMessageBytes: number;
  /** Called once the whole message is in; the SMTP reply waits for it and carries its answer. */
  receive: (raw: Buffer, recipients: string[]) => Promise<SmtpAnswer>;
  /** Plain-words lines for the person at the terminal. */
  say?: (line: string) => void;
  log: Logger;
}

/** The reply to the DATA command: 2xx taken, anything else refused with this text. */
export interface SmtpAnswer {
  code: number;
  text: string;
}

export interface SmtpInbound {
  port: number;
  close(): Promise<void>;
}

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

export async function startSmtpInbound(options: SmtpInboundOptions): Promise<SmtpInbound> {
  const server = new SMTPServer({
    name: 'followup.localhost',
    banner: 'followup dev inbound',
    // Local use only: no TLS, no authentication. Trust comes from the owner allowlist.
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    size: options.maxMessageBytes,
    logger: false,
    onRcptTo(address, _session, callback) {
      const wanted = address.address.toLowerCase();
      /** Null when the recipient is taken, else the refusal naming who is. */
      const refusal = async (): Promise<Error | null> => {
        const ok = options.accepts
          ? await options.accepts(wanted)
          : (await options.accepted()).includes(wanted);
        if (ok) return null;
        const accepted = await options.accepted();
        return smtpError(
          550,
          `5.1.1 <${address.address}>: no such mailbox here; this server takes mail for ${accepted.join(', ')}`,
        );
      };
      refusal().then(
        (error) => (error ? callback(error) : callback()),
        (error) => {
          options.log.error('smtp.recipients_unavailable', { error: String(error) });
          callback(smtpError(451, '4.3.0 cannot look up mailboxes now; try again'));
        },
      );
    },
    onData(stream: SMTPServerDataStream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        // Past the limit only the flag matters; stop holding the bytes.
        if (!stream.sizeExceeded) chunks.push(chunk);
      });
      stream.on('error', (error) => callback(error));
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          options.say?.(
            `✗ Mail from ${session.envelope.mailFrom ? session.envelope.mailFrom.address : 'an unknown sender'} was refused: it is over the ${options.maxMessageBytes}-byte size limit. Nothing was stored.`,
          );
          return callback(
            smtpError(552, `5.3.4 message exceeds the ${options.maxMessageBytes}-byte limit`),
          );
        }
        const recipients = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        options.receive(Buffer.concat(chunks), recipients).then(
          (answer) =>
            answer.code < 300
              ? callback(null, answer.text)
              : callback(smtpError(answer.code, answer.text)),
          (error) => {
            options.log.error('smtp.receive_failed', { error: String(error) });
            callback(smtpError(451, '4.3.0 could not store the message; try again'));
          },
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => options.log.error('smtp.server_error', { error: String(error) }));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
