// The one way the CLI prints a time: "Tue 7 Dec 2027, 14:00 PST (America/Los_Angeles)", in a
// named zone, else at the offset the time was written with.
import { DateTime } from 'luxon';

function at(iso: string, zone: string | null): DateTime {
  const parsed = zone ? DateTime.fromISO(iso, { zone }) : DateTime.fromISO(iso, { setZone: true });
  return parsed.setLocale('en-US');
}

const zoneName = (zone: string | null) => (zone ? ` (${zone})` : '');

/** A day: "Tue 7 Dec 2027". */
export function formatDay(iso: string, zone: string | null = null): string {
  return at(iso, zone).toFormat('ccc d LLL yyyy');
}

/**
 * One instant: "Tue 7 Dec 2027, 14:00 PST (America/Los_Angeles)"; without the zone's name in a
 * list whose heading names it.
 */
export function formatWhen(iso: string, zone: string | null, named = true): string {
  return `${at(iso, zone).toFormat('ccc d LLL yyyy, HH:mm ZZZZ')}${named ? zoneName(zone) : ''}`;
}

/** A span: "Tue 7 Dec 2027, 14:00–14:45 PST (America/Los_Angeles)"; the end's day when it differs. */
export function formatSpan(startIso: string, endIso: string | null, zone: string | null): string {
  if (!endIso) return formatWhen(startIso, zone);
  const start = at(startIso, zone);
  const end = at(endIso, zone ?? start.zoneName);
  const endText = end.hasSame(start, 'day')
    ? end.toFormat('HH:mm ZZZZ')
    : end.toFormat('ccc d LLL yyyy, HH:mm ZZZZ');
  return `${start.toFormat('ccc d LLL yyyy, HH:mm')}–${endText}${zoneName(zone)}`;
}
