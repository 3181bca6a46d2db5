// The answers to an owner's email commands: plain text, short, always to the owner alone.
import { FINAL_STEP_STATUSES, type Interview, type Owner, type Step } from '#core/domain.js';
import type { OwnerCommand } from '#core/inbound/owner-command.js';
import type { OutgoingEmail } from '#ports/mailer.js';
import { formatInstant } from '#render/format-time.js';
import { STEP_TITLE } from '#render/step-copy.js';
import { headline, noteToOwner } from './compose.js';
import type { AppDeps } from './deps.js';
import { ownerPageLink } from './links.js';
import type { InterviewPlan } from './owner-plans.js';

type ComposeDeps = Pick<AppDeps, 'config' | 'store' | 'clock' | 'linkBaseUrl'>;

const INTERVIEW_STATE: Record<Interview['status'], string> = {
  active: 'plan running',
  heard_back: 'you heard back; nothing more goes out',
  cancelled: 'cancelled; its plan is stopped',
  closed: 'closed; no answer came, time to move on',
};

/** A prep or close-out reminder that went out asks nothing more of anyone. */
const SETTLED_ONCE_REMINDED = new Set(['prep', 'close_out']);

/** The step that fires next (or waits for the owner), or null when the plan has nothing left. */
export function nextStep(steps: readonly Step[]): Step | null {
  const pending = steps.filter(
    (step) =>
      !FINAL_STEP_STATUSES.includes(step.status) &&
      !(step.status === 'reminded' && SETTLED_ONCE_REMINDED.has(step.kind)),
  );
  pending.sort((a, b) => Date.parse(a.sendAt ?? a.dueAt) - Date.parse(b.sendAt ?? b.dueAt));
  return pending[0] ?? null;
}

function statusLines(owner: Owner, plans: readonly InterviewPlan[]): string[] {
  if (plans.length === 0) return ['You have no interviews logged yet.'];
  return plans.flatMap(({ interview, steps }) => {
    const next = interview.status === 'active' ? nextStep(steps) : null;
    return [
      `- ${headline(interview, owner)}, ${formatInstant(interview.start, owner.timezone)}: ${INTERVIEW_STATE[interview.status]}.`,
      next
        ? `  Next: ${STEP_TITLE[next.kind]}, ${formatInstant(next.sendAt ?? next.dueAt, owner.timezone)}${next.status === 'reminded' ? ' (waiting for you)' : ''}.`
        : '  Next: nothing.',
    ];
  });
}

function helpLines(config: ComposeDeps['config']): string[] {
  return [
    `Forward each interview invitation or confirmation to ${config.inboundAddress}: followup logs it, answers with the plan, and reminds you of each step (prep, thank-you notes, a follow-up, one call, the close-out) with drafts you approve.`,
    'Forward a cancellation or a new time the same way, and an interviewer’s answer when it reaches you directly.',
    '',
    `Or write to ${config.inboundAddress} with one word as the subject:`,
    '  status  your interviews and what happens next',
    '  pause   nothing is sent or reminded until you resume (a holiday, or once hired)',
    '  resume  everything paused goes out again',
    '  help    this message',
  ];
}

export async function composeCommandReply(
  deps: ComposeDeps,
  owner: Owner,
  command: OwnerCommand,
  plans: readonly InterviewPlan[],
): Promise<OutgoingEmail> {
  const paused = owner.paused
    ? ['Your reminders are paused: write "resume" to let them go.', '']
    : [];
  const body: Record<OwnerCommand, { subject: string; lines: string[] }> = {
    status: { subject: 'Your interviews', lines: [...paused, ...statusLines(owner, plans)] },
    help: { subject: 'How followup works', lines: helpLines(deps.config) },
    pause: {
      subject: 'Paused',
      lines: [
        'Paused: followup sends no reminder and no draft, to you or to anyone, until you resume.',
        'Nothing is lost: what falls due meanwhile waits, and goes out when you write "resume".',
      ],
    },
    resume: {
      subject: 'Resumed',
      lines: ['Resumed: your plans run again; anything that fell due while paused goes out now.'],
    },
  };
  const { subject, lines } = body[command];
  const ownerPageUrl = await ownerPageLink(deps, owner.email);
  return noteToOwner(deps.config, owner, { subject, lines, ownerPageUrl });
}
