// How times read in emails and pages: always with the zone, 24-hour clock, weekday first.
import { DateTime } from 'luxon';

function at(instant: string | Date, zone: string): DateTime {
  const dt =
    typeof instant === 'string'
      ? DateTime.fromISO(instant, { setZone: true })
      : DateTime.fromJSDate(instant);
  return dt.setZone(zone).setLocale('en-US');
}

/** "Tue 3 Mar, 14:00 EST". */
export function formatInstant(instant: string | Date, zone: string): string {
  return at(instant, zone).toFormat('ccc d LLL, HH:mm ZZZZ');
}

/** "Tue 3 Mar, 14:00–15:00 EST" (end optional, on the same day only). */
export function formatRange(start: string, end: string | null, zone: string): string {
  const from = at(start, zone);
  if (!end) return from.toFormat('ccc d LLL, HH:mm ZZZZ');
  const to = at(end, zone);
  if (!from.hasSame(to, 'day')) {
    return `${from.toFormat('ccc d LLL, HH:mm ZZZZ')} – ${to.toFormat('ccc d LLL, HH:mm ZZZZ')}`;
  }
  return `${from.toFormat('ccc d LLL, HH:mm')}–${to.toFormat('HH:mm ZZZZ')}`;
}

/** "Tue 09:05" (with the date when it is more than six days away): for "sends Tue 09:05 their time". */
export function formatShortMoment(instant: string | Date, zone: string, now: Date): string {
  const when = at(instant, zone);
  const days = when.diff(DateTime.fromJSDate(now), 'days').days;
  return days > 6 ? when.toFormat('ccc d LLL HH:mm') : when.toFormat('ccc HH:mm');
}

/** "Fri 20 Mar" for a YYYY-MM-DD date. */
export function formatDate(isoDate: string): string {
  return DateTime.fromISO(isoDate, { zone: 'UTC' }).setLocale('en-US').toFormat('ccc d LLL');
}

/** "Tue 3 Mar" for an instant, in a zone. */
export function formatDay(instant: string | Date, zone: string): string {
  return at(instant, zone).toFormat('ccc d LLL');
}

/** "March 3": how a person says the day in a voicemail or a note. */
export function formatSpokenDay(instant: string | Date, zone: string): string {
  return at(instant, zone).toFormat('LLLL d');
}

/** The calendar day (YYYY-MM-DD) of an instant in a zone. */
export function localDate(instant: string | Date, zone: string): string {
  return at(instant, zone).toISODate() ?? '';
}

/** Offsets differ at that instant (same-offset zones read the same to a person). */
export function sameClock(instant: string, zoneA: string, zoneB: string): boolean {
  return at(instant, zoneA).offset === at(instant, zoneB).offset;
}
