// Mail from an owner: a forwarded confirmation, a change to one, or an interviewer's answer.
// Every path ends in exactly one email to the owner: the owner never hears silence about
// something they sent.
import type { Interview, Owner } from '#core/domain.js';
import { newInterviewCounter, overDailyLimit } from '#core/inbound/limits.js';
import { interviewBySender } from '#core/inbound/reply-matching.js';
import type { ParsedEmail } from '#parse/types.js';
import {
  composeAcknowledgement,
  composeLimitNotice,
  composeNotUnderstood,
  composePlanNotice,
} from '../compose.js';
import type { AppDeps } from '../deps.js';
import { interviewIdFor, logInterview } from '../log-interview.js';
import { cancelPlan, heardBack, reschedule } from '../plan-changes.js';
import type { InboundOutcome } from './inbound-outcome.js';
import { claimMeeting, releaseMeeting } from './meeting-claim.js';
import { missingDetails } from './missing-details.js';
import {
  existingInterviewFor,
  interviewAnswered,
  interviewByCalendarUid,
  sameMeetingLogged,
} from './owned-interviews.js';
import { replyToOwner } from './reply-to-owner.js';

export interface OwnerMail {
  owner: Owner;
  parsed: ParsedEmail;
  /** Idempotency key of the delivery (SES message id), the fallback source id. */
  deliveryId: string;
}

export async function handleOwnerMail(deps: AppDeps, mail: OwnerMail): Promise<InboundOutcome> {
  const { owner, parsed } = mail;
  const answer = await forwardedAnswer(deps, owner, parsed);
  if (answer) {
    await heardBack(deps, answer.id);
    await notify(deps, mail, answer.id, 'heard_back');
    return { outcome: 'heard_back', interviewId: answer.id, via: 'owner_forward' };
  }
  switch (parsed.kind) {
    case 'cancelled':
      return cancelled(deps, mail);
    case 'rescheduled':
      return rescheduled(deps, mail);
    case 'scheduled':
      return scheduled(deps, mail);
    default:
      return notAnInterview(deps, mail);
  }
}

/**
 * The interview an owner's forward answers for the interviewer: the original replies to one
 * of our sent drafts, or (when the original is not itself an interview notice) comes from
 * one of this owner's interviewers.
 */
async function forwardedAnswer(
  deps: AppDeps,
  owner: Owner,
  parsed: ParsedEmail,
): Promise<Interview | null> {
  const original = parsed.original;
  if (!original) return null;
  const answered = await interviewAnswered(deps, [owner], original);
  if (answered) return answered.interview;
  const sender = original.from?.address;
  if (parsed.kind !== 'not_interview' || !sender) return null;
  const interviews = await deps.store.listInterviewsByOwner(owner.email);
  return interviewBySender(interviews, sender, deps.clock.now());
}

async function cancelled(deps: AppDeps, mail: OwnerMail): Promise<InboundOutcome> {
  const target = await existingInterviewFor(deps, mail.owner, mail.parsed, ['active', 'cancelled']);
  if (!target) {
    return notUnderstood(deps, mail, ['which of your interviews this cancels'], 'cancel_unmatched');
  }
  await cancelPlan(deps, target.id);
  await notify(deps, mail, target.id, 'cancelled');
  return { outcome: 'cancelled', interviewId: target.id };
}

async function rescheduled(deps: AppDeps, mail: OwnerMail): Promise<InboundOutcome> {
  const { parsed } = mail;
  if (!parsed.start) return notUnderstood(deps, mail, ['the new date and time']);
  const target = await existingInterviewFor(deps, mail.owner, parsed);
  // A move of an interview we never saw is, for the owner, simply the interview to log.
  if (!target) return logNew(deps, mail, parsed.start, 'logged_from_reschedule');
  return move(deps, mail, target, parsed.start);
}

async function scheduled(deps: AppDeps, mail: OwnerMail): Promise<InboundOutcome> {
  const { parsed, owner } = mail;
  if (!parsed.start) return notUnderstood(deps, mail, missingDetails(parsed));
  // An updated invitation carries the same calendar UID: a new time means the interview moved.
  const byUid = await interviewByCalendarUid(deps, owner, parsed.calendar?.uid, LIVE);
  if (byUid && byUid.status === 'active' && !sameInstant(byUid.start, parsed.start)) {
    return move(deps, mail, byUid, parsed.start);
  }
  const known = byUid ?? (await sameMeetingLogged(deps, owner, { ...parsed, start: parsed.start }));
  if (known && known.sourceMessageId === sourceIdOf(mail)) {
    // Logged from this very message by an attempt that died before finishing: logging again
    // completes whatever that attempt left undone (steps, schedules), then acknowledges.
    return logAndAcknowledge(deps, mail, parsed.start, 'logged');
  }
  if (known) {
    await acknowledge(deps, mail, known);
    return { outcome: 'already_logged', interviewId: known.id };
  }
  return logNew(deps, mail, parsed.start, 'logged');
}

/** What logging an interview may be reported as. */
type Logged = Extract<InboundOutcome, { created: boolean }>;

/** Interview statuses a repeated invitation may refer to. */
const LIVE: readonly Interview['status'][] = ['active', 'heard_back', 'closed'];

function sourceIdOf(mail: OwnerMail): string {
  return mail.parsed.outer.messageId ?? mail.deliveryId;
}

async function move(
  deps: AppDeps,
  mail: OwnerMail,
  target: Interview,
  start: string,
): Promise<InboundOutcome> {
  const { parsed } = mail;
  const { moved } = await reschedule(deps, target.id, {
    start,
    end: parsed.end,
    ...(parsed.timezone ? { timezone: parsed.timezone } : {}),
  });
  await notify(deps, mail, target.id, 'moved');
  return { outcome: 'rescheduled', interviewId: target.id, stepsMoved: moved.length };
}

async function logNew(
  deps: AppDeps,
  mail: OwnerMail,
  start: string,
  outcome: Logged['outcome'],
): Promise<InboundOutcome> {
  const { owner, parsed } = mail;
  // Simultaneous forwards of one confirmation under different Message-IDs: one logs it.
  const probe = {
    ownerEmail: owner.email,
    start,
    company: parsed.company,
    interviewId: interviewIdFor(owner.email, sourceIdOf(mail)),
  };
  const claim = await claimMeeting(deps, probe);
  if (!claim.mine) {
    await acknowledge(deps, mail, claim.interview);
    return { outcome: 'already_logged', interviewId: claim.interview.id };
  }
  const counter = newInterviewCounter(owner.email, owner.timezone, deps.clock.now());
  const count = await deps.store.incrementCounter(counter.name, counter.expiresAt);
  if (overDailyLimit(count, deps.config.limits)) {
    await releaseMeeting(deps, probe);
    const notice = await composeLimitNotice(deps, {
      owner,
      reason: 'daily_limit',
      subject: parsed.outer.subject,
    });
    await replyToOwner(deps, owner, notice, parsed.outer.messageId);
    return {
      outcome: 'daily_limit',
      count,
      limit: deps.config.limits.maxNewInterviewsPerOwnerPerDay,
    };
  }
  return logAndAcknowledge(deps, mail, start, outcome);
}

async function logAndAcknowledge(
  deps: AppDeps,
  mail: OwnerMail,
  start: string,
  outcome: Logged['outcome'],
): Promise<InboundOutcome> {
  const { owner, parsed } = mail;
  const { interview, steps, created } = await logInterview(deps, {
    owner,
    parsed: { ...parsed, start },
    sourceMessageId: sourceIdOf(mail),
  });
  const email = await composeAcknowledgement(deps, {
    interview,
    steps,
    owner,
    doubts: parsed.warnings,
  });
  await replyToOwner(deps, owner, email, parsed.outer.messageId);
  return { outcome, interviewId: interview.id, created, steps: steps.length };
}

async function acknowledge(deps: AppDeps, mail: OwnerMail, interview: Interview): Promise<void> {
  const steps = await deps.store.listSteps(interview.id);
  const email = await composeAcknowledgement(deps, {
    interview,
    steps,
    owner: mail.owner,
    doubts: mail.parsed.warnings,
  });
  await replyToOwner(deps, mail.owner, email, mail.parsed.outer.messageId);
}

async function notify(
  deps: AppDeps,
  mail: OwnerMail,
  interviewId: string,
  change: 'moved' | 'cancelled' | 'heard_back',
): Promise<void> {
  const interview = await deps.store.getInterview(interviewId);
  if (!interview) throw new Error(`interview ${interviewId} vanished`);
  const steps = await deps.store.listSteps(interviewId);
  const email = await composePlanNotice(deps, { owner: mail.owner, interview, steps, change });
  await replyToOwner(deps, mail.owner, email, mail.parsed.outer.messageId);
}

export async function notUnderstood(
  deps: AppDeps,
  mail: Pick<OwnerMail, 'owner' | 'parsed'>,
  missing: string[],
  outcome: Extract<InboundOutcome, { missing: number }>['outcome'] = 'not_understood',
): Promise<InboundOutcome> {
  const email = await composeNotUnderstood(deps, {
    owner: mail.owner,
    subject: mail.parsed.outer.subject,
    missing,
  });
  await replyToOwner(deps, mail.owner, email, mail.parsed.outer.messageId);
  return { outcome, missing: missing.length };
}

/** A forward that books nothing (a receipt, a rejection, an event): said so, with manual entry. */
async function notAnInterview(deps: AppDeps, mail: OwnerMail): Promise<InboundOutcome> {
  const email = await composeNotUnderstood(deps, {
    owner: mail.owner,
    subject: mail.parsed.outer.subject,
    missing: [],
    notInterview: true,
  });
  await replyToOwner(deps, mail.owner, email, mail.parsed.outer.messageId);
  return { outcome: 'not_interview' };
}

function sameInstant(a: string, b: string): boolean {
  return Date.parse(a) === Date.parse(b);
}
