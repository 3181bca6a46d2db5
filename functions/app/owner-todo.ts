// What an interview needs from its owner right now, in words, with the link page that acts on
// it; and how each state reads to a person. The owner's page and the dev dashboard show these.
import type { Interview, InterviewStatus, Step, StepKind, StepStatus } from '#core/domain.js';
import type { LinkAction } from '#core/records.js';
import { uncertainDrafts } from '#core/send-lease.js';

/** The link pages the dashboard opens for the owner. */
export const DASHBOARD_ACTIONS = ['approve', 'done', 'snooze', 'add_notes'] as const;
export type DashboardAction = (typeof DASHBOARD_ACTIONS)[number] & LinkAction;

export interface OwnerTodo {
  step: StepKind;
  /** One sentence: what to do. */
  text: string;
  actions: { action: DashboardAction; label: string }[];
}

export const INTERVIEW_STATE: Record<InterviewStatus, string> = {
  active: 'Plan running',
  heard_back: 'They answered: plan stopped',
  cancelled: 'Cancelled: plan stopped',
  closed: 'Closed',
};

export function stepState(step: Step): string {
  const words: Record<StepStatus, string> = {
    scheduled: 'Planned',
    reminded: step.audience === 'interviewer' ? 'Draft waiting for you' : 'Reminder sent',
    approved: 'Approved, queued to send',
    sending: 'Sending',
    sent: 'Sent',
    done: 'Done',
    skipped: 'Skipped',
    cancelled: 'Cancelled',
    snoozed: 'Snoozed',
  };
  return words[step.status];
}

function draftTodo(step: Step, noun: string, formatWhen: (iso: string) => string): OwnerTodo {
  const count = step.drafts.length;
  const drafts = count > 1 ? `${count} drafts` : 'a draft';
  const unsure = uncertainDrafts(step.drafts).map((draft) => draft.interviewerName);
  if (step.status === 'approved' && unsure.length > 0) {
    return {
      step: step.kind,
      text: `Your ${noun} may already have reached ${unsure.join(' and ')} (the sending stopped midway): say whether to send it again.`,
      actions: [{ action: 'approve', label: 'Decide' }],
    };
  }
  if (step.status === 'approved' && step.sendAt) {
    return {
      step: step.kind,
      text: `Your ${noun} is approved and goes out ${formatWhen(step.sendAt)}, inside their business hours.`,
      actions: [{ action: 'approve', label: 'Review or send now' }],
    };
  }
  return {
    step: step.kind,
    text: `Your ${noun} is ready: ${drafts} to review and send.`,
    actions: [{ action: 'approve', label: 'Review & send' }],
  };
}

/** What needs the owner now, most urgent first; empty when nothing does. */
export function ownerTodos(
  interview: Interview,
  steps: readonly Step[],
  now: Date,
  formatWhen: (iso: string) => string,
): OwnerTodo[] {
  if (interview.status !== 'active') return [];
  const todos: OwnerTodo[] = [];
  for (const step of [...steps].sort((a, b) => a.dueAt.localeCompare(b.dueAt))) {
    const waiting =
      step.status === 'reminded' ||
      (step.status === 'approved' && (!!step.sendAt || uncertainDrafts(step.drafts).length > 0));
    if (!waiting) continue;
    switch (step.kind) {
      case 'thank_you':
        todos.push(draftTodo(step, 'thank-you note', formatWhen));
        break;
      case 'follow_up':
        todos.push(draftTodo(step, 'follow-up note', formatWhen));
        break;
      case 'call': {
        const callee = interview.interviewers[0]?.name ?? 'the hiring manager';
        todos.push({
          step: step.kind,
          text: `Make one call to ${callee} (the reminder email has a voicemail script).`,
          actions: [
            { action: 'done', label: 'I made the call' },
            { action: 'snooze', label: 'Snooze' },
          ],
        });
        break;
      }
      case 'prep':
        if (Date.parse(interview.start) > now.getTime()) {
          todos.push({
            step: step.kind,
            text: 'Before the interview: plan to ask for the decision timeline and everyone’s email address, then add them here.',
            actions: [{ action: 'add_notes', label: 'Add notes' }],
          });
        }
        break;
      case 'close_out':
        break;
    }
  }
  return todos;
}

/** The next planned step, for "nothing needs you now". */
export function nextPlanned(steps: readonly Step[]): Step | null {
  return (
    [...steps]
      .filter((s) => s.status === 'scheduled' || s.status === 'snoozed')
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0] ?? null
  );
}
