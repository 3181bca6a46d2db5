// How each step of the plan is named to the owner, in emails and on the pages.
import { isDayOffShift } from '#core/day-off-shift.js';
import type { Step, StepKind } from '#core/domain.js';

export const STEP_TITLE: Record<StepKind, string> = {
  prep: 'Prep reminder',
  thank_you: 'Thank-you note',
  follow_up: 'Follow-up note',
  call: 'One call',
  close_out: 'Close-out',
};

export const STEP_PLAN_LINE: Record<StepKind, string> = {
  prep: 'What to ask in the interview: the decision timeline, everyone’s email address.',
  thank_you: 'A short thank-you per interviewer, ready for you to review and send.',
  follow_up: 'A note that says you’re still interested and happy to answer questions.',
  call: 'A nudge to make one short call, with a voicemail script.',
  close_out: 'If they haven’t answered by then: time to move on.',
};

/** "This reminder was moved to Monday 28 December: …." for a step moved off days off; else null. */
export function shiftSentence(step: Pick<Step, 'reason'>, what = 'This reminder'): string | null {
  return isDayOffShift(step.reason) ? `${what} was ${step.reason}.` : null;
}

/** "Prep reminder: skipped, its time has passed." for a step the plan will not send. */
export function skippedLine(step: Pick<Step, 'kind' | 'reason'>): string {
  return `${STEP_TITLE[step.kind]}: skipped${step.reason ? `, ${step.reason}` : ''}.`;
}

/** The first name to greet someone by: "Dr. Jane Smith" → "Dr. Smith", "Sam Lee" → "Sam". */
export function greetingName(fullName: string): string {
  const parts = fullName.trim().split(/\s+/).filter(Boolean);
  const first = parts[0] ?? '';
  if (/^(dr|mr|mrs|ms|mx|prof)\.?$/i.test(first) && parts.length > 1) {
    return `${first} ${parts[parts.length - 1]}`;
  }
  return first;
}

/** Collapses whitespace, including CR/LF, to single spaces: for subjects and one-line fields. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
