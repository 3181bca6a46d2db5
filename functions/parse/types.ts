// The contract of the parser (the extraction, plus what the inbound pipeline needs).

export type InterviewKind = 'scheduled' | 'rescheduled' | 'cancelled' | 'not_interview';

export interface ParsedAddress {
  name: string | null;
  address: string;
}

/** Headers of one message: the outer one the seeker sent, or the original inside it. */
export interface MessageHeaders {
  from: ParsedAddress | null;
  to: ParsedAddress[];
  cc: ParsedAddress[];
  replyTo: ParsedAddress[];
  subject: string | null;
  /** ISO 8601 with the sender's own offset. */
  date: string | null;
  /** Without angle brackets. */
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  /** To and Cc recipients written by name alone, without an address. */
  named?: string[];
  /** The sender written by name alone ("From: Priya Nair"). */
  fromName?: string;
}

/** What a forward says about the interview: kind, company, role, times, people, link. */
export interface Extraction {
  kind: InterviewKind;
  company: string | null;
  role: string | null;
  start: string | null;
  end: string | null;
  timezone: string | null;
  interviewers: { name: string; email: string | null }[];
  meetingUrl: string | null;
}

export interface ParsedEmail extends Extraction {
  /** Who arranged the interview (recruiter, coordinator), never one of the interviewers. */
  coordinator: { name: string | null; email: string | null } | null;
  /** From the seeker's note: "decision in two weeks" → YYYY-MM-DD. */
  decisionBy: string | null;
  /** Topics from the seeker's note to mention in the thank-you. */
  notes: string[];
  calendar: { uid: string; sequence: number; method: string | null } | null;
  /** The message the seeker sent us. */
  outer: MessageHeaders;
  /** The forwarded original, when there is one. */
  original: MessageHeaders | null;
  /** What the seeker typed above the forwarded block. */
  seekerNote: string | null;
  /** The outer message's own text (for relaying replies), without the forwarded part. */
  text: string;
  confidence: number;
  warnings: string[];
  /** Where each field came from: 'calendar' | 'text' | 'headers' ... */
  sources: Record<string, string>;
  /** Set when the input could not be read as an email; every other field is then empty. */
  error: ParseError | null;
}

export interface ParseError {
  code: 'too_large' | 'not_email' | 'unreadable';
  message: string;
}

export interface ParseOptions {
  /** The seeker's zone, for times that carry none. */
  timezone: string;
  /** Addresses that are the seeker's own (never interviewers). */
  selfAddresses?: string[];
  /** Largest accepted input in bytes (default 25 MB). */
  maxBytes?: number;
}
