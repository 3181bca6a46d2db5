// When an owner's weekly digest goes out, and which week a run belongs to. Pure: in the owner's
// zone, so "Monday morning" is their Monday morning across daylight-saving changes.
import { DateTime } from 'luxon';
import type { HoursWindow } from './domain.js';

/** The next Monday at the start of the owner's waking hours, strictly after `now`. */
export function nextDigestAt(now: Date, zone: string, waking: HoursWindow): Date {
  const [hour, minute] = waking.start.split(':').map(Number);
  const here = DateTime.fromJSDate(now, { zone });
  let at = here.startOf('week').set({ hour: hour ?? 8, minute: minute ?? 0 });
  if (at <= here) at = at.plus({ weeks: 1 });
  return at.toJSDate();
}

/** "2027-W10": the ISO week of `now` in the owner's zone; one digest per owner per week. */
export function digestWeek(now: Date, zone: string): string {
  const here = DateTime.fromJSDate(now, { zone });
  return `${here.weekYear}-W${String(here.weekNumber).padStart(2, '0')}`;
}
