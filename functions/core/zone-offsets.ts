// The rules under ZonedTime: a zone's offset at an instant (IANA zones from @date-fns/tz, that is
// the runtime's Intl data; fixed offsets such as "UTC-7" spelled as luxon spells them), and
// luxon's resolution of a wall-clock reading to an instant. test/core/zoned-time.test.ts checks
// them, through ZonedTime, against luxon.
import { tzOffset } from '@date-fns/tz';

const MINUTE_MS = 60_000;

/** luxon's spelling of a fixed-offset zone: "UTC", "UTC+5:30", "UTC-7" (any case). */
const FIXED_ZONE = /^utc(?:([+-]\d{1,2})(?::(\d{2}))?)?$/i;
const fixedOffsets = new Map<string, number | null>();

/**
 * The offset in minutes of a fixed-offset zone: 'UTC' and 'GMT' (as luxon reads them) and
 * "UTC±H[:MM]", the zone of a time written with an offset ("-0700") or a bare abbreviation.
 * Null for a zone whose offset changes (an IANA name).
 */
export function fixedOffset(zone: string): number | null {
  let offset = fixedOffsets.get(zone);
  if (offset !== undefined) return offset;
  const m = FIXED_ZONE.exec(zone);
  if (zone.toLowerCase() === 'gmt') offset = 0;
  else if (!m) offset = null;
  else {
    const hours = Number(m[1] ?? 0);
    const minutes = Number(m[2] ?? 0);
    offset = hours * 60 + (hours < 0 || Object.is(hours, -0) ? -minutes : minutes);
  }
  if (fixedOffsets.size < 1000) fixedOffsets.set(zone, offset);
  return offset;
}

/** The fixed zone of an offset in minutes, spelled as luxon names it: "UTC", "UTC+5:30", "UTC-7". */
export function fixedOffsetZone(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const hours = Math.trunc(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${minutes < 0 ? '-' : '+'}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

const zoneValidity = new Map<string, boolean>();

/** True for a zone name the runtime's time-zone data knows (cached: each check builds a formatter). */
export function isValidZone(zone: string): boolean {
  if (!zone) return false;
  let valid = zoneValidity.get(zone);
  if (valid !== undefined) return valid;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    valid = true;
  } catch {
    valid = false;
  }
  if (zoneValidity.size < 1000) zoneValidity.set(zone, valid);
  return valid;
}

/** An IANA zone or a fixed-offset one ("UTC-7"). */
export function isKnownZone(zone: string): boolean {
  return fixedOffset(zone) !== null || isValidZone(zone);
}

/** Epoch milliseconds of a wall-clock reading taken as UTC (years 0–99 stay themselves). */
export function wallMillis(f: WallFields): number {
  const date = new Date(
    Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, f.millisecond),
  );
  if (f.year < 100 && f.year >= 0) date.setUTCFullYear(f.year, f.month - 1, f.day);
  return date.getTime();
}

/** The zone's offset from UTC at `ts`, in minutes. */
export function zoneOffset(zone: string, ts: number): number {
  return fixedOffset(zone) ?? tzOffset(zone, new Date(ts));
}

export interface WallFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

export function fieldsAt(ts: number, offset: number): WallFields {
  const d = new Date(ts + offset * MINUTE_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

/**
 * The instant of a wall-clock reading in `zone`, starting from the guess `offset`: luxon's rule.
 * A reading that exists once is found exactly; one repeated by a fall-back keeps the guessed
 * offset when it is one of the two; one skipped by a spring-forward moves forward by the gap.
 */
export function resolveWall(
  wall: number,
  guess: number,
  zone: string,
): { ts: number; offset: number } {
  let ts = wall - guess * MINUTE_MS;
  const o2 = zoneOffset(zone, ts);
  if (o2 === guess) return { ts, offset: guess };
  ts -= (o2 - guess) * MINUTE_MS;
  const o3 = zoneOffset(zone, ts);
  if (o2 === o3) return { ts, offset: o2 };
  return { ts: wall - Math.min(o2, o3) * MINUTE_MS, offset: Math.max(o2, o3) };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A reading that names a real moment, by luxon's rule (24:00:00.000 is the next midnight). */
export function isRealWall(f: WallFields): boolean {
  const within = (v: number, lo: number, hi: number) => Number.isInteger(v) && v >= lo && v <= hi;
  return (
    Number.isInteger(f.year) &&
    within(f.month, 1, 12) &&
    within(f.day, 1, daysInMonth(f.year, f.month)) &&
    (within(f.hour, 0, 23) ||
      (f.hour === 24 && f.minute === 0 && f.second === 0 && f.millisecond === 0)) &&
    within(f.minute, 0, 59) &&
    within(f.second, 0, 59) &&
    within(f.millisecond, 0, 999)
  );
}

/** Wall-clock fields as a caller writes them: the date, and the time when not midnight. */
export interface WallReading {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
}
