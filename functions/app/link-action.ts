// The state changes behind the link pages. A token is bound to one action on one interview (and
// step); it is checked for expiry here (DynamoDB TTL deletes late), must belong to the owner of
// the interview it names, and is consumed by the first successful state change. Approve keeps its
// token until the drafts are sent, so a queued send can still be sent now, and a retried or
// concurrent POST finds the step sent and says so.
import * as z from 'zod/mini';
import {
  type Draft,
  IanaZone,
  type Interview,
  type Owner,
  type Step,
  type StepKind,
} from '#core/domain.js';
import type { LinkTokenRecord } from '#core/records.js';
import { hashToken, isWellFormedToken } from '#core/tokens.js';
import { placeholdersIn } from '#render/draft-text.js';
import { composeAcknowledgement, composeDrafts, composeRecipientsAdded } from './compose.js';
import type { AppDeps } from './deps.js';
import { type InterviewFields, logInterviewFromFields } from './log-interview.js';
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

export type LinkProblem = 'unknown' | 'expired' | 'used';

export interface LinkContext {
  hash: string;
  token: LinkTokenRecord;
  owner: Owner;
  interview: Interview | null;
  step: Step | null;
  used: boolean;
}

const STEP_ACTIONS = new Set(['approve', 'skip', 'snooze', 'done']);

/** Looks a token up and checks everything about it except whether it was used. */
export async function openLink(
  deps: Pick<AppDeps, 'store' | 'owners' | 'clock' | 'config'>,
  token: string,
): Promise<{ ok: true; context: LinkContext } | { ok: false; problem: LinkProblem }> {
  if (!isWellFormedToken(token)) return { ok: false, problem: 'unknown' };
  const hash = hashToken(token);
  const record = await deps.store.getLinkToken(hash);
  if (!record) return { ok: false, problem: 'unknown' };
  if (Date.parse(record.expiresAt) <= deps.clock.now().getTime()) {
    return { ok: false, problem: 'expired' };
  }
  const owner = await deps.owners.get(record.ownerEmail);
  if (!owner) return { ok: false, problem: 'unknown' };
  let interview: Interview | null = null;
  let step: Step | null = null;
  if (record.interviewId) {
    interview = await deps.store.getInterview(record.interviewId);
    // A token for one owner never reaches another owner's interview.
    if (!interview || interview.ownerEmail !== record.ownerEmail) {
      return { ok: false, problem: 'unknown' };
    }
    if (record.step) step = await deps.store.getStep(interview.id, record.step);
  }
  if (STEP_ACTIONS.has(record.action) && !step) return { ok: false, problem: 'unknown' };
  if (record.action !== 'manual_entry' && !interview) return { ok: false, problem: 'unknown' };
  return {
    ok: true,
    context: { hash, token: record, owner, interview, step, used: record.usedAt !== null },
  };
}

/** The drafts the approve page shows: what the step holds, else freshly composed ones. */
export function draftsFor(interview: Interview, owner: Owner, step: Step): Draft[] {
  return step.drafts.length > 0 ? step.drafts : composeDrafts(interview, owner, step.kind);
}

export type ActionOutcome =
  | { type: 'approve'; result: ApproveResult; step: Step | null }
  | { type: 'skipped' | 'heard_back' | 'done' | 'cancelled' | 'looks_right' }
  | { type: 'snoozed'; until: string }
  | { type: 'details_saved'; interview: Interview; moved: boolean }
  | { type: 'notes_saved'; interview: Interview }
  | { type: 'logged'; interview: Interview; created: boolean }
  | { type: 'invalid'; errors: string[]; form: Record<string, string> }
  /** Another submission of the same single-use link got there first. */
  | { type: 'used' };

const SNOOZE_DAYS: Record<string, number> = { '1': 1, '3': 3, '7': 7 };

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

/** Runs the token's action with the submitted form. Callers have checked `used` already. */
export async function runLinkAction(
  deps: AppDeps,
  context: LinkContext,
  form: Record<string, string>,
): Promise<ActionOutcome> {
  const { token } = context;
  switch (token.action) {
    case 'approve':
      return approve(deps, context, form);
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
      const days = SNOOZE_DAYS[form.days ?? ''];
      if (!days) return { type: 'invalid', errors: ['Pick how long to snooze.'], form };
      const until = new Date(deps.clock.now().getTime() + days * 24 * 60 * 60 * 1000);
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
      return fixDetails(deps, context, form);
    case 'add_notes':
      return addNotes(deps, context, form);
    case 'manual_entry':
      return manualEntry(deps, context, form);
    case 'looks_right':
    case 'view':
      return { type: 'looks_right' };
  }
}

const SUBJECT_MAX = 300;
const BODY_MAX = 20_000;

async function approve(
  deps: AppDeps,
  context: LinkContext,
  form: Record<string, string>,
): Promise<ActionOutcome> {
  const interview = need(context.interview, 'interview');
  const step = need(context.step, 'step');
  if (form.intent === 'resend' || form.intent === 'keep') {
    // The owner's answer to "this may already have reached them: send again?".
    const attempts = new Map<number, string>();
    for (const [field, value] of Object.entries(form)) {
      const index = /^attempted_(\d{1,2})$/.exec(field)?.[1];
      if (index !== undefined) attempts.set(Number(index), value);
    }
    const result = await decideUncertainSend(deps, interview.id, step.kind, form.intent, attempts);
    if (result.status === 'sent' || result.status === 'already_sent') await consume(deps, context);
    return { type: 'approve', result, step: await deps.store.getStep(interview.id, step.kind) };
  }
  const sendNow = form.intent === 'send_now';
  let drafts = draftsFor(interview, context.owner, step);
  const unconfirmed = new Set(interview.unconfirmedRecipients ?? []);
  const confirmed = new Set<string>();
  // "Send now anyway" on a queued step sends what was approved; a fresh approval takes the edits.
  if (!(sendNow && step.status === 'approved' && form.subject_0 === undefined)) {
    const errors: string[] = [];
    // The page's recipient checkboxes: an unticked box is simply absent from the form.
    const picked = form.recipients === 'chosen';
    drafts = drafts.map((draft, index) => {
      const subject = (form[`subject_${index}`] ?? '').replace(/\s+/g, ' ').trim();
      const body = (form[`body_${index}`] ?? '').replace(/\r\n?/g, '\n').trim();
      const selected = picked ? form[`send_${index}`] === 'yes' : draft.selected !== false;
      const who = draft.interviewerName;
      // A draft that will not go out is kept as it is, gaps and all.
      if (!selected)
        return { ...draft, subject: subject || draft.subject, body: body || draft.body, selected };
      if (!subject) errors.push(`The subject to ${who} is empty.`);
      if (subject.length > SUBJECT_MAX) errors.push(`The subject to ${who} is too long.`);
      if (!body) errors.push(`The message to ${who} is empty.`);
      if (body.length > BODY_MAX) errors.push(`The message to ${who} is too long.`);
      for (const gap of placeholdersIn(`${subject}\n${body}`)) {
        errors.push(`The message to ${who} still has "${gap}": replace it with your own words.`);
      }
      const address = draft.interviewerEmail;
      if (address && unconfirmed.has(address) && !draft.sentMessageId) {
        if (form[`confirm_${index}`] === 'yes') confirmed.add(address);
        else
          errors.push(
            `Tick the box to confirm ${address}: it was typed in with Fix details, not found in your forward.`,
          );
      }
      return { ...draft, subject, body, selected };
    });
    if (!drafts.some((draft) => draft.selected !== false && draft.interviewerEmail)) {
      errors.push('Tick at least one recipient, or use Skip if this note should not go out.');
    }
    if (errors.length > 0) return { type: 'invalid', errors, form };
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

// ---------------------------------------------------------------- forms

const Line = (max: number) => z.string().check(z.trim(), z.maxLength(max));
const DateField = z.iso.date();
const TimeField = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

/** "Name <email>" or "Name, email" or just "Name", one per line. */
export function parseInterviewerLines(
  text: string,
): { ok: true; value: Interview['interviewers'] } | { ok: false; error: string } {
  const people: Interview['interviewers'] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const match = /^(.*?)[\s,]*<?([^\s<>,]+@[^\s<>,]+?)>?$/.exec(line);
    const name = (match ? match[1] : line)?.replace(/[",]/g, '').trim() ?? '';
    const email = match?.[2] ?? null;
    if (email && !z.email().safeParse(email).success) {
      return { ok: false, error: `"${email}" is not an email address.` };
    }
    if (!name && !email) continue;
    if (name.length > 200) return { ok: false, error: 'An interviewer name is too long.' };
    people.push({
      name: name || (email as string),
      email: email ? email.toLowerCase() : null,
      timezone: null,
    });
  }
  if (people.length > 20) return { ok: false, error: 'At most 20 interviewers.' };
  return { ok: true, value: people };
}

/**
 * The interview's moment from the form's date, time and zone (else `fallbackZone`); each problem
 * is added to `errors` in words.
 */
async function readMoment(
  form: Record<string, string>,
  fallbackZone: string | null,
  errors: string[],
): Promise<{ start: string; zone: string } | null> {
  const zone = IanaZone.safeParse((form.timezone ?? '').trim() || fallbackZone || '');
  if (!zone.success) errors.push('Pick a time zone such as America/New_York.');
  const date = DateField.safeParse((form.date ?? '').trim());
  const time = TimeField.safeParse((form.time ?? '').trim());
  if (!date.success) errors.push('Enter the date as YYYY-MM-DD.');
  if (!time.success) errors.push('Enter the time as HH:MM (24-hour).');
  if (!zone.success || !date.success || !time.success) return null;
  const start = await localToInstant(date.data, time.data, zone.data);
  if (!start) errors.push('That time does not exist in that zone (a clock change).');
  return start ? { start, zone: zone.data } : null;
}

/** A local date and time in a zone → ISO instant with offset, or null when it does not exist. */
async function localToInstant(date: string, time: string, zone: string): Promise<string | null> {
  const { DateTime } = await import('luxon');
  const dt = DateTime.fromISO(`${date}T${time}`, { zone });
  if (!dt.isValid) return null;
  // A wall time skipped by a DST change comes back shifted: refuse it rather than guess.
  if (dt.toFormat('yyyy-MM-dd HH:mm') !== `${date} ${time}`) return null;
  return dt.toISO({ suppressMilliseconds: true });
}

async function fixDetails(
  deps: AppDeps,
  context: LinkContext,
  form: Record<string, string>,
): Promise<ActionOutcome> {
  const interview = need(context.interview, 'interview');
  const errors: string[] = [];
  const company = Line(200).safeParse(form.company ?? '');
  const role = Line(200).safeParse(form.role ?? '');
  if (!company.success) errors.push('The company name is too long.');
  if (!role.success) errors.push('The role is too long.');
  const moment = await readMoment(form, null, errors);
  const people = parseInterviewerLines(form.interviewers ?? '');
  if (!people.ok) errors.push(people.error);
  if (errors.length > 0 || !moment || !people.ok) {
    return { type: 'invalid', errors, form };
  }
  const moved =
    Date.parse(moment.start) !== Date.parse(interview.start) || moment.zone !== interview.timezone;
  const recipients = recipientChange(interview, people.value);
  // What the seeker noted per person stays with that person.
  const interviewers = people.value.map((person) => {
    const same = interview.interviewers.find(
      (known) =>
        (person.email && known.email === person.email) ||
        known.name.toLowerCase() === person.name.toLowerCase(),
    );
    return { ...person, topic: same?.topic ?? null };
  });
  return once(deps, context, async () => {
    await updateDetails(deps, interview.id, {
      company: company.data || null,
      role: role.data || null,
      interviewers,
      unconfirmedRecipients: recipients.unconfirmed,
    });
    if (moved) {
      const length = interview.end ? Date.parse(interview.end) - Date.parse(interview.start) : null;
      const end =
        length === null ? null : new Date(Date.parse(moment.start) + length).toISOString();
      await reschedule(deps, interview.id, { start: moment.start, end, timezone: moment.zone });
    }
    const updated = (await deps.store.getInterview(interview.id)) ?? interview;
    if (recipients.added.length > 0) {
      // A leaked link must not quietly redirect the owner's drafts: the owner hears of it.
      await deps.mailer.send(
        composeRecipientsAdded(deps, {
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

function topicLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .slice(0, 20)
    .map((line) => line.slice(0, 300));
}

async function addNotes(
  deps: AppDeps,
  context: LinkContext,
  form: Record<string, string>,
): Promise<ActionOutcome> {
  const interview = need(context.interview, 'interview');
  const rawDate = (form.decisionBy ?? '').trim();
  const decision = rawDate ? DateField.safeParse(rawDate) : null;
  if (decision && !decision.success) {
    return { type: 'invalid', errors: ['Enter the decision date as YYYY-MM-DD.'], form };
  }
  const interviewers = interview.interviewers.map((person, index) => {
    const topic = (form[`topic_${index}`] ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
    return { ...person, topic: topic || null };
  });
  return once(deps, context, async () => {
    await updateDetails(deps, interview.id, {
      interviewers,
      notes: topicLines(form.topics ?? ''),
      decisionBy: decision?.success ? decision.data : interview.decisionBy,
    });
    const updated = (await deps.store.getInterview(interview.id)) ?? interview;
    return { type: 'notes_saved', interview: updated };
  });
}

async function manualEntry(
  deps: AppDeps,
  context: LinkContext,
  form: Record<string, string>,
): Promise<ActionOutcome> {
  const errors: string[] = [];
  const company = Line(200).safeParse(form.company ?? '');
  const role = Line(200).safeParse(form.role ?? '');
  if (!company.success || !company.data) errors.push('Enter the company.');
  if (!role.success) errors.push('The role is too long.');
  const moment = await readMoment(form, context.owner.timezone, errors);
  const minutes = Number.parseInt(form.duration ?? '60', 10);
  if (!Number.isFinite(minutes) || minutes < 5 || minutes > 600) {
    errors.push('The length is 5 to 600 minutes.');
  }
  const people = parseInterviewerLines(form.interviewers ?? '');
  if (!people.ok) errors.push(people.error);
  const rawDecision = (form.decisionBy ?? '').trim();
  const decision = rawDecision ? DateField.safeParse(rawDecision) : null;
  if (decision && !decision.success) errors.push('Enter the decision date as YYYY-MM-DD.');
  if (errors.length > 0 || !moment || !people.ok || !company.success) {
    return { type: 'invalid', errors, form };
  }
  const end = new Date(Date.parse(moment.start) + minutes * 60_000).toISOString();
  return once(deps, context, () =>
    logManualEntry(deps, context, {
      company: company.data,
      role: role.success && role.data ? role.data : null,
      start: moment.start,
      end,
      timezone: moment.zone,
      interviewers: people.value.map((p) => ({ name: p.name, email: p.email })),
      meetingUrl: null,
      notes: topicLines(form.topics ?? ''),
      decisionBy: decision?.success ? decision.data : null,
    }),
  );
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

export type { StepKind };
