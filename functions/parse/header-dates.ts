// Dates of messages: the RFC 5322 Date header, and the "Date:"/"Sent:" line of a forwarded
// block ("Mon, Nov 9, 2026 at 10:14 AM", "December 1, 2026 at 5:20:11 PM EST",
// "Thursday, November 12, 2026 7:02 PM"). A forwarded date without a zone is shown in the
// forwarder's zone, so it is read in the seeker's zone.
import { DateTime } from 'luxon';
import { findTimeRanges } from './clock-times.js';
import { findDates } from './dates.js';
import { luxonZone, zoneAt } from './zones.js';

/** ISO 8601 in the sender's own offset, or null. */
export function messageDateToIso(value: string | null): string | null {
  if (!value) return null;
  const cleaned = value
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let date = DateTime.fromRFC2822(cleaned, { setZone: true });
  if (!date.isValid)
    date = DateTime.fromRFC2822(cleaned.replace(/^\w+,\s*/, ''), { setZone: true });
  if (!date.isValid) {
    const loose = forwardedDate(cleaned, 'UTC');
    return loose ? loose.toISO({ suppressMilliseconds: true }) : null;
  }
  return date.toISO({ suppressMilliseconds: true });
}

/** A forwarded block's date line, read in `zone` unless it names its own. */
export function forwardedDate(value: string, zone: string): DateTime | null {
  const rfc = DateTime.fromRFC2822(
    value
      .replace(/\([^)]*\)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
    { setZone: true },
  );
  if (rfc.isValid) return rfc;
  const iso = DateTime.fromISO(value.trim(), { setZone: true });
  if (iso.isValid) return iso;
  const date = findDates(value, false).find((d) => d.kind === 'absolute');
  if (date?.kind !== 'absolute' || date.year === null) return null;
  const time = findTimeRanges(value.slice(date.end))[0];
  const written = time ? zoneAt(value, date.end + time.end, 3, false) : null;
  const result = DateTime.fromObject(
    {
      year: date.year,
      month: date.month,
      day: date.day,
      hour: time?.start.hour ?? 0,
      minute: time?.start.minute ?? 0,
    },
    { zone: written ? luxonZone(written) : zone },
  );
  return result.isValid ? result : null;
}
