// A send that may already have reached someone waits on the owner's decision; this tells them,
// once. The claim is a counter keyed by the uncertain attempts, so a retry, a takeover or a
// second run asking about the same attempts finds it taken (a new attempt asks again). Claimed
// before sending: at most one email, never a stream of them.
import { createHash } from 'node:crypto';
import type { Draft, Interview, Owner, StepKind } from '#core/domain.js';
import { composeSendUncertain } from './compose.js';
import type { AppDeps } from './deps.js';
import { replyToOwner } from './inbound/reply-to-owner.js';

/** Long enough for any decision; the counter only has to outlive the retries. */
const CLAIM_DAYS = 30;

export type AskOutcome = 'asked' | 'already_asked' | 'capped';

export async function askOwnerToDecide(
  deps: AppDeps,
  owner: Owner,
  interview: Interview,
  kind: StepKind,
  unsure: readonly Draft[],
): Promise<AskOutcome> {
  const attempts = unsure
    .map((draft) => `${draft.interviewerEmail ?? ''}@${draft.attemptedAt ?? ''}`)
    .sort()
    .join(',');
  const digest = createHash('sha256').update(attempts).digest('hex').slice(0, 24);
  const now = deps.clock.now();
  const claim = await deps.store.incrementCounter(
    `send-decision#${owner.email}#${interview.id}#${kind}#${digest}`,
    new Date(now.getTime() + CLAIM_DAYS * 86_400_000).toISOString(),
  );
  if (claim > 1) return 'already_asked';
  const email = await composeSendUncertain(deps, {
    owner,
    interview,
    step: kind,
    names: unsure.map((draft) => draft.interviewerName),
  });
  // System mail to the owner's own address, inside the same hourly cap as every reply.
  const sent = await replyToOwner(deps, owner, email, null);
  deps.log.info('send_decision_asked', { interviewId: interview.id, step: kind, sent: !!sent });
  return sent ? 'asked' : 'capped';
}
