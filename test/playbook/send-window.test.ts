import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  EVERY_DAY,
  isInsideWindow,
  nextSendMoment,
  nextSendMomentForAll,
} from '#core/send-window.js';

const business = { start: '09:00', end: '17:00' };
const weekdays = [1, 2, 3, 4, 5];
const at = (iso: string) => new Date(iso);

describe('nextSendMoment', () => {
  it('returns now itself while the window is open', () => {
    // Tuesday 2027-03-09 10:30 in New York (EST, UTC-5).
    const now = at('2027-03-09T15:30:00Z');
    expect(nextSendMoment(now, 'America/New_York', business, weekdays)).toBe(now);
  });

  it('treats the end of the window as closed and opens the next weekday', () => {
    // Tuesday 17:00 EST → Wednesday 09:00 EST.
    const next = nextSendMoment(at('2027-03-09T22:00:00Z'), 'America/New_York', business, weekdays);
    expect(next.toISOString()).toBe('2027-03-10T14:00:00.000Z');
  });

  it('opens later the same day when it is early morning', () => {
    const next = nextSendMoment(at('2027-03-09T11:00:00Z'), 'America/New_York', business, weekdays);
    expect(next.toISOString()).toBe('2027-03-09T14:00:00.000Z');
  });

  it('skips the weekend: Friday evening → Monday morning, across the US spring change', () => {
    // Friday 2027-03-12 18:00 EST; clocks spring forward Sunday March 14; Monday 09:00 is EDT.
    const next = nextSendMoment(at('2027-03-12T23:00:00Z'), 'America/New_York', business, weekdays);
    expect(next.toISOString()).toBe('2027-03-15T13:00:00.000Z');
  });

  it('opens at 09:00 local after the US autumn change (Nov 7 2027)', () => {
    // Saturday 2027-11-06 12:00 EDT → Monday 2027-11-08 09:00 EST = 14:00Z.
    const next = nextSendMoment(at('2027-11-06T16:00:00Z'), 'America/New_York', business, weekdays);
    expect(next.toISOString()).toBe('2027-11-08T14:00:00.000Z');
  });

  it('opens at 09:00 local across the EU changes (Mar 28 and Oct 31 2027)', () => {
    // Saturday 2027-03-27 in Berlin (CET) → Monday 09:00 CEST = 07:00Z.
    expect(
      nextSendMoment(at('2027-03-27T12:00:00Z'), 'Europe/Berlin', business, weekdays).toISOString(),
    ).toBe('2027-03-29T07:00:00.000Z');
    // Saturday 2027-10-30 (CEST) → Monday 09:00 CET = 08:00Z.
    expect(
      nextSendMoment(at('2027-10-30T12:00:00Z'), 'Europe/Berlin', business, weekdays).toISOString(),
    ).toBe('2027-11-01T08:00:00.000Z');
  });

  it('uses the interviewer zone: a New York afternoon is the Sydney night', () => {
    // Tuesday 2027-03-09 15:00 EST = Wednesday 07:00 AEDT (UTC+11) → Wednesday 09:00 AEDT.
    const next = nextSendMoment(at('2027-03-09T20:00:00Z'), 'Australia/Sydney', business, weekdays);
    expect(next.toISOString()).toBe('2027-03-09T22:00:00.000Z');
    // After Sydney's change back to AEST (UTC+10) on 2027-04-04, 09:00 is 23:00Z the day before.
    const later = nextSendMoment(
      at('2027-04-05T12:00:00Z'),
      'Australia/Sydney',
      business,
      weekdays,
    );
    expect(later.toISOString()).toBe('2027-04-05T23:00:00.000Z');
  });

  it('every day window for waking hours includes weekends', () => {
    const waking = { start: '08:00', end: '21:00' };
    // Saturday 2027-03-13 22:00 EST → Sunday 08:00 EST (still before the 02:00 change).
    const next = nextSendMoment(at('2027-03-14T03:00:00Z'), 'America/New_York', waking, EVERY_DAY);
    expect(next.toISOString()).toBe('2027-03-14T12:00:00.000Z');
    // Sunday 2027-03-14 06:00 EDT (after the change) → 08:00 EDT = 12:00Z.
    const after = nextSendMoment(at('2027-03-14T10:00:00Z'), 'America/New_York', waking, EVERY_DAY);
    expect(after.toISOString()).toBe('2027-03-14T12:00:00.000Z');
  });

  it('property: the result is never before now, is inside the window, and nothing earlier is', () => {
    const zones = ['America/New_York', 'Australia/Sydney', 'Europe/London', 'Asia/Kolkata'];
    fc.assert(
      fc.property(
        fc.date({
          min: at('2026-01-01T00:00:00Z'),
          max: at('2028-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...zones),
        (now, zone) => {
          const next = nextSendMoment(now, zone, business, weekdays);
          expect(next.getTime()).toBeGreaterThanOrEqual(now.getTime());
          expect(isInsideWindow(next, zone, business, weekdays)).toBe(true);
          if (next.getTime() > now.getTime()) {
            // The opening is a whole local 09:00 and the minute before it is closed.
            const local = DateTime.fromJSDate(next, { zone });
            expect(local.toFormat('HH:mm')).toBe('09:00');
            expect(
              isInsideWindow(new Date(next.getTime() - 60_000), zone, business, weekdays),
            ).toBe(false);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('nextSendMomentForAll', () => {
  it('finds a moment open in London and New York at once', () => {
    // Monday 2027-03-08 08:00 EST: London 13:00 open, New York not yet → 09:00 EST = 14:00 GMT.
    const next = nextSendMomentForAll(
      at('2027-03-08T13:00:00Z'),
      ['Europe/London', 'America/New_York'],
      business,
      weekdays,
    );
    expect(next.toISOString()).toBe('2027-03-08T14:00:00.000Z');
  });

  it('falls back to the first zone when the windows never overlap', () => {
    const now = at('2027-03-09T20:00:00Z');
    const next = nextSendMomentForAll(
      now,
      ['Australia/Sydney', 'America/New_York'],
      business,
      weekdays,
    );
    expect(next.toISOString()).toBe(
      nextSendMoment(now, 'Australia/Sydney', business, weekdays).toISOString(),
    );
  });
});
