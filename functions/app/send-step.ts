// Approve & send: the only path by which anything reaches an interviewer. Exactly once, even
// across crashes: the step moves approved → sending by compare-and-set under a run id BEFORE the
// Mailer is called, each draft's attempt is recorded before its provider call and its Message-ID
// right after. A provider refusal puts the step back to approved with the error; a draft whose
// attempt has no Message-ID (the run died in between, or the call failed with an unknown
// outcome) goes again only when the owner says so.
import { randomUUID } from 'node:crypto';
import * as z from 'zod/mini';
import {
  Draft,
  type Interview,
  type Owner,
  type Step,
  type StepKind,
  type StepStatus,
} from '#core/domain.js';
import { errorMessage } from '#core/error-message.js';
import { publicHolidays } from '#core/public-holidays.js';
import { scheduleName, sendTakeoverName } from '#core/schedule-name.js';
import {
  leaseExpired,
  mayHaveGoneOut,
  STEP_LEASE_MS,
  uncertainDrafts,
  wentOut,
} from '#core/send-lease.js';
import { nextSendMomentForAll } from '#core/send-window.js';
import type { Clock } from '#ports/clock.js';
import type { Steps } from '#ports/steps.js';
import { placeholdersIn, selectedDrafts } from '#render/draft-text.js';
import { mailbox, seekerName } from '#render/person-name.js';
import { askOwnerToDecide } from './ask-owner-to-decide.js';
import { attemptSend } from './attempt-send.js';
import type { AppDeps } from './deps.js';
import { recipientZones } from './recipient-zones.js';

export type SendOutcome =
  | { status: 'sent'; messageIds: string[] }
  /** Some drafts may have gone out before a run died: they wait on the owner (`names`). */
  | { status: 'unsure'; names: string[] }
  | { status: 'already_sent' | 'heard_back' | 'not_approved' | 'in_progress' }
  | { status: 'failed'; error: string };

export type ApproveResult = {
  status:
    | 'sent'
    | 'queued'
    | 'failed'
    | 'already_sent'
    | 'in_progress'
    | 'heard_back'
    | 'not_approvable'
    | 'no_recipients'
    | 'unsure';
  sendAt?: string;
  outcome: SendOutcome | null;
};

/**
 * A step found in 'sending': while the lease runs, another run is sending it; after, that run
 * died and the step goes back to approved for the caller to finish. Drafts that went out keep
 * their Message-ID, and drafts handed to the provider keep their attempt: neither is sent again
 * without the owner.
 */
export async function takeOverStaleSend(
  deps: { store: Steps; clock: Clock },
  step: Step,
): Promise<'in_progress' | 'taken_over'> {
  const now = deps.clock.now();
  if (!leaseExpired(step, now)) return 'in_progress';
  await deps.store.transitionStep(
    step.interviewId,
    step.kind,
    ['sending'],
    'approved',
    { lastError: 'the send was interrupted', sendRun: null, updatedAt: now.toISOString() },
    // Only the dead run's hold: a concurrent takeover that already re-claimed it keeps it.
    step.sendRun ?? undefined,
  );
  return 'taken_over';
}

/** Steps whose drafts go to interviewers. */
export const OUTREACH_KINDS: readonly StepKind[] = ['thank_you', 'follow_up'];

export function ownerOf(
  deps: Pick<AppDeps, 'owners'>,
  interview: Interview,
): Promise<Owner | null> {
  return deps.owners.get(interview.ownerEmail);
}

/** Header-safe single line (the Mailer adapter escapes too; this keeps the stored draft honest). */
function headerSafeLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').trim();
}

/** What a step that cannot be sent now reports, from its current status. */
function outcomeOfStatus(step: Step | null): SendOutcome {
  if (!step) return { status: 'not_approved' };
  if (step.status === 'sent') return { status: 'already_sent' };
  if (step.status === 'sending') return { status: 'in_progress' };
  return { status: 'not_approved' };
}

/** Names of the people whose drafts may already have gone out. */
export function uncertainNames(drafts: readonly Draft[]): string[] {
  return uncertainDrafts(drafts).map((draft) => draft.interviewerName);
}

/**
 * Sends an approved step's drafts, each at most once even across crashes. The step is claimed
 * (approved → sending) under a fresh run id, and every later write is conditional on that run
 * still holding it. Before each provider call the draft's attempt is recorded; a draft found
 * attempted but without a Message-ID is never sent again here: it waits on the owner.
 */
export async function sendApprovedStep(
  deps: AppDeps,
  interviewId: string,
  kind: StepKind,
): Promise<SendOutcome> {
  const interview = await deps.store.getInterview(interviewId);
  if (!interview) return { status: 'failed', error: 'interview not found' };
  if (interview.status === 'heard_back') return { status: 'heard_back' };
  if (interview.status !== 'active') return { status: 'not_approved' };
  const owner = await ownerOf(deps, interview);
  if (!owner) return { status: 'failed', error: 'the interview owner is not configured' };

  const run = randomUUID();
  const claim = await deps.store.transitionStep(interviewId, kind, ['approved'], 'sending', {
    sendRun: run,
    updatedAt: deps.clock.now().toISOString(),
  });
  if (!claim.won) return outcomeOfStatus(claim.current);
  /** A write of this run, only while it still holds the step. */
  const held = (to: StepStatus, patch: Partial<Step>) =>
    deps.store.transitionStep(
      interviewId,
      kind,
      ['sending'],
      to,
      {
        ...patch,
        ...(to === 'sending' ? {} : { sendRun: null }),
        updatedAt: deps.clock.now().toISOString(),
      },
      run,
    );
  const lost = (): SendOutcome => {
    deps.log.warn('send_taken_over', { interviewId, step: kind });
    return { status: 'in_progress' };
  };
  let drafts = claim.value.drafts.map((draft) => ({ ...draft }));

  // The cap on outreach per interview, counted over the other steps that already went out.
  const others = await deps.store.listSteps(interviewId);
  const sentSteps = others.filter(
    (step) => step.kind !== kind && step.audience === 'interviewer' && step.status === 'sent',
  ).length;
  if (sentSteps >= deps.config.playbook.maxInterviewerSends) {
    const error = `at most ${deps.config.playbook.maxInterviewerSends} sends per interview`;
    await held('skipped', { lastError: error });
    return { status: 'failed', error };
  }

  const signer = seekerName(owner, interview);
  const messageIds = drafts.flatMap((draft) => (draft.sentMessageId ? [draft.sentMessageId] : []));
  for (const [index, draft] of drafts.entries()) {
    // An unticked recipient never gets the draft; one that may have it already waits on the owner.
    if (!draft.interviewerEmail || wentOut(draft) || draft.selected === false) continue;
    if (mayHaveGoneOut(draft)) continue;
    const attemptedAt = deps.clock.now().toISOString();
    drafts = drafts.map((d, i) => (i === index ? { ...d, attemptedAt } : d));
    if (!(await held('sending', { drafts })).won) return lost();
    const attempt = await attemptSend(deps.mailer, {
      origin: 'owner',
      from: mailbox(signer, owner.sendingAddress),
      to: [mailbox(draft.interviewerName, draft.interviewerEmail)],
      replyTo: [mailbox(signer, owner.sendingAddress)],
      bcc: [mailbox(signer, owner.email)],
      subject: headerSafeLine(draft.subject),
      text: draft.body,
    });
    if (attempt.outcome === 'refused') {
      // The provider refused it before accepting: it did not go out, its attempt is withdrawn.
      const { error, reason } = attempt;
      deps.log.error('send_failed', { interviewId, step: kind, error, reason });
      drafts = drafts.map((d, i) => (i === index ? { ...d, attemptedAt: null } : d));
      await held('approved', { drafts, lastError: error });
      return { status: 'failed', error };
    }
    if (attempt.outcome === 'unknown') {
      // It may have gone out (the answer was lost after the provider had it): the attempt
      // stays, so it waits on the owner like a draft whose run died; the others still go.
      deps.log.warn('send_outcome_unknown', { interviewId, step: kind, error: attempt.error });
      continue;
    }
    const { sent } = attempt;
    // The reply-matching record first: it holds even if this run lost the step meanwhile.
    await deps.store.putSentMessage({
      messageId: sent.messageId,
      interviewId,
      ownerEmail: owner.email,
      step: kind,
      recipient: draft.interviewerEmail,
      sentAt: deps.clock.now().toISOString(),
    });
    drafts = drafts.map((d, i) => (i === index ? { ...d, sentMessageId: sent.messageId } : d));
    messageIds.push(sent.messageId);
    // Recorded before the next draft goes out, so a crash never re-sends this one.
    if (!(await held('sending', { drafts })).won) return lost();
  }

  const names = uncertainNames(drafts);
  if (names.length > 0) {
    const parked = await held('approved', {
      drafts,
      sendAt: null,
      lastError: `may already have reached ${names.join(', ')}`,
    });
    deps.log.warn('send_unsure', { interviewId, step: kind, drafts: names.length });
    // Only the run that parked the step asks; the claim inside keeps it to one email.
    if (parked.won) {
      // The step is parked safely whatever happens to this email: the page still asks.
      await askOwnerToDecide(deps, owner, interview, kind, uncertainDrafts(drafts)).catch(
        (cause: unknown) =>
          deps.log.error('send_decision_ask_failed', {
            interviewId,
            step: kind,
            error: errorMessage(cause),
          }),
      );
    }
    return { status: 'unsure', names };
  }
  await held('sent', { drafts, sendAt: null, lastError: null });
  deps.log.info('step_sent', { interviewId, step: kind, messages: messageIds.length });
  return { status: 'sent', messageIds };
}

/** After the lease, with room for the scheduler's own delay. */
const TAKEOVER_AFTER_MS = STEP_LEASE_MS + 60_000;

/** The takeover schedule of a send claimed at `claimedAt`: it fires once that claim is stale. */
export async function scheduleTakeover(
  deps: Pick<AppDeps, 'scheduler'>,
  owner: Owner,
  interviewId: string,
  kind: StepKind,
  claimedAt: Date,
): Promise<string> {
  const name = sendTakeoverName(interviewId, kind);
  await deps.scheduler.schedule({
    name,
    at: new Date(claimedAt.getTime() + TAKEOVER_AFTER_MS),
    timezone: owner.timezone,
    payload: { interviewId, step: kind },
  });
  return name;
}

/**
 * Sends an approved step now, inside a safety net: a schedule created before the send and
 * deleted after it, so if this run dies the step function takes the send over after the lease
 * (without resending what may have gone out) instead of leaving it to the owner.
 */
export async function sendWithTakeover(
  deps: AppDeps,
  owner: Owner,
  interviewId: string,
  kind: StepKind,
  approve: () => Promise<boolean>,
): Promise<SendOutcome | null> {
  const name = await scheduleTakeover(deps, owner, interviewId, kind, deps.clock.now());
  if (!(await approve())) return null;
  const outcome = await sendApprovedStep(deps, interviewId, kind);
  // Another run holds the send: the net stays for it.
  if (outcome.status !== 'in_progress') await deps.scheduler.cancel(name);
  return outcome;
}

const DraftsInput = z.array(Draft).check(z.minLength(1), z.maxLength(20));

/**
 * Saves the edited drafts and approves the step; sends at once when the interviewers' business
 * hours are open (or `sendNow`), else queues the send for the next opening.
 */
export async function approveStep(
  deps: AppDeps,
  interviewId: string,
  kind: StepKind,
  drafts: Draft[],
  options: { sendNow: boolean },
): Promise<ApproveResult> {
  const interview = await deps.store.getInterview(interviewId);
  if (!interview) return { status: 'not_approvable', outcome: null };
  if (interview.status === 'heard_back') return { status: 'heard_back', outcome: null };
  if (interview.status !== 'active') return { status: 'not_approvable', outcome: null };
  const owner = await ownerOf(deps, interview);
  const step = await deps.store.getStep(interviewId, kind);
  if (!owner || !step || step.audience !== 'interviewer') {
    return { status: 'not_approvable', outcome: null };
  }
  if (step.status === 'sent') return { status: 'already_sent', outcome: null };
  // A send whose run died is finished by the owner approving again.
  if (step.status === 'sending' && (await takeOverStaleSend(deps, step)) === 'in_progress') {
    return { status: 'in_progress', outcome: null };
  }

  const parsed = DraftsInput.safeParse(drafts);
  if (!parsed.success) return { status: 'no_recipients', outcome: null };
  // A draft that already went out (a partial earlier send) keeps its Message-ID, and one that
  // may have gone out keeps its attempt: never twice without the owner saying so.
  const edited = parsed.data.map((draft) => {
    const earlier = step.drafts.find(
      (d) =>
        d.interviewerEmail === draft.interviewerEmail &&
        (d.sentMessageId || d.attemptedAt || d.confirmedByOwnerAt),
    );
    return {
      ...draft,
      subject: headerSafeLine(draft.subject),
      sentMessageId: earlier?.sentMessageId ?? null,
      attemptedAt: earlier?.attemptedAt ?? null,
      confirmedByOwnerAt: earlier?.confirmedByOwnerAt ?? null,
    };
  });
  if (!selectedDrafts(edited).some((draft) => draft.interviewerEmail)) {
    return { status: 'no_recipients', outcome: null };
  }
  // A marked gap ("[one thing you talked about with Ines]") never reaches an interviewer.
  const gap = selectedDrafts(edited).flatMap((draft) =>
    placeholdersIn(`${draft.subject}\n${draft.body}`),
  )[0];
  if (gap) {
    return { status: 'failed', outcome: { status: 'failed', error: `a draft still has ${gap}` } };
  }

  const now = deps.clock.now();
  const playbook = deps.config.playbook;
  // Never on a weekend or a public holiday where a recipient is.
  const opening = nextSendMomentForAll(
    now,
    recipientZones(interview, edited),
    playbook.interviewerBusinessHours,
    playbook.businessDays,
    await publicHolidays(),
  );
  const sendNow = options.sendNow || opening.getTime() <= now.getTime();
  const sendAt = sendNow ? null : opening.toISOString();
  const name = scheduleName(interviewId, kind);

  const approve = async (): Promise<ApproveResult | null> => {
    const approved = await deps.store.transitionStep(
      interviewId,
      kind,
      ['scheduled', 'reminded', 'snoozed', 'approved'],
      'approved',
      {
        drafts: edited,
        // Sending now is due now: a takeover of a run that dies before its claim sends it.
        sendAt: sendAt ?? now.toISOString(),
        lastError: null,
        updatedAt: now.toISOString(),
        ...(sendAt ? { scheduleName: name } : {}),
      },
    );
    if (approved.won) return null;
    const current = outcomeOfStatus(approved.current);
    if (current.status === 'already_sent' || current.status === 'in_progress') {
      return { status: current.status, outcome: null };
    }
    return { status: 'not_approvable', outcome: null };
  };

  if (sendAt) {
    const refused = await approve();
    if (refused) return refused;
    // The step's one schedule moves to the opening; fireStep sends when it arrives.
    await deps.scheduler.schedule({
      name,
      at: opening,
      timezone: owner.timezone,
      payload: { interviewId, step: kind },
    });
    deps.log.info('send_queued', { interviewId, step: kind, sendAt });
    return { status: 'queued', sendAt, outcome: null };
  }
  let refused: ApproveResult | null = null;
  const outcome = await sendWithTakeover(deps, owner, interviewId, kind, async () => {
    refused = await approve();
    return refused === null;
  });
  if (!outcome) return refused ?? { status: 'not_approvable', outcome: null };
  if (outcome.status === 'failed') {
    // Nothing is due any more: the owner reads why on the page and approves again.
    await deps.store.transitionStep(interviewId, kind, ['approved'], 'approved', { sendAt: null });
  }
  return { status: approveStatus(outcome), outcome };
}

function approveStatus(outcome: SendOutcome): ApproveResult['status'] {
  switch (outcome.status) {
    case 'sent':
    case 'failed':
    case 'already_sent':
    case 'in_progress':
    case 'heard_back':
    case 'unsure':
      return outcome.status;
    case 'not_approved':
      return 'not_approvable';
  }
}

/**
 * The owner's answer to "this may already have reached Ines: send again?". `attempts` are the
 * attempt stamps the page showed, by draft index: only those drafts are decided, so a page
 * answered late never decides an attempt made after it was shown. `resend` clears their attempt
 * and sends now; `keep` records them as sent, confirmed by the owner (they count as delivered:
 * the close-out and the owner's page name those people as thanked), and finishes the rest.
 */
export async function decideUncertainSend(
  deps: AppDeps,
  interviewId: string,
  kind: StepKind,
  decision: 'resend' | 'keep',
  attempts: ReadonlyMap<number, string>,
): Promise<ApproveResult> {
  const interview = await deps.store.getInterview(interviewId);
  if (!interview) return { status: 'not_approvable', outcome: null };
  if (interview.status === 'heard_back') return { status: 'heard_back', outcome: null };
  const owner = await ownerOf(deps, interview);
  const step = await deps.store.getStep(interviewId, kind);
  if (interview.status !== 'active' || !owner || !step) {
    return { status: 'not_approvable', outcome: null };
  }
  if (step.status !== 'approved') {
    const current = outcomeOfStatus(step);
    const status = current.status === 'not_approved' ? 'not_approvable' : current.status;
    return { status: status as ApproveResult['status'], outcome: null };
  }
  let decided = 0;
  const now = deps.clock.now().toISOString();
  const drafts = step.drafts.map((draft, index) => {
    if (!mayHaveGoneOut(draft) || draft.selected === false) return draft;
    if (attempts.get(index) !== draft.attemptedAt) return draft;
    decided += 1;
    // "It went out": recorded as sent, confirmed by the owner, with no Message-ID.
    return decision === 'resend'
      ? { ...draft, attemptedAt: null }
      : { ...draft, confirmedByOwnerAt: now };
  });
  const names = uncertainNames(drafts);
  if (decided === 0) {
    return names.length > 0
      ? { status: 'unsure', outcome: { status: 'unsure', names } }
      : { status: 'not_approvable', outcome: null };
  }
  deps.log.info('send_decided', { interviewId, step: kind, decision, drafts: decided });
  let refused: ApproveResult | null = null;
  const outcome = await sendWithTakeover(deps, owner, interviewId, kind, async () => {
    const written = await deps.store.transitionStep(interviewId, kind, ['approved'], 'approved', {
      drafts,
      sendAt: now,
      lastError: null,
      updatedAt: now,
    });
    if (!written.won) {
      const current = outcomeOfStatus(written.current);
      refused = {
        status: current.status === 'not_approved' ? 'not_approvable' : current.status,
        outcome: null,
      } as ApproveResult;
    }
    return written.won;
  });
  if (!outcome) return refused ?? { status: 'not_approvable', outcome: null };
  if (outcome.status === 'failed') {
    await deps.store.transitionStep(interviewId, kind, ['approved'], 'approved', { sendAt: null });
  }
  return { status: approveStatus(outcome), outcome };
}
