// Why a step moved off a weekend or a public holiday, in the words its email states it:
// "moved to Monday 28 December: 25 December is Christmas Day in the United States, then the
// weekend". Pure: the calendar is passed in.
import type { HolidayCalendar, PublicHoliday } from './public-holidays.js';
import { isDayOff } from './send-window.js';
import { MONTH_NAMES, WEEKDAY_NAMES, type ZonedTime } from './zoned-time.js';

/** Each ISO weekday that is a working day where the step goes (every day: holidays only). */
export interface DaysOffRule {
  zone: string;
  workingDays: readonly number[];
  holidays: HolidayCalendar;
}

function daysOffBetween(from: ZonedTime, to: ZonedTime, rule: DaysOffRule) {
  const holidays: PublicHoliday[] = [];
  const weekend: ZonedTime[] = [];
  const last = to.setZone(rule.zone).startOfDay();
  for (let day = from.setZone(rule.zone).startOfDay(); day < last; day = day.plusDays(1)) {
    const holiday = rule.holidays.holidayOn(rule.zone, day.toISODate());
    if (holiday) holidays.push(holiday);
    else if (!rule.workingDays.includes(day.weekday)) weekend.push(day);
  }
  return { holidays, weekend };
}

const SHIFT_PREFIX = 'moved to ';

/** "Monday 28 December". */
function longDay(day: ZonedTime): string {
  return `${WEEKDAY_NAMES[day.weekday - 1]} ${day.day} ${MONTH_NAMES[day.month - 1]}`;
}

/** "25 December" for a YYYY-MM-DD date. */
function dayAndMonth(isoDate: string): string {
  const [, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTH_NAMES[(month ?? 1) - 1]}`;
}

/** True for a step reason written by dayOffShift (the others say why a step moved in time). */
export function isDayOffShift(reason: string | null | undefined): reason is string {
  return !!reason?.startsWith(SHIFT_PREFIX);
}

function joined(parts: string[]): string {
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * The sentence for a move from `from` to `to` across days off, or null when no day off lies
 * between them (a move from the night to the morning is not worth a sentence).
 */
export function dayOffShift(from: ZonedTime, to: ZonedTime, rule: DaysOffRule): string | null {
  const { holidays, weekend } = daysOffBetween(from, to, rule);
  if (holidays.length === 0 && weekend.length === 0) return null;
  const target = `${SHIFT_PREFIX}${longDay(to.setZone(rule.zone))}`;
  if (holidays.length === 0) return `${target}, after the weekend`;
  const named = `${joined(
    holidays.map((h) => `${dayAndMonth(h.date)} is ${h.name}`),
  )} in ${holidays[0]?.country}`;
  if (weekend.length === 0) return `${target}: ${named}`;
  const weekendFirst = (weekend[0]?.toISODate() ?? '') < (holidays[0]?.date ?? '');
  return weekendFirst
    ? `${target}: after the weekend, ${named}`
    : `${target}: ${named}, then the weekend`;
}

/** The first moment from `at` on, same clock time, on a day that is not off under `rule`. */
export function offDaysOff(at: ZonedTime, rule: DaysOffRule): ZonedTime {
  let moved = at;
  // A month covers any weekday set plus the longest run of public holidays.
  for (let i = 0; i < 31; i++) {
    if (!isDayOff(moved, rule.zone, rule.workingDays, rule.holidays)) return moved;
    moved = moved.plusDays(1);
  }
  return at;
}
