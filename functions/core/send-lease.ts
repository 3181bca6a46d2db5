// Who may touch a step that is being worked on, and whether a draft may have gone out. Pure:
// the app services decide with these, the store's conditional writes enforce them.
import type { Draft, Step } from './domain.js';

/**
 * How long a claimed step (reminded but not yet mailed, or sending) belongs to the run that
 * claimed it. Longer than any function timeout: after it, that run is known to be dead.
 */
export const STEP_LEASE_MS = 5 * 60_000;

/**
 * How far another machine's clock may run ahead of ours. A claim stamped further in the future
 * than this was made before our clock was moved back, and counts as stale: otherwise a step
 * claimed by a run that died would stay frozen until the clock passed its stamp again.
 */
export const CLOCK_SKEW_MS = 60_000;

/** The run that claimed `step` (at its last update) is past its lease: it died. */
export function leaseExpired(step: Pick<Step, 'updatedAt'>, now: Date): boolean {
  const age = now.getTime() - Date.parse(step.updatedAt);
  return age >= STEP_LEASE_MS || age < -CLOCK_SKEW_MS;
}

/**
 * A draft handed to the mail provider whose answer was never recorded: the run died in between,
 * so it may or may not have reached its recipient. Only the owner may send it again.
 */
export function mayHaveGoneOut(draft: Draft): boolean {
  return !draft.sentMessageId && !draft.confirmedByOwnerAt && !!draft.attemptedAt;
}

/**
 * A draft known to have gone out: the provider gave its Message-ID, or the owner confirmed it
 * went out after followup could not tell. Never sent again; the owner thanked that person.
 */
export function wentOut(draft: Draft): boolean {
  return draft.selected !== false && (!!draft.sentMessageId || !!draft.confirmedByOwnerAt);
}

/** The drafts of a step that wait on the owner's decision to send again. */
export function uncertainDrafts(drafts: readonly Draft[]): Draft[] {
  return drafts.filter((draft) => draft.selected !== false && mayHaveGoneOut(draft));
}
