// Every language the parser reads, and the lookups built from their tables once.
import { da } from './da.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { nl } from './nl.js';
import { no } from './no.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { sv } from './sv.js';
import type { LanguageTable } from './types.js';

export type { LanguageTable } from './types.js';
export const LANGUAGES: LanguageTable[] = [en, fr, de, es, pt, it, nl, ja, sv, da, no, pl];

const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;

/**
 * One alternation of phrases, longest first, between word boundaries (CJK: none). The
 * boundaries wrap the whole group rather than each phrase: the same matches (a failed boundary
 * backtracks into the next phrase), at a fraction of the cost.
 */
export function alternation(phrases: string[]): string {
  const unique = [...new Set(phrases.filter((p) => p.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  const words = byFirstLetter(unique.filter((p) => !CJK.test(p)).map(eitherApostrophe));
  const cjk = unique.filter((p) => CJK.test(p)).map((p) => `(?:${p})`);
  const parts: string[] = [];
  if (words.length > 0) parts.push(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`);
  if (cjk.length > 0) parts.push(...cjk);
  return parts.join('|');
}

/**
 * Phrases that start with the same letter as one alternative ("c(?:ancel|all off)"), in their
 * order: V8 then tries one letter's phrases at each place of a long text instead of every
 * phrase, and matches the same. A phrase that starts with a group, a class or an escape stays
 * an alternative of its own.
 */
function byFirstLetter(phrases: string[]): string[] {
  const groups = new Map<string, string[]>();
  for (const phrase of phrases) {
    const groupable = /^\p{L}(?![?*+{])/u.test(phrase) && !hasTopLevelBar(phrase);
    const key = groupable ? (phrase[0] as string) : `(?:${phrase})`;
    groups.set(key, [...(groups.get(key) ?? []), groupable ? phrase.slice(1) : '']);
  }
  return [...groups].map(([key, rests]) => (key.length > 1 ? key : `${key}(?:${rests.join('|')})`));
}

/** Whether a pattern is an alternation at its top level ("cancel|call off"). */
function hasTopLevelBar(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * A phrase written with a straight apostrophe also matches the typographic one mail clients
 * type ("you’ll", "l’entretien"); inside a character class the apostrophe is left alone.
 */
function eitherApostrophe(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c === "'" && !inClass ? "['’]" : c;
  }
  return out;
}

/**
 * The Unicode blocks of the scripts mail reaches us in: Latin (with IPA, modifiers and combining
 * marks), Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai, CJK punctuation and kana, CJK,
 * Hangul, fullwidth and halfwidth forms. Outside them a plain pattern reads no letter.
 */
const BLOCKS: [number, number][] = [
  [0x0000, 0x052f],
  [0x0590, 0x06ff],
  [0x0900, 0x097f],
  [0x0e00, 0x0e7f],
  [0x1e00, 0x1eff],
  [0x3000, 0x30ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xff00, 0xffef],
];
const BLOCK_TEXTS = BLOCKS.map(([from, to]) => ({
  from,
  text: String.fromCharCode(...Array.from({ length: to - from + 1 }, (_, i) => from + i)),
}));

/**
 * A character for a class in a pattern's source: itself, so that big patterns' sources stay
 * short (see plainRegExp), escaped where ASCII punctuation or a control would mean something else.
 */
const classChar = (code: number) =>
  code < 0x80 && !/[A-Za-z0-9]/.test(String.fromCharCode(code))
    ? `\\u${code.toString(16).padStart(4, '0')}`
    : String.fromCharCode(code);
const plainClasses = new Map<string, string>();

/**
 * A Unicode property (`L`, `Lu`, `M`, `Script=Han`…) as the plain ranges of its characters within
 * BLOCKS, read from the engine's own Unicode data once.
 */
function plainClass(property: string): string {
  let ranges = plainClasses.get(property);
  if (ranges === undefined) {
    const run = new RegExp(`\\p{${property}}+`, 'gu');
    ranges = '';
    for (const { from, text } of BLOCK_TEXTS)
      for (const m of text.matchAll(run)) {
        const first = from + (m.index ?? 0);
        const last = first + m[0].length - 1;
        ranges += last === first ? classChar(first) : `${classChar(first)}-${classChar(last)}`;
      }
    plainClasses.set(property, ranges);
  }
  return ranges;
}

/**
 * A pattern written for the `u` flag, compiled without it: `\p{L}`, `\p{M}` and `\p{N}` become
 * the plain ranges of their characters (plainClass). V8 runs the big case-insensitive phrase and
 * date alternations two to three times faster so (Unicode case folding is what costs), and the
 * parse bench's goal needs it. Characters beyond the Basic Multilingual Plane are then none of
 * these. Other classes (`\p{Lu}`, scripts), `\P{…}` and `\u{…}` keep the `u` flag: `\p{Lu}` as
 * plain ranges ran slower.
 */
export function plainRegExp(source: string, flags: string): RegExp {
  if (/\\P\{|\\u\{|\\p\{(?![LMN]\})/.test(source)) return new RegExp(source, flags);
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\' && source[i + 1] === 'p') {
      const ranges = plainClass(source[i + 3] as string);
      out += inClass ? ranges : `[${ranges}]`;
      i += 4;
      continue;
    }
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return new RegExp(out, flags.replace('u', ''));
}

/** A case-insensitive pattern matching any language's phrase for one field. */
export function phrasePattern(pick: (table: LanguageTable) => string[], flags = 'iu'): RegExp {
  return plainRegExp(alternation(LANGUAGES.flatMap(pick)), flags);
}

/** `word` as a regular expression that matches it literally. */
export const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function numbered(pick: (table: LanguageTable) => string[][]): Map<string, number> {
  const map = new Map<string, number>();
  for (const table of LANGUAGES)
    pick(table).forEach((names, i) => {
      for (const name of names) if (!map.has(name)) map.set(name, i + 1);
    });
  return map;
}

/** Month name → 1–12, every language. */
export const MONTHS = numbered((t) => t.months);
/** Weekday name → 1 (Monday) – 7, every language. */
export const WEEKDAYS = numbered((t) => t.weekdays);
export const MONTH_ALTERNATION = [...MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
export const WEEKDAY_ALTERNATION = [...WEEKDAYS.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

const ENGLISH_DAY_WORDS = new Set(
  LANGUAGES.filter((t) => t.code === 'en').flatMap((t) => [...t.months, ...t.weekdays].flat()),
);
/** Weekday and month names that only other languages use ("quinta", "jeu.", "Mittwoch"), lowercased. */
export const OTHER_LANGUAGE_DAY_WORDS = new Set(
  LANGUAGES.filter((t) => t.code !== 'en')
    .flatMap((t) => [...t.months, ...t.weekdays].flat())
    .map((w) => w.toLowerCase())
    .filter((w) => !ENGLISH_DAY_WORDS.has(w)),
);

const ENGLISH_MEETING_WORDS = new Set(
  LANGUAGES.filter((t) => t.code === 'en').flatMap((t) =>
    [...t.interview, ...(t.meetingWords ?? [])].map((w) => w.toLowerCase()),
  ),
);
/** Words for an interview or a call that only other languages use ("entretien", "Gespräch"). */
export const OTHER_LANGUAGE_MEETING_WORDS = phrasePattern((t) =>
  t.code === 'en'
    ? []
    : [...t.interview, ...(t.meetingWords ?? [])].filter(
        (w) => !ENGLISH_MEETING_WORDS.has(w.toLowerCase()),
      ),
);

/** Header label → which forwarded header it is, every language. */
export const FORWARD_LABELS = new Map<string, 'from' | 'to' | 'cc' | 'subject' | 'date'>();
for (const table of LANGUAGES)
  for (const [key, labels] of Object.entries(table.forwardLabels))
    for (const label of labels)
      if (!FORWARD_LABELS.has(label))
        FORWARD_LABELS.set(label, key as 'from' | 'to' | 'cc' | 'subject' | 'date');

export const FORWARD_MARKER = phrasePattern((t) => t.forwardMarkers);
/** Phrases several phases read alike, built once. */
export const CONFIRMED = phrasePattern((t) => t.confirmed);
export const NEW_TIME = phrasePattern((t) => t.newTime);
export const MOVED = phrasePattern((t) => [...t.rescheduled, ...t.newTime]);
export const REJECTION = phrasePattern((t) => t.notInterview.rejection);
export const FORWARD_PREFIX = alternation(LANGUAGES.flatMap((t) => t.forwardPrefixes));
export const REPLY_ATTRIBUTION = LANGUAGES.flatMap((t) => t.replyAttributions).map(
  (p) => new RegExp(`^(?:>\\s*)*${p}.{0,80}:?\\s*$`, 'iu'),
);
export const ZONE_PHRASES: [RegExp, string][] = LANGUAGES.flatMap((t) =>
  t.zonePhrases.map(([p, zone]): [RegExp, string] => [new RegExp(`^(?:${p})`, 'iu'), zone]),
);
/** A place's adjective ("irish") → the zone it names before the word for time, every language. */
export const PLACE_ADJECTIVES = new Map<string, string>(
  LANGUAGES.flatMap((t) => t.placeAdjectives ?? []),
);
export const RELATIVE_DAYS = new Map<string, number>();
for (const table of LANGUAGES) {
  for (const w of table.relativeDays.today) RELATIVE_DAYS.set(w, 0);
  for (const w of table.relativeDays.tomorrow) RELATIVE_DAYS.set(w, 1);
  for (const w of table.relativeDays.dayAfter) RELATIVE_DAYS.set(w, 2);
}
