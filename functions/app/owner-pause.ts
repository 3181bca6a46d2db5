// Pausing and resuming all of an owner's reminders and sends (a holiday, or once hired), from an
// email command or the owner's page. While paused a due step waits (fire-step.ts defers it a day
// at a time); resuming fires at once whatever fell due meanwhile.
import type { Owner } from '#core/domain.js';
import type { AppDeps } from './deps.js';
import { scheduleStep } from './log-interview.js';
import { ownerPlans } from './owner-plans.js';

/** Sets the owner's pause; answers the owner as stored. Repeating it changes nothing more. */
export async function setPaused(deps: AppDeps, owner: Owner, paused: boolean): Promise<Owner> {
  const current = { ...owner, paused };
  await deps.owners.update(current);
  if (!paused) await releaseDueSteps(deps, current);
  deps.log.info(paused ? 'owner.paused' : 'owner.resumed', {});
  return current;
}

/**
 * While paused, a due step was deferred a day at a time; on resume those due now fire at once
 * instead of waiting for their next deferral.
 */
async function releaseDueSteps(deps: AppDeps, owner: Owner): Promise<void> {
  const now = deps.clock.now().getTime();
  for (const { interview, steps } of await ownerPlans(deps, owner)) {
    if (interview.status !== 'active') continue;
    for (const step of steps) {
      const waiting = ['scheduled', 'snoozed', 'approved'].includes(step.status);
      if (waiting && Date.parse(step.sendAt ?? step.dueAt) <= now) {
        await scheduleStep(deps, owner, step);
      }
    }
  }
}
