// The link pages' forms decoded into the typed commands app/link-action.ts runs. Field names
// (subject_0, body_0, send_0, confirm_0, intent, …) are known here and in pages.ts only, and so
// are the words for what is wrong with a form.
import * as z from 'zod/mini';
import type { DraftProblem, LinkCommand } from '#app/link-action.js';
import type { InterviewFields } from '#app/log-interview.js';
import type { LinkContext } from '#app/open-link.js';
import { DEFAULT_ZONE, IanaZone, type Interview } from '#core/domain.js';
import { ZonedTime } from '#core/zoned-time.js';

export type Form = Record<string, string>;

export type DecodedForm = { ok: true; command: LinkCommand } | { ok: false; errors: string[] };

const Line = (max: number) => z.string().check(z.trim(), z.maxLength(max));
const DateField = z.iso.date();
const TimeField = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));
const SNOOZE_DAYS: Record<string, number> = { '1': 1, '3': 3, '7': 7 };

/** application/x-www-form-urlencoded → fields (the last value of a repeated name wins). */
export function parseForm(body: string): Form {
  const fields: Form = {};
  for (const [key, value] of new URLSearchParams(body)) fields[key] = value;
  return fields;
}

/** The command a POST to this link asks for, or what is wrong with the form, in words. */
export function decodeLinkForm(context: LinkContext, form: Form, draftCount: number): DecodedForm {
  const { action } = context.token;
  switch (action) {
    case 'approve':
      return { ok: true, command: decodeApprove(form, draftCount) };
    case 'snooze': {
      const days = SNOOZE_DAYS[form.days ?? ''];
      if (!days) return { ok: false, errors: ['Pick how long to snooze.'] };
      return { ok: true, command: { action, days } };
    }
    case 'fix_details':
      return decodeFixDetails(form);
    case 'add_notes':
      return decodeAddNotes(form, context.interview?.interviewers.length ?? 0);
    case 'manual_entry':
      return decodeManualEntry(form, context.owner.timezone);
    case 'owner_page':
    case 'calendar_feed':
      // The owner's page reads its own forms (owner-page-request.ts); never decoded here.
      return { ok: false, errors: ['Use the buttons on your page.'] };
    default:
      return { ok: true, command: { action } };
  }
}

function decodeApprove(form: Form, draftCount: number): LinkCommand {
  if (form.intent === 'resend' || form.intent === 'keep') {
    const attempts = new Map<number, string>();
    for (const [field, value] of Object.entries(form)) {
      const index = /^attempted_(\d{1,2})$/.exec(field)?.[1];
      if (index !== undefined) attempts.set(Number(index), value);
    }
    return { action: 'approve', decision: form.intent, attempts };
  }
  const sendNow = form.intent === 'send_now';
  // "Send now anyway" on a queued step posts no drafts: what was approved goes.
  if (form.subject_0 === undefined) return { action: 'approve', sendNow, drafts: null };
  // The page's recipient checkboxes: an unticked box is simply absent from the form.
  const boxes = form.recipients === 'chosen';
  const drafts = Array.from({ length: draftCount }, (_, index) => ({
    subject: (form[`subject_${index}`] ?? '').replace(/\s+/g, ' ').trim(),
    body: (form[`body_${index}`] ?? '').replace(/\r\n?/g, '\n').trim(),
    ...(boxes ? { selected: form[`send_${index}`] === 'yes' } : {}),
    confirmed: form[`confirm_${index}`] === 'yes',
  }));
  return { action: 'approve', sendNow, drafts };
}

/** Why the drafts as edited cannot go, in the page's words. */
export function draftProblemText(problem: DraftProblem): string {
  switch (problem.problem) {
    case 'subject_empty':
      return `The subject to ${problem.recipient} is empty.`;
    case 'subject_too_long':
      return `The subject to ${problem.recipient} is too long.`;
    case 'body_empty':
      return `The message to ${problem.recipient} is empty.`;
    case 'body_too_long':
      return `The message to ${problem.recipient} is too long.`;
    case 'placeholder':
      return `The message to ${problem.recipient} still has "${problem.gap}": replace it with your own words.`;
    case 'unconfirmed':
      return `Tick the box to confirm ${problem.address}: it was typed in with Fix details, not found in your forward.`;
    case 'no_recipient':
      return 'Tick at least one recipient, or use Skip if this note should not go out.';
  }
}

/** "Name <email>" or "Name, email" or just "Name", one per line. */
export function parseInterviewerLines(
  text: string,
): { ok: true; value: Interview['interviewers'] } | { ok: false; error: string } {
  const people: Interview['interviewers'] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const match = /^(.*?)[\s,]*<?([^\s<>,]+@[^\s<>,]+?)>?$/.exec(line);
    // Commas inside a name stay ("LEE, JAE-WON" is a surname first); only quotes and the
    // separator before the address go.
    const name = (match ? match[1] : line)?.replace(/"/g, '').replace(/^[\s,]+|[\s,]+$/g, '') ?? '';
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
function readMoment(
  form: Form,
  fallbackZone: string | null,
  errors: string[],
): { start: string; zone: string } | null {
  const zone = IanaZone.safeParse((form.timezone ?? '').trim() || fallbackZone || '');
  if (!zone.success) errors.push(`Pick a time zone such as ${DEFAULT_ZONE}.`);
  const date = DateField.safeParse((form.date ?? '').trim());
  const time = TimeField.safeParse((form.time ?? '').trim());
  if (!date.success) errors.push('Enter the date as YYYY-MM-DD.');
  if (!time.success) errors.push('Enter the time as HH:MM (24-hour).');
  if (!zone.success || !date.success || !time.success) return null;
  const start = localToInstant(date.data, time.data, zone.data);
  if (!start) errors.push('That time does not exist in that zone (a clock change).');
  return start ? { start, zone: zone.data } : null;
}

/** A local date and time in a zone → ISO instant with offset, or null when it does not exist. */
function localToInstant(date: string, time: string, zone: string): string | null {
  const dt = ZonedTime.fromISO(`${date}T${time}`, zone);
  if (!dt) return null;
  // A wall time skipped by a DST change comes back shifted: refuse it rather than guess.
  if (dt.toWallISO().slice(0, 16) !== `${date}T${time}`) return null;
  return dt.toOffsetISO();
}

/** An optional decision date: undefined when left empty, null (with an error) when unreadable. */
function readDecisionDate(form: Form, errors: string[]): string | undefined | null {
  const raw = (form.decisionBy ?? '').trim();
  if (!raw) return undefined;
  const date = DateField.safeParse(raw);
  if (date.success) return date.data;
  errors.push('Enter the decision date as YYYY-MM-DD.');
  return null;
}

/** The notes box: one topic a line, at most 20 of 300 characters. */
function topicLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .slice(0, 20)
    .map((line) => line.slice(0, 300));
}

function decodeFixDetails(form: Form): DecodedForm {
  const errors: string[] = [];
  const company = Line(200).safeParse(form.company ?? '');
  const role = Line(200).safeParse(form.role ?? '');
  if (!company.success) errors.push('The company name is too long.');
  if (!role.success) errors.push('The role is too long.');
  const moment = readMoment(form, null, errors);
  const people = parseInterviewerLines(form.interviewers ?? '');
  if (!people.ok) errors.push(people.error);
  if (errors.length > 0 || !moment || !people.ok || !company.success || !role.success) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    command: {
      action: 'fix_details',
      fix: {
        company: company.data || null,
        role: role.data || null,
        start: moment.start,
        timezone: moment.zone,
        interviewers: people.value,
      },
    },
  };
}

function decodeAddNotes(form: Form, interviewerCount: number): DecodedForm {
  const errors: string[] = [];
  const decisionBy = readDecisionDate(form, errors);
  if (decisionBy === null) return { ok: false, errors };
  const topics = Array.from({ length: interviewerCount }, (_, index) => {
    const topic = (form[`topic_${index}`] ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
    return topic || null;
  });
  return {
    ok: true,
    command: {
      action: 'add_notes',
      edit: {
        topics,
        notes: topicLines(form.topics ?? ''),
        ...(decisionBy ? { decisionBy } : {}),
      },
    },
  };
}

function decodeManualEntry(form: Form, ownerZone: string): DecodedForm {
  const errors: string[] = [];
  const company = Line(200).safeParse(form.company ?? '');
  const role = Line(200).safeParse(form.role ?? '');
  if (!company.success || !company.data) errors.push('Enter the company.');
  if (!role.success) errors.push('The role is too long.');
  const moment = readMoment(form, ownerZone, errors);
  const minutes = Number.parseInt(form.duration ?? '60', 10);
  if (!Number.isFinite(minutes) || minutes < 5 || minutes > 600) {
    errors.push('The length is 5 to 600 minutes.');
  }
  const people = parseInterviewerLines(form.interviewers ?? '');
  if (!people.ok) errors.push(people.error);
  const decisionBy = readDecisionDate(form, errors);
  if (errors.length > 0 || !moment || !people.ok || !company.success) {
    return { ok: false, errors };
  }
  const fields: InterviewFields = {
    company: company.data,
    role: role.success && role.data ? role.data : null,
    start: moment.start,
    end: new Date(Date.parse(moment.start) + minutes * 60_000).toISOString(),
    timezone: moment.zone,
    interviewers: people.value.map((p) => ({ name: p.name, email: p.email })),
    meetingUrl: null,
    notes: topicLines(form.topics ?? ''),
    decisionBy: decisionBy ?? null,
  };
  return { ok: true, command: { action: 'manual_entry', fields } };
}
