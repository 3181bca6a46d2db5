// ZonedTime keeps luxon's rules (the planner's plans must not move when luxon leaves the Lambda
// paths): each operation is compared with luxon's own over random instants in zones with
// unusual clock changes (half-hour DST, changes at midnight, 45-minute offsets, no DST).
import fc from 'fast-check';
import { DateTime, FixedOffsetZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { fromRFC2822 } from '#core/rfc2822-date.js';
import { fixedOffsetZone, isValidZone, ZonedTime } from '#core/zoned-time.js';

const ZONES = [
  'America/New_York',
  'Europe/London',
  'Europe/Berlin',
  'Australia/Lord_Howe',
  'America/Santiago',
  'America/Havana',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'America/St_Johns',
  'Asia/Tokyo',
  'UTC',
  'Africa/Casablanca',
];

const DAY = 86_400_000;

/** Every clock change of `zone` in 2024–2029, to the minute (found with luxon: day steps, then halving). */
function clockChanges(zone: string): number[] {
  const offset = (ts: number) => DateTime.fromMillis(ts, { zone }).offset;
  const changes: number[] = [];
  for (let ts = Date.UTC(2024, 0, 1); ts < Date.UTC(2030, 0, 1); ts += DAY) {
    if (offset(ts) === offset(ts + DAY)) continue;
    let [lo, hi] = [ts, ts + DAY];
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offset(mid) === offset(lo)) lo = mid;
      else hi = mid;
    }
    changes.push(hi);
  }
  return changes;
}

const zone = fc.constantFrom(...ZONES);
const fixedZone = fc.constantFrom('UTC-7', 'UTC+5:30', 'UTC+0', 'utc', 'GMT', 'UTC+13', 'UTC-3:30');
const CHANGES = ZONES.flatMap(clockChanges);
// Any moment of 1995–2040, or one within a day and a half of a clock change.
const instant = fc.oneof(
  fc.integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2040, 0, 1) }),
  fc
    .tuple(fc.constantFrom(...CHANGES), fc.integer({ min: -36 * 60, max: 36 * 60 }))
    .map(([change, minutes]) => change + minutes * 60_000),
);

const same = (ours: ZonedTime, theirs: DateTime) => {
  expect(ours.ts).toBe(theirs.toMillis());
  expect(ours.offset).toBe(theirs.offset + 0); // "-0000" is offset -0 to luxon
  expect(ours.toWallISO()).toBe(theirs.toFormat("yyyy-MM-dd'T'HH:mm:ss"));
};

describe('ZonedTime against luxon', () => {
  it('reads an instant in a zone: wall clock, offset, weekday, ISO week', () => {
    fc.assert(
      fc.property(instant, zone, (ts, z) => {
        const ours = ZonedTime.of(ts, z);
        const theirs = DateTime.fromMillis(ts, { zone: z });
        same(ours, theirs);
        expect(ours.weekday).toBe(theirs.weekday);
        expect(ours.isoWeek).toEqual({ year: theirs.weekYear, week: theirs.weekNumber });
        expect(ours.toISODate()).toBe(theirs.toISODate());
        expect(ours.toISO()).toBe(theirs.toUTC().toISO());
        expect(ours.zoneAbbreviation()).toBe(theirs.setLocale('en-US').toFormat('ZZZZ'));
      }),
      { numRuns: 1000 },
    );
  });

  it('adds calendar days, minutes and hours as luxon does, across clock changes', () => {
    fc.assert(
      fc.property(
        instant,
        zone,
        fc.integer({ min: -40, max: 40 }),
        fc.integer({ min: -3000, max: 3000 }),
        (ts, z, days, minutes) => {
          const ours = ZonedTime.of(ts, z);
          const theirs = DateTime.fromMillis(ts, { zone: z });
          same(ours.plusDays(days), theirs.plus({ days }));
          same(ours.plusMinutes(minutes), theirs.plus({ minutes }));
          same(ours.plusHours(days), theirs.plus({ hours: days }));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('starts a day and a week, ends a day and sets a clock time as luxon does', () => {
    fc.assert(
      fc.property(
        instant,
        zone,
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (ts, z, hour, minute) => {
          const ours = ZonedTime.of(ts, z);
          const theirs = DateTime.fromMillis(ts, { zone: z });
          same(ours.startOfDay(), theirs.startOf('day'));
          same(ours.startOfWeek(), theirs.startOf('week'));
          same(ours.endOfDay(), theirs.endOf('day'));
          same(ours.atTime(hour, minute), theirs.set({ hour, minute }));
          same(ours.startOfDay().atTime(hour, minute), theirs.startOf('day').set({ hour, minute }));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('resolves a wall-clock reading in a zone, skipped and repeated ones included', () => {
    fc.assert(
      fc.property(instant, zone, fc.integer({ min: -90, max: 90 }), (ts, z, shift) => {
        // Readings near the instant's own: around a clock change when the instant is near one.
        const reading = ZonedTime.of(ts, z).plusMinutes(shift).toWallISO().slice(0, 16);
        const ours = ZonedTime.fromISO(reading, z);
        const theirs = DateTime.fromISO(reading, { zone: z });
        if (!ours) throw new Error(`unread: ${reading}`);
        same(ours, theirs);
        expect(ours.toOffsetISO()).toBe(theirs.toISO({ suppressMilliseconds: true }));
      }),
      { numRuns: 1000 },
    );
  });

  it('counts days between instants of two zones as luxon’s diff does', () => {
    fc.assert(
      fc.property(instant, instant, zone, zone, (a, b, za, zb) => {
        const ours = ZonedTime.of(a, za).diffDays(ZonedTime.of(b, zb));
        const theirs = DateTime.fromMillis(a, { zone: za }).diff(
          DateTime.fromMillis(b, { zone: zb }),
          'days',
        ).days;
        expect(ours).toBeCloseTo(theirs, 9);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads ISO instants with an offset, and dates, as luxon does', () => {
    for (const text of [
      '2027-03-14T02:30:00-05:00',
      '2027-11-07T06:30:00.250Z',
      '2027-10-31T01:30:00+01:00',
      '2027-03-14',
      '2027-11-07',
      '2028-02-29',
      '2027-03-28T02:30',
    ]) {
      for (const z of ZONES) {
        const ours = ZonedTime.fromISO(text, z);
        const theirs = DateTime.fromISO(text, { zone: z });
        if (!ours) throw new Error(`unread: ${text}`);
        same(ours, theirs);
      }
    }
  });

  it('refuses what luxon finds invalid: a day the month lacks, a text that is no date', () => {
    for (const text of ['2027-02-29', '2027-04-31', '2027-13-01', 'next Tuesday', '']) {
      expect(ZonedTime.fromISO(text, 'Europe/Paris')).toBeNull();
      expect(DateTime.fromISO(text, { zone: 'Europe/Paris' }).isValid).toBe(false);
    }
  });

  it('resolves wall fields in a zone, and refuses impossible ones, as luxon’s fromObject does', () => {
    fc.assert(
      fc.property(
        instant,
        fc.oneof(zone, fixedZone),
        fc.integer({ min: -90, max: 90 }),
        fc.constantFrom(0, 0, 0, 1, 2, 3, 4),
        fc.constantFrom(null, 24, 25, 60),
        (ts, z, shift, dayPast, odd) => {
          const near = ZonedTime.of(ts, 'UTC').plusMinutes(shift);
          // Some readings run past the month's end or name an hour or minute no clock shows.
          const reading = {
            year: near.year,
            month: near.month,
            day: dayPast ? 27 + dayPast : near.day,
            hour: odd === 24 || odd === 25 ? odd : near.hour,
            minute: odd === 60 ? 60 : odd === 24 ? 0 : near.minute,
          };
          const ours = ZonedTime.fromWall(reading, z);
          const theirs = DateTime.fromObject(reading, { zone: z });
          expect(ours !== null).toBe(theirs.isValid);
          if (ours) {
            same(ours, theirs);
            expect(ours.toOffsetISO()).toBe(theirs.toISO({ suppressMilliseconds: true }));
          }
        },
      ),
      { numRuns: 1000 },
    );
    expect(ZonedTime.fromWall({ year: 2027, month: 3, day: 2 }, 'Mars/Olympus_Mons')).toBeNull();
  });

  it('sets a date, adds months and years, starts and ends a month as luxon does', () => {
    fc.assert(
      fc.property(
        instant,
        zone,
        fc.integer({ min: -30, max: 30 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (ts, z, months, month, day) => {
          const ours = ZonedTime.of(ts, z);
          const theirs = DateTime.fromMillis(ts, { zone: z });
          same(ours.plusMonths(months), theirs.plus({ months }));
          same(ours.plusYears(months), theirs.plus({ years: months }));
          same(ours.with({ month, day }), theirs.set({ month, day }));
          same(ours.with({ year: 2029, month, day }), theirs.set({ year: 2029, month, day }));
          same(ours.startOfMonth(), theirs.startOf('month'));
          same(ours.endOfMonth(), theirs.endOf('month'));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('moves a wall-clock reading to another zone as luxon’s keepLocalTime does', () => {
    fc.assert(
      fc.property(instant, zone, fc.oneof(zone, fixedZone), (ts, from, to) => {
        const ours = ZonedTime.of(ts, from).withZoneKeepingWall(to);
        const theirs = DateTime.fromMillis(ts, { zone: from }).setZone(to, { keepLocalTime: true });
        same(ours, theirs);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads instants in fixed-offset zones, named and written as luxon does', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -16 * 4, max: 16 * 4 }), (ts, quarters) => {
        const name = fixedOffsetZone(quarters * 15);
        expect(name).toBe(FixedOffsetZone.instance(quarters * 15).name);
        const ours = ZonedTime.of(ts, name);
        const theirs = DateTime.fromMillis(ts, { zone: name });
        same(ours, theirs);
        expect(ours.toOffsetISO()).toBe(theirs.toISO({ suppressMilliseconds: true }));
        expect(ours.zoneAbbreviation()).toBe(theirs.offsetNameShort);
      }),
      { numRuns: 500 },
    );
    expect(isValidZone('UTC-7')).toBe(false); // not an owner's zone: only the parser writes these
  });

  it('keeps the offset an ISO text was written with, as luxon’s setZone does', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -14 * 4, max: 14 * 4 }), (ts, quarters) => {
        const text = ZonedTime.of(ts, fixedOffsetZone(quarters * 15)).toOffsetISO();
        const ours = ZonedTime.fromISO(text, 'Asia/Tokyo', { keepWrittenOffset: true });
        const theirs = DateTime.fromISO(text, { setZone: true });
        if (!ours) throw new Error(`unread: ${text}`);
        same(ours, theirs);
        expect(ours.zone).toBe(theirs.zoneName);
        expect(ours.toOffsetISO()).toBe(theirs.toISO({ suppressMilliseconds: true }));
      }),
      { numRuns: 500 },
    );
  });

  it('reads RFC 2822 dates in their written offset, and refuses what luxon refuses', () => {
    const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'mon', 'Thursday'];
    const months = ['Jan', 'Feb', 'Jun', 'Oct', 'Dec', 'dec', 'June'];
    const zones = ['-0500', '+0530', '+0000', '-0000', 'GMT', 'EST', 'PDT', 'MST', 'Z', 'EET', ''];
    fc.assert(
      fc.property(
        instant,
        fc.option(fc.constantFrom(...days)),
        fc.constantFrom(...months),
        fc.constantFrom('', ':07', ':75'),
        fc.constantFrom(...zones),
        fc.constantFrom(' ', '  ', ' (comment) ', '\n\t'),
        fc.boolean(),
        (ts, weekday, month, seconds, offset, gap, shortYear) => {
          const at = ZonedTime.of(ts, 'UTC');
          const year = shortYear ? String(at.year).slice(2) : String(at.year);
          const day = String(at.day);
          const clock = `${String(at.hour).padStart(2, '0')}:${String(at.minute).padStart(2, '0')}`;
          const text = `${weekday ? `${weekday},${gap}` : ''}${day} ${month}${gap}${year} ${clock}${seconds} ${offset}`;
          const ours = fromRFC2822(text);
          const theirs = DateTime.fromRFC2822(text, { setZone: true });
          expect(ours !== null).toBe(theirs.isValid);
          if (!ours) return;
          same(ours, theirs);
          expect(ours.zone).toBe(theirs.zoneName);
          expect(ours.toOffsetISO()).toBe(theirs.toISO({ suppressMilliseconds: true }));
        },
      ),
      { numRuns: 2000 },
    );
    // A weekday that matches its date, so the property above does not only see refusals.
    expect(fromRFC2822('Tue, 2 Mar 2027 09:15:00 -0800 (PST)')?.toOffsetISO()).toBe(
      '2027-03-02T09:15:00-08:00',
    );
  });

  it('knows the zone names the runtime knows', () => {
    expect(isValidZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isValidZone('utc')).toBe(true);
    expect(isValidZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidZone('')).toBe(false);
  });
});
