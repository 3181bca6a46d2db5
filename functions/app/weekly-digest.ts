// The optional weekly digest (off unless the owner switches it on): what needs them now and what
// comes in the week ahead, with the link to their page. One schedule per owner, moved to the next
// Monday morning after each run; a run claims its (owner, week) first, so a repeated or late
// delivery of the same week's schedule sends nothing more.
import { digestWeek, nextDigestAt } from '#core/digest-week.js';
import type { Owner } from '#core/domain.js';
import { wakingHoursOf } from '#core/planner.js';
import { digestScheduleName } from '#core/schedule-name.js';
import type { OutgoingEmail } from '#ports/mailer.js';
import type { DigestEvent } from '#ports/scheduler.js';
import { formatInstant } from '#render/format-time.js';
import { STEP_TITLE } from '#render/step-copy.js';
import { headline, noteToOwner } from './compose.js';
import type { AppDeps } from './deps.js';
import { ownerPageLink } from './links.js';
import { ownerPlans } from './owner-plans.js';
import { ownerTodos } from './owner-todo.js';

const WEEK_MS = 7 * 24 * 60 * 60_000;
/** A week's claim is kept a while after the week, then the table's TTL removes it. */
const CLAIM_DAYS = 30;

/** Creates, moves or deletes the owner's digest schedule to match their setting. */
export async function syncDigestSchedule(
  deps: Pick<AppDeps, 'scheduler' | 'clock' | 'config'>,
  owner: Owner,
): Promise<void> {
  const name = digestScheduleName(owner.email);
  if (!owner.weeklyDigest) {
    await deps.scheduler.cancel(name);
    return;
  }
  await deps.scheduler.schedule({
    name,
    at: nextDigestAt(deps.clock.now(), owner.timezone, wakingHoursOf(owner, deps.config.playbook)),
    timezone: owner.timezone,
    payload: { kind: 'digest', ownerEmail: owner.email },
  });
}

export async function composeDigest(
  deps: Pick<AppDeps, 'store' | 'clock' | 'config' | 'linkBaseUrl'>,
  owner: Owner,
): Promise<OutgoingEmail> {
  const now = deps.clock.now();
  const weekEnd = now.getTime() + WEEK_MS;
  const when = (iso: string) => formatInstant(iso, owner.timezone);
  const needs: string[] = [];
  const coming: { at: string; line: string }[] = [];
  for (const { interview, steps } of await ownerPlans(deps, owner)) {
    if (interview.status !== 'active') continue;
    const title = headline(interview, owner);
    for (const todo of ownerTodos(interview, steps, now, when)) {
      needs.push(`- ${title}: ${todo.text}`);
    }
    const start = Date.parse(interview.start);
    if (start > now.getTime() && start <= weekEnd) {
      coming.push({ at: interview.start, line: `- ${when(interview.start)}: interview, ${title}` });
    }
    for (const step of steps) {
      if (step.status !== 'scheduled' && step.status !== 'snoozed') continue;
      const at = Date.parse(step.dueAt);
      if (at > now.getTime() && at <= weekEnd) {
        coming.push({
          at: step.dueAt,
          line: `- ${when(step.dueAt)}: ${STEP_TITLE[step.kind]}, ${title}`,
        });
      }
    }
  }
  coming.sort((a, b) => a.at.localeCompare(b.at));
  const ownerPageUrl = await ownerPageLink(deps, owner.email);
  const lines = [
    ...(owner.paused
      ? ['Your reminders are paused: nothing goes out until you resume on your page.', '']
      : []),
    'NEEDS YOU NOW',
    ...(needs.length > 0 ? needs : ['- Nothing.']),
    '',
    'THIS WEEK',
    ...(coming.length > 0 ? coming.map((c) => c.line) : ['- Nothing planned.']),
    '',
    `Act on any of it from your page: ${ownerPageUrl}`,
    '',
    'You get this weekly digest because you switched it on. Switch it off in the settings on your page.',
  ];
  const subject =
    needs.length > 0
      ? `Your week: ${needs.length} ${needs.length === 1 ? 'thing needs' : 'things need'} you`
      : 'Your week ahead';
  return noteToOwner(deps.config, owner, { subject, lines, ownerPageUrl });
}

export type DigestOutcome = 'sent' | 'duplicate' | 'digest_off' | 'no_owner' | 'paused';

export async function sendWeeklyDigest(
  deps: AppDeps,
  event: DigestEvent,
): Promise<{ outcome: DigestOutcome }> {
  const outcome = await runDigest(deps, event);
  deps.log.info('digest_fired', { outcome });
  return { outcome };
}

async function runDigest(deps: AppDeps, event: DigestEvent): Promise<DigestOutcome> {
  const owner = await deps.owners.get(event.ownerEmail);
  if (!owner) return 'no_owner';
  // Switched off since it was scheduled: nothing, and no next one.
  if (!owner.weeklyDigest) return 'digest_off';
  const now = deps.clock.now();
  const claimId = `digest#${owner.email}#${digestWeek(now, owner.timezone)}`;
  // The ledger's claim (with its done state) serves here as for inbound mail: the first run of
  // the week sends; a run that died before finishing is redone (the owner may, rarely, get it
  // twice; never none); a finished week sends nothing more.
  const claimed = await deps.store.claimInbound(
    claimId,
    new Date(now.getTime() + CLAIM_DAYS * 24 * 60 * 60_000).toISOString(),
  );
  if (!claimed && (await deps.store.getInbound(claimId))?.state === 'done') {
    await syncDigestSchedule(deps, owner);
    return 'duplicate';
  }
  let outcome: DigestOutcome = 'paused';
  if (!owner.paused) {
    await deps.mailer.send(await composeDigest(deps, owner));
    outcome = 'sent';
  }
  await deps.store.completeInbound(claimId, outcome);
  await syncDigestSchedule(deps, owner);
  return outcome;
}
