// Deterministic schedule names: one per step, so creating it again (a retry) or moving it (a
// reschedule, a snooze, a queued send) always addresses the same schedule.
import { createHash } from 'node:crypto';
import type { StepKind } from './domain.js';

/** EventBridge Scheduler: 1–64 characters of [0-9a-zA-Z-_.]. */
export const SCHEDULE_NAME_PATTERN = /^[0-9A-Za-z_.-]{1,64}$/;

function named(interviewId: string, tail: string): string {
  const plain = `fu-${interviewId}-${tail}`;
  if (SCHEDULE_NAME_PATTERN.test(plain)) return plain;
  // An id with other characters, or too long: a digest keeps it unique and within the limit.
  const digest = createHash('sha256').update(interviewId).digest('hex').slice(0, 40);
  return `fu-${digest}-${tail}`;
}

export function scheduleName(interviewId: string, kind: StepKind): string {
  return named(interviewId, kind);
}

/**
 * The safety net of a send made at once: created before the send, deleted after it, so a run
 * that dies mid-send is finished by the step function. Apart from the step's own schedule,
 * which may still hold the step's reminder.
 */
export function sendTakeoverName(interviewId: string, kind: StepKind): string {
  return named(interviewId, `${kind}-takeover`);
}

/** The one weekly-digest schedule of an owner (an address may hold characters a name may not). */
export function digestScheduleName(ownerEmail: string): string {
  const digest = createHash('sha256').update(ownerEmail.toLowerCase()).digest('hex').slice(0, 40);
  return `fu-digest-${digest}`;
}
