// What emails and pages say about the close-out, from the plan as it stands. Its own module, so
// the link pages can say it without loading the email templates.
import type { Owner, Step } from '#core/domain.js';
import { formatDay } from './format-time.js';

/** Step states the plan still shows as coming (the rest were sent, skipped or stopped). */
export const VISIBLE_IN_PLAN: ReadonlySet<Step['status']> = new Set([
  'scheduled',
  'reminded',
  'approved',
  'sending',
  'snoozed',
]);

function visibleCloseOut(steps: readonly Step[]): Step | undefined {
  return steps.find((s) => s.kind === 'close_out' && VISIBLE_IN_PLAN.has(s.status));
}

/** The close-out agrees with the answer date: it comes on or after it, and the email says when. */
export function closeOutLine(steps: readonly Step[], owner: Owner): string {
  const closeOut = visibleCloseOut(steps);
  if (!closeOut) return '';
  return ` If no one has answered by then, the close-out on ${formatDay(closeOut.dueAt, owner.timezone)} says it's time to move on.`;
}

/** When the close-out comes, as the plan has it, so no email promises another date. */
export function closeOutWhen(steps: readonly Step[], owner: Owner): string {
  const closeOut = visibleCloseOut(steps);
  return closeOut
    ? `If nothing comes back, the close-out on ${formatDay(closeOut.dueAt, owner.timezone)} tells you it's time to move on.`
    : "If nothing comes back, it's time to move on.";
}
