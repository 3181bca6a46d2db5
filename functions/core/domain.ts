// Domain types. Schemas validate data where it enters (config, events, forms, store reads);
// inside the core the inferred types are trusted. The object schemas are built on first use
// (z.lazy): a Lambda cold start then builds only the schemas its invocation parses.
// zod/mini: the same validation as classic zod at a fraction of the cost to build the schemas,
// which the Lambda functions pay at every cold start.
import * as z from 'zod/mini';
import { isValidZone } from './zoned-time.js';

export const IanaZone = z
  .string()
  .check(z.refine((zone) => isValidZone(zone), 'not a valid IANA time zone'));

/** The seeker's zone when nothing names one (the CLI's --tz, the dev runtime, the demo). */
export const DEFAULT_ZONE = 'America/New_York';

/** zod's email rule, plus `<local part>@localhost`: the local runtime's addresses (interviews@localhost). */
const EMAIL_OR_LOCALHOST = new RegExp(
  `${z.regexes.email.source}|^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@localhost$`,
);

export const EmailAddress = z.pipe(
  z.string().check(z.trim(), z.toLowerCase()),
  z.email({ pattern: EMAIL_OR_LOCALHOST }),
);

/** A string trimmed, then between `min` and `max` characters long. */
export const TrimmedText = (min: number, max: number) =>
  z.string().check(z.trim(), z.minLength(min), z.maxLength(max));

/** An integer between `min` and `max`. */
export const IntBetween = (min: number, max: number) =>
  z.number().check(z.int(), z.minimum(min), z.maximum(max));

/** "HH:MM", 24-hour clock. */
export const ClockTime = z
  .string()
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM (24-hour)'));

export const HoursWindow = z
  .object({ start: ClockTime, end: ClockTime })
  .check(z.refine((w) => w.start < w.end, 'start must be before end'));
export type HoursWindow = z.infer<typeof HoursWindow>;

/** ISO 8601 instant with an offset or Z. */
export const IsoInstant = z.iso.datetime({ offset: true });
/** YYYY-MM-DD. */
export const IsoDate = z.iso.date();

export const Interviewer = z.lazy(() =>
  z.object({
    name: TrimmedText(1, 200),
    email: z.nullable(EmailAddress),
    /** The interviewer's zone for business hours; the interview's zone when unknown. */
    timezone: z._default(z.nullable(IanaZone), null),
    /** One thing the seeker talked about with this person, for their thank-you. */
    topic: z.optional(z.nullable(TrimmedText(0, 300))),
  }),
);
export type Interviewer = z.infer<typeof Interviewer>;

export const StepKind = z.enum(['prep', 'thank_you', 'follow_up', 'call', 'close_out']);
export type StepKind = z.infer<typeof StepKind>;

export const Owner = z.lazy(() =>
  z.object({
    email: EmailAddress,
    /** The name drafts are signed with; none when the seeker did not give one (never guessed). */
    name: z._default(z.nullable(TrimmedText(1, 200)), null),
    /** Closes every draft; the name alone when absent. */
    signature: z.optional(TrimmedText(1, 1000)),
    /** Steps this owner switched off (the deployment's playbook decides the rest). */
    stepsOff: z.optional(z.array(StepKind)),
    /** The decision timeline assumed when an interview states none, in days. */
    decisionDays: z.optional(IntBetween(1, 120)),
    /** Paused owners get no reminder and no send until they resume. */
    paused: z.optional(z.boolean()),
    /** A weekly summary of what needs them, off unless switched on. */
    weeklyDigest: z.optional(z.boolean()),
    timezone: IanaZone,
    /** Address on the deployment's domain that drafts are sent from; replies come back to it. */
    sendingAddress: EmailAddress,
    /** Unset: the playbook's ownerWakingHours. */
    wakingHours: z.optional(HoursWindow),
    /**
     * The secret of the owner's own inbound address (`<inbound local part>+<secret>@<domain>`):
     * mail to it from the owner's From address is believed with SPF or DKIM passing, for owners
     * whose mail domain publishes no DMARC policy.
     */
    inboundSecret: z.optional(z.string().check(z.regex(/^[a-z0-9]{16,64}$/))),
  }),
);
export type Owner = z.infer<typeof Owner>;

export const StepStatus = z.enum([
  'scheduled',
  'reminded',
  'approved',
  'sending',
  'sent',
  'done',
  'skipped',
  'cancelled',
  'snoozed',
]);
export type StepStatus = z.infer<typeof StepStatus>;

/** Statuses after which a step never fires again. */
export const FINAL_STEP_STATUSES: readonly StepStatus[] = [
  'sent',
  'done',
  'skipped',
  'cancelled',
] as const;

export const InterviewStatus = z.enum(['active', 'heard_back', 'cancelled', 'closed']);
export type InterviewStatus = z.infer<typeof InterviewStatus>;

/** The longest subject and body a draft may have (the review page's fields say so too). */
export const DRAFT_SUBJECT_MAX = 300;
export const DRAFT_BODY_MAX = 20_000;

export const Draft = z.lazy(() =>
  z.object({
    interviewerName: z.string(),
    interviewerEmail: z.nullable(EmailAddress),
    subject: z.string().check(z.maxLength(DRAFT_SUBJECT_MAX)),
    body: z.string().check(z.maxLength(DRAFT_BODY_MAX)),
    /** Set once this draft went out, so a retried send skips it. */
    sentMessageId: z._default(z.nullable(z.string()), null),
    /**
     * When this draft was handed to the mail provider, recorded before the call. Set with no
     * `sentMessageId`, the run died before hearing back: it may have gone out.
     */
    attemptedAt: z.optional(z.nullable(IsoInstant)),
    /**
     * When the owner said a draft whose send was uncertain did go out ("It went out"): it counts
     * as sent, though no Message-ID was ever recorded for it.
     */
    confirmedByOwnerAt: z.optional(z.nullable(IsoInstant)),
    /** False when the seeker unticked this recipient: the draft is kept but never sent. */
    selected: z.optional(z.boolean()),
  }),
);
export type Draft = z.infer<typeof Draft>;

export const Step = z.lazy(() =>
  z.object({
    interviewId: z.string(),
    kind: StepKind,
    /** Who the step's email goes to when it fires: a reminder to the owner, or outreach. */
    audience: z.enum(['owner', 'interviewer']),
    dueAt: IsoInstant,
    status: StepStatus,
    scheduleName: z.nullable(z.string()),
    drafts: z._default(z.array(Draft), []),
    /** When an approved send is queued for the interviewer's business hours. */
    sendAt: z._default(z.nullable(IsoInstant), null),
    lastError: z._default(z.nullable(z.string()), null),
    /**
     * The run that holds the step while it is 'sending'. Every write of that run is conditional
     * on it, so a run that lost the step to a takeover changes nothing.
     */
    sendRun: z.optional(z.nullable(z.string())),
    /**
     * When the reminder email went out. Null between claiming the step and sending it, so a run
     * that died in that window is detected and redone.
     */
    remindedAt: z.optional(z.nullable(IsoInstant)),
    /** Why the planner moved or skipped the step, or that the owner skipped it. */
    reason: z.optional(z.nullable(z.string())),
    updatedAt: IsoInstant,
  }),
);
export type Step = z.infer<typeof Step>;

export const Interview = z.lazy(() =>
  z.object({
    id: z.string(),
    ownerEmail: EmailAddress,
    /** Message-ID (or SES id) of the forwarded message, the idempotency key. */
    sourceMessageId: z.string(),
    calendarUid: z.nullable(z.string()),
    company: z.nullable(z.string()),
    role: z.nullable(z.string()),
    start: IsoInstant,
    end: z.nullable(IsoInstant),
    timezone: IanaZone,
    interviewers: z.array(Interviewer),
    meetingUrl: z.nullable(z.string()),
    /** Who arranged the interview (recruiter, coordinator): the follow-up goes to them. */
    coordinator: z.optional(
      z.nullable(
        z.object({
          name: z.nullable(z.string().check(z.maxLength(200))),
          email: z.nullable(EmailAddress),
        }),
      ),
    ),
    notes: z._default(z.array(z.string()), []),
    decisionBy: z._default(z.nullable(IsoDate), null),
    /** The display name on the mail the seeker forwarded: their name when configuration has none. */
    seekerName: z.optional(z.nullable(TrimmedText(1, 200))),
    /**
     * Interviewer addresses typed in by hand (Fix details) that no forward named: a draft goes to
     * one only after the owner ticks it on the review page. Absent on older items.
     */
    unconfirmedRecipients: z.optional(z.array(z.string())),
    status: InterviewStatus,
    createdAt: IsoInstant,
    updatedAt: IsoInstant,
  }),
);
export type Interview = z.infer<typeof Interview>;

/** Every step of the playbook can be switched off; on unless said. */
const enabled = z._default(z.boolean(), true);

/** The playbook is data: every timing is configurable per deployment. Times are in the owner's zone. */
export const Playbook = z.lazy(() =>
  z.object({
    prep: z.prefault(
      z.object({
        enabled,
        daysBefore: z._default(IntBetween(0, 14), 1),
        at: z._default(ClockTime, '18:00'),
      }),
      {},
    ),
    thank_you: z.prefault(
      z.object({
        enabled,
        minutesAfterEnd: z._default(IntBetween(0, 24 * 60), 60),
        /** A thank-you logged late still goes out up to this long after the end. */
        latestHoursAfterEnd: z._default(IntBetween(1, 168), 48),
      }),
      {},
    ),
    follow_up: z.prefault(
      z.object({
        enabled,
        daysAfter: z._default(IntBetween(1, 60), 7),
        at: z._default(ClockTime, '09:00'),
      }),
      {},
    ),
    call: z.prefault(
      z.object({
        enabled,
        defaultDaysAfter: z._default(IntBetween(1, 120), 14),
        at: z._default(ClockTime, '09:00'),
      }),
      {},
    ),
    close_out: z.prefault(
      z.object({
        enabled,
        daysAfterCall: z._default(IntBetween(1, 120), 7),
        at: z._default(ClockTime, '09:00'),
      }),
      {},
    ),
    /** Default waking hours of owners who did not set their own. */
    ownerWakingHours: z._default(HoursWindow, { start: '08:00', end: '21:00' }),
    interviewerBusinessHours: z._default(HoursWindow, { start: '09:00', end: '17:00' }),
    /** ISO weekdays (1 = Monday) on which interviewers get email. */
    businessDays: z._default(z.array(IntBetween(1, 7)).check(z.minLength(1)), [1, 2, 3, 4, 5]),
    maxInterviewerSends: z._default(IntBetween(0, 10), 3),
    minDaysBetweenOutreach: z._default(z.number().check(z.minimum(0), z.maximum(30)), 3),
    /** "Realistically, expect an answer by" = the stated timeline times this. */
    realisticTimelineFactor: z._default(z.number().check(z.minimum(1), z.maximum(5)), 2),
  }),
);
export type Playbook = z.infer<typeof Playbook>;

/** Every playbook default, for callers with no deployment config (the CLI's plan preview). */
export function defaultPlaybook(): Playbook {
  return Playbook.parse({});
}
