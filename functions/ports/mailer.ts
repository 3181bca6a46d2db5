export interface MailAddress {
  name?: string;
  address: string;
}

/**
 * Who an email speaks for. `system`: followup's own mail to an owner (acknowledgements,
 * reminders, notices, relays). `owner`: a draft the owner approved, sent as them to an
 * interviewer, which must read as personal mail.
 */
export type MailOrigin = 'system' | 'owner';

/**
 * Headers every `system` email carries, set by each Mailer adapter. Auto-Submitted (RFC 3834)
 * and X-Auto-Response-Suppress (Exchange) keep auto-responders from answering it; X-Followup
 * lets the inbound side recognise its own mail when an owner's rule sends it back, attached.
 */
export const SYSTEM_MARK = { name: 'X-Followup', value: 'system' } as const;
export const SYSTEM_MAIL_HEADERS: readonly { name: string; value: string }[] = [
  { name: 'Auto-Submitted', value: 'auto-generated' },
  { name: 'X-Auto-Response-Suppress', value: 'All' },
  SYSTEM_MARK,
];

/** A file sent with an email, such as the plan as an .ics calendar. */
export interface MailAttachment {
  /** The name the recipient sees, with its extension. */
  filename: string;
  /** The MIME type, e.g. `text/calendar; charset=utf-8; method=PUBLISH`. */
  contentType: string;
  /** The file's bytes; text is sent as UTF-8. */
  content: string | Uint8Array;
}

export interface OutgoingEmail {
  origin: MailOrigin;
  from: MailAddress;
  to: MailAddress[];
  cc?: MailAddress[];
  bcc?: MailAddress[];
  replyTo?: MailAddress[];
  subject: string;
  text: string;
  html?: string;
  /** Message-IDs (without angle brackets) this email answers, for threading. */
  inReplyTo?: string;
  references?: string[];
  attachments?: MailAttachment[];
}

export interface SentEmail {
  /** The Message-ID header recipients see, without angle brackets. */
  messageId: string;
  /** The provider's own id (SES MessageId). */
  providerId: string;
}

/**
 * Why a provider refused an email before accepting it. `invalid`: the request itself (an
 * address, the sender identity); `rejected`: the provider turned the content or account down;
 * `throttled`: a rate or quota, worth trying again later; `unreachable`: the request never got
 * to the provider (no connection was made).
 */
export type RefusalReason = 'invalid' | 'rejected' | 'throttled' | 'unreachable';

/**
 * The provider refused the email before it could have accepted it: nothing went out, so sending
 * it again is safe. Adapters throw this only when they know; any other error from `send` means
 * the outcome is unknown (a timeout, a dropped connection, a server error after the request
 * arrived) and the email may have gone out.
 */
export class MailRefused extends Error {
  override readonly name = 'MailRefused';
  constructor(
    message: string,
    readonly reason: RefusalReason,
  ) {
    super(message);
  }
}

export interface Mailer {
  /** Resolves once the provider accepted the email; throws `MailRefused` when it surely did not. */
  send(email: OutgoingEmail): Promise<SentEmail>;
}
