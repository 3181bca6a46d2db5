// The date of a mail header ("Tue, 9 Nov 2027 10:14:05 -0500 (EST)"), read as luxon's
// fromRFC2822 reads it, which the parser's readings were built on: strict (a weekday that does
// not match the date, a lowercase month or a missing zone is no RFC 2822 date, so the caller
// falls back to its looser readers), and kept in the writer's own offset. The runtime's
// Date.parse is no substitute: it accepts almost anything and forgets the offset.
import { fixedOffsetZone, ZonedTime } from './zoned-time.js';

const RFC_2822 =
  /^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s)?(\d{1,2})\s(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s(\d{2,4})\s(\d\d):(\d\d)(?::(\d\d))?\s(?:(UT|GMT|[ECMP][SD]T)|([Zz])|(?:([+-]\d\d)(\d\d)))$/;

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The obsolete North American zone names RFC 2822 still allows, in minutes from UTC. */
const OBSOLETE_ZONES: Record<string, number> = {
  UT: 0,
  GMT: 0,
  EDT: -4 * 60,
  EST: -5 * 60,
  CDT: -5 * 60,
  CST: -6 * 60,
  MDT: -6 * 60,
  MST: -7 * 60,
  PDT: -7 * 60,
  PST: -8 * 60,
};

/** An RFC 2822 date in the fixed zone of its written offset, or null. */
export function fromRFC2822(text: string): ZonedTime | null {
  const cleaned = text
    .replace(/\([^()]*\)|[\n\t]/g, ' ')
    .replace(/(\s\s+)/g, ' ')
    .trim();
  const m = RFC_2822.exec(cleaned);
  if (!m) return null;
  const [, weekday, day, month, year, hour, minute, second, obsolete, military, offH, offM] = m;
  const twoDigitYear = (year as string).length === 2;
  const shortYear = Number(year);
  let offset = 0;
  if (obsolete) offset = OBSOLETE_ZONES[obsolete] ?? 0;
  else if (!military) {
    const hours = Number(offH);
    offset = hours * 60 + (hours < 0 || Object.is(hours, -0) ? -Number(offM) : Number(offM));
  }
  const date = ZonedTime.fromWall(
    {
      // Two-digit years as luxon reads them: 61–99 are the 1900s, the rest this century.
      year: twoDigitYear ? (shortYear > 60 ? 1900 : 2000) + shortYear : shortYear,
      month: MONTHS.indexOf(month as string) + 1,
      day: Number(day),
      hour: Number(hour),
      minute: Number(minute),
      second: Number(second ?? 0),
    },
    fixedOffsetZone(offset),
  );
  if (!date || (weekday && WEEKDAYS.indexOf(weekday) + 1 !== date.weekday)) return null;
  return date;
}
