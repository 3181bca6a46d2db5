// A ZonedTime written out in US English with luxon's format tokens, the ones the command line
// and its sample messages use ("ccc d LLL yyyy, HH:mm ZZZZ" is "Tue 7 Dec 2027, 14:00 PST").
// Text in single quotes is written as it is; a letter this does not know is refused rather than
// written as itself, so a new pattern cannot print something luxon would not have.
import { MONTH_NAMES, WEEKDAY_NAMES, type ZonedTime } from './zoned-time.js';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** "-0800", "+0530". */
function compactOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(abs / 60))}${pad(abs % 60)}`;
}

const TOKENS: Record<string, (t: ZonedTime) => string> = {
  ccc: (t) => WEEKDAY_NAMES[t.weekday - 1]?.slice(0, 3) ?? '',
  EEE: (t) => WEEKDAY_NAMES[t.weekday - 1]?.slice(0, 3) ?? '',
  cccc: (t) => WEEKDAY_NAMES[t.weekday - 1] ?? '',
  EEEE: (t) => WEEKDAY_NAMES[t.weekday - 1] ?? '',
  d: (t) => String(t.day),
  dd: (t) => pad(t.day),
  L: (t) => String(t.month),
  LL: (t) => pad(t.month),
  M: (t) => String(t.month),
  MM: (t) => pad(t.month),
  LLL: (t) => MONTH_NAMES[t.month - 1]?.slice(0, 3) ?? '',
  LLLL: (t) => MONTH_NAMES[t.month - 1] ?? '',
  yyyy: (t) => pad(t.year, 4),
  H: (t) => String(t.hour),
  HH: (t) => pad(t.hour),
  h: (t) => String(t.hour % 12 || 12),
  hh: (t) => pad(t.hour % 12 || 12),
  mm: (t) => pad(t.minute),
  ss: (t) => pad(t.second),
  a: (t) => (t.hour < 12 ? 'AM' : 'PM'),
  ZZZ: (t) => compactOffset(t.offset),
  ZZZZ: (t) => t.zoneAbbreviation(),
};

/** `time` written with `pattern`'s tokens. */
export function formatZoned(time: ZonedTime, pattern: string): string {
  return pattern.replace(/'([^']*)'|([A-Za-z])\2*/g, (token, literal: string | undefined) => {
    if (literal !== undefined) return literal;
    const write = TOKENS[token];
    if (!write) throw new RangeError(`unknown time format token: ${token}`);
    return write(time);
  });
}

/** The RFC 2822 date of a mail header: "Tue, 02 Mar 2027 09:15:00 -0800". */
export function formatRFC2822(time: ZonedTime): string {
  return formatZoned(time, 'EEE, dd LLL yyyy HH:mm:ss ZZZ');
}
