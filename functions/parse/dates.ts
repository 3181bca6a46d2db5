// Calendar dates written in text: "Monday, November 23, 2026", "21 January 2027", "Dec 10",
// "05/01/2027" (day or month first), "2026-12-10", "tomorrow", "this Thursday", "next Monday".
import type { ZonedTime } from '../core/zoned-time.js';
import {
  alternation,
  LANGUAGES,
  MONTH_ALTERNATION,
  MONTHS,
  OTHER_LANGUAGE_DAY_WORDS,
  OTHER_LANGUAGE_MEETING_WORDS,
  plainRegExp,
  RELATIVE_DAYS,
  WEEKDAY_ALTERNATION,
  WEEKDAYS,
} from './languages/index.js';
import { allMatches, eachMatch } from './matches.js';
import { numberFromWord } from './number-words.js';

export interface DayOfYear {
  year: number;
  month: number;
  day: number;
}

export type DateMention = {
  index: number;
  end: number;
} & (
  | { kind: 'absolute'; year: number | null; month: number; day: number; weekday: number | null }
  | { kind: 'relative'; offsetDays: number }
  | {
      kind: 'dayOfMonth';
      day: number;
      weekday: number | null;
      /** Written as a bare number after the weekday ("jeudi 17"): the weekday when no such day is near. */
      orWeekday?: true;
    }
  | { kind: 'weekday'; weekday: number; mode: 'this' | 'next' | 'bare' | 'weekLater' }
);

const MONTH = `(?:${MONTH_ALTERNATION})\\.?`;
const WEEKDAY = `(?:${WEEKDAY_ALTERNATION})\\.?`;
const ORDINAL = '(?:st|nd|rd|th|er|º|°)?';
const NOT_LETTER = '(?![\\p{L}\\p{M}])';
const LETTER_BEFORE = '(?<![\\p{L}\\p{M}])';
/** A year after a day: this century's or the last ("Dec 18, 1600 GMT" is a day and a time). */
const YEAR = '((?:19|20)\\d\\d)\\b';

const MONTH_FIRST = plainRegExp(
  `${LETTER_BEFORE}(?:(${WEEKDAY}),?\\s+)?(${MONTH})${NOT_LETTER}\\s+(\\d{1,2})${ORDINAL}(?!\\d)(?:,?\\s*${YEAR})?`,
  'giu',
);
const DAY_FIRST = plainRegExp(
  `${LETTER_BEFORE}(?:(${WEEKDAY}),?\\s+)?(?:(?:the|le|el|den|il|de)\\s+)?(\\d{1,2})(?:${ORDINAL}|\\.)(?:\\s+(?:of|de))?\\s+(${MONTH})${NOT_LETTER}(?:,?\\s*(?:de\\s+)?${YEAR})?`,
  'giu',
);
/** "05-Mar-2027", "5-March-2027": day, month name and year joined by dashes (Indian, UK forms). */
const DASHED_DAY_MONTH = plainRegExp(
  `(?<![\\p{L}\\p{M}\\d-])(?:(${WEEKDAY}),?\\s+)?(\\d{1,2})-(${MONTH})-(\\d{4})(?![\\d-])`,
  'giu',
);
/**
 * "the 7th", "Wednesday the 7th", "Wed 16th", "Wed (16th)": a day of the month without its month;
 * not an ordinal of something else ("the 3rd floor kitchen", "the 2nd round").
 */
const DAY_ONLY = plainRegExp(
  `${LETTER_BEFORE}(?:(${WEEKDAY}),?\\s*\\(?\\s*(?:the\\s+)?|the\\s+)(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:floor|storey|story|level|round|stage|time|place|year|grade|quarter|edition|street|avenue)\\b)`,
  'giu',
);
/**
 * "Thursday 17 at 11am", "jeudi 17 à 11h", "el jueves 17", "Donnerstag, den 17.", "quinta-feira,
 * dia 17": a weekday and a bare day of the month; not a clock reading ("Thursday 10:30", "jeudi
 * 17h", "Friday 5 pm", "Monday 9-10").
 */
const WEEKDAY_DAY = plainRegExp(
  String.raw`${LETTER_BEFORE}(${WEEKDAY}),?\s+(?:(?:the|le|el|den|il|dia|op)\s+)?(\d{1,2})(?:\.(?!\d)|º|°)?(?![\d:\p{L}]|[.,]\d|\s*(?:[ap]\.?\s?m\.?(?![\p{L}])|h(?:rs?)?(?![\p{L}])|uhr|uur|heures?|o['’]clock|時|시|[-–—~]\s*\d|%))`,
  'giu',
);
/**
 * "le 15 à 14h", "am 15. um 14 Uhr", "el día 15 a las 10:30", "il 15 alle 11", "op de 15e om
 * 14.00", "no dia 15 às 10h": a bare day of the month, in the languages that write one without
 * its month; only right before the clock it is joined to, where the number is nothing else.
 */
export const BARE_DAY_ARTICLE = String.raw`(?<![\p{L}\p{M}])(?:le|am|el(?:\s+d[ií]a)?|il(?:\s+giorno)?|op\s+de|(?:n?o\s+)?dia|den)\s+`;
const BARE_DAY_BEFORE_CLOCK = plainRegExp(
  String.raw`${BARE_DAY_ARTICLE}(\d{1,2})(?:e|er|ème|\.|º|°)?,?\s+(?=(?:à|um|a\s+las|alle|om|às|kl\.?|klo)\s+\d)`,
  'giu',
);
/** 2027年1月20日, 1月20日, 2027년 3월 18일. */
const CJK_DATE = /(?:(\d{4})[ \t]*[年년][ \t]*)?(\d{1,2})[ \t]*[月월][ \t]*(\d{1,2})[ \t]*[日일]/g;
const NUMERIC = /(?<![\d/.-])(\d{1,4})([/.-])(\d{1,2})(?:\2(\d{2,4}))?(?![\d/]|\.\d|-\d)/g;
const RELATIVE_WORDS = [...RELATIVE_DAYS.keys()].sort((a, b) => b.length - a.length).join('|');
const RELATIVE = plainRegExp(
  `(?<![\\p{L}\\p{M}]|(?:la|guten|am|de|por|heute) )(${RELATIVE_WORDS})${NOT_LETTER}`,
  'giu',
);
/** A small count of days or weeks, in digits or in the words number-words.ts reads. */
const COUNT = String.raw`\d{1,2}|an?|one|two|three|four|five|six|seven|une?|una?|uma?|eine|een|zwei|drei|deux|trois|dos|tres|dois|duas|três|due|tre|twee|drie`;
/** "in two days", "in a week", "dans deux jours", "in zwei Tagen", "tra due giorni". */
const DAYS_AHEAD = plainRegExp(
  String.raw`(?<![\p{L}])(?:${alternation(LANGUAGES.flatMap((t) => t.daysAhead?.before ?? []))})\s+(${COUNT})\s+(?:(${alternation(LANGUAGES.flatMap((t) => t.daysAhead?.days ?? []))})|(${alternation(LANGUAGES.flatMap((t) => t.daysAhead?.weeks ?? []))}))(?![\p{L}])`,
  'giu',
);
/** "a week from today", "two weeks from tomorrow". */
const DAYS_FROM = /\b(a|one|two|three|\d) (days?|weeks?) from (today|now|tomorrow)\b/gi;
/** "Thursday next week", "jeudi de la semaine prochaine": the weekday of the next week. */
const NEXT_WEEK_AFTER = alternation(LANGUAGES.flatMap((t) => t.weekdayNextWeek ?? []));
/** "a week from Wednesday", "Friday week", "the Wednesday after next", "mercredi en huit". */
const WEEK_LATER_BEFORE = LANGUAGES.flatMap((t) => t.weekdayWeekLater?.before ?? []);
const WEEK_LATER_AFTER = LANGUAGES.flatMap((t) => t.weekdayWeekLater?.after ?? []);
const WEEK_LATER = plainRegExp(
  `${LETTER_BEFORE}(?:(?:${alternation(WEEK_LATER_BEFORE)})\\s+(?:the\\s+)?(${WEEKDAY})|(?:(?:the|le|der|de)\\s+)?(${WEEKDAY})\\s+(?:${alternation(WEEK_LATER_AFTER)}))${NOT_LETTER}`,
  'giu',
);
/** The longest word of each such phrase: a text holding none of them is not scanned. */
const WEEK_LATER_WORDS = [...WEEK_LATER_BEFORE, ...WEEK_LATER_AFTER].map((phrase) =>
  phrase.split(' ').reduce((a, b) => (b.length > a.length ? b : a)),
);
const NAMED_WEEKDAY = plainRegExp(
  `${LETTER_BEFORE}(?:(this coming|this|next|coming|on)\\s+)?(${WEEKDAY})${NOT_LETTER}(?:,?\\s+(${NEXT_WEEK_AFTER})${NOT_LETTER})?`,
  'giu',
);

/** "Wed 3pm", "Thurs @ 2:30", "Tues. at 10am", "Fri, 10:30am": a clock reading right after a weekday. */
const CLOCK_AFTER_WEEKDAY =
  /^\.?,?[ \t]*(?:at[ \t]+|@[ \t]*|[-–—][ \t]*)?\d{1,2}(?::\d{2}|[ \t]*[ap]\.?m\b)/i;

function clockFollows(text: string, at: number): boolean {
  return CLOCK_AFTER_WEEKDAY.test(text.slice(at, at + 16));
}

/** Where a match sits in the text. */
function spanOf(m: RegExpMatchArray): { index: number; end: number } {
  const index = m.index ?? 0;
  return { index, end: index + m[0].length };
}

export function monthNumber(name: string): number {
  return MONTHS.get(name.toLowerCase().replace(/\.$/, '')) ?? 0;
}

export function weekdayNumber(name: string): number {
  return WEEKDAYS.get(name.toLowerCase().replace(/\.$/, '')) ?? 0;
}

/** Dates written with a month name ("March 3", "3rd of March"), given where day and month are. */
function namedMonthDates(
  text: string,
  pattern: RegExp,
  groups: { day: number; month: number },
): DateMention[] {
  const found: DateMention[] = [];
  for (const m of allMatches(text, pattern)) {
    const day = Number(m[groups.day]);
    if (day < 1 || day > 31) continue;
    found.push({
      kind: 'absolute',
      ...spanOf(m),
      year: m[4] ? Number(m[4]) : null,
      month: monthNumber(m[groups.month] as string),
      day,
      weekday: m[1] ? weekdayNumber(m[1]) : null,
    });
  }
  return found;
}

/**
 * Every date mention in `text`, in order, without overlaps. `dayFirst` says how to read an
 * ambiguous numeric date such as 05/01/2027.
 */
export function findDates(text: string, dayFirst: boolean): DateMention[] {
  const found: DateMention[] = [
    // Both patterns capture weekday (1) and year (4); they differ in where day and month sit.
    ...namedMonthDates(text, MONTH_FIRST, { day: 3, month: 2 }),
    ...namedMonthDates(text, DAY_FIRST, { day: 2, month: 3 }),
    ...namedMonthDates(text, DASHED_DAY_MONTH, { day: 2, month: 3 }),
  ];
  for (const m of allMatches(text, NUMERIC)) {
    const parsed =
      numericDate(m[1] as string, m[2] as string, m[3] as string, m[4], dayFirst) ??
      dayMonthWithStop(text, m);
    if (parsed)
      found.push({
        kind: 'absolute',
        ...spanOf(m),
        ...parsed,
        weekday: null,
      });
  }
  for (const m of allMatches(text, RELATIVE)) {
    found.push({
      kind: 'relative',
      ...spanOf(m),
      offsetDays: RELATIVE_DAYS.get((m[1] as string).toLowerCase()) ?? 0,
    });
  }
  for (const m of allMatches(text, DAYS_AHEAD)) {
    const count = numberFromWord(m[1] as string);
    found.push({ kind: 'relative', ...spanOf(m), offsetDays: m[3] ? 7 * count : count });
  }
  for (const m of allMatches(text, DAYS_FROM)) {
    const count = numberFromWord(m[1] as string);
    const days = /^week/i.test(m[2] as string) ? 7 * count : count;
    found.push({
      kind: 'relative',
      ...spanOf(m),
      offsetDays: days + ((m[3] as string).toLowerCase() === 'tomorrow' ? 1 : 0),
    });
  }
  for (const m of allMatches(text, DAY_ONLY)) {
    const day = Number(m[2]);
    if (day < 1 || day > 31) continue;
    found.push({
      kind: 'dayOfMonth',
      ...spanOf(m),
      day,
      weekday: m[1] ? weekdayNumber(m[1]) : null,
    });
  }
  for (const m of allMatches(text, WEEKDAY_DAY)) {
    const day = Number(m[2]);
    if (day < 1 || day > 31) continue;
    found.push({
      kind: 'dayOfMonth',
      ...spanOf(m),
      day,
      weekday: weekdayNumber(m[1] as string),
      orWeekday: true,
    });
  }
  for (const m of allMatches(text, BARE_DAY_BEFORE_CLOCK)) {
    const day = Number(m[1]);
    if (day >= 1 && day <= 31) found.push({ kind: 'dayOfMonth', ...spanOf(m), day, weekday: null });
  }
  for (const m of allMatches(text, CJK_DATE)) {
    const parsed = valid(m[1] ? Number(m[1]) : null, Number(m[2]), Number(m[3]));
    if (parsed)
      found.push({
        kind: 'absolute',
        ...spanOf(m),
        ...parsed,
        weekday: null,
      });
  }
  for (const m of allMatches(text, NAMED_WEEKDAY)) {
    const name = m[2] as string;
    const qualifier = m[3] ? 'next' : (m[1] ?? '').toLowerCase();
    // A lone English weekday must be capitalised and written out ("Thursday", not "sun" or
    // "Wed"), unless a clock reading follows it ("Wed 3pm", "Thurs @ 2:30", "friday at 10am");
    // other languages write weekdays in lower case.
    if (
      (!qualifier || qualifier === 'on') &&
      /^(?:mon|tue|wed|thu|fri|sat|sun)/i.test(name) &&
      (!/^[A-Z]/.test(name) || name.length < 6) &&
      !clockFollows(text, spanOf(m).end)
    )
      continue;
    found.push({
      kind: 'weekday',
      ...spanOf(m),
      weekday: weekdayNumber(name),
      mode:
        qualifier === 'next'
          ? 'next'
          : qualifier.includes('this') || qualifier === 'coming'
            ? 'this'
            : 'bare',
    });
  }
  const lower = text.toLowerCase();
  if (WEEK_LATER_WORDS.some((word) => lower.includes(word))) {
    for (const m of allMatches(text, WEEK_LATER)) {
      const name = (m[1] ?? m[2]) as string;
      found.push({
        kind: 'weekday',
        ...spanOf(m),
        weekday: weekdayNumber(name),
        mode: 'weekLater',
      });
    }
  }
  // Overlaps: a full date beats a weekday ("on Thursday, January 14"), longer beats shorter.
  const rank = (m: DateMention) => (m.kind === 'absolute' ? 0 : m.kind === 'dayOfMonth' ? 1 : 2);
  const better = (a: DateMention, b: DateMention) =>
    rank(a) < rank(b) || (rank(a) === rank(b) && a.end - a.index > b.end - b.index);
  found.sort((a, b) => a.index - b.index);
  const kept: DateMention[] = [];
  for (const mention of found) {
    const last = kept[kept.length - 1];
    if (last && mention.index < last.end) {
      if (better(mention, last)) kept[kept.length - 1] = mention;
      continue;
    }
    // "10 de fevereiro (quarta-feira)", "18 January (Monday)": the weekday restates the date.
    if (
      last?.kind === 'absolute' &&
      mention.kind === 'weekday' &&
      mention.mode === 'bare' &&
      /^[\s,]*[(（]?\s*$/.test(text.slice(last.end, mention.index))
    ) {
      kept[kept.length - 1] = {
        ...last,
        end: mention.end,
        weekday: last.weekday ?? mention.weekday,
      };
      continue;
    }
    kept.push(mention);
  }
  return kept;
}

/**
 * "am 12.2.", "Freitag, 5.3.,": German writes day and month with a full stop after each, and no
 * year; the closing stop tells it from a decimal ("1.5 hours") or a version number.
 */
function dayMonthWithStop(
  text: string,
  m: RegExpMatchArray,
): { year: null; month: number; day: number } | null {
  if (m[2] !== '.' || m[4] !== undefined || (m[1] as string).length > 2) return null;
  const end = (m.index ?? 0) + m[0].length;
  if (text[end] !== '.' || /\d/.test(text[end + 1] ?? '')) return null;
  if (/[\p{L}]$/u.test(text.slice(Math.max(0, (m.index ?? 0) - 1), m.index ?? 0))) return null;
  const day = Number(m[1]);
  const month = Number(m[3]);
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  return { year: null, month, day };
}

function numericDate(
  a: string,
  separator: string,
  b: string,
  c: string | undefined,
  dayFirst: boolean,
): { year: number | null; month: number; day: number } | null {
  if (a.length === 4) {
    // ISO order: 2026-12-10
    if (!c || separator !== '-') return null;
    return valid(Number(a), Number(b), Number(c));
  }
  if (a.length > 2) return null;
  // A dash-separated pair without year is a range of numbers, not a date.
  if (!c && separator !== '/') return null;
  if (separator === '.' && !c) return null;
  const year = c
    ? c.length === 2
      ? 2000 + Number(c)
      : c.length === 4
        ? Number(c)
        : Number.NaN
    : null;
  if (year !== null && Number.isNaN(year)) return null;
  const first = Number(a);
  const second = Number(b);
  let day: number;
  let month: number;
  if (first > 12) [day, month] = [first, second];
  else if (second > 12) [month, day] = [first, second];
  else if (dayFirst || separator === '.') [day, month] = [first, second];
  else [month, day] = [first, second];
  return valid(year, month, day);
}

function valid(year: number | null, month: number, day: number) {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (year !== null && (year < 1990 || year > 2100)) return null;
  return { year, month, day };
}

/**
 * How the text orders numeric dates, or null when it does not show: true = day first, false =
 * month first. Dates that are only readable one way decide; else a weekday or month named in
 * another language than English ("lundi 1 mars", "Mittwoch"), since only US English writes the
 * month first. Short names ("mar", "do") are left out: they are English words or abbreviations.
 * A word for the interview or the call in another language ("entretien", "Gespräch") says the same.
 */
export function numericOrderEvidence(text: string): boolean | null {
  for (const m of eachMatch(text, NUMERIC)) {
    if ((m[1] as string).length > 2 || m[2] === '-') continue;
    const first = Number(m[1]);
    const second = Number(m[3]);
    if (first > 12 && second <= 12) return true;
    if (second > 12 && first <= 12) return false;
  }
  for (const m of eachMatch(text, LONG_WORD))
    if (OTHER_LANGUAGE_DAY_WORDS.has(m[0].toLowerCase())) return true;
  if (OTHER_LANGUAGE_MEETING_WORDS.test(text)) return true;
  return null;
}
const LONG_WORD = plainRegExp(String.raw`\p{L}{4,}`, 'gu');

/**
 * The calendar day a mention denotes, seen from `base` (the original message's Date, in its
 * sender's offset). A date without a year is the next such date on or after `base`.
 */
export function resolveDate(mention: DateMention, base: ZonedTime): DayOfYear | null {
  const baseDay = base.startOfDay();
  if (mention.kind === 'absolute') {
    if (mention.year !== null)
      return { year: mention.year, month: mention.month, day: mention.day };
    // "Tuesday 9 February" written after it: the weekday fits this year's date and not next
    // year's, so it is the past one (thanks for an interview, not a new one a year on).
    if (mention.weekday !== null) {
      const thisYear = baseDay.with({ month: mention.month, day: mention.day });
      if (
        thisYear.month === mention.month &&
        thisYear < baseDay &&
        thisYear.weekday === mention.weekday &&
        thisYear.plusYears(1).weekday !== mention.weekday
      )
        return { year: thisYear.year, month: mention.month, day: mention.day };
    }
    for (const year of [baseDay.year, baseDay.year + 1]) {
      const candidate = baseDay.with({ year, month: mention.month, day: mention.day });
      if (candidate.month === mention.month && candidate >= baseDay) {
        return { year, month: mention.month, day: mention.day };
      }
    }
    return { year: baseDay.year + 1, month: mention.month, day: mention.day };
  }
  if (mention.kind === 'dayOfMonth') {
    // "the 7th": the next 7th from base, on the weekday named with it when there is one. A bare
    // number after a weekday is that day only when it falls in this month or the next.
    for (let months = 0; months < (mention.orWeekday ? 2 : 14); months++) {
      const month = baseDay.plusMonths(months).startOfMonth();
      const day = month.with({ day: mention.day });
      if (day.month !== month.month || day < baseDay) continue;
      if (mention.weekday !== null && day.weekday !== mention.weekday) continue;
      return { year: day.year, month: day.month, day: day.day };
    }
    if (mention.orWeekday && mention.weekday !== null)
      return resolveDate(
        {
          kind: 'weekday',
          index: mention.index,
          end: mention.end,
          weekday: mention.weekday,
          mode: 'bare',
        },
        base,
      );
    return null;
  }
  if (mention.kind === 'relative') {
    const day = baseDay.plusDays(mention.offsetDays);
    return { year: day.year, month: day.month, day: day.day };
  }
  let ahead = (mention.weekday - baseDay.weekday + 7) % 7;
  if (mention.mode === 'next') {
    // "next Monday": the Monday of next week (from a Wednesday, five days on).
    const daysToNextWeek = 8 - baseDay.weekday;
    ahead = daysToNextWeek + mention.weekday - 1;
  } else if (mention.mode === 'bare' && ahead === 0) {
    ahead = 7;
  } else if (mention.mode === 'weekLater') {
    // "Monday week" said on a Monday: a week after the coming Monday, not after today.
    ahead += ahead === 0 ? 14 : 7;
  }
  const day = baseDay.plusDays(ahead);
  return { year: day.year, month: day.month, day: day.day };
}
