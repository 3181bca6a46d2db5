// Public holidays by zone: nothing goes to an interviewer on a public holiday of their country,
// and the call and close-out reminders move off them. The calendar is a plain synchronous lookup
// so the planner and the send window stay pure. Its dates come from a generated table
// (public-holiday-table.ts, `npm run build:holidays`, from date-holidays): loading date-holidays
// itself at a Lambda cold start cost most of a second. Outside the table's years a zone has
// weekends only; HOLIDAY_YEARS says which years are covered, so the functions can say so.
import { COUNTRIES, FIRST_YEAR, LAST_YEAR, NAMES } from './public-holiday-table.js';
import { countryOfZone } from './zone-country.js';

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

/** country code → its line of the table, split on first use. */
let lines: Map<string, string> | null = null;
/** country code → date → holiday, each country decoded on its first lookup. */
const countries = new Map<string, Map<string, PublicHoliday>>();
let names: string[] | null = null;

function holidaysOf(code: string): Map<string, PublicHoliday> {
  const cached = countries.get(code);
  if (cached) return cached;
  lines ??= new Map(COUNTRIES.split('\n').map((line) => [line.slice(0, line.indexOf(' ')), line]));
  names ??= NAMES.split('\n');
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

const calendar: HolidayCalendar = {
  holidayOn(zone, isoDate) {
    const code = countryOfZone(zone);
    return code ? (holidaysOf(code).get(isoDate) ?? null) : null;
  },
};

/** The public-holiday calendar, one per process (a promise: callers were written for a lazy load). */
export function publicHolidays(): Promise<HolidayCalendar> {
  return Promise.resolve(calendar);
}
