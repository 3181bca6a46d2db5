// What handling one inbound message came to: one variant per outcome, each with the fields
// that outcome has. handleInbound logs it as one line and records its name in the ledger; the
// Lambda handler reports the names; the local runtime turns it into words and an SMTP answer.
import type { Verdicts } from '#core/inbound/inbound-input.js';
import type { OwnerCommand } from '#core/inbound/owner-command.js';
import type { DropReason } from '#core/inbound/trust.js';

export type InboundOutcome =
  /** A new interview logged (or one an earlier attempt of this delivery left half done). */
  | {
      outcome: 'logged' | 'logged_from_reschedule';
      interviewId: string;
      created: boolean;
      steps: number;
    }
  /** The same meeting was logged before: acknowledged again, nothing new. */
  | { outcome: 'already_logged'; interviewId: string }
  | { outcome: 'rescheduled'; interviewId: string; stepsMoved: number }
  | { outcome: 'cancelled'; interviewId: string }
  /** The owner forwarded an interviewer's answer: the plan stopped. */
  | { outcome: 'heard_back'; interviewId: string; via: 'owner_forward' }
  | { outcome: 'daily_limit'; count: number; limit: number }
  | { outcome: 'too_large'; limit: number }
  /** The owner was asked for what is missing (`missing` is how many things). */
  | { outcome: 'not_understood' | 'unreadable' | 'cancel_unmatched'; missing: number }
  | { outcome: 'not_interview' }
  | { outcome: 'command'; command: OwnerCommand }
  /** An interviewer's answer relayed to the owner; only a proven, human one stops the plan. */
  | {
      outcome: 'reply_relayed' | 'auto_reply_relayed' | 'unproven_reply_relayed';
      interviewId: string;
      matchedBy: 'message_id' | 'sender';
      /** Masked. */
      owner: string;
    }
  | { outcome: 'dropped'; reason: DropReason; verdicts?: Verdicts | null }
  /** This delivery was handled before: nothing done again. */
  | { outcome: 'duplicate' };

/** The one-word name of an outcome, as logged, kept in the ledger and reported by the handler. */
export type InboundOutcomeName =
  | Exclude<InboundOutcome['outcome'], 'dropped' | 'command'>
  | `dropped:${DropReason}`
  | `command_${OwnerCommand}`;

export function outcomeName(result: InboundOutcome): InboundOutcomeName {
  switch (result.outcome) {
    case 'dropped':
      return `dropped:${result.reason}`;
    case 'command':
      return `command_${result.command}`;
    default:
      return result.outcome;
  }
}

export const dropped = (
  reason: DropReason,
  verdicts?: Verdicts | null,
): Extract<InboundOutcome, { outcome: 'dropped' }> =>
  verdicts === undefined
    ? { outcome: 'dropped', reason }
    : { outcome: 'dropped', reason, verdicts };
