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
  const words = unique.filter((p) => !CJK.test(p)).map((p) => `(?:${eitherApostrophe(p)})`);
  const cjk = unique.filter((p) => CJK.test(p)).map((p) => `(?:${p})`);
  const parts: string[] = [];
  if (words.length > 0) parts.push(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`);
  if (cjk.length > 0) parts.push(...cjk);
  return parts.join('|');
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
 * The letters and digits of the scripts mail reaches us in (Latin, Greek, Cyrillic, Hebrew,
 * Arabic, Devanagari, Thai, kana, CJK, Hangul, fullwidth) as plain ranges: `\p{L}` and `\p{N}`
 * within those blocks.
 */
const LETTERS = String.raw`A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02c1\u02c6-\u02d1\u02e0-\u02e4\u02ec\u02ee\u0370-\u0374\u0376\u0377\u037a-\u037d\u037f\u0386\u0388-\u038a\u038c\u038e-\u03a1\u03a3-\u03f5\u03f7-\u0481\u048a-\u052f\u05d0-\u05ea\u0620-\u064a\u0904-\u0939\u093d\u0950\u0958-\u0961\u0971-\u097f\u0e01-\u0e30\u0e32\u0e33\u0e40-\u0e46\u1e00-\u1eff\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uff21-\uff3a\uff41-\uff5a\uff66-\uffbe`;
const DIGITS = String.raw`0-9\u00b2\u00b3\u00b9\u00bc-\u00be\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u0e50-\u0e59\uff10-\uff19`;

/**
 * A pattern written for the `u` flag, compiled without it: `\p{L}` and `\p{N}` become the plain
 * ranges above. V8 runs the big phrase alternations two to three times faster so (the Unicode
 * classes and case folding are what cost), and the parse bench's goal needs it.
 */
export function plainRegExp(source: string, flags: string): RegExp {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      const named = source.startsWith('p{L}', i + 1)
        ? LETTERS
        : source.startsWith('p{N}', i + 1)
          ? DIGITS
          : null;
      if (named !== null) {
        out += inClass ? named : `[${named}]`;
        i += 4;
      } else {
        out += c + (source[i + 1] ?? '');
        i++;
      }
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  // Other Unicode classes (\p{Lu}, \p{M}, scripts) have no plain form: those keep the `u` flag.
  if (/\\[pP]\{|\\u\{/.test(out)) return new RegExp(source, flags);
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
