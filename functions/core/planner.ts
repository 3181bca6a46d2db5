// The playbook planner: (interview, owner, playbook, now) → every step with its due instant.
// Pure. All calendar arithmetic happens in the owner's zone (ZonedTime), so "7 days later at
// 09:00" stays 09:00 across a daylight-saving change.
import { type DaysOffRule, dayOffShift, offDaysOff } from './day-off-shift.js';
import type { HoursWindow, Interview, Owner, Playbook, StepKind } from './domain.js';
import { type HolidayCalendar, NO_HOLIDAYS } from './public-holidays.js';
import { EVERY_DAY, nextSendMoment } from './send-window.js';
import { ZonedTime } from './zoned-time.js';

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

/** Why a step the owner switched off in their settings is skipped. */
export const SWITCHED_OFF = 'switched off in your settings';

/** A moved-to-now step waits this long, so the acknowledgement arrives first. */
const SETTLE_MINUTES = 5;
/** A prep reminder closer than this to the start no longer helps. */
export const PREP_MIN_LEAD_MINUTES = 30;

export interface PlanInput {
  interview: Interview;
  owner: Owner;
  playbook: Playbook;
  now: Date;
  /** Public holidays; weekends only when absent. */
  holidays?: HolidayCalendar;
}

/**
 * The days each step avoids. The follow-up and the call reach the company, so they keep off its
 * weekends and public holidays (in the interview's zone); the close-out is the owner's own
 * reminder, so only the owner's public holidays move it.
 */
export function daysOffRules(input: Omit<PlanInput, 'now'>) {
  const holidays = input.holidays ?? NO_HOLIDAYS;
  const company: DaysOffRule = {
    zone: input.interview.timezone,
    workingDays: input.playbook.businessDays,
    holidays,
  };
  const owner: DaysOffRule = { zone: input.owner.timezone, workingDays: EVERY_DAY, holidays };
  return { follow_up: company, call: company, close_out: owner };
}

function atClock(day: ZonedTime, clock: string): ZonedTime {
  const [hour, minute] = clock.split(':').map(Number);
  return day.startOfDay().atTime(hour ?? 0, minute ?? 0);
}

/** The owner's own waking hours, else the playbook's. */
export function wakingHoursOf(owner: Owner, playbook: Playbook): HoursWindow {
  return owner.wakingHours ?? playbook.ownerWakingHours;
}

/** The dates of the plan in the owner's zone: the interview day and the call day. */
export function planDates(input: Omit<PlanInput, 'now'>) {
  const zone = input.owner.timezone;
  const start = instantIn(input.interview.start, zone);
  const parsedEnd = input.interview.end ? instantIn(input.interview.end, zone) : null;
  // Without an end, an hour: what most interviews take.
  const end = parsedEnd && parsedEnd > start ? parsedEnd : start.plusMinutes(60);
  const interviewDay = start.startOfDay();
  const stated = input.interview.decisionBy
    ? (ZonedTime.fromISO(input.interview.decisionBy, zone)?.startOfDay() ?? null)
    : null;
  // A decision date on or before the interview day is a misreading: fall back to the default.
  const callDay =
    stated && stated > interviewDay
      ? stated
      : interviewDay.plusDays(input.owner.decisionDays ?? input.playbook.call.defaultDaysAfter);
  // "Realistically, expect an answer by": hiring takes longer than hiring managers say.
  const statedDays = Math.round(callDay.diffDays(interviewDay));
  const realisticDay = interviewDay.plusDays(
    Math.ceil(statedDays * input.playbook.realisticTimelineFactor),
  );
  return {
    zone,
    start,
    end,
    interviewDay,
    callDay,
    statedDecision: callDay === stated,
    statedDays,
    realisticDay,
  };
}

/** An interview's start or end (validated ISO instants) in `zone`. */
function instantIn(iso: string, zone: string): ZonedTime {
  const at = ZonedTime.fromISO(iso, zone);
  if (!at) throw new RangeError(`not an ISO 8601 time: ${iso}`);
  return at;
}

export function planSteps(input: PlanInput): PlannedStep[] {
  const { owner, playbook } = input;
  const now = ZonedTime.of(input.now, owner.timezone);
  const { zone, start, end, interviewDay, callDay, realisticDay } = planDates(input);
  const waking = wakingHoursOf(owner, playbook);
  const rules = daysOffRules(input);

  /** Forward into the owner's waking hours. */
  const awake = (at: ZonedTime) =>
    ZonedTime.of(nextSendMoment(at.toDate(), zone, waking, EVERY_DAY), zone);
  const soon = () => awake(now.plusMinutes(SETTLE_MINUTES));

  const steps: PlannedStep[] = [];
  const add = (
    kind: StepKind,
    at: ZonedTime,
    status: PlannedStep['status'],
    reason: string | null,
  ) =>
    steps.push({
      kind,
      audience: STEP_AUDIENCE[kind],
      dueAt: at.toISO(),
      status,
      reason,
    });

  /**
   * A step whose moment passed: still today (owner's day) and the owner is awake → soon;
   * otherwise it no longer makes sense.
   */
  const late = (at: ZonedTime): ZonedTime | null => {
    if (at >= now) return at;
    const moved = soon();
    return moved.hasSameDay(at) ? moved : null;
  };

  if (playbook.prep.enabled) {
    const nominal = awake(
      atClock(interviewDay.plusDays(-playbook.prep.daysBefore), playbook.prep.at),
    );
    // Logged late, a prep still helps as long as it comes a while before the interview.
    const due = nominal >= now ? nominal : soon();
    if (nominal >= start) add('prep', nominal, 'skipped', 'would land after the interview starts');
    else if (due > start.plusMinutes(-PREP_MIN_LEAD_MINUTES))
      add('prep', nominal, 'skipped', 'its time has passed');
    else add('prep', due, 'scheduled', due.equals(nominal) ? null : 'logged late: moved to now');
  }

  // Outreach: thank-you, then follow-up, each subject to the cap and the spacing rule.
  let outreachPlanned = 0;
  let lastOutreach: ZonedTime | null = null;
  const capReached = () => outreachPlanned >= playbook.maxInterviewerSends;

  if (playbook.thank_you.enabled) {
    const nominal = awake(end.plusMinutes(playbook.thank_you.minutesAfterEnd));
    const latest = end.plusHours(playbook.thank_you.latestHoursAfterEnd);
    const due = nominal >= now ? nominal : soon();
    if (capReached())
      add('thank_you', nominal, 'skipped', 'the cap of sends per interview is reached');
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
      atClock(interviewDay.plusDays(playbook.follow_up.daysAfter), playbook.follow_up.at),
    );
    let reason: string | null = null;
    const earliest = lastOutreach?.plusDays(playbook.minDaysBetweenOutreach);
    if (earliest && nominal < earliest) {
      // The morning after the spacing runs out.
      let moved = atClock(earliest, playbook.follow_up.at);
      if (moved < earliest) moved = moved.plusDays(1);
      nominal = awake(moved);
      reason = `${playbook.minDaysBetweenOutreach} days after the thank-you`;
    }
    const shifted = awake(offDaysOff(nominal, rules.follow_up));
    reason = dayOffShift(nominal, shifted, rules.follow_up) ?? reason;
    nominal = shifted;
    const due = late(nominal);
    if (capReached())
      add('follow_up', nominal, 'skipped', 'the cap of sends per interview is reached');
    else if (nominal.startOfDay() >= callDay)
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

  if (playbook.call.enabled) {
    const planned = awake(atClock(callDay, playbook.call.at));
    const callAt = awake(offDaysOff(planned, rules.call));
    const due = late(callAt);
    if (!due) add('call', callAt, 'skipped', 'the decision date has passed');
    else
      add(
        'call',
        due,
        'scheduled',
        due.equals(callAt) ? dayOffShift(planned, callAt, rules.call) : 'logged late: moved to now',
      );
  }

  if (playbook.close_out.enabled) {
    // Never before the answer date the acknowledgement gives: the two must agree.
    const afterCall = callDay.plusDays(playbook.close_out.daysAfterCall);
    const closeDay = ZonedTime.max(afterCall, realisticDay);
    const planned = awake(atClock(closeDay, playbook.close_out.at));
    const nominal = awake(offDaysOff(planned, rules.close_out));
    const due = late(nominal);
    if (!due) add('close_out', nominal, 'skipped', 'its time has passed');
    else
      add(
        'close_out',
        due,
        'scheduled',
        due.equals(nominal)
          ? dayOffShift(planned, nominal, rules.close_out)
          : 'logged late: moved to now',
      );
  }

  // Steps the owner switched off stay in the plan as skipped, so switching one back on re-arms it.
  const off = new Set(owner.stepsOff ?? []);
  return steps
    .map((step) =>
      off.has(step.kind) && step.status === 'scheduled'
        ? { ...step, status: 'skipped' as const, reason: SWITCHED_OFF }
        : step,
    )
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
}

/** When the close-out falls for a call at `callAt` (a snoozed call moves the close-out with it). */
export function closeOutAfterCall(
  callAt: Date,
  input: Omit<PlanInput, 'now'>,
): { at: Date; reason: string | null } {
  const { owner, playbook } = input;
  const zone = owner.timezone;
  const callDay = ZonedTime.of(callAt, zone);
  const waking = wakingHoursOf(owner, playbook);
  const awake = (at: ZonedTime) =>
    ZonedTime.of(nextSendMoment(at.toDate(), zone, waking, EVERY_DAY), zone);
  const planned = awake(
    atClock(callDay.plusDays(playbook.close_out.daysAfterCall), playbook.close_out.at),
  );
  const rule = daysOffRules(input).close_out;
  const at = awake(offDaysOff(planned, rule));
  return { at: at.toDate(), reason: dayOffShift(planned, at, rule) };
}

/** A snooze lands inside the owner's waking hours, and never in the past. */
export function snoozeMoment(until: Date, now: Date, owner: Owner, playbook: Playbook): Date {
  const earliest = new Date(Math.max(until.getTime(), now.getTime() + SETTLE_MINUTES * 60_000));
  const waking = wakingHoursOf(owner, playbook);
  return nextSendMoment(earliest, owner.timezone, waking, EVERY_DAY);
}
