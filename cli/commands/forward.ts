// `followup forward <file.eml> --as <owner>`: forwards a saved email to the local runtime's SMTP
// inbound the way an owner's mail client would (a new message From the owner, To the inbound
// address, the file attached as message/rfc822) and prints what the server answered. The From
// header is what the runtime checks against its owners; the envelope sender only follows it.
import { basename } from 'node:path';
import { createTransport } from 'nodemailer';
import { errorMessage } from '#core/error-message.js';
import { parseEmail } from '#parse/parse-email.js';
import { readInputFile } from '../read-input.js';
import { formatWhen } from '../when-format.js';

export interface ForwardFlags {
  /** The owner forwarding it (the From). */
  as: string;
  /** followup dev's SMTP inbound. */
  server: { host: string; port: number };
  /** followup dev's inbound address. */
  to: string;
}

export interface ForwardIo {
  out: (line: string) => void;
  err: (line: string) => void;
  now: () => Date;
}

const defaultIo: ForwardIo = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  now: () => new Date(),
};

/** What nodemailer carries from a refused SMTP command. */
interface SmtpFailure {
  code?: string;
  response?: string;
}

export async function runForward(
  file: string,
  flags: ForwardFlags,
  io: ForwardIo = defaultIo,
): Promise<number> {
  const { raw, error } = await readInputFile(file);
  if (error !== null) {
    io.err(`followup forward: ${error}`);
    return 1;
  }
  // Read it first: a file that is not an email is not worth a round trip, and a past interview
  // deserves a word before the server plans around it.
  const parsed = await parseEmail(raw, { timezone: 'UTC', selfAddresses: [flags.as] });
  if (parsed.error) {
    io.err(`followup forward: ${file}: ${parsed.error.message}`);
    return 1;
  }
  if (parsed.start && Date.parse(parsed.start) < io.now().getTime()) {
    io.err(
      `followup forward: warning: the interview in ${file} (${formatWhen(parsed.start, parsed.timezone)}) is in the past; the plan will hold only what is still ahead.`,
    );
  }

  const { host, port } = flags.server;
  const transport = createTransport({ host, port, secure: false, ignoreTLS: true });
  const subject = parsed.outer.subject ?? '';
  try {
    const sent = await transport.sendMail({
      from: flags.as,
      to: flags.to,
      subject: /^fwd?:/i.test(subject) ? subject : `Fwd: ${subject}`.trim(),
      text: 'Forwarded with followup forward; the original message is attached.\n',
      attachments: [{ filename: basename(file), content: raw, contentType: 'message/rfc822' }],
    });
    io.out(`Forwarded ${file} as ${flags.as} to ${flags.to} at ${host}:${port}.`);
    io.out(`followup dev answered: ${sent.response}`);
    return 0;
  } catch (thrown) {
    const failure = thrown as SmtpFailure;
    if (failure.response) {
      io.err(`Forwarded ${file} as ${flags.as} to ${flags.to} at ${host}:${port}.`);
      io.err(`followup dev refused it: ${failure.response}`);
    } else if (failure.code === 'ESOCKET' || failure.code === 'ECONNECTION') {
      io.err(
        `followup forward: nothing answers at ${host}:${port} (${errorMessage(thrown)}). Start the local runtime first (npm start), or pass --server host:port.`,
      );
    } else {
      io.err(`followup forward: ${errorMessage(thrown)}`);
    }
    return 1;
  } finally {
    transport.close();
  }
}
