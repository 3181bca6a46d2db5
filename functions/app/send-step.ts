// Approve & send: the only path by which anything reaches an interviewer. Exactly once: the step
// moves approved → sending by compare-and-set BEFORE the Mailer is called, each sent draft is
// recorded at once, and a failure puts the step back to approved with the error.
import * as z from 'zod';
import { Draft, type Interview, type Owner, type Step, type StepKind } from '#core/domain.js';
import { errorMessage } from '#core/error-message.js';
import { scheduleName } from '#core/schedule-name.js';
import { nextSendMomentForAll } from '#core/send-window.js';
import type { Clock } from '#ports/clock.js';
import type { Steps } from '#ports/steps.js';
import { placeholdersIn, selectedDrafts } from '#render/draft-text.js';
import { mailbox, seekerName } from '#render/person-name.js';
import type { AppDeps } from './deps.js';

export type SendOutcome =
  | { status: 'sent'; messageIds: string[] }
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
    | 'no_recipients';
  sendAt?: string;
  outcome: SendOutcome | null;
};

/**
 * How long a claimed step (reminded but not yet mailed, or sending) belongs to the run that
 * claimed it. Longer than any function timeout: after it, that run is known to be dead.
 */
export const STEP_LEASE_MS = 5 * 60_000;

/** The run that claimed `step` (at its last update) is past its lease: it died. */
export function leaseExpired(step: Pick<Step, 'updatedAt'>, now: Date): boolean {
  return now.getTime() - Date.parse(step.updatedAt) >= STEP_LEASE_MS;
}

/**
 * A step found in 'sending': while the lease runs, another run is sending it; after, that run
 * died and the step goes back to approved for the caller to finish. Drafts that went out keep
 * their Message-ID and are not sent again.
 */
export async function takeOverStaleSend(
  deps: { store: Steps; clock: Clock },
  step: Step,
): Promise<'in_progress' | 'taken_over'> {
  const now = deps.clock.now();
  if (!leaseExpired(step, now)) return 'in_progress';
  await deps.store.transitionStep(step.interviewId, step.kind, ['sending'], 'approved', {
    lastError: 'the send was interrupted',
    updatedAt: now.toISOString(),
  });
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

/** Zones of the people the drafts go to: each interviewer's own, else the interview's. */
export function recipientZones(interview: Interview, drafts: readonly Draft[]): string[] {
  const zones = selectedDrafts(drafts)
    .filter((draft) => draft.interviewerEmail)
    .map((draft) => {
      const person = interview.interviewers.find((p) => p.email === draft.interviewerEmail);
      return person?.timezone ?? interview.timezone;
    });
  return zones.length > 0 ? zones : [interview.timezone];
}

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

  const now = deps.clock.now().toISOString();
  const claim = await deps.store.transitionStep(interviewId, kind, ['approved'], 'sending', {
    updatedAt: now,
  });
  if (!claim.won) return outcomeOfStatus(claim.current);
  let drafts = claim.value.drafts.map((draft) => ({ ...draft }));

  // The cap on outreach per interview, counted over the other steps that already went out.
  const others = await deps.store.listSteps(interviewId);
  const sentSteps = others.filter(
    (step) => step.kind !== kind && step.audience === 'interviewer' && step.status === 'sent',
  ).length;
  if (sentSteps >= deps.config.playbook.maxInterviewerSends) {
    const error = `at most ${deps.config.playbook.maxInterviewerSends} sends per interview`;
    await deps.store.transitionStep(interviewId, kind, ['sending'], 'skipped', {
      lastError: error,
      updatedAt: now,
    });
    return { status: 'failed', error };
  }

  const signer = seekerName(owner, interview);
  const messageIds = drafts.flatMap((draft) => (draft.sentMessageId ? [draft.sentMessageId] : []));
  for (const [index, draft] of drafts.entries()) {
    // An unticked recipient never gets the draft.
    if (!draft.interviewerEmail || draft.sentMessageId || draft.selected === false) continue;
    try {
      const sent = await deps.mailer.send({
        origin: 'owner',
        from: mailbox(signer, owner.sendingAddress),
        to: [mailbox(draft.interviewerName, draft.interviewerEmail)],
        replyTo: [mailbox(signer, owner.sendingAddress)],
        bcc: [mailbox(signer, owner.email)],
        subject: headerSafeLine(draft.subject),
        text: draft.body,
      });
      drafts = drafts.map((d, i) => (i === index ? { ...d, sentMessageId: sent.messageId } : d));
      messageIds.push(sent.messageId);
      // Recorded before the next draft goes out, so a crash never re-sends this one.
      await deps.store.transitionStep(interviewId, kind, ['sending'], 'sending', {
        drafts,
        updatedAt: deps.clock.now().toISOString(),
      });
      await deps.store.putSentMessage({
        messageId: sent.messageId,
        interviewId,
        ownerEmail: owner.email,
        step: kind,
        recipient: draft.interviewerEmail,
        sentAt: deps.clock.now().toISOString(),
      });
    } catch (cause) {
      const error = errorMessage(cause);
      deps.log.error('send_failed', { interviewId, step: kind, error });
      await deps.store.transitionStep(interviewId, kind, ['sending'], 'approved', {
        drafts,
        lastError: error,
        updatedAt: deps.clock.now().toISOString(),
      });
      return { status: 'failed', error };
    }
  }

  await deps.store.transitionStep(interviewId, kind, ['sending'], 'sent', {
    drafts,
    sendAt: null,
    lastError: null,
    updatedAt: deps.clock.now().toISOString(),
  });
  deps.log.info('step_sent', { interviewId, step: kind, messages: messageIds.length });
  return { status: 'sent', messageIds };
}

const DraftsInput = z.array(Draft).min(1).max(20);

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
  // A draft that already went out (a partial earlier send) keeps its Message-ID: never twice.
  const edited = parsed.data.map((draft) => {
    const earlier = step.drafts.find(
      (d) => d.interviewerEmail === draft.interviewerEmail && d.sentMessageId,
    );
    return {
      ...draft,
      subject: headerSafeLine(draft.subject),
      sentMessageId: earlier?.sentMessageId ?? null,
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
  const opening = nextSendMomentForAll(
    now,
    recipientZones(interview, edited),
    playbook.interviewerBusinessHours,
    playbook.businessDays,
  );
  const sendNow = options.sendNow || opening.getTime() <= now.getTime();
  const sendAt = sendNow ? null : opening.toISOString();
  const name = scheduleName(interviewId, kind);

  const approved = await deps.store.transitionStep(
    interviewId,
    kind,
    ['scheduled', 'reminded', 'snoozed', 'approved'],
    'approved',
    {
      drafts: edited,
      sendAt,
      lastError: null,
      updatedAt: now.toISOString(),
      ...(sendAt ? { scheduleName: name } : {}),
    },
  );
  if (!approved.won) {
    const current = outcomeOfStatus(approved.current);
    if (current.status === 'already_sent' || current.status === 'in_progress') {
      return { status: current.status, outcome: null };
    }
    return { status: 'not_approvable', outcome: null };
  }

  if (sendAt) {
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
  const outcome = await sendApprovedStep(deps, interviewId, kind);
  const status =
    outcome.status === 'sent' || outcome.status === 'failed'
      ? outcome.status
      : outcome.status === 'already_sent' || outcome.status === 'in_progress'
        ? outcome.status
        : outcome.status === 'heard_back'
          ? 'heard_back'
          : 'not_approvable';
  return { status, outcome };
}
