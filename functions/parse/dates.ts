// Calendar dates written in text: "Monday, November 23, 2026", "21 January 2027", "Dec 10",
// "05/01/2027" (day or month first), "2026-12-10", "tomorrow", "this Thursday", "next Monday".
import type { DateTime } from 'luxon';

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
  | { kind: 'weekday'; weekday: number; mode: 'this' | 'next' | 'bare' }
);

/** Month names in English, French, Spanish and German (full and short forms). */
const MONTH_NAMES: [number, string[]][] = [
  [1, ['january', 'jan', 'janvier', 'janv', 'enero', 'ene', 'januar', 'jän']],
  [2, ['february', 'feb', 'février', 'fevrier', 'févr', 'fév', 'febrero', 'februar']],
  [3, ['march', 'mar', 'mars', 'marzo', 'märz', 'maerz', 'mär']],
  [4, ['april', 'apr', 'avril', 'avr', 'abril', 'abr']],
  [5, ['may', 'mai', 'mayo']],
  [6, ['june', 'jun', 'juin', 'junio', 'juni']],
  [7, ['july', 'jul', 'juillet', 'juil', 'julio', 'juli']],
  [8, ['august', 'aug', 'août', 'aout', 'agosto', 'ago']],
  [9, ['september', 'sept', 'sep', 'septembre', 'septiembre', 'setiembre']],
  [10, ['october', 'oct', 'octobre', 'octubre', 'oktober', 'okt']],
  [11, ['november', 'nov', 'novembre', 'noviembre']],
  [12, ['december', 'dec', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dezember', 'dez']],
];
const MONTHS = new Map<string, number>(
  MONTH_NAMES.flatMap(([n, names]) => names.map((name) => [name, n] as [string, number])),
);
const MONTH = `(?:${[...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
const WEEKDAY =
  '(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';

const MONTH_FIRST = new RegExp(
  `\\b(?:(${WEEKDAY}),?\\s+)?(${MONTH})\\s+(\\d{1,2})${ORDINAL}\\b(?:,?\\s*(\\d{4})\\b)?`,
  'gi',
);
const DAY_FIRST = new RegExp(
  `\\b(?:(${WEEKDAY}),?\\s+)?(?:the\\s+)?(\\d{1,2})(?:${ORDINAL}|\\.)(?:\\s+of)?\\s+(${MONTH})(?:,?\\s*(\\d{4})\\b)?`,
  'gi',
);
const NUMERIC = /(?<![\d/.-])(\d{1,4})([/.-])(\d{1,2})(?:\2(\d{2,4}))?(?![\d/]|\.\d|-\d)/g;
const RELATIVE =
  /\b(today|tonight|this (?:morning|afternoon|evening)|tomorrow|day after tomorrow)\b/gi;
const NAMED_WEEKDAY = new RegExp(
  `\\b(?:(this|next|coming|this coming|on)\\s+)?(${WEEKDAY})(?![\\w])`,
  'gi',
);

export function monthNumber(name: string): number {
  return MONTHS.get(name.toLowerCase().replace(/\.$/, '')) ?? 0;
}

const WEEKDAY_NUMBERS: Record<string, number> = {
  lun: 1,
  mar: 2,
  mer: 3,
  jeu: 4,
  ven: 5,
  sam: 6,
  dim: 7,
  lune: 1,
  mart: 2,
  mié: 3,
  mie: 3,
  jue: 4,
  vie: 5,
  sáb: 6,
  sab: 6,
  dom: 7,
  mon: 1,
  die: 2,
  mit: 3,
  don: 4,
  fre: 5,
  sams: 6,
  son: 7,
};
export function weekdayNumber(name: string): number {
  const lower = name.toLowerCase();
  const english = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(lower.slice(0, 3)) + 1;
  if (/^(?:mon|tue|wed|thu|fri|sat|sun)/.test(lower) && !/^(?:montag|sonntag|samstag)/.test(lower))
    return english;
  if (lower.startsWith('sams')) return 6;
  if (lower.startsWith('mart')) return 2;
  if (lower.startsWith('lunes')) return 1;
  return WEEKDAY_NUMBERS[lower.slice(0, 3)] ?? english;
}

/** Dates written with a month name ("March 3", "3rd of March"), given where day and month are. */
function namedMonthDates(
  text: string,
  pattern: RegExp,
  groups: { day: number; month: number },
): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(pattern)) {
    const day = Number(m[groups.day]);
    if (day < 1 || day > 31) continue;
    found.push({
      kind: 'absolute',
      index: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
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
  ];
  for (const m of text.matchAll(NUMERIC)) {
    const parsed = numericDate(m[1] as string, m[2] as string, m[3] as string, m[4], dayFirst);
    if (parsed)
      found.push({
        kind: 'absolute',
        index: m.index ?? 0,
        end: (m.index ?? 0) + m[0].length,
        ...parsed,
        weekday: null,
      });
  }
  for (const m of text.matchAll(RELATIVE)) {
    const word = (m[1] as string).toLowerCase();
    const offsetDays = word === 'tomorrow' ? 1 : word === 'day after tomorrow' ? 2 : 0;
    found.push({
      kind: 'relative',
      index: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      offsetDays,
    });
  }
  for (const m of text.matchAll(NAMED_WEEKDAY)) {
    const name = m[2] as string;
    const qualifier = (m[1] ?? '').toLowerCase();
    // A lone weekday must be capitalised and written out ("Thursday", not "sun" or "Wed").
    if (!qualifier || qualifier === 'on') {
      if (!/^[A-Z]/.test(name) || name.length < 6) continue;
    }
    found.push({
      kind: 'weekday',
      index: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      weekday: weekdayNumber(name),
      mode:
        qualifier === 'next'
          ? 'next'
          : qualifier.includes('this') || qualifier === 'coming'
            ? 'this'
            : 'bare',
    });
  }
  // Overlaps: a full date beats a weekday ("on Thursday, January 14"), longer beats shorter.
  const rank = (m: DateMention) => (m.kind === 'absolute' ? 0 : 1);
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
    kept.push(mention);
  }
  return kept;
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

/** Numeric dates that are only readable one way: true = day first, false = month first. */
export function numericOrderEvidence(text: string): boolean | null {
  for (const m of text.matchAll(NUMERIC)) {
    if ((m[1] as string).length > 2 || m[2] === '-') continue;
    const first = Number(m[1]);
    const second = Number(m[3]);
    if (first > 12 && second <= 12) return true;
    if (second > 12 && first <= 12) return false;
  }
  return null;
}

/**
 * The calendar day a mention denotes, seen from `base` (the original message's Date, in its
 * sender's offset). A date without a year is the next such date on or after `base`.
 */
export function resolveDate(mention: DateMention, base: DateTime): DayOfYear | null {
  const baseDay = base.startOf('day');
  if (mention.kind === 'absolute') {
    if (mention.year !== null)
      return { year: mention.year, month: mention.month, day: mention.day };
    for (const year of [baseDay.year, baseDay.year + 1]) {
      const candidate = baseDay.set({ year, month: mention.month, day: mention.day });
      if (candidate.isValid && candidate.month === mention.month && candidate >= baseDay) {
        return { year, month: mention.month, day: mention.day };
      }
    }
    return { year: baseDay.year + 1, month: mention.month, day: mention.day };
  }
  if (mention.kind === 'relative') {
    const day = baseDay.plus({ days: mention.offsetDays });
    return { year: day.year, month: day.month, day: day.day };
  }
  let ahead = (mention.weekday - baseDay.weekday + 7) % 7;
  if (mention.mode === 'next') {
    // "next Monday": the Monday of next week (from a Wednesday, five days on).
    const daysToNextWeek = 8 - baseDay.weekday;
    ahead = daysToNextWeek + mention.weekday - 1;
  } else if (mention.mode === 'bare' && ahead === 0) {
    ahead = 7;
  }
  const day = baseDay.plus({ days: ahead });
  return { year: day.year, month: day.month, day: day.day };
}
