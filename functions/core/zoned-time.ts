// Wall-clock arithmetic in an IANA zone (or a fixed offset), for the planner, the send windows,
// the time formats on the Lambda paths and the parser's reading of dates (luxon's 70 KB were the
// largest part of our own code read at every cold start). A zone's offset at an instant comes
// from @date-fns/tz (the runtime's Intl time-zone data); what is ours is luxon's rules, kept to
// the letter so plans and readings are unchanged: a local time is resolved with luxon's offset
// fix (a time skipped by a clock change moves forward by the change; a repeated time takes the
// side of the offset it started from), days and months are added on the calendar, minutes and
// hours on the timeline. The zone rules themselves are in zone-offsets.ts;
// test/core/zoned-time.test.ts checks both against luxon over random instants and zones.
import {
  daysInMonth,
  fieldsAt,
  fixedOffset,
  fixedOffsetZone,
  isKnownZone,
  isRealWall,
  resolveWall,
  type WallFields,
  type WallReading,
  wallMillis,
  zoneOffset,
} from './zone-offsets.js';

export { fixedOffsetZone, isValidZone, type WallReading } from './zone-offsets.js';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** Weekday names, ISO order (index 0 = Monday). */
export const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

/** Month names (index 0 = January). */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Zone-name formatters, one per zone (each one costs, and a page writes many times). */
const nameFormatters = new Map<string, Intl.DateTimeFormat>();

const ISO_TEXT =
  /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d)(?::?(\d\d)(?::?(\d\d)(?:[.,](\d{1,9}))?)?)?)?(Z|[+-]\d\d(?::?\d\d)?)?$/;

function offsetMinutes(text: string): number {
  if (text === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

/** An instant seen on the wall clock of one zone. Immutable; compares by instant (`<`, `>`). */
export class ZonedTime {
  private readonly wall: WallFields;

  private constructor(
    /** Epoch milliseconds. */
    readonly ts: number,
    readonly zone: string,
    /** Minutes east of UTC at this instant. */
    readonly offset: number,
  ) {
    this.wall = fieldsAt(ts, offset);
  }

  /** The instant `at` in `zone`. */
  static of(at: Date | number, zone: string): ZonedTime {
    const ts = typeof at === 'number' ? at : at.getTime();
    return new ZonedTime(ts, zone, zoneOffset(zone, ts));
  }

  /**
   * An ISO 8601 date or date-time: with an offset, that instant seen in `zone` (or, with
   * `keepWrittenOffset`, in the fixed zone of that offset, as the writer saw it); without one,
   * that wall-clock reading in `zone` (resolved from the zone's offset now, as luxon does). Null
   * when the text is not such a date or names a day the month lacks.
   */
  static fromISO(
    text: string,
    zone: string,
    options: { keepWrittenOffset?: boolean } = {},
  ): ZonedTime | null {
    const m = ISO_TEXT.exec(text);
    if (!m) return null;
    const [, y, mo, d, h, mi, s, frac, off] = m;
    const fields: WallFields = {
      year: Number(y),
      month: Number(mo),
      day: Number(d),
      hour: Number(h ?? 0),
      minute: Number(mi ?? 0),
      second: Number(s ?? 0),
      millisecond: frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0,
    };
    if (
      fields.month < 1 ||
      fields.month > 12 ||
      fields.day < 1 ||
      fields.day > daysInMonth(fields.year, fields.month) ||
      fields.hour > 23 ||
      fields.minute > 59 ||
      fields.second > 59
    ) {
      return null;
    }
    const wall = wallMillis(fields);
    if (off !== undefined) {
      const offset = offsetMinutes(off);
      return ZonedTime.of(
        wall - offset * MINUTE_MS,
        options.keepWrittenOffset ? fixedOffsetZone(offset) : zone,
      );
    }
    const { ts, offset } = resolveWall(wall, zoneOffset(zone, Date.now()), zone);
    return new ZonedTime(ts, zone, offset);
  }

  /**
   * A wall-clock reading in `zone` (an IANA name or a fixed offset such as "UTC-7"), resolved as
   * luxon's `fromObject` does (from the zone's offset now). Null when the reading names no real
   * moment (the 30th of February, 25:00) or the zone is unknown.
   */
  static fromWall(reading: WallReading, zone: string): ZonedTime | null {
    const fields: WallFields = { hour: 0, minute: 0, second: 0, millisecond: 0, ...reading };
    if (!isRealWall(fields) || !isKnownZone(zone)) return null;
    const { ts, offset } = resolveWall(wallMillis(fields), zoneOffset(zone, Date.now()), zone);
    return new ZonedTime(ts, zone, offset);
  }

  get year() {
    return this.wall.year;
  }
  get month() {
    return this.wall.month;
  }
  get day() {
    return this.wall.day;
  }
  get hour() {
    return this.wall.hour;
  }
  get minute() {
    return this.wall.minute;
  }
  get second() {
    return this.wall.second;
  }
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  get weekday(): number {
    const day = new Date(Date.UTC(this.year, this.month - 1, this.day)).getUTCDay();
    return day === 0 ? 7 : day;
  }

  /** The ISO week-numbering year and week ("2027-W10"). */
  get isoWeek(): { year: number; week: number } {
    const thursday = new Date(Date.UTC(this.year, this.month - 1, this.day + 4 - this.weekday));
    const year = thursday.getUTCFullYear();
    const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
    return { year, week };
  }

  valueOf(): number {
    return this.ts;
  }

  toDate(): Date {
    return new Date(this.ts);
  }

  /** The same instant in UTC, `…Z`. */
  toISO(): string {
    return new Date(this.ts).toISOString();
  }

  /** YYYY-MM-DD on this zone's calendar. */
  toISODate(): string {
    return `${pad(this.year, 4)}-${pad(this.month)}-${pad(this.day)}`;
  }

  /** "yyyy-MM-ddTHH:mm:ss", the wall-clock reading without a zone. */
  toWallISO(): string {
    return `${this.toISODate()}T${pad(this.hour)}:${pad(this.minute)}:${pad(this.second)}`;
  }

  /** ISO 8601 with this zone's offset (`Z` for UTC itself), milliseconds only when not zero. */
  toOffsetISO(): string {
    const ms = this.wall.millisecond ? `.${pad(this.wall.millisecond, 3)}` : '';
    return `${this.toWallISO()}${ms}${fixedOffset(this.zone) === 0 ? 'Z' : formatOffset(this.offset)}`;
  }

  /** The zone's short name at this instant in US English: "EST", "GMT+1". */
  zoneAbbreviation(): string {
    const fixed = fixedOffset(this.zone);
    if (fixed !== null) return fixedOffsetZone(fixed);
    let formatter = nameFormatters.get(this.zone);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: this.zone,
        timeZoneName: 'short',
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      });
      nameFormatters.set(this.zone, formatter);
    }
    return (
      formatter.formatToParts(new Date(this.ts)).find((p) => p.type === 'timeZoneName')?.value ??
      formatOffset(this.offset)
    );
  }

  /** The same instant in another zone. */
  setZone(zone: string): ZonedTime {
    return ZonedTime.of(this.ts, zone);
  }

  /** The same wall-clock reading in another zone (another instant, unless the offsets agree). */
  withZoneKeepingWall(zone: string): ZonedTime {
    if (zone === this.zone) return this;
    const { ts } = resolveWall(wallMillis(this.wall), zoneOffset(zone, this.ts), zone);
    return ZonedTime.of(ts, zone);
  }

  /**
   * This reading with some fields replaced, as luxon's `set`: not checked, so a day past the
   * month's end runs into the next month (callers compare the month to notice).
   */
  with(fields: Partial<Pick<WallFields, 'year' | 'month' | 'day'>>): ZonedTime {
    return this.withWall({ ...this.wall, ...fields });
  }

  /** Calendar months later, on the same day or the month's last when it is shorter. */
  plusMonths(months: number): ZonedTime {
    const month = this.wall.month + months;
    const day = Math.min(this.wall.day, daysInMonth(this.wall.year, month));
    return this.withWall({ ...this.wall, month, day });
  }

  plusYears(years: number): ZonedTime {
    return this.plusMonths(years * 12);
  }

  /** Whole calendar days later (earlier when negative), at the same wall-clock time. */
  plusDays(days: number): ZonedTime {
    return this.withWall({ ...this.wall, day: this.wall.day + days });
  }

  /** Minutes later on the timeline (an hour across a clock change is still 60 minutes). */
  plusMinutes(minutes: number): ZonedTime {
    return this.plusMillis(minutes * MINUTE_MS);
  }

  plusMillis(ms: number): ZonedTime {
    return ZonedTime.of(this.ts + ms, this.zone);
  }

  plusHours(hours: number): ZonedTime {
    return this.plusMinutes(hours * 60);
  }

  /** Midnight of this day (or the first moment after it, when a clock change skips midnight). */
  startOfDay(): ZonedTime {
    return this.withWall({ ...this.wall, hour: 0, minute: 0, second: 0, millisecond: 0 });
  }

  /** Midnight of this ISO week's Monday. */
  startOfWeek(): ZonedTime {
    const day = this.wall.day - (this.weekday - 1);
    return this.withWall({ ...this.wall, day, hour: 0, minute: 0, second: 0, millisecond: 0 });
  }

  /** Midnight of the first of this month. */
  startOfMonth(): ZonedTime {
    return this.withWall({ ...this.wall, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 });
  }

  /** The last millisecond of this month. */
  endOfMonth(): ZonedTime {
    return this.plusMonths(1).startOfMonth().plusMillis(-1);
  }

  /** The last millisecond of this day. */
  endOfDay(): ZonedTime {
    return this.plusDays(1).startOfDay().plusMillis(-1);
  }

  /** This day at `hour`:`minute` (seconds kept). */
  atTime(hour: number, minute: number): ZonedTime {
    return this.withWall({ ...this.wall, hour, minute });
  }

  /** Same calendar day in this zone. */
  hasSameDay(other: ZonedTime): boolean {
    const o = other.setZone(this.zone);
    return o.year === this.year && o.month === this.month && o.day === this.day;
  }

  /** Same instant. */
  equals(other: ZonedTime): boolean {
    return this.ts === other.ts;
  }

  /**
   * Days from `other` to this (negative when this is earlier), counted as luxon's
   * `diff(other, 'days')`: whole calendar days, then the rest as a fraction of the next day.
   */
  diffDays(other: ZonedTime): number {
    const otherIsLater = other.ts > this.ts;
    const earlier = otherIsLater ? this : other;
    const later = otherIsLater ? other : this;
    const dayStart = (t: ZonedTime) => Date.UTC(t.year, t.month - 1, t.day);
    let days = Math.floor((dayStart(later) - dayStart(earlier)) / DAY_MS);
    let highWater = earlier.plusDays(days);
    let cursor: ZonedTime;
    if (highWater.ts > later.ts) {
      days -= 1;
      cursor = earlier.plusDays(days);
      if (cursor.ts > later.ts) {
        highWater = cursor;
        days -= 1;
        cursor = earlier.plusDays(days);
      }
    } else {
      cursor = highWater;
    }
    const remaining = later.ts - cursor.ts;
    if (highWater.ts < later.ts) highWater = cursor.plusDays(1);
    if (highWater !== cursor) days += remaining / (highWater.ts - cursor.ts);
    return otherIsLater ? -days : days;
  }

  /** The later of two; the first when they are the same instant. */
  static max(a: ZonedTime, b: ZonedTime): ZonedTime {
    return b.ts > a.ts ? b : a;
  }

  private withWall(fields: WallFields): ZonedTime {
    const { ts, offset } = resolveWall(wallMillis(fields), this.offset, this.zone);
    return new ZonedTime(ts, this.zone, offset);
  }
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** "+05:30", "-08:00". */
function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.trunc(abs / 60))}:${pad(Math.trunc(abs % 60))}`;
}
