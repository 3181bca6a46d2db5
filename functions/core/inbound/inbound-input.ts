// What the inbound pipeline receives, whichever door the message came through (SES in AWS,
// the local SMTP server in the dev runtime).

/** SES receipt verdict statuses (the Lambda action's `receipt.*Verdict.status`). */
export type VerdictStatus = 'PASS' | 'FAIL' | 'GRAY' | 'PROCESSING_FAILED' | 'DISABLED';

export interface Verdicts {
  spf: VerdictStatus;
  dkim: VerdictStatus;
  dmarc: VerdictStatus;
  spam: VerdictStatus;
  virus: VerdictStatus;
}

export interface InboundInput {
  /** SES mail.messageId, or a local id: the idempotency key. */
  id: string;
  /** Where RawMail finds the raw message. */
  rawKey: string;
  /** The envelope recipients on our domain. */
  recipients: string[];
  /** null locally, where only the owner allowlist applies. */
  verdicts: Verdicts | null;
}
