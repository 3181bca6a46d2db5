// When the owner changes their name or signature, the drafts already waiting for their review
// end with the new closing too, so what they approve is signed as they now sign. Drafts approved,
// sending or sent are left alone: the owner already chose their words.
import type { Owner } from '#core/domain.js';
import { resignDraft } from '#render/draft-text.js';
import type { AppDeps } from './deps.js';
import { ownerPlans } from './owner-plans.js';

/** Re-signs the unsent drafts of steps waiting for review; returns how many steps changed. */
export async function resignPendingDrafts(
  deps: Pick<AppDeps, 'store' | 'clock'>,
  before: Owner,
  after: Owner,
): Promise<number> {
  let changed = 0;
  for (const { interview, steps } of await ownerPlans(deps, after)) {
    if (interview.status !== 'active') continue;
    for (const step of steps) {
      if (step.audience !== 'interviewer' || step.status !== 'reminded') continue;
      const drafts = step.drafts.map((draft) =>
        draft.sentMessageId
          ? draft
          : { ...draft, body: resignDraft(draft.body, interview, before, after) },
      );
      if (drafts.every((draft, i) => draft.body === step.drafts[i]?.body)) continue;
      const result = await deps.store.transitionStep(
        interview.id,
        step.kind,
        ['reminded'],
        'reminded',
        {
          drafts,
          updatedAt: deps.clock.now().toISOString(),
        },
      );
      if (result.won) changed += 1;
    }
  }
  return changed;
}
