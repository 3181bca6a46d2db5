// The playbook planner: (interview, owner, playbook, now) → every step with its due instant.
// Pure. All calendar arithmetic happens in the owner's zone with luxon, so "7 days later at
// 09:00" stays 09:00 across a daylight-saving change.
import { DateTime } from 'luxon';
import type { HoursWindow, Interview, Owner, Playbook, StepKind } from './domain.js';
import { EVERY_DAY, nextSendMoment } from './send-window.js';

export type StepAudience = 'owner' | 'interviewer';

export interface PlannedStep {
  kind: StepKind;
  /** 'interviewer': the owner is reminded at dueAt with drafts; the send happens on approve. */
  audience: StepAudience;
  /** ISO 8601 instant (UTC). For a skipped step, when it would have been due. */
  dueAt: string;
  status: 'scheduled' | 'skipped';
  /** Why the step was moved or skipped; null when it is where the playbook puts it. */
  reason: string | null;
}

export const STEP_AUDIENCE: Record<StepKind, StepAudience> = {
  prep: 'owner',
  thank_you: 'interviewer',
  follow_up: 'interviewer',
  call: 'owner',
  close_out: 'owner',
};

/** A moved-to-now step waits this long, so the acknowledgement arrives first. */
const SETTLE_MINUTES = 5;
const PREP_MIN_LEAD_MINUTES = 30;

export interface PlanInput {
  interview: Interview;
  owner: Owner;
  playbook: Playbook;
  now: Date;
}

function atClock(day: DateTime, clock: string): DateTime {
  const [hour, minute] = clock.split(':').map(Number);
  return day.startOf('day').set({ hour: hour ?? 0, minute: minute ?? 0 });
}

/** The owner's own waking hours, else the playbook's. */
export function wakingHoursOf(owner: Owner, playbook: Playbook): HoursWindow {
  return owner.wakingHours ?? playbook.ownerWakingHours;
}

/** The dates of the plan in the owner's zone: the interview day and the call day. */
export function planDates(input: Omit<PlanInput, 'now'>) {
  const zone = input.owner.timezone;
  const start = DateTime.fromISO(input.interview.start, { zone });
  const interviewDay = start.startOf('day');
  const stated = input.interview.decisionBy
    ? DateTime.fromISO(input.interview.decisionBy, { zone }).startOf('day')
    : null;
  // A decision date on or before the interview day is a misreading: fall back to the default.
  const callDay =
    stated?.isValid && stated > interviewDay
      ? stated
      : interviewDay.plus({ days: input.playbook.call.defaultDaysAfter });
  // "Realistically, expect an answer by": hiring takes longer than hiring managers say.
  const statedDays = Math.round(callDay.diff(interviewDay, 'days').days);
  const realisticDay = interviewDay.plus({
    days: Math.ceil(statedDays * input.playbook.realisticTimelineFactor),
  });
  return {
    zone,
    start,
    interviewDay,
    callDay,
    statedDecision: callDay === stated,
    statedDays,
    realisticDay,
  };
}

export function planSteps(input: PlanInput): PlannedStep[] {
  const { interview, owner, playbook } = input;
  const now = DateTime.fromJSDate(input.now, { zone: owner.timezone });
  const { zone, start, interviewDay, callDay, realisticDay } = planDates(input);
  const waking = wakingHoursOf(owner, playbook);
  const parsedEnd = interview.end ? DateTime.fromISO(interview.end, { zone }) : null;
  const end = parsedEnd && parsedEnd > start ? parsedEnd : start.plus({ minutes: 60 });

  /** Forward into the owner's waking hours. */
  const awake = (at: DateTime) =>
    DateTime.fromJSDate(nextSendMoment(at.toJSDate(), zone, waking, EVERY_DAY), { zone });
  const soon = () => awake(now.plus({ minutes: SETTLE_MINUTES }));

  const steps: PlannedStep[] = [];
  const add = (
    kind: StepKind,
    at: DateTime,
    status: PlannedStep['status'],
    reason: string | null,
  ) =>
    steps.push({
      kind,
      audience: STEP_AUDIENCE[kind],
      dueAt: at.toUTC().toISO() ?? '',
      status,
      reason,
    });

  /**
   * A step whose moment passed: still today (owner's day) and the owner is awake → soon;
   * otherwise it no longer makes sense.
   */
  const late = (at: DateTime): DateTime | null => {
    if (at >= now) return at;
    const moved = soon();
    return moved.hasSame(at, 'day') ? moved : null;
  };

  if (playbook.prep.enabled) {
    const nominal = awake(
      atClock(interviewDay.minus({ days: playbook.prep.daysBefore }), playbook.prep.at),
    );
    // Logged late, a prep still helps as long as it comes a while before the interview.
    const due = nominal >= now ? nominal : soon();
    if (nominal >= start) add('prep', nominal, 'skipped', 'would land after the interview starts');
    else if (due > start.minus({ minutes: PREP_MIN_LEAD_MINUTES }))
      add('prep', nominal, 'skipped', 'its time has passed');
    else add('prep', due, 'scheduled', due.equals(nominal) ? null : 'logged late: moved to now');
  }

  // Outreach: thank-you, then follow-up, each subject to the cap and the spacing rule.
  let outreachPlanned = 0;
  let lastOutreach: DateTime | null = null;
  const capReached = () => outreachPlanned >= playbook.maxInterviewerSends;

  if (playbook.thank_you.enabled) {
    const nominal = awake(end.plus({ minutes: playbook.thank_you.minutesAfterEnd }));
    const latest = end.plus({ hours: playbook.thank_you.latestHoursAfterEnd });
    const due = nominal >= now ? nominal : soon();
    if (capReached()) add('thank_you', nominal, 'skipped', 'the cap of sends per interview');
    else if (due > latest) add('thank_you', nominal, 'skipped', 'too long after the interview');
    else {
      add(
        'thank_you',
        due,
        'scheduled',
        due.equals(nominal) ? null : 'logged late: moved to the next sensible moment',
      );
      outreachPlanned += 1;
      lastOutreach = due;
    }
  }

  if (playbook.follow_up.enabled) {
    let nominal = awake(
      atClock(interviewDay.plus({ days: playbook.follow_up.daysAfter }), playbook.follow_up.at),
    );
    let reason: string | null = null;
    const earliest = lastOutreach?.plus({ days: playbook.minDaysBetweenOutreach });
    if (earliest && nominal < earliest) {
      // The morning after the spacing runs out.
      let moved = atClock(earliest, playbook.follow_up.at);
      if (moved < earliest) moved = moved.plus({ days: 1 });
      nominal = awake(moved);
      reason = `${playbook.minDaysBetweenOutreach} days after the thank-you`;
    }
    const due = late(nominal);
    if (capReached()) add('follow_up', nominal, 'skipped', 'the cap of sends per interview');
    else if (nominal.startOf('day') >= callDay)
      add('follow_up', nominal, 'skipped', 'would land on or after the call');
    else if (!due) add('follow_up', nominal, 'skipped', 'its time has passed');
    else {
      add(
        'follow_up',
        due,
        'scheduled',
        due.equals(nominal) ? reason : 'logged late: moved to now',
      );
      outreachPlanned += 1;
    }
  }

  const callAt = awake(atClock(callDay, playbook.call.at));
  if (playbook.call.enabled) {
    const due = late(callAt);
    if (!due) add('call', callAt, 'skipped', 'the decision date has passed');
    else add('call', due, 'scheduled', due.equals(callAt) ? null : 'logged late: moved to now');
  }

  if (playbook.close_out.enabled) {
    // Never before the answer date the acknowledgement gives: the two must agree.
    const afterCall = callDay.plus({ days: playbook.close_out.daysAfterCall });
    const closeDay = afterCall < realisticDay ? realisticDay : afterCall;
    const nominal = awake(atClock(closeDay, playbook.close_out.at));
    const due = late(nominal);
    if (!due) add('close_out', nominal, 'skipped', 'its time has passed');
    else
      add('close_out', due, 'scheduled', due.equals(nominal) ? null : 'logged late: moved to now');
  }

  return steps.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
}

/** When the close-out falls for a call at `callAt` (a snoozed call moves the close-out with it). */
export function closeOutAfterCall(callAt: Date, owner: Owner, playbook: Playbook): Date {
  const zone = owner.timezone;
  const callDay = DateTime.fromJSDate(callAt, { zone });
  const at = atClock(
    callDay.plus({ days: playbook.close_out.daysAfterCall }),
    playbook.close_out.at,
  );
  const waking = wakingHoursOf(owner, playbook);
  return nextSendMoment(at.toJSDate(), zone, waking, EVERY_DAY);
}

/** A snooze lands inside the owner's waking hours, and never in the past. */
export function snoozeMoment(until: Date, now: Date, owner: Owner, playbook: Playbook): Date {
  const earliest = new Date(Math.max(until.getTime(), now.getTime() + SETTLE_MINUTES * 60_000));
  const waking = wakingHoursOf(owner, playbook);
  return nextSendMoment(earliest, owner.timezone, waking, EVERY_DAY);
}
