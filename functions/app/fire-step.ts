// A step's schedule fired. Delivery is at-least-once and may come late, early or twice, so the
// step's own state decides: a compare-and-set claims the reminder, a duplicate finds it taken,
// a step that was moved later is not due yet, and a closed interview gets nothing.
import * as z from 'zod/mini';
import {
  type Interview,
  type InterviewStatus,
  type Owner,
  type Step,
  StepKind,
  type StepStatus,
} from '#core/domain.js';
import { scheduleName } from '#core/schedule-name.js';
import { leaseExpired } from '#core/send-lease.js';
import { staleReason } from '#core/stale-step.js';
import type { StepEvent } from '#ports/scheduler.js';
import { composeDrafts, composeReminder } from './compose.js';
import type { AppDeps } from './deps.js';
import {
  ownerOf,
  type SendOutcome,
  scheduleTakeover,
  sendWithTakeover,
  takeOverStaleSend,
} from './send-step.js';

/** The schedule's input, validated where it enters. */
export const StepEventSchema = z.object({
  interviewId: z.string().check(z.minLength(1), z.maxLength(200)),
  step: StepKind,
});

/** Clock skew between the scheduler and us; a step due within this is fired. */
const EARLY_TOLERANCE_MS = 2 * 60_000;

/** Another run holds the step right now; thrown so the scheduler delivers again later. */
export class StepBusyError extends Error {
  constructor(interviewId: string, kind: string) {
    super(`step ${kind} of ${interviewId} is being handled by another run; retry later`);
    this.name = 'StepBusyError';
  }
}

export type FireOutcome =
  | 'reminded'
  | 'duplicate'
  | 'not_due'
  | 'no_interview'
  | 'no_step'
  | 'no_owner'
  | 'paused'
  | 'stale'
  | `interview_${Exclude<InterviewStatus, 'active'>}`
  | `already_${StepStatus}`
  | `send_${Exclude<SendOutcome['status'], 'failed'>}`;

/** What firing a step came to, as the step function answers it. */
export interface FireResult {
  outcome: FireOutcome;
}

export async function fireStep(deps: AppDeps, event: StepEvent): Promise<FireResult> {
  const outcome = await fire(deps, event);
  deps.log.info('step_fired', { interviewId: event.interviewId, step: event.step, outcome });
  return { outcome };
}

async function fire(deps: AppDeps, event: StepEvent): Promise<FireOutcome> {
  const { interviewId, step: kind } = event;
  const interview = await deps.store.getInterview(interviewId);
  if (!interview) return 'no_interview';
  if (interview.status !== 'active') return `interview_${interview.status}`;
  const step = await deps.store.getStep(interviewId, kind);
  if (!step) return 'no_step';
  const now = deps.clock.now();
  const isDue = (iso: string | null) =>
    iso !== null && Date.parse(iso) <= now.getTime() + EARLY_TOLERANCE_MS;

  if (step.status === 'sending') {
    // A send in flight, or one whose run died and is finished here: what may have gone out
    // waits on the owner, the rest is sent.
    const owner = await ownerOf(deps, interview);
    if (!owner) return 'no_owner';
    if ((await takeOverStaleSend(deps, step)) === 'in_progress') {
      // Not a retry within the lease (those would all fail and end in the dead-letter queue):
      // the takeover schedule comes back once the claim is stale.
      await scheduleTakeover(deps, owner, interviewId, kind, new Date(step.updatedAt));
      return 'send_in_progress';
    }
    const outcome = await sendWithTakeover(deps, owner, interviewId, kind, async () => true);
    if (!outcome) return 'duplicate';
    if (outcome.status === 'failed') throw new Error(`send of ${kind} failed: ${outcome.error}`);
    return `send_${outcome.status}`;
  }
  if (step.status === 'reminded' && step.remindedAt === null) {
    // Claimed but the reminder never went out: still running, or died. Retry until the lease
    // runs out, then remind (the owner may, rarely, get this reminder twice; never none).
    if (!leaseExpired(step, now)) throw new StepBusyError(interviewId, kind);
    const owner = await ownerOf(deps, interview);
    if (!owner) return 'no_owner';
    const retaken = await deps.store.transitionStep(interviewId, kind, ['reminded'], 'reminded', {
      updatedAt: now.toISOString(),
    });
    if (!retaken.won || retaken.value.remindedAt !== null) return 'duplicate';
    await remind(deps, interview, retaken.value, owner, now);
    return 'reminded';
  }

  if (step.status === 'approved') {
    // A send queued for the interviewers' business hours.
    if (!isDue(step.sendAt)) return 'not_due';
    const sender = await ownerOf(deps, interview);
    if (!sender) return 'no_owner';
    if (sender.paused) return deferWhilePaused(deps, sender, step, now);
    // Inside the safety net: a run that dies mid-send is taken over, not left in 'sending'.
    const outcome = await sendWithTakeover(deps, sender, interviewId, kind, async () => true);
    if (!outcome) return 'duplicate';
    // Thrown so the scheduler retries; the step is back to approved and resends only what is left.
    if (outcome.status === 'failed') throw new Error(`send of ${kind} failed: ${outcome.error}`);
    return `send_${outcome.status}`;
  }
  if (step.status !== 'scheduled' && step.status !== 'snoozed') return `already_${step.status}`;
  if (!isDue(step.dueAt)) return 'not_due';
  const owner = await ownerOf(deps, interview);
  if (!owner) {
    deps.log.error('owner_not_configured', { interviewId });
    return 'no_owner';
  }
  if (owner.paused) return deferWhilePaused(deps, owner, step, now);

  // Delivered late (downtime, a scheduler retry): a step whose moment passed is skipped, not sent.
  const stale = staleReason(kind, new Date(step.dueAt), now, {
    interview,
    owner,
    playbook: deps.config.playbook,
  });
  if (stale) {
    const skipped = await deps.store.transitionStep(interviewId, kind, [step.status], 'skipped', {
      reason: `not sent late: ${stale}`,
      scheduleName: null,
      updatedAt: now.toISOString(),
    });
    if (!skipped.won) return 'duplicate';
    deps.log.info('step_stale', { interviewId, step: kind, reason: stale });
    return 'stale';
  }

  const drafts =
    step.audience === 'interviewer' && step.drafts.length === 0
      ? composeDrafts(interview, owner, kind)
      : step.drafts;
  const claim = await deps.store.transitionStep(interviewId, kind, [step.status], 'reminded', {
    drafts,
    scheduleName: null,
    remindedAt: null,
    updatedAt: now.toISOString(),
  });
  if (!claim.won) return 'duplicate';

  try {
    await remind(deps, interview, claim.value, owner, now);
  } catch (error) {
    // Not lost: the step goes back so the scheduler's retry reminds again.
    await deps.store.transitionStep(interviewId, kind, ['reminded'], step.status, {
      drafts: step.drafts,
      scheduleName: step.scheduleName,
      updatedAt: step.updatedAt,
    });
    throw error;
  }

  // "No answer is an answer": after the close-out the interview is archived.
  if (kind === 'close_out') {
    await deps.store.updateInterview(
      interviewId,
      { status: 'closed', updatedAt: now.toISOString() },
      ['active'],
    );
  }
  return 'reminded';
}

/** A day between looks while the owner is paused: each look fires a lambda, a day costs little. */
const PAUSE_RECHECK_MS = 24 * 60 * 60_000;

/**
 * A paused owner's due step waits, unchanged, for a day and is looked at again; resuming fires
 * whatever is due at once. So nothing goes out while paused and nothing is lost.
 */
async function deferWhilePaused(
  deps: AppDeps,
  owner: Owner,
  step: Step,
  now: Date,
): Promise<FireOutcome> {
  await deps.scheduler.schedule({
    name: step.scheduleName ?? scheduleName(step.interviewId, step.kind),
    at: new Date(now.getTime() + PAUSE_RECHECK_MS),
    timezone: owner.timezone,
    payload: { interviewId: step.interviewId, step: step.kind },
  });
  return 'paused';
}

async function remind(deps: AppDeps, interview: Interview, step: Step, owner: Owner, now: Date) {
  const email = await composeReminder(deps, { interview, step, owner });
  await deps.mailer.send(email);
  await deps.store.transitionStep(interview.id, step.kind, ['reminded'], 'reminded', {
    remindedAt: now.toISOString(),
  });
}
