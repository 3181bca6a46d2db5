// Removing an owner, and with `deleteData` everything kept for them: the record goes first, so
// no new forward is logged meanwhile; then every step's schedule is cancelled, so nothing fires
// on what is being deleted; then the data. Running it again finishes an interrupted removal.
import { scheduleName } from '#core/schedule-name.js';
import type { Interviews } from '#ports/interviews.js';
import type { OwnerAdministration } from '#ports/owners.js';
import type { Scheduler } from '#ports/scheduler.js';
import type { Steps } from '#ports/steps.js';

export interface RemoveOwnerDeps {
  owners: OwnerAdministration;
  store: Pick<Interviews, 'listInterviewsByOwner'> & Pick<Steps, 'listSteps'>;
  scheduler: Pick<Scheduler, 'cancel'>;
}

export interface OwnerRemoval {
  /** False when there was no owner record (already removed). */
  removed: boolean;
  interviews: number;
  schedulesCancelled: number;
  /** Records deleted besides the owner record. */
  recordsDeleted: number;
}

export async function removeOwner(
  deps: RemoveOwnerDeps,
  email: string,
  options: { deleteData: boolean },
): Promise<OwnerRemoval> {
  const owner = email.trim().toLowerCase();
  const removed = await deps.owners.remove(owner);
  if (!options.deleteData) {
    return { removed, interviews: 0, schedulesCancelled: 0, recordsDeleted: 0 };
  }
  const interviews = await deps.store.listInterviewsByOwner(owner);
  let schedulesCancelled = 0;
  for (const interview of interviews) {
    for (const step of await deps.store.listSteps(interview.id)) {
      // Every step, not only the pending ones: cancelling a schedule that is gone is harmless,
      // and a step caught mid-change may hold a schedule its status does not show yet.
      await deps.scheduler.cancel(step.scheduleName ?? scheduleName(step.interviewId, step.kind));
      schedulesCancelled += 1;
    }
  }
  const recordsDeleted = await deps.owners.eraseData(owner);
  return { removed, interviews: interviews.length, schedulesCancelled, recordsDeleted };
}
