// When a step's moment has passed for good. A step is skipped, not sent late: the same rule
// answers for a scheduler that delivers late and for the catch-up after downtime.
import type { StepKind } from './domain.js';
import { type PlanInput, PREP_MIN_LEAD_MINUTES, planDates } from './planner.js';
import { ZonedTime } from './zoned-time.js';

/**
 * Why a step due at `dueAt` no longer makes sense at `now`, or null while it still does.
 * - prep: only while it comes a while before the interview starts;
 * - thank-you: only within the playbook's latest hours after the end;
 * - follow-up: only before the call day (after it, the call comes instead);
 * - call: only on its own day (in the owner's zone);
 * - close-out: always, because what it says stays true and it archives the interview.
 */
export function staleReason(
  kind: StepKind,
  dueAt: Date,
  now: Date,
  input: Omit<PlanInput, 'now'>,
): string | null {
  const { zone, start, end, callDay } = planDates(input);
  const at = ZonedTime.of(now, zone);
  switch (kind) {
    case 'prep':
      if (at >= start) return 'the interview had already started';
      return at > start.plusMinutes(-PREP_MIN_LEAD_MINUTES)
        ? 'too close to the start of the interview'
        : null;
    case 'thank_you':
      return at > end.plusHours(input.playbook.thank_you.latestHoursAfterEnd)
        ? 'too long after the interview'
        : null;
    case 'follow_up':
      return at >= callDay ? 'the call was already due' : null;
    case 'call':
      return at.startOfDay() > ZonedTime.of(dueAt, zone).startOfDay() ? 'its day had passed' : null;
    case 'close_out':
      return null;
  }
}
