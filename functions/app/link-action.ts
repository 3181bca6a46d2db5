// The state changes behind the link pages, run from typed commands (web/link-forms.ts decodes the
// forms into them; nothing here knows a field name or writes page text). A token is bound to one action on one interview (and
// step); open-link.ts checks it (expiry, as DynamoDB TTL deletes late; that it belongs to the
// owner of the interview it names), and it is consumed here by the first successful state change. Approve keeps its
// token until the drafts are sent, so a queued send can still be sent now, and a retried or
// concurrent POST finds the step sent and says so.
import {
  DRAFT_BODY_MAX,
  DRAFT_SUBJECT_MAX,
  type Draft,
  type Interview,
  type Step,
} from '#core/domain.js';
import { wentOut } from '#core/send-lease.js';
import { placeholdersIn } from '#render/draft-text.js';
import { composeAcknowledgement, composeRecipientsAdded } from './compose.js';
import type { AppDeps } from './deps.js';
import { type InterviewFields, logInterviewFromFields } from './log-interview.js';
import { draftsFor, type LinkContext } from './open-link.js';
import {
  cancelPlan,
  heardBack,
  markStepDone,
  reschedule,
  skipStep,
  snooze,
  updateDetails,
} from './plan-changes.js';
import { type ApproveResult, approveStep, decideUncertainSend } from './send-step.js';

/** A draft as the owner left it on the review page, by position. */
export interface DraftEdit {
  subject: string;
  body: string;
  /** Whether this recipient is ticked; absent keeps the draft's own choice. */
  selected?: boolean;
  /** The owner ticked "I confirm this address" (needed for an address typed in by hand). */
  confirmed: boolean;
}

/** What Fix details sets: the interview's facts as the owner corrected them. */
export interface DetailsFix {
  company: string | null;
  role: string | null;
  start: string;
  timezone: string;
  interviewers: Interview['interviewers'];
}

/** What Add notes sets: a topic per interviewer (by position), notes, maybe a decision date. */
export interface NotesEdit {
  topics: (string | null)[];
  notes: string[];
  /** Absent keeps the date the interview has. */
  decisionBy?: string;
}

/** One command per link action; `runLinkAction` runs it only with a token for that action. */
export type LinkCommand =
  | {
      action: 'approve';
      sendNow: boolean;
      /** Null when the form carries no drafts: "Send now anyway" sends what was approved. */
      drafts: DraftEdit[] | null;
    }
  | {
      /** The owner's answer to "this may already have reached them: send again?". */
      action: 'approve';
      decision: 'resend' | 'keep';
      /** Per draft position, the attempt the page showed (so a newer attempt is not overruled). */
      attempts: ReadonlyMap<number, string>;
    }
  | { action: 'skip' | 'heard_back' | 'done' | 'cancel_plan' | 'looks_right' | 'view' }
  | { action: 'snooze'; days: number }
  | { action: 'fix_details'; fix: DetailsFix }
  | { action: 'add_notes'; edit: NotesEdit }
  | { action: 'manual_entry'; fields: InterviewFields };

/** Why approving the drafts as edited was refused; the page puts each in words. */
export type DraftProblem =
  | {
      problem: 'subject_empty' | 'subject_too_long' | 'body_empty' | 'body_too_long';
      recipient: string;
    }
  | { problem: 'placeholder'; recipient: string; gap: string }
  | { problem: 'unconfirmed'; address: string }
  | { problem: 'no_recipient' };

export type ActionOutcome =
  | { type: 'approve'; result: ApproveResult; step: Step | null }
  | { type: 'refused'; problems: DraftProblem[] }
  | { type: 'skipped' | 'heard_back' | 'done' | 'cancelled' | 'looks_right' }
  | { type: 'snoozed'; until: string }
  | { type: 'details_saved'; interview: Interview; moved: boolean }
  | { type: 'notes_saved'; interview: Interview }
  | { type: 'logged'; interview: Interview; created: boolean }
  /** Another submission of the same single-use link got there first. */
  | { type: 'used' };

async function consume(deps: Pick<AppDeps, 'store' | 'clock'>, context: LinkContext) {
  if (context.token.singleUse) {
    await deps.store.consumeLinkToken(context.hash, deps.clock.now().toISOString());
  }
}

const USED: ActionOutcome = { type: 'used' };

/**
 * Runs `act` only if this request consumes the single-use token: the conditional write comes
 * first, so of any number of concurrent submissions exactly one acts. If `act` throws, the
 * token is given back (only if still held by this use), so the owner can try again.
 */
async function once(
  deps: Pick<AppDeps, 'store' | 'clock'>,
  context: LinkContext,
  act: () => Promise<ActionOutcome>,
): Promise<ActionOutcome> {
  if (!context.token.singleUse) return act();
  const usedAt = deps.clock.now().toISOString();
  if (!(await deps.store.consumeLinkToken(context.hash, usedAt))) return USED;
  try {
    return await act();
  } catch (error) {
    await deps.store.releaseLinkToken(context.hash, usedAt);
    throw error;
  }
}

function need<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`link is missing its ${what}`);
  return value;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Runs a command with the token it came with. Callers have checked `used` already. */
export async function runLinkAction(
  deps: AppDeps,
  context: LinkContext,
  command: LinkCommand,
): Promise<ActionOutcome> {
  const { token } = context;
  if (command.action !== token.action) {
    throw new Error(`a ${command.action} command came with a ${token.action} link`);
  }
  switch (command.action) {
    case 'approve':
      if ('decision' in command) return decideUncertain(deps, context, command);
      return approve(deps, context, command.sendNow, command.drafts);
    case 'skip':
      return once(deps, context, async () => {
        await skipStep(deps, need(context.interview, 'interview').id, need(token.step, 'step'));
        return { type: 'skipped' };
      });
    case 'heard_back':
      return once(deps, context, async () => {
        await heardBack(deps, need(context.interview, 'interview').id);
        return { type: 'heard_back' };
      });
    case 'done':
      return once(deps, context, async () => {
        await markStepDone(deps, need(context.interview, 'interview').id, need(token.step, 'step'));
        return { type: 'done' };
      });
    case 'snooze': {
      const until = new Date(deps.clock.now().getTime() + command.days * DAY_MS);
      return once(deps, context, async () => {
        await snooze(
          deps,
          need(context.interview, 'interview').id,
          need(token.step, 'step'),
          until,
        );
        return { type: 'snoozed', until: until.toISOString() };
      });
    }
    case 'cancel_plan':
      return once(deps, context, async () => {
        await cancelPlan(deps, need(context.interview, 'interview').id);
        return { type: 'cancelled' };
      });
    case 'fix_details':
      return fixDetails(deps, context, command.fix);
    case 'add_notes':
      return addNotes(deps, context, command.edit);
    case 'manual_entry':
      return once(deps, context, () => logManualEntry(deps, context, command.fields));
    case 'looks_right':
    case 'view':
      return { type: 'looks_right' };
  }
}

/** The drafts as edited, or what refuses them. Unticked drafts are kept as they are, gaps and all. */
function applyEdits(
  drafts: readonly Draft[],
  edits: readonly DraftEdit[],
  unconfirmed: ReadonlySet<string>,
): { drafts: Draft[]; confirmed: Set<string>; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const confirmed = new Set<string>();
  const edited = drafts.map((draft, index): Draft => {
    const edit = edits[index] ?? { subject: '', body: '', confirmed: false };
    const { subject, body } = edit;
    const selected = edit.selected ?? draft.selected !== false;
    if (!selected) {
      return { ...draft, subject: subject || draft.subject, body: body || draft.body, selected };
    }
    const recipient = draft.interviewerName;
    if (!subject) problems.push({ problem: 'subject_empty', recipient });
    if (subject.length > DRAFT_SUBJECT_MAX)
      problems.push({ problem: 'subject_too_long', recipient });
    if (!body) problems.push({ problem: 'body_empty', recipient });
    if (body.length > DRAFT_BODY_MAX) problems.push({ problem: 'body_too_long', recipient });
    for (const gap of placeholdersIn(`${subject}\n${body}`)) {
      problems.push({ problem: 'placeholder', recipient, gap });
    }
    const address = draft.interviewerEmail;
    if (address && unconfirmed.has(address) && !wentOut(draft)) {
      if (edit.confirmed) confirmed.add(address);
      else problems.push({ problem: 'unconfirmed', address });
    }
    return { ...draft, subject, body, selected };
  });
  if (!edited.some((draft) => draft.selected !== false && draft.interviewerEmail)) {
    problems.push({ problem: 'no_recipient' });
  }
  return { drafts: edited, confirmed, problems };
}

async function decideUncertain(
  deps: AppDeps,
  context: LinkContext,
  command: { decision: 'resend' | 'keep'; attempts: ReadonlyMap<number, string> },
): Promise<ActionOutcome> {
  const interview = need(context.interview, 'interview');
  const step = need(context.step, 'step');
  const result = await decideUncertainSend(
    deps,
    interview.id,
    step.kind,
    command.decision,
    command.attempts,
  );
  if (result.status === 'sent' || result.status === 'already_sent') await consume(deps, context);
  return { type: 'approve', result, step: await deps.store.getStep(interview.id, step.kind) };
}

async function approve(
  deps: AppDeps,
  context: LinkContext,
  sendNow: boolean,
  edits: DraftEdit[] | null,
): Promise<ActionOutcome> {
  const interview = need(context.interview, 'interview');
  const step = need(context.step, 'step');
  let drafts = draftsFor(interview, context.owner, step);
  const unconfirmed = new Set(interview.unconfirmedRecipients ?? []);
  let confirmed = new Set<string>();
  // "Send now anyway" on a queued step sends what was approved; a fresh approval takes the edits.
  if (!(sendNow && step.status === 'approved' && edits === null)) {
    const applied = applyEdits(drafts, edits ?? [], unconfirmed);
    if (applied.problems.length > 0) return { type: 'refused', problems: applied.problems };
    drafts = applied.drafts;
    confirmed = applied.confirmed;
  }
  const result = await approveStep(deps, interview.id, step.kind, drafts, { sendNow });
  if (confirmed.size > 0 && (result.status === 'sent' || result.status === 'queued')) {
    await updateDetails(deps, interview.id, {
      unconfirmedRecipients: [...unconfirmed].filter((address) => !confirmed.has(address)),
    });
  }
  if (result.status === 'sent' || result.status === 'already_sent') await consume(deps, context);
  const current = await deps.store.getStep(interview.id, step.kind);
  return { type: 'approve', result, step: current };
}

async function fixDetails(
  deps: AppDeps,
  context: LinkContext,
  fix: DetailsFix,
): Promise<ActionOutcome> {
  const interview = need(context.interview, 'interview');
  const moved =
    Date.parse(fix.start) !== Date.parse(interview.start) || fix.timezone !== interview.timezone;
  const recipients = recipientChange(interview, fix.interviewers);
  // What the seeker noted per person stays with that person.
  const interviewers = fix.interviewers.map((person) => {
    const same = interview.interviewers.find(
      (known) =>
        (person.email && known.email === person.email) ||
        known.name.toLowerCase() === person.name.toLowerCase(),
    );
    return { ...person, topic: same?.topic ?? null };
  });
  return once(deps, context, async () => {
    await updateDetails(deps, interview.id, {
      company: fix.company,
      role: fix.role,
      interviewers,
      unconfirmedRecipients: recipients.unconfirmed,
    });
    if (moved) {
      const length = interview.end ? Date.parse(interview.end) - Date.parse(interview.start) : null;
      const end = length === null ? null : new Date(Date.parse(fix.start) + length).toISOString();
      await reschedule(deps, interview.id, { start: fix.start, end, timezone: fix.timezone });
    }
    const updated = (await deps.store.getInterview(interview.id)) ?? interview;
    if (recipients.added.length > 0) {
      // A leaked link must not quietly redirect the owner's drafts: the owner hears of it.
      await deps.mailer.send(
        await composeRecipientsAdded(deps, {
          owner: context.owner,
          interview: updated,
          added: recipients.added,
        }),
      );
    }
    return { type: 'details_saved', interview: updated, moved };
  });
}

/**
 * Addresses a fix adds that the interview did not have (no forward named them), and which of
 * the interview's addresses still await the owner's confirmation on the review page.
 */
function recipientChange(interview: Interview, people: Interview['interviewers']) {
  const known = new Set(interview.interviewers.flatMap((p) => (p.email ? [p.email] : [])));
  const pending = new Set(interview.unconfirmedRecipients ?? []);
  const emails = [...new Set(people.flatMap((p) => (p.email ? [p.email] : [])))];
  const added = emails.filter((email) => !known.has(email));
  const unconfirmed = emails.filter((email) => pending.has(email) || !known.has(email));
  return { added, unconfirmed };
}

async function addNotes(
  deps: AppDeps,
  context: LinkContext,
  edit: NotesEdit,
): Promise<ActionOutcome> {
  const interview = need(context.interview, 'interview');
  const interviewers = interview.interviewers.map((person, index) => ({
    ...person,
    topic: edit.topics[index] ?? null,
  }));
  return once(deps, context, async () => {
    await updateDetails(deps, interview.id, {
      interviewers,
      notes: edit.notes,
      decisionBy: edit.decisionBy ?? interview.decisionBy,
    });
    const updated = (await deps.store.getInterview(interview.id)) ?? interview;
    return { type: 'notes_saved', interview: updated };
  });
}

async function logManualEntry(
  deps: AppDeps,
  context: LinkContext,
  fields: InterviewFields,
): Promise<ActionOutcome> {
  const result = await logInterviewFromFields(deps, {
    owner: context.owner,
    fields,
    // One manual entry per link: the same link always names the same interview.
    sourceMessageId: `manual-${context.hash.slice(0, 32)}`,
  });
  if (result.created) {
    const ack = await composeAcknowledgement(deps, {
      interview: result.interview,
      steps: result.steps,
      owner: context.owner,
    });
    await deps.mailer.send(ack);
  }
  return { type: 'logged', interview: result.interview, created: result.created };
}
