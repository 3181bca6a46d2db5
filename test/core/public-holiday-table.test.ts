// The generated holiday table (npm run build:holidays) against date-holidays itself, day by day,
// for countries on several continents over every year the table covers; and what a date outside
// those years gets.
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import {
  HOLIDAY_YEARS,
  holidayTableEndsWithinAYear,
  type PublicHoliday,
  publicHolidays,
} from '#core/public-holidays.js';

/** A zone per sampled country, and the country's code. */
const SAMPLE: [zone: string, code: string][] = [
  ['America/Chicago', 'US'],
  ['Europe/London', 'GB'],
  ['Europe/Berlin', 'DE'],
  ['Asia/Tokyo', 'JP'],
  ['Asia/Kolkata', 'IN'],
  ['America/Sao_Paulo', 'BR'],
  ['Australia/Sydney', 'AU'],
  ['Africa/Nairobi', 'KE'],
  ['Asia/Jerusalem', 'IL'],
  ['America/Mexico_City', 'MX'],
];

/** Every date of a year, YYYY-MM-DD. */
function daysOf(year: number): string[] {
  const days: string[] = [];
  for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; ) {
    days.push(d.toISOString().slice(0, 10));
    d = new Date(d.getTime() + 86_400_000);
  }
  return days;
}

describe('the public holiday table', () => {
  it('covers at least the year before and the year after the one it was generated in', () => {
    expect(HOLIDAY_YEARS.last - HOLIDAY_YEARS.first).toBeGreaterThanOrEqual(2);
  });

  it.each(SAMPLE)(
    'names the same public holidays as date-holidays in %s (%s)',
    async (zone, code) => {
      const calendar = await publicHolidays();
      const library = new Holidays(code, { languages: ['en'], types: ['public'] });
      for (let year = HOLIDAY_YEARS.first; year <= HOLIDAY_YEARS.last; year++) {
        const expected = new Map<string, string>();
        for (const holiday of library.getHolidays(year, 'en')) {
          const day = holiday.date.slice(0, 10);
          if (holiday.type === 'public' && !expected.has(day)) expected.set(day, holiday.name);
        }
        expect(expected.size).toBeGreaterThan(0);
        const found = new Map<string, string>();
        for (const day of daysOf(year)) {
          const holiday: PublicHoliday | null = calendar.holidayOn(zone, day);
          if (holiday) found.set(day, holiday.name);
        }
        expect(found).toEqual(expected);
      }
    },
  );

  it('gives the country its name as a sentence uses it', async () => {
    const calendar = await publicHolidays();
    const christmas = `${HOLIDAY_YEARS.first}-12-25`;
    expect(calendar.holidayOn('Europe/London', christmas)?.country).toBe('the United Kingdom');
    expect(calendar.holidayOn('Europe/Berlin', christmas)?.country).toBe('Germany');
  });

  it('has no holiday outside its years, nor for a zone of no country', async () => {
    const calendar = await publicHolidays();
    expect(calendar.holidayOn('America/Chicago', `${HOLIDAY_YEARS.last}-12-25`)).not.toBeNull();
    expect(calendar.holidayOn('America/Chicago', `${HOLIDAY_YEARS.last + 1}-12-25`)).toBeNull();
    expect(calendar.holidayOn('America/Chicago', `${HOLIDAY_YEARS.first - 1}-12-25`)).toBeNull();
    expect(calendar.holidayOn('UTC', `${HOLIDAY_YEARS.first}-12-25`)).toBeNull();
  });

  it('gives a year of notice before plans reach past it', () => {
    const at = (year: number) => new Date(Date.UTC(year, 5, 1));
    expect(holidayTableEndsWithinAYear(at(HOLIDAY_YEARS.last - 2))).toBe(false);
    expect(holidayTableEndsWithinAYear(at(HOLIDAY_YEARS.last - 1))).toBe(false);
    expect(holidayTableEndsWithinAYear(at(HOLIDAY_YEARS.last))).toBe(true);
  });
});
