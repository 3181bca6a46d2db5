// Changes to a running plan: the interview moved, was cancelled, the interviewer answered, or
// the owner snoozed, skipped or finished a step. Every change is a compare-and-set on the item's
// status, so repeating one (a retried request, a second click) changes nothing more.
import * as z from 'zod/mini';
import {
  IanaZone,
  Interviewer,
  type Interview as InterviewType,
  IsoDate,
  IsoInstant,
  type Owner,
  type Step,
  type StepKind,
  type StepStatus,
} from '#core/domain.js';
import { closeOutAfterCall, planSteps, snoozeMoment } from '#core/planner.js';
import { publicHolidays } from '#core/public-holidays.js';
import { scheduleName } from '#core/schedule-name.js';
import { composeDrafts } from './compose.js';
import type { AppDeps } from './deps.js';
import { scheduleStep } from './log-interview.js';
import { ownerOf } from './send-step.js';

/** Steps that may still do something; heard-back and cancel stop all of them. */
const PENDING: readonly StepStatus[] = ['scheduled', 'snoozed', 'reminded', 'approved'];

/** The reason a step the owner skipped carries; planner skips may be re-armed by a replan. */
export const OWNER_SKIPPED = 'skipped by you';

export class PlanChangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanChangeError';
  }
}

async function requireInterview(deps: AppDeps, interviewId: string) {
  const interview = await deps.store.getInterview(interviewId);
  if (!interview) throw new PlanChangeError(`no interview ${interviewId}`);
  const owner = await ownerOf(deps, interview);
  if (!owner) throw new PlanChangeError(`the owner of ${interviewId} is not configured`);
  return { interview, owner };
}

/**
 * Takes a step out of the plan (to `to`) and deletes its schedule, unless the step is known to
 * have none (a fired schedule is deleted by the scheduler; a leftover one would fire nothing).
 */
async function stopStep(
  deps: AppDeps,
  step: Pick<Step, 'interviewId' | 'kind'> & { scheduleName?: string | null },
  from: readonly StepStatus[],
  to: StepStatus,
  extra: Partial<Step> = {},
): Promise<boolean> {
  const result = await deps.store.transitionStep(step.interviewId, step.kind, from, to, {
    scheduleName: null,
    sendAt: null,
    updatedAt: deps.clock.now().toISOString(),
    ...extra,
  });
  if (result.won && step.scheduleName !== null) {
    await deps.scheduler.cancel(step.scheduleName ?? scheduleName(step.interviewId, step.kind));
  }
  return result.won;
}

/**
 * Moves the pending steps to where the plan now puts them: scheduled steps move or are skipped,
 * and steps the planner had skipped come back when they make sense again.
 */
export async function replanPending(
  deps: AppDeps,
  interview: InterviewType,
  owner: Owner,
): Promise<Step[]> {
  const now = deps.clock.now();
  const holidays = await publicHolidays();
  const plan = planSteps({ interview, owner, playbook: deps.config.playbook, now, holidays });
  const steps = await deps.store.listSteps(interview.id);
  const moved: Step[] = [];
  for (const planned of plan) {
    const step = steps.find((s) => s.kind === planned.kind);
    if (!step) continue;
    const plannerSkipped =
      step.status === 'skipped' &&
      !!step.reason &&
      step.reason !== OWNER_SKIPPED &&
      !step.lastError;
    if (planned.status === 'scheduled' && (step.status === 'scheduled' || plannerSkipped)) {
      if (step.status === 'scheduled' && step.dueAt === planned.dueAt) continue;
      const result = await deps.store.transitionStep(
        interview.id,
        step.kind,
        [step.status],
        'scheduled',
        {
          dueAt: planned.dueAt,
          reason: planned.reason,
          scheduleName: scheduleName(interview.id, step.kind),
          updatedAt: now.toISOString(),
        },
      );
      if (!result.won) continue;
      await scheduleStep(deps, owner, result.value);
      moved.push(result.value);
    } else if (planned.status === 'skipped' && step.status === 'scheduled') {
      if (await stopStep(deps, step, ['scheduled'], 'skipped', { reason: planned.reason })) {
        const current = await deps.store.getStep(interview.id, step.kind);
        if (current) moved.push(current);
      }
    }
  }
  return moved;
}

const TimeChange = z.object({
  start: IsoInstant,
  end: z.nullable(IsoInstant),
  timezone: z.optional(IanaZone),
});

/** The interview moved: its time changes and the pending steps move with it. */
export async function reschedule(
  deps: AppDeps,
  interviewId: string,
  change: { start: string; end: string | null; timezone?: string },
): Promise<{ moved: Step[] }> {
  const parsed = TimeChange.safeParse(change);
  if (!parsed.success) throw new PlanChangeError(`not a valid time: ${parsed.error.message}`);
  const { interview, owner } = await requireInterview(deps, interviewId);
  if (interview.status !== 'active') return { moved: [] };
  const start = new Date(parsed.data.start).toISOString();
  const end =
    parsed.data.end && Date.parse(parsed.data.end) > Date.parse(start)
      ? new Date(parsed.data.end).toISOString()
      : null;
  const updated = await deps.store.updateInterview(
    interviewId,
    {
      start,
      end,
      ...(parsed.data.timezone ? { timezone: parsed.data.timezone } : {}),
      updatedAt: deps.clock.now().toISOString(),
    },
    ['active'],
  );
  if (!updated.won) return { moved: [] };
  const moved = await replanPending(deps, updated.value, owner);
  deps.log.info('interview_rescheduled', { interviewId, moved: moved.length });
  return { moved };
}

/** Ends the plan with `status`: every pending step is cancelled and its schedule deleted. */
async function stopPlan(
  deps: AppDeps,
  interviewId: string,
  status: 'heard_back' | 'cancelled',
  from: InterviewType['status'][],
): Promise<void> {
  const interview = await deps.store.getInterview(interviewId);
  if (!interview) throw new PlanChangeError(`no interview ${interviewId}`);
  await deps.store.updateInterview(
    interviewId,
    { status, updatedAt: deps.clock.now().toISOString() },
    from,
  );
  // Swept even when the status was already set, so a retry finishes an interrupted run.
  const steps = await deps.store.listSteps(interviewId);
  let stopped = 0;
  for (const step of steps) {
    if (!PENDING.includes(step.status)) continue;
    if (await stopStep(deps, step, PENDING, 'cancelled')) stopped += 1;
  }
  deps.log.info('plan_stopped', { interviewId, status, stopped });
}

export function cancelPlan(deps: AppDeps, interviewId: string): Promise<void> {
  return stopPlan(deps, interviewId, 'cancelled', ['active']);
}

/** The interviewer answered: nothing more goes out, to them or as a reminder. */
export function heardBack(deps: AppDeps, interviewId: string): Promise<void> {
  return stopPlan(deps, interviewId, 'heard_back', ['active', 'closed']);
}

/** Reminds again at `until` (inside the owner's waking hours); a snoozed call moves the close-out. */
export async function snooze(
  deps: AppDeps,
  interviewId: string,
  kind: StepKind,
  until: Date,
): Promise<void> {
  const { interview, owner } = await requireInterview(deps, interviewId);
  if (interview.status !== 'active') return;
  const now = deps.clock.now();
  const at = snoozeMoment(until, now, owner, deps.config.playbook);
  const result = await deps.store.transitionStep(
    interviewId,
    kind,
    ['scheduled', 'reminded', 'snoozed'],
    'snoozed',
    {
      dueAt: at.toISOString(),
      scheduleName: scheduleName(interviewId, kind),
      updatedAt: now.toISOString(),
    },
  );
  if (!result.won) return;
  await scheduleStep(deps, owner, result.value);

  if (kind === 'call') {
    const closeOut = await deps.store.getStep(interviewId, 'close_out');
    const later = closeOutAfterCall(at, {
      interview,
      owner,
      playbook: deps.config.playbook,
      holidays: await publicHolidays(),
    });
    if (closeOut?.status === 'scheduled' && Date.parse(closeOut.dueAt) < later.at.getTime()) {
      const movedCloseOut = await deps.store.transitionStep(
        interviewId,
        'close_out',
        ['scheduled'],
        'scheduled',
        { dueAt: later.at.toISOString(), reason: later.reason, updatedAt: now.toISOString() },
      );
      if (movedCloseOut.won) await scheduleStep(deps, owner, movedCloseOut.value);
    }
  }
}

/** The owner does not want this step; a queued send is withdrawn too. */
export async function skipStep(deps: AppDeps, interviewId: string, kind: StepKind): Promise<void> {
  await stopStep(
    deps,
    { interviewId, kind },
    ['scheduled', 'reminded', 'snoozed', 'approved'],
    'skipped',
    { reason: OWNER_SKIPPED },
  );
}

/** The owner did it (made the call, read the prep). */
export async function markStepDone(
  deps: AppDeps,
  interviewId: string,
  kind: StepKind,
): Promise<void> {
  await stopStep(deps, { interviewId, kind }, ['scheduled', 'reminded', 'snoozed'], 'done');
}

const Line = z.nullable(z.string().check(z.trim(), z.maxLength(200)));

export const DetailsPatch = z.partial(
  z.strictObject({
    company: Line,
    role: Line,
    interviewers: z.array(Interviewer).check(z.maxLength(20)),
    notes: z
      .array(z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)))
      .check(z.maxLength(20)),
    decisionBy: z.nullable(IsoDate),
    unconfirmedRecipients: z.array(z.string().check(z.maxLength(320))).check(z.maxLength(20)),
  }),
);
export type DetailsPatch = z.input<typeof DetailsPatch>;

/**
 * Fixes what was misread. A new decision date moves the call (and what hangs on it); new
 * interviewers or notes refresh drafts not yet approved. Times change through reschedule.
 */
export async function updateDetails(
  deps: AppDeps,
  interviewId: string,
  patch: DetailsPatch,
): Promise<InterviewType | null> {
  const parsed = DetailsPatch.safeParse(patch);
  if (!parsed.success) throw new PlanChangeError(`invalid details: ${parsed.error.message}`);
  const { interview, owner } = await requireInterview(deps, interviewId);
  if (interview.status !== 'active') return null;
  const fields = parsed.data;
  if (Object.keys(fields).length === 0) return interview;
  const updated = await deps.store.updateInterview(
    interviewId,
    {
      ...fields,
      ...(fields.company === '' ? { company: null } : {}),
      ...(fields.role === '' ? { role: null } : {}),
      updatedAt: deps.clock.now().toISOString(),
    },
    ['active'],
  );
  if (!updated.won) return null;

  if ('decisionBy' in fields) await replanPending(deps, updated.value, owner);
  // Drafts not yet approved are recomposed: new addresses, new topics to mention.
  if (fields.interviewers || fields.notes) {
    for (const step of await deps.store.listSteps(interviewId)) {
      if (step.audience !== 'interviewer' || step.status !== 'reminded') continue;
      await deps.store.transitionStep(interviewId, step.kind, ['reminded'], 'reminded', {
        drafts: composeDrafts(updated.value, owner, step.kind),
        updatedAt: deps.clock.now().toISOString(),
      });
    }
  }
  return updated.value;
}
