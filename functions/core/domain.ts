// Domain types. Schemas validate data where it enters (config, events, forms, store reads);
// inside the core the inferred types are trusted.
import { IANAZone } from 'luxon';
import * as z from 'zod';

export const IanaZone = z
  .string()
  .refine((zone) => IANAZone.isValidZone(zone), { message: 'not a valid IANA time zone' });

/** The seeker's zone when nothing names one (the CLI's --tz, the dev runtime, the demo). */
export const DEFAULT_ZONE = 'America/New_York';

/** zod's email rule, plus `<local part>@localhost`: the local runtime's addresses (interviews@localhost). */
const EMAIL_OR_LOCALHOST = new RegExp(
  `${z.regexes.email.source}|^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@localhost$`,
);

export const EmailAddress = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ pattern: EMAIL_OR_LOCALHOST }));

/** "HH:MM", 24-hour clock. */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM (24-hour)');

export const HoursWindow = z
  .object({ start: ClockTime, end: ClockTime })
  .refine((w) => w.start < w.end, { message: 'start must be before end' });
export type HoursWindow = z.infer<typeof HoursWindow>;

/** ISO 8601 instant with an offset or Z. */
export const IsoInstant = z.iso.datetime({ offset: true });
/** YYYY-MM-DD. */
export const IsoDate = z.iso.date();

export const Interviewer = z.object({
  name: z.string().trim().min(1).max(200),
  email: EmailAddress.nullable(),
  /** The interviewer's zone for business hours; the interview's zone when unknown. */
  timezone: IanaZone.nullable().default(null),
  /** One thing the seeker talked about with this person, for their thank-you. */
  topic: z.string().trim().max(300).nullable().optional(),
});
export type Interviewer = z.infer<typeof Interviewer>;

export const Owner = z.object({
  email: EmailAddress,
  /** The name drafts are signed with; none when the seeker did not give one (never guessed). */
  name: z.string().trim().min(1).max(200).nullable().default(null),
  /** Closes every draft; the name alone when absent. */
  signature: z.string().trim().min(1).max(1000).optional(),
  /** Steps this owner switched off (the deployment's playbook decides the rest). */
  stepsOff: z.array(z.enum(['prep', 'thank_you', 'follow_up', 'call', 'close_out'])).optional(),
  /** The decision timeline assumed when an interview states none, in days. */
  decisionDays: z.number().int().min(1).max(120).optional(),
  /** Paused owners get no reminder and no send until they resume. */
  paused: z.boolean().optional(),
  /** A weekly summary of what needs them, off unless switched on. */
  weeklyDigest: z.boolean().optional(),
  timezone: IanaZone,
  /** Address on the deployment's domain that drafts are sent from; replies come back to it. */
  sendingAddress: EmailAddress,
  /** Unset: the playbook's ownerWakingHours. */
  wakingHours: HoursWindow.optional(),
});
export type Owner = z.infer<typeof Owner>;

export const StepKind = z.enum(['prep', 'thank_you', 'follow_up', 'call', 'close_out']);
export type StepKind = z.infer<typeof StepKind>;

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

export const Draft = z.object({
  interviewerName: z.string(),
  interviewerEmail: EmailAddress.nullable(),
  subject: z.string().max(300),
  body: z.string().max(20_000),
  /** Set once this draft went out, so a retried send skips it. */
  sentMessageId: z.string().nullable().default(null),
  /**
   * When this draft was handed to the mail provider, recorded before the call. Set with no
   * `sentMessageId`, the run died before hearing back: it may have gone out.
   */
  attemptedAt: IsoInstant.nullable().optional(),
  /** False when the seeker unticked this recipient: the draft is kept but never sent. */
  selected: z.boolean().optional(),
});
export type Draft = z.infer<typeof Draft>;

export const Step = z.object({
  interviewId: z.string(),
  kind: StepKind,
  /** Who the step's email goes to when it fires: a reminder to the owner, or outreach. */
  audience: z.enum(['owner', 'interviewer']),
  dueAt: IsoInstant,
  status: StepStatus,
  scheduleName: z.string().nullable(),
  drafts: z.array(Draft).default([]),
  /** When an approved send is queued for the interviewer's business hours. */
  sendAt: IsoInstant.nullable().default(null),
  lastError: z.string().nullable().default(null),
  /**
   * The run that holds the step while it is 'sending'. Every write of that run is conditional
   * on it, so a run that lost the step to a takeover changes nothing.
   */
  sendRun: z.string().nullable().optional(),
  /**
   * When the reminder email went out. Null between claiming the step and sending it, so a run
   * that died in that window is detected and redone.
   */
  remindedAt: IsoInstant.nullable().optional(),
  /** Why the planner moved or skipped the step, or that the owner skipped it. */
  reason: z.string().nullable().optional(),
  updatedAt: IsoInstant,
});
export type Step = z.infer<typeof Step>;

export const Interview = z.object({
  id: z.string(),
  ownerEmail: EmailAddress,
  /** Message-ID (or SES id) of the forwarded message, the idempotency key. */
  sourceMessageId: z.string(),
  calendarUid: z.string().nullable(),
  company: z.string().nullable(),
  role: z.string().nullable(),
  start: IsoInstant,
  end: IsoInstant.nullable(),
  timezone: IanaZone,
  interviewers: z.array(Interviewer),
  meetingUrl: z.string().nullable(),
  /** Who arranged the interview (recruiter, coordinator): the follow-up goes to them. */
  coordinator: z
    .object({ name: z.string().max(200).nullable(), email: EmailAddress.nullable() })
    .nullable()
    .optional(),
  notes: z.array(z.string()).default([]),
  decisionBy: IsoDate.nullable().default(null),
  /** The display name on the mail the seeker forwarded: their name when configuration has none. */
  seekerName: z.string().trim().min(1).max(200).nullable().optional(),
  /**
   * Interviewer addresses typed in by hand (Fix details) that no forward named: a draft goes to
   * one only after the owner ticks it on the review page. Absent on older items.
   */
  unconfirmedRecipients: z.array(z.string()).optional(),
  status: InterviewStatus,
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
});
export type Interview = z.infer<typeof Interview>;

const StepRule = z.object({ enabled: z.boolean().default(true) });

/** The playbook is data: every timing is configurable per deployment. Times are in the owner's zone. */
export const Playbook = z.object({
  prep: StepRule.extend({
    daysBefore: z.number().int().min(0).max(14).default(1),
    at: ClockTime.default('18:00'),
  }).prefault({}),
  thank_you: StepRule.extend({
    minutesAfterEnd: z
      .number()
      .int()
      .min(0)
      .max(24 * 60)
      .default(60),
    /** A thank-you logged late still goes out up to this long after the end. */
    latestHoursAfterEnd: z.number().int().min(1).max(168).default(48),
  }).prefault({}),
  follow_up: StepRule.extend({
    daysAfter: z.number().int().min(1).max(60).default(7),
    at: ClockTime.default('09:00'),
  }).prefault({}),
  call: StepRule.extend({
    defaultDaysAfter: z.number().int().min(1).max(120).default(14),
    at: ClockTime.default('09:00'),
  }).prefault({}),
  close_out: StepRule.extend({
    daysAfterCall: z.number().int().min(1).max(120).default(7),
    at: ClockTime.default('09:00'),
  }).prefault({}),
  /** Default waking hours of owners who did not set their own. */
  ownerWakingHours: HoursWindow.default({ start: '08:00', end: '21:00' }),
  interviewerBusinessHours: HoursWindow.default({ start: '09:00', end: '17:00' }),
  /** ISO weekdays (1 = Monday) on which interviewers get email. */
  businessDays: z.array(z.number().int().min(1).max(7)).min(1).default([1, 2, 3, 4, 5]),
  maxInterviewerSends: z.number().int().min(0).max(10).default(3),
  minDaysBetweenOutreach: z.number().min(0).max(30).default(3),
  /** "Realistically, expect an answer by" = the stated timeline times this. */
  realisticTimelineFactor: z.number().min(1).max(5).default(2),
});
export type Playbook = z.infer<typeof Playbook>;

export const DEFAULT_PLAYBOOK: Playbook = Playbook.parse({});
