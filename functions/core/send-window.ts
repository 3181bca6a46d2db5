// When a message may go out: inside a daily hours window, on given ISO weekdays, in one zone.
// Used for the owner's waking hours (every day) and the interviewers' business hours (weekdays,
// never on a public holiday of the zone's country).
import type { HoursWindow } from './domain.js';
import { type HolidayCalendar, NO_HOLIDAYS } from './public-holidays.js';
import { ZonedTime } from './zoned-time.js';

/** Every ISO weekday (1 = Monday … 7 = Sunday). */
export const EVERY_DAY: readonly number[] = [1, 2, 3, 4, 5, 6, 7];

function minutesOf(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** A day on which nothing goes out in `zone`: not one of the business days, or a public holiday. */
export function isDayOff(
  day: ZonedTime,
  zone: string,
  businessDays: readonly number[],
  holidays: HolidayCalendar,
): boolean {
  const local = day.setZone(zone);
  return (
    !businessDays.includes(local.weekday) || holidays.holidayOn(zone, local.toISODate()) !== null
  );
}

/** True when `at` falls inside the window (start inclusive, end exclusive) in `zone`. */
export function isInsideWindow(
  at: Date,
  zone: string,
  hours: HoursWindow,
  businessDays: readonly number[],
  holidays: HolidayCalendar = NO_HOLIDAYS,
): boolean {
  const local = ZonedTime.of(at, zone);
  if (isDayOff(local, zone, businessDays, holidays)) return false;
  const minute = local.hour * 60 + local.minute;
  return minute >= minutesOf(hours.start) && minute < minutesOf(hours.end);
}

/**
 * `now` itself when the window is open, else the next instant it opens. Calendar arithmetic is
 * done in `zone` so a daylight-saving change never shifts the opening hour.
 */
export function nextSendMoment(
  now: Date,
  zone: string,
  hours: HoursWindow,
  businessDays: readonly number[],
  holidays: HolidayCalendar = NO_HOLIDAYS,
): Date {
  if (businessDays.length === 0) throw new RangeError('businessDays must not be empty');
  if (isInsideWindow(now, zone, hours, businessDays, holidays)) return now;
  const start = minutesOf(hours.start);
  const local = ZonedTime.of(now, zone);
  // Today's opening if it is still ahead, else a later day's; 8 days cover any weekday set, and
  // 21 more the longest run of public holidays (New Year in some countries).
  for (let offset = 0; offset <= 30; offset++) {
    const day = local.startOfDay().plusDays(offset);
    if (isDayOff(day, zone, businessDays, holidays)) continue;
    const opening = day.atTime(Math.floor(start / 60), start % 60);
    if (opening.ts > now.getTime()) return opening.toDate();
  }
  throw new RangeError(`no opening of ${hours.start}-${hours.end} found in ${zone}`);
}

/**
 * The first moment inside the window of every zone at once (a panel spread over zones), or,
 * when their windows never overlap, the next moment in the first zone's window.
 */
export function nextSendMomentForAll(
  now: Date,
  zones: readonly string[],
  hours: HoursWindow,
  businessDays: readonly number[],
  holidays: HolidayCalendar = NO_HOLIDAYS,
): Date {
  const unique = [...new Set(zones)];
  const first = unique[0];
  if (first === undefined) throw new RangeError('at least one zone is required');
  let candidate = now;
  // Each round jumps to the latest next opening; a common moment is found within a few rounds.
  for (let round = 0; round < 16; round++) {
    const openings = unique.map((zone) =>
      nextSendMoment(candidate, zone, hours, businessDays, holidays),
    );
    const latest = Math.max(...openings.map((d) => d.getTime()));
    if (openings.every((d) => d.getTime() === latest)) return new Date(latest);
    candidate = new Date(latest);
  }
  return nextSendMoment(now, first, hours, businessDays, holidays);
}
