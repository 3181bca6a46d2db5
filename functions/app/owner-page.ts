// What the owner's page shows and the one thing it mints: every interview of this owner (and no
// other) with its state in words, its next step, what needs the owner now and what was sent and
// came back; and, when the owner presses a button, a fresh link to the page that acts.
import * as z from 'zod/mini';
import type { Interview, Owner, Step } from '#core/domain.js';
import { secretInboundAddress } from '#core/inbound/trust.js';
import { wentOut } from '#core/send-lease.js';
import { formatInstant } from '#render/format-time.js';
import { oneLine, STEP_TITLE } from '#render/step-copy.js';
import { headline } from './compose.js';
import { nextStep } from './compose-command-reply.js';
import type { AppDeps } from './deps.js';
import { issueLink } from './links.js';
import { ownerPlans } from './owner-plans.js';
import {
  DASHBOARD_ACTIONS,
  INTERVIEW_STATE,
  type OwnerTodo,
  ownerTodos,
  stepState,
} from './owner-todo.js';

export interface HistoryEntry {
  at: string;
  text: string;
}

export interface OwnerPageInterview {
  interview: Interview;
  title: string;
  /** The interview's time in the owner's zone. */
  when: string;
  state: string;
  /** "Follow-up note, Tue 10 Mar, 09:00 EDT", or null when the plan has nothing left. */
  next: string | null;
  todos: OwnerTodo[];
  plan: { title: string; when: string; state: string }[];
  /** What was sent and what came back, newest first. */
  history: HistoryEntry[];
}

export interface OwnerPageView {
  owner: Owner;
  now: Date;
  /** Active first (soonest first), then the rest (latest first). */
  interviews: OwnerPageInterview[];
  /** How many things need the owner now, over all interviews. */
  needsYou: number;
  /** Where the owner forwards: the inbound address, and their secret one when they have it. */
  forwardTo: { inbound: string; secret: string | null };
}

function history(interview: Interview, steps: readonly Step[]): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  for (const step of steps) {
    const title = STEP_TITLE[step.kind];
    if (step.remindedAt) {
      entries.push({
        at: step.remindedAt,
        text:
          step.audience === 'interviewer'
            ? `${title}: drafts sent to you for review.`
            : `${title}: reminder sent to you.`,
      });
    }
    const sent = step.drafts.filter(wentOut);
    if (sent.length > 0) {
      const names = sent.map((draft) => oneLine(draft.interviewerName)).join(', ');
      entries.push({ at: step.updatedAt, text: `${title} sent to ${names}.` });
    }
    if (step.status === 'done')
      entries.push({ at: step.updatedAt, text: `${title}: you marked it done.` });
    if (step.status === 'skipped' && step.reason === 'skipped by you') {
      entries.push({ at: step.updatedAt, text: `${title}: you skipped it.` });
    }
  }
  if (interview.status === 'heard_back') {
    entries.push({ at: interview.updatedAt, text: 'They answered: the plan stopped.' });
  } else if (interview.status === 'cancelled') {
    entries.push({ at: interview.updatedAt, text: 'The plan was cancelled.' });
  }
  return entries.sort((a, b) => b.at.localeCompare(a.at));
}

export async function ownerPageView(
  deps: Pick<AppDeps, 'store' | 'clock' | 'config'>,
  owner: Owner,
): Promise<OwnerPageView> {
  const now = deps.clock.now();
  const zone = owner.timezone;
  const when = (iso: string) => formatInstant(iso, zone);
  const plans = await ownerPlans(deps, owner);
  const interviews = plans.map(({ interview, steps }): OwnerPageInterview => {
    const next = interview.status === 'active' ? nextStep(steps) : null;
    return {
      interview,
      title: headline(interview, owner),
      when: when(interview.start),
      state: INTERVIEW_STATE[interview.status],
      next: next ? `${STEP_TITLE[next.kind]}, ${when(next.sendAt ?? next.dueAt)}` : null,
      todos: ownerTodos(interview, steps, now, when),
      plan: [...steps]
        .sort((a, b) => a.dueAt.localeCompare(b.dueAt))
        .map((step) => ({
          title: STEP_TITLE[step.kind],
          when: when(step.sendAt ?? step.dueAt),
          state: stepState(step),
        })),
      history: history(interview, steps),
    };
  });
  const active = interviews
    .filter((i) => i.interview.status === 'active')
    .sort((a, b) => a.interview.start.localeCompare(b.interview.start));
  const rest = interviews
    .filter((i) => i.interview.status !== 'active')
    .sort((a, b) => b.interview.start.localeCompare(a.interview.start));
  return {
    owner,
    now,
    interviews: [...active, ...rest],
    needsYou: interviews.reduce((sum, i) => sum + i.todos.length, 0),
    forwardTo: {
      inbound: deps.config.inboundAddress,
      secret: secretInboundAddress(owner, deps.config.inboundAddress),
    },
  };
}

/** A button of the owner's page: which link page to open, for which interview and step. */
export const OpenRequest = z.strictObject({
  interview: z.string().check(z.minLength(1), z.maxLength(200)),
  step: z.enum(['prep', 'thank_you', 'follow_up', 'call', 'close_out']),
  action: z.enum(DASHBOARD_ACTIONS),
});
export type OpenRequest = z.infer<typeof OpenRequest>;

/**
 * A fresh link to act on one of this owner's interviews (only their hashes are stored, so the
 * page cannot show the links of the emails). Null when the interview is not this owner's: an id
 * typed into the form reaches nothing of anyone else's.
 */
export async function openForOwner(
  deps: Pick<AppDeps, 'store' | 'clock' | 'linkBaseUrl'>,
  owner: Owner,
  request: OpenRequest,
): Promise<string | null> {
  const interview = await deps.store.getInterview(request.interview);
  if (!interview || interview.ownerEmail !== owner.email) return null;
  if (!(await deps.store.getStep(interview.id, request.step))) return null;
  return issueLink(deps, {
    action: request.action,
    ownerEmail: owner.email,
    interviewId: interview.id,
    step: request.step,
  });
}

/** A new private calendar feed address; older ones keep working until they expire. */
export function newCalendarFeed(
  deps: Pick<AppDeps, 'store' | 'clock' | 'linkBaseUrl'>,
  owner: Owner,
): Promise<string> {
  return issueLink(deps, {
    action: 'calendar_feed',
    ownerEmail: owner.email,
    interviewId: null,
    step: null,
  });
}
