// How times read in emails and pages: always with the zone, 24-hour clock, weekday first.
import { isValidZone, MONTH_NAMES, WEEKDAY_NAMES, ZonedTime } from '#core/zoned-time.js';

/**
 * The zone of this process (an ISO time without an offset is read in it); UTC when the runtime
 * cannot name it (a TZ such as ':/etc/localtime' leaves it undefined, an empty one 'Etc/Unknown').
 */
let systemZone: string | null = null;
const ownZone = () => {
  if (systemZone === null) {
    const named: string | undefined = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    systemZone = named && isValidZone(named) ? named : 'UTC';
  }
  return systemZone;
};

function at(instant: string | Date, zone: string): ZonedTime {
  if (typeof instant !== 'string') return ZonedTime.of(instant, zone);
  const read = ZonedTime.fromISO(instant, ownZone());
  if (!read) throw new RangeError(`not an ISO 8601 time: ${instant}`);
  return read.setZone(zone);
}

const two = (n: number) => String(n).padStart(2, '0');
/** "Tue". */
const weekday = (t: ZonedTime) => WEEKDAY_NAMES[t.weekday - 1]?.slice(0, 3) ?? '';
/** "3 Mar". */
const dayMonth = (t: ZonedTime) => `${t.day} ${MONTH_NAMES[t.month - 1]?.slice(0, 3) ?? ''}`;
/** "14:00". */
const clock = (t: ZonedTime) => `${two(t.hour)}:${two(t.minute)}`;

/** "Tue 3 Mar, 14:00 EST". */
export function formatInstant(instant: string | Date, zone: string): string {
  const t = at(instant, zone);
  return `${weekday(t)} ${dayMonth(t)}, ${clock(t)} ${t.zoneAbbreviation()}`;
}

/** "Tue 3 Mar, 14:00–15:00 EST" (end optional, on the same day only). */
export function formatRange(start: string, end: string | null, zone: string): string {
  if (!end) return formatInstant(start, zone);
  const from = at(start, zone);
  const to = at(end, zone);
  if (!from.hasSameDay(to)) return `${formatInstant(start, zone)} – ${formatInstant(end, zone)}`;
  return `${weekday(from)} ${dayMonth(from)}, ${clock(from)}–${clock(to)} ${to.zoneAbbreviation()}`;
}

/** "Tue 09:05" (with the date when it is more than six days away): for "sends Tue 09:05 their time". */
export function formatShortMoment(instant: string | Date, zone: string, now: Date): string {
  const when = at(instant, zone);
  const days = when.diffDays(ZonedTime.of(now, ownZone()));
  return days > 6
    ? `${weekday(when)} ${dayMonth(when)} ${clock(when)}`
    : `${weekday(when)} ${clock(when)}`;
}

/** "Fri 20 Mar" for a YYYY-MM-DD date. */
export function formatDate(isoDate: string): string {
  const day = ZonedTime.fromISO(isoDate, 'UTC');
  if (!day) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
  return `${weekday(day)} ${dayMonth(day)}`;
}

/** "Tue 3 Mar" for an instant, in a zone. */
export function formatDay(instant: string | Date, zone: string): string {
  const t = at(instant, zone);
  return `${weekday(t)} ${dayMonth(t)}`;
}

/** "March 3": how a person says the day in a voicemail or a note. */
export function formatSpokenDay(instant: string | Date, zone: string): string {
  const t = at(instant, zone);
  return `${MONTH_NAMES[t.month - 1]} ${t.day}`;
}

/** The calendar day (YYYY-MM-DD) of an instant in a zone. */
export function localDate(instant: string | Date, zone: string): string {
  return at(instant, zone).toISODate();
}

/** Offsets differ at that instant (same-offset zones read the same to a person). */
export function sameClock(instant: string, zoneA: string, zoneB: string): boolean {
  return at(instant, zoneA).offset === at(instant, zoneB).offset;
}
