// Deterministic schedule names: one per step, so creating it again (a retry) or moving it (a
// reschedule, a snooze, a queued send) always addresses the same schedule.
import { createHash } from 'node:crypto';
import type { StepKind } from './domain.js';

/** EventBridge Scheduler: 1–64 characters of [0-9a-zA-Z-_.]. */
export const SCHEDULE_NAME_PATTERN = /^[0-9A-Za-z_.-]{1,64}$/;

export function scheduleName(interviewId: string, kind: StepKind): string {
  const plain = `fu-${interviewId}-${kind}`;
  if (SCHEDULE_NAME_PATTERN.test(plain)) return plain;
  // An id with other characters, or too long: a digest keeps it unique and within the limit.
  const digest = createHash('sha256').update(interviewId).digest('hex').slice(0, 40);
  return `fu-${digest}-${kind}`;
}
