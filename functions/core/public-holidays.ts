// Public holidays by zone: nothing goes to an interviewer on a public holiday of their country,
// and the call and close-out reminders move off them. The calendar is a plain synchronous lookup
// so the planner and the send window stay pure; it is built from date-holidays (a maintained
// worldwide table) only when first needed, because loading that library costs a Lambda cold
// start several hundred milliseconds that most invocations never need.
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

let loading: Promise<HolidayCalendar> | null = null;

/** The public-holiday calendar, loaded once per process on first use. */
export function publicHolidays(): Promise<HolidayCalendar> {
  loading ??= loadCalendar().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

async function loadCalendar(): Promise<HolidayCalendar> {
  const { default: Holidays } = await import('date-holidays');
  const countries = new Map<string, InstanceType<typeof Holidays> | null>();
  // country code + year → date → holiday
  const years = new Map<string, Map<string, PublicHoliday>>();

  const yearOf = (code: string, year: number): Map<string, PublicHoliday> => {
    const key = `${code}:${year}`;
    const cached = years.get(key);
    if (cached) return cached;
    if (!countries.has(code)) {
      // A country the library does not know has no holidays: weekends only there.
      const known = code in new Holidays().getCountries('en');
      countries.set(
        code,
        known ? new Holidays(code, { languages: ['en'], types: ['public'] }) : null,
      );
    }
    const byDate = new Map<string, PublicHoliday>();
    const name = countryName(code);
    for (const holiday of countries.get(code)?.getHolidays(year, 'en') ?? []) {
      if (holiday.type !== 'public') continue;
      const date = holiday.date.slice(0, 10);
      if (!byDate.has(date)) byDate.set(date, { date, name: holiday.name, country: name });
    }
    years.set(key, byDate);
    return byDate;
  };

  return {
    holidayOn(zone, isoDate) {
      const code = countryOfZone(zone);
      const year = Number(isoDate.slice(0, 4));
      if (!code || !Number.isInteger(year)) return null;
      return yearOf(code, year).get(isoDate) ?? null;
    },
  };
}
