// Dates of messages: the RFC 5322 Date header, and the "Date:"/"Sent:" line of a forwarded
// block ("Mon, Nov 9, 2026 at 10:14 AM", "December 1, 2026 at 5:20:11 PM EST",
// "Thursday, November 12, 2026 7:02 PM"). A forwarded date without a zone is shown in the
// forwarder's zone, so it is read in the seeker's zone.
import { fromRFC2822 } from '../core/rfc2822-date.js';
import { ZonedTime } from '../core/zoned-time.js';
import { findTimeRanges } from './clock-times.js';
import { findDates } from './dates.js';
import { OTHER_LANGUAGE_DAY_WORDS } from './languages/index.js';
import { zoneAt, zoneOfMention } from './zones.js';

/** ISO 8601 in the sender's own offset, or null. */
export function messageDateToIso(value: string | null): string | null {
  if (!value) return null;
  const cleaned = value
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const date =
    fromRFC2822(cleaned) ??
    fromRFC2822(cleaned.replace(/^\w+,\s*/, '')) ??
    forwardedDate(cleaned, 'UTC');
  return date ? date.toOffsetISO() : null;
}

/**
 * Only US-English clients write the month first: a date line with a weekday or month in another
 * language ("quinta, 11/02/2027") is day first.
 */
function writtenDayFirst(value: string): boolean {
  return (value.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => OTHER_LANGUAGE_DAY_WORDS.has(w));
}

/** "12/02/2027 17.35": a dotted clock reading right after a header's date. */
const DOTTED_TIME =
  /^[\s,]*(?:(?:at|à|às|alle|um|om|kl\.?|a las)\s+)?(\d{1,2})\.(\d{2})(?![\d.])/iu;

/**
 * A forwarded block's date line, read in `zone` unless it names its own. `dayFirst` says the
 * line's label was another language's, so "12/02/2027" is the 12th of February.
 */
export function forwardedDate(value: string, zone: string, dayFirst = false): ZonedTime | null {
  const rfc = fromRFC2822(
    value
      .replace(/\([^)]*\)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  if (rfc) return rfc;
  const iso = ZonedTime.fromISO(value.trim(), zone, { keepWrittenOffset: true });
  if (iso) return iso;
  const date = findDates(value, dayFirst || writtenDayFirst(value)).find(
    (d) => d.kind === 'absolute',
  );
  if (date?.kind !== 'absolute' || date.year === null) return null;
  const dotted = DOTTED_TIME.exec(value.slice(date.end));
  const time =
    findTimeRanges(value.slice(date.end))[0] ??
    (dotted && Number(dotted[1]) < 24 && Number(dotted[2]) < 60
      ? {
          start: { hour: Number(dotted[1]), minute: Number(dotted[2]) },
          end: dotted[0].length,
        }
      : undefined);
  const written = time ? zoneAt(value, date.end + time.end, 3, false) : null;
  return ZonedTime.fromWall(
    {
      year: date.year,
      month: date.month,
      day: date.day,
      hour: time?.start.hour ?? 0,
      minute: time?.start.minute ?? 0,
    },
    written ? zoneOfMention(written) : zone,
  );
}
