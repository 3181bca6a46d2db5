// The records the app keeps beside interviews and steps: link tokens, the inbound ledger and
// the sent-message log. Schemas, because store reads are validated where they enter; built on
// first use (z.lazy), like the domain's.
import * as z from 'zod/mini';
import { IsoInstant, StepKind } from './domain.js';

export const LinkAction = z.enum([
  'view',
  'approve',
  'skip',
  'heard_back',
  'snooze',
  'done',
  'cancel_plan',
  'fix_details',
  'add_notes',
  'looks_right',
  'manual_entry',
  /** The owner's own page: every interview, what needs them, pause, settings. */
  'owner_page',
  /** The owner's private calendar feed of all their plans. */
  'calendar_feed',
]);
export type LinkAction = z.infer<typeof LinkAction>;

export const LinkTokenRecord = z.lazy(() =>
  z.object({
    /** SHA-256 (hex) of the token; the token itself is never stored. */
    hash: z.string(),
    action: LinkAction,
    ownerEmail: z.string(),
    interviewId: z.nullable(z.string()),
    step: z.nullable(StepKind),
    /** Single-use tokens are consumed by the first successful state change. */
    singleUse: z.boolean(),
    expiresAt: IsoInstant,
    usedAt: z.nullable(IsoInstant),
    createdAt: IsoInstant,
  }),
);
export type LinkTokenRecord = z.infer<typeof LinkTokenRecord>;

export const SentMessageRecord = z.lazy(() =>
  z.object({
    /** The Message-ID header as recipients see it, without angle brackets. */
    messageId: z.string(),
    interviewId: z.string(),
    ownerEmail: z.string(),
    step: StepKind,
    recipient: z.string(),
    sentAt: IsoInstant,
  }),
);
export type SentMessageRecord = z.infer<typeof SentMessageRecord>;

export const InboundClaim = z.lazy(() =>
  z.object({
    id: z.string(),
    /** 'processing' while handled; 'done' once every effect happened. */
    state: z.enum(['processing', 'done']),
    outcome: z.nullable(z.string()),
  }),
);
export type InboundClaim = z.infer<typeof InboundClaim>;

/** The interview holding a meeting's identity key ('' once released). */
export const MeetingIdentity = z.lazy(() => z.object({ interviewId: z.string() }));
export type MeetingIdentity = z.infer<typeof MeetingIdentity>;
