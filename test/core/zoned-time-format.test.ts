// The command line writes times with luxon's tokens; formatZoned must write them as luxon did
// (US English), over random instants in zones with unusual offsets and clock changes.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { ZonedTime } from '#core/zoned-time.js';
import { formatRFC2822, formatZoned } from '#core/zoned-time-format.js';

const zone = fc.constantFrom(
  'America/New_York',
  'America/Los_Angeles',
  'Europe/London',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'UTC',
  'UTC-7',
  'UTC+5:30',
);
const instant = fc.integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2040, 0, 1) });

const PATTERNS = [
  'ccc d LLL yyyy, HH:mm ZZZZ',
  'ccc d LLL, HH:mm',
  "ccc, LLL d, yyyy 'at' h:mm a",
  'cccc, LLLL d',
  "yyyyLLdd'T'HHmmss'Z'",
  'EEEE dd/LL hh:mm:ss a',
  'H:mm ZZZ',
  'yyyy-MM-dd M/d',
];

describe('formatZoned against luxon', () => {
  it('writes each token as luxon writes it in US English', () => {
    fc.assert(
      fc.property(instant, zone, fc.constantFrom(...PATTERNS), (ts, z, pattern) => {
        const theirs = DateTime.fromMillis(ts, { zone: z }).setLocale('en-US').toFormat(pattern);
        expect(formatZoned(ZonedTime.of(ts, z), pattern)).toBe(theirs);
      }),
      { numRuns: 1000 },
    );
  });

  it('writes an RFC 2822 date as luxon does', () => {
    fc.assert(
      fc.property(instant, zone, (ts, z) => {
        const theirs = DateTime.fromMillis(ts, { zone: z }).toRFC2822();
        expect(formatRFC2822(ZonedTime.of(ts, z))).toBe(theirs);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a token it does not know instead of printing the letters', () => {
    expect(() => formatZoned(ZonedTime.of(0, 'UTC'), 'yyyy, qq')).toThrow(/unknown .*qq/);
  });
});
