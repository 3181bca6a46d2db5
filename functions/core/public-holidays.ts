// Public holidays by zone: nothing goes to an interviewer on a public holiday of their country,
// and the call and close-out reminders move off them. The calendar is a plain synchronous lookup
// so the planner and the send window stay pure. Its dates come from a generated table
// (public-holiday-table.ts, `npm run build:holidays`, from date-holidays): loading date-holidays
// itself at a Lambda cold start cost most of a second. The table (~130 KB with the zone → country
// map) is loaded with the first calendar asked for, so a function that plans nothing never reads
// it. Outside the table's years a zone has weekends only; HOLIDAY_YEARS says which years are
// covered, so the functions can say so.
import { FIRST_YEAR, LAST_YEAR } from './public-holiday-years.js';

export interface PublicHoliday {
  /** YYYY-MM-DD, the country's local date. */
  date: string;
  /** In English: "Christmas Day". */
  name: string;
  /** In English: "the United Kingdom". */
  country: string;
}

export interface HolidayCalendar {
  /** The public holiday on `isoDate` (YYYY-MM-DD) in the country `zone` belongs to, or null. */
  holidayOn(zone: string, isoDate: string): PublicHoliday | null;
}

/** Weekends only: what a zone of no known country (UTC, Etc/*) gets, and the default in tests. */
export const NO_HOLIDAYS: HolidayCalendar = { holidayOn: () => null };

/** Country names as a sentence uses them: "the United States", "Germany". */
const WITH_THE =
  /^(United |Netherlands|Philippines|Bahamas|Gambia|Czech|Dominican|Central African|Maldives|Marshall|Solomon|Comoros|Seychelles)/;

export function countryName(code: string): string {
  const name = new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  return WITH_THE.test(name) ? `the ${name}` : name;
}

/** The years the table covers; a date outside them has no public holiday anywhere. */
export const HOLIDAY_YEARS = { first: FIRST_YEAR, last: LAST_YEAR } as const;

/**
 * Whether a plan made at `now` may reach past the table's last year: a year's notice, as plans
 * run weeks to months ahead. The functions log it at cold start; the fix is regenerating the table.
 */
export function holidayTableEndsWithinAYear(now: Date): boolean {
  return now.getUTCFullYear() + 1 > HOLIDAY_YEARS.last;
}

/** The holiday table and the zone → country map, as the calendar reads them. */
interface Tables {
  countries: string;
  names: string;
  countryOfZone(zone: string): string | null;
}

/** The calendar over the tables; each country is decoded on its first lookup. */
function calendarOf(tables: Tables): HolidayCalendar {
  const lines = new Map(
    tables.countries.split('\n').map((line) => [line.slice(0, line.indexOf(' ')), line]),
  );
  const names = tables.names.split('\n');
  /** country code → date → holiday. */
  const countries = new Map<string, Map<string, PublicHoliday>>();

  function holidaysOf(code: string): Map<string, PublicHoliday> {
    const cached = countries.get(code);
    if (cached) return cached;
    const byDate = new Map<string, PublicHoliday>();
    const line = lines.get(code);
    // A country the table does not know has no holidays: weekends only there.
    if (line) {
      const country = countryName(code);
      for (const group of line.split(' ').slice(1)) {
        const [year, entries = ''] = group.split('=');
        for (const entry of entries.split(',')) {
          const date = `${year}-${entry.slice(0, 2)}-${entry.slice(2, 4)}`;
          const name = names[Number.parseInt(entry.slice(4), 36)] ?? '';
          byDate.set(date, { date, name, country });
        }
      }
    }
    countries.set(code, byDate);
    return byDate;
  }

  return {
    holidayOn(zone, isoDate) {
      const code = tables.countryOfZone(zone);
      return code ? (holidaysOf(code).get(isoDate) ?? null) : null;
    },
  };
}

let calendar: Promise<HolidayCalendar> | null = null;

/** The public-holiday calendar, one per process; its tables are read on the first call. */
export function publicHolidays(): Promise<HolidayCalendar> {
  calendar ??= Promise.all([import('./public-holiday-table.js'), import('./zone-country.js')]).then(
    ([table, zones]) =>
      calendarOf({
        countries: table.COUNTRIES,
        names: table.NAMES,
        countryOfZone: zones.countryOfZone,
      }),
  );
  return calendar;
}
