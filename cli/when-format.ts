// The one way the CLI prints a time: "Tue 7 Dec 2027, 14:00 PST (America/Los_Angeles)", in a
// named zone, else at the offset the time was written with.

import { ZonedTime } from '#core/zoned-time.js';
import { formatZoned } from '#core/zoned-time-format.js';

function at(iso: string, zone: string | null): ZonedTime {
  const parsed = zone
    ? ZonedTime.fromISO(iso, zone)
    : ZonedTime.fromISO(iso, 'UTC', { keepWrittenOffset: true });
  if (!parsed) throw new RangeError(`not an ISO 8601 time: ${iso}`);
  return parsed;
}

const zoneName = (zone: string | null) => (zone ? ` (${zone})` : '');

/** A day: "Tue 7 Dec 2027". */
export function formatDay(iso: string, zone: string | null = null): string {
  return formatZoned(at(iso, zone), 'ccc d LLL yyyy');
}

/**
 * One instant: "Tue 7 Dec 2027, 14:00 PST (America/Los_Angeles)"; without the zone's name in a
 * list whose heading names it.
 */
export function formatWhen(iso: string, zone: string | null, named = true): string {
  return `${formatZoned(at(iso, zone), 'ccc d LLL yyyy, HH:mm ZZZZ')}${named ? zoneName(zone) : ''}`;
}

/** A span: "Tue 7 Dec 2027, 14:00–14:45 PST (America/Los_Angeles)"; the end's day when it differs. */
export function formatSpan(startIso: string, endIso: string | null, zone: string | null): string {
  if (!endIso) return formatWhen(startIso, zone);
  const start = at(startIso, zone);
  const end = at(endIso, zone ?? start.zone);
  const endText = end.hasSameDay(start)
    ? formatZoned(end, 'HH:mm ZZZZ')
    : formatZoned(end, 'ccc d LLL yyyy, HH:mm ZZZZ');
  return `${formatZoned(start, 'ccc d LLL yyyy, HH:mm')}–${endText}${zoneName(zone)}`;
}
