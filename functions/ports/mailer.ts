export interface MailAddress {
  name?: string;
  address: string;
}

export interface OutgoingEmail {
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
}

export interface SentEmail {
  /** The Message-ID header recipients see, without angle brackets. */
  messageId: string;
  /** The provider's own id (SES MessageId). */
  providerId: string;
}

export interface Mailer {
  send(email: OutgoingEmail): Promise<SentEmail>;
}
