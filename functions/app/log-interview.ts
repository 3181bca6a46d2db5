// Logging an interview: the interview item, its planned steps and one schedule per pending step.
// Idempotent: the interview id is derived from the owner and the source message, items are
// created only if absent, and scheduling a step again addresses the same schedule.
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import {
  EmailAddress,
  IanaZone,
  Interview,
  IsoDate,
  IsoInstant,
  type Owner,
  type Step,
} from '#core/domain.js';
import { type PlannedStep, planSteps } from '#core/planner.js';
import { publicHolidays } from '#core/public-holidays.js';
import { scheduleName } from '#core/schedule-name.js';
import type { ParsedEmail } from '#parse/types.js';
import type { AppDeps } from './deps.js';

export interface LogResult {
  created: boolean;
  interview: Interview;
  /** Every step of the plan in due order, skipped ones included. */
  steps: Step[];
}

/** What could not be logged, by field name ('start', ...). */
export class InterviewInputError extends Error {
  constructor(readonly missing: string[]) {
    super(`cannot log the interview: ${missing.join(', ')}`);
    this.name = 'InterviewInputError';
  }
}

/** Stable per owner and source message: the same forward logs the same interview. */
export function interviewIdFor(ownerEmail: string, sourceMessageId: string): string {
  return createHash('sha256')
    .update(`${ownerEmail.toLowerCase()}\n${sourceMessageId}`)
    .digest('hex')
    .slice(0, 24);
}

/** Fields a parse must have before an interview can be logged (empty: it can). */
export function fieldsMissingToLog(parsed: Pick<ParsedEmail, 'start' | 'kind'>): string[] {
  const missing: string[] = [];
  if (!parsed.start || !IsoInstant.safeParse(parsed.start).success) missing.push('start');
  return missing;
}

const maybeText = z.optional(z.nullable(z.string()));
/** A string trimmed and at most `max` long, null when absent. */
const textOrNull = (max: number) =>
  z._default(z.nullable(z.string().check(z.trim(), z.maxLength(max))), null);

const InterviewerInput = z.object({ name: maybeText, email: maybeText, timezone: maybeText });

/** Manual entry (the "enter it by hand" form) and the normalised parse both come through here. */
export const InterviewFields = z.object({
  company: textOrNull(200),
  role: textOrNull(200),
  start: IsoInstant,
  end: z._default(z.nullable(IsoInstant), null),
  timezone: z._default(z.nullable(IanaZone), null),
  interviewers: z._default(z.array(InterviewerInput).check(z.maxLength(20)), []),
  meetingUrl: textOrNull(2000),
  notes: z._default(
    z.array(z.string().check(z.trim(), z.maxLength(2000))).check(z.maxLength(20)),
    [],
  ),
  decisionBy: z._default(z.nullable(IsoDate), null),
  calendarUid: z._default(z.nullable(z.string().check(z.maxLength(1000))), null),
  coordinator: z._default(z.nullable(z.object({ name: maybeText, email: maybeText })), null),
  /** The display name on the seeker's own forward. */
  seekerName: textOrNull(200),
});
export type InterviewFields = z.input<typeof InterviewFields>;

/** Interviewers with a usable name, a valid address or none, never the owner themself. */
function cleanInterviewers(owner: Owner, people: z.infer<typeof InterviewerInput>[]) {
  const own = new Set([owner.email, owner.sendingAddress].map((a) => a.toLowerCase()));
  const seen = new Set<string>();
  const result: Interview['interviewers'] = [];
  for (const person of people) {
    const parsedEmail = EmailAddress.safeParse(person.email ?? '');
    const email = parsedEmail.success ? parsedEmail.data : null;
    if (email && own.has(email)) continue;
    // Without a name the address stands in; it is never turned into one.
    const name = (person.name ?? '').trim().slice(0, 200) || email || '';
    if (!name) continue;
    const key = email ?? `name:${name.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const zone = person.timezone && IanaZone.safeParse(person.timezone).success;
    result.push({ name, email, timezone: zone ? (person.timezone ?? null) : null });
  }
  return result;
}

/** The coordinator with a valid address, never the owner; null when there is no address. */
function cleanCoordinator(
  owner: Owner,
  person: { name?: string | null; email?: string | null } | null,
): Interview['coordinator'] {
  const email = EmailAddress.safeParse(person?.email ?? '');
  if (!email.success || [owner.email, owner.sendingAddress].includes(email.data)) return null;
  return { name: (person?.name ?? '').trim().slice(0, 200) || null, email: email.data };
}

export function stepFromPlan(interviewId: string, planned: PlannedStep, now: Date): Step {
  return {
    interviewId,
    kind: planned.kind,
    audience: planned.audience,
    dueAt: planned.dueAt,
    status: planned.status,
    scheduleName: planned.status === 'scheduled' ? scheduleName(interviewId, planned.kind) : null,
    drafts: [],
    sendAt: null,
    lastError: null,
    reason: planned.reason,
    updatedAt: now.toISOString(),
  };
}

/** Schedules a pending step at its due time (create, or move when it exists). */
export async function scheduleStep(deps: AppDeps, owner: Owner, step: Step): Promise<void> {
  await deps.scheduler.schedule({
    name: step.scheduleName ?? scheduleName(step.interviewId, step.kind),
    at: new Date(step.sendAt ?? step.dueAt),
    timezone: owner.timezone,
    payload: { interviewId: step.interviewId, step: step.kind },
  });
}

/**
 * The interview a set of fields describes (pure: no store). Throws InterviewInputError naming
 * each field that is wrong.
 */
export function buildInterview(input: {
  owner: Owner;
  fields: InterviewFields;
  sourceMessageId: string;
  now: Date;
}): Interview {
  const parsed = InterviewFields.safeParse(input.fields);
  if (!parsed.success) {
    throw new InterviewInputError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'fields'}: ${issue.message}`),
    );
  }
  const fields = parsed.data;
  const { owner, sourceMessageId, now } = input;
  const start = new Date(fields.start);
  const end = fields.end && Date.parse(fields.end) > start.getTime() ? fields.end : null;
  const candidate = Interview.safeParse({
    id: interviewIdFor(owner.email, sourceMessageId),
    ownerEmail: owner.email,
    sourceMessageId,
    calendarUid: fields.calendarUid,
    company: fields.company || null,
    role: fields.role || null,
    start: start.toISOString(),
    end: end ? new Date(end).toISOString() : null,
    timezone: fields.timezone ?? owner.timezone,
    interviewers: cleanInterviewers(owner, fields.interviewers),
    meetingUrl: fields.meetingUrl || null,
    notes: fields.notes.filter((note) => note.length > 0),
    decisionBy: fields.decisionBy,
    seekerName: fields.seekerName || null,
    coordinator: cleanCoordinator(owner, fields.coordinator),
    status: 'active',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  });
  if (!candidate.success) {
    throw new InterviewInputError(
      candidate.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  return candidate.data;
}

export async function logInterviewFromFields(
  deps: AppDeps,
  input: { owner: Owner; fields: InterviewFields; sourceMessageId: string },
): Promise<LogResult> {
  const { owner } = input;
  const now = deps.clock.now();
  const candidate = buildInterview({ ...input, now });
  const id = candidate.id;
  const { created, interview } = await deps.store.createInterview(candidate);
  const existing = created ? [] : await deps.store.listSteps(id);
  if (interview.status !== 'active') return { created, interview, steps: existing };

  // A retry after a partial run completes it: missing steps are added, pending ones scheduled.
  const holidays = await publicHolidays();
  const plan = planSteps({ interview, owner, playbook: deps.config.playbook, now, holidays });
  const steps = [...existing];
  for (const planned of plan) {
    if (steps.some((step) => step.kind === planned.kind)) continue;
    const { step } = await deps.store.putStepIfAbsent(stepFromPlan(id, planned, now));
    steps.push(step);
  }
  for (const step of steps) {
    if (step.status === 'scheduled' || step.status === 'snoozed') {
      await scheduleStep(deps, owner, step);
    }
  }
  steps.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  if (created) {
    deps.log.info('interview_logged', {
      interviewId: id,
      scheduled: steps.filter((s) => s.status === 'scheduled').length,
      skipped: steps.filter((s) => s.status === 'skipped').length,
    });
  }
  return { created, interview, steps };
}

export async function logInterview(
  deps: AppDeps,
  input: { owner: Owner; parsed: ParsedEmail; sourceMessageId: string },
): Promise<LogResult> {
  const { owner, parsed, sourceMessageId } = input;
  const missing = fieldsMissingToLog(parsed);
  if (missing.length > 0) throw new InterviewInputError(missing);
  return logInterviewFromFields(deps, { owner, sourceMessageId, fields: fieldsFromParsed(parsed) });
}

/** The fields of a parse, trimmed to what an interview holds (invalid optional values dropped). */
export function fieldsFromParsed(parsed: ParsedEmail): InterviewFields {
  return {
    company: parsed.company?.slice(0, 200) ?? null,
    role: parsed.role?.slice(0, 200) ?? null,
    start: parsed.start ?? '',
    end: parsed.end && IsoInstant.safeParse(parsed.end).success ? parsed.end : null,
    timezone:
      parsed.timezone && IanaZone.safeParse(parsed.timezone).success ? parsed.timezone : null,
    interviewers: parsed.interviewers.slice(0, 20),
    meetingUrl: parsed.meetingUrl?.slice(0, 2000) ?? null,
    notes: parsed.notes.slice(0, 20).map((note) => note.slice(0, 2000)),
    decisionBy:
      parsed.decisionBy && IsoDate.safeParse(parsed.decisionBy).success ? parsed.decisionBy : null,
    calendarUid: parsed.calendar?.uid?.slice(0, 1000) ?? null,
    seekerName: parsed.outer.from?.name?.slice(0, 200) ?? null,
    coordinator: parsed.coordinator ?? null,
  };
}
