// Opening a link: the token looked up and checked (well-formed, known, not expired, its owner's,
// naming what its action needs), and the drafts the approve page shows. Every link request starts
// here; the state changes behind a submitted form are link-action.ts, loaded only for a POST.
import type { Draft, Interview, Owner, Step } from '#core/domain.js';
import type { LinkTokenRecord } from '#core/records.js';
import { hashToken, isWellFormedToken } from '#core/tokens.js';
import { composeDrafts } from '#render/draft-text.js';
import type { AppDeps } from './deps.js';
import { OWNER_SCOPED } from './links.js';

export type LinkProblem = 'unknown' | 'expired' | 'used';

export interface LinkContext {
  hash: string;
  token: LinkTokenRecord;
  owner: Owner;
  interview: Interview | null;
  step: Step | null;
  used: boolean;
}

const STEP_ACTIONS = new Set(['approve', 'skip', 'snooze', 'done']);

/** Looks a token up and checks everything about it except whether it was used. */
export async function openLink(
  deps: Pick<AppDeps, 'store' | 'owners' | 'clock' | 'config'>,
  token: string,
): Promise<{ ok: true; context: LinkContext } | { ok: false; problem: LinkProblem }> {
  if (!isWellFormedToken(token)) return { ok: false, problem: 'unknown' };
  const hash = hashToken(token);
  const record = await deps.store.getLinkToken(hash);
  if (!record) return { ok: false, problem: 'unknown' };
  if (Date.parse(record.expiresAt) <= deps.clock.now().getTime()) {
    return { ok: false, problem: 'expired' };
  }
  const owner = await deps.owners.get(record.ownerEmail);
  if (!owner) return { ok: false, problem: 'unknown' };
  let interview: Interview | null = null;
  let step: Step | null = null;
  if (record.interviewId) {
    interview = await deps.store.getInterview(record.interviewId);
    // A token for one owner never reaches another owner's interview.
    if (!interview || interview.ownerEmail !== record.ownerEmail) {
      return { ok: false, problem: 'unknown' };
    }
    if (record.step) step = await deps.store.getStep(interview.id, record.step);
  }
  if (STEP_ACTIONS.has(record.action) && !step) return { ok: false, problem: 'unknown' };
  const needsNoInterview = record.action === 'manual_entry' || OWNER_SCOPED.includes(record.action);
  if (!needsNoInterview && !interview) return { ok: false, problem: 'unknown' };
  // The owner's page and feed act on the owner only: a token naming an interview is no such link.
  if (OWNER_SCOPED.includes(record.action) && record.interviewId) {
    return { ok: false, problem: 'unknown' };
  }
  return {
    ok: true,
    context: { hash, token: record, owner, interview, step, used: record.usedAt !== null },
  };
}

/** The drafts the approve page shows: what the step holds, else freshly composed ones. */
export function draftsFor(interview: Interview, owner: Owner, step: Step): Draft[] {
  return step.drafts.length > 0 ? step.drafts : composeDrafts(interview, owner, step.kind);
}
