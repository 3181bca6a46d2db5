// When an owner's weekly digest goes out, and which week a run belongs to. Pure: in the owner's
// zone, so "Monday morning" is their Monday morning across daylight-saving changes.
import type { HoursWindow } from './domain.js';
import { ZonedTime } from './zoned-time.js';

/** The next Monday at the start of the owner's waking hours, strictly after `now`. */
export function nextDigestAt(now: Date, zone: string, waking: HoursWindow): Date {
  const [hour, minute] = waking.start.split(':').map(Number);
  const here = ZonedTime.of(now, zone);
  let at = here.startOfWeek().atTime(hour ?? 8, minute ?? 0);
  if (at <= here) at = at.plusDays(7);
  return at.toDate();
}

/** "2027-W10": the ISO week of `now` in the owner's zone; one digest per owner per week. */
export function digestWeek(now: Date, zone: string): string {
  const { year, week } = ZonedTime.of(now, zone).isoWeek;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
