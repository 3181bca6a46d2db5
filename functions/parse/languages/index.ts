// Every language the parser reads, and the lookups built from their tables once.
import { cs } from './cs.js';
import { da } from './da.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import { MAIL_CLIENT_WORDS } from './mail-client-words.js';
import { nl } from './nl.js';
import { no } from './no.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { sv } from './sv.js';
import type { LanguageTable, MailClientWords } from './types.js';

export type { LanguageTable } from './types.js';
export const LANGUAGES: LanguageTable[] = [en, fr, de, es, pt, it, nl, ja, ko, sv, da, no, pl, cs];
/** Every language whose mail clients' forwards are read: the full tables and the client-only ones. */
export const MAIL_CLIENT_LANGUAGES: MailClientWords[] = [...LANGUAGES, ...MAIL_CLIENT_WORDS];

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]/;

/**
 * One alternation of phrases, longest first, between word boundaries (CJK: none). The
 * boundaries wrap the whole group rather than each phrase: the same matches (a failed boundary
 * backtracks into the next phrase), at a fraction of the cost. `spell`: phrases that open with a
 * group of words are written out (see spelledOut).
 */
export function alternation(phrases: string[], spell = true): string {
  const unique = [...new Set(phrases.filter((p) => p.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  const written = unique.filter((p) => !CJK.test(p)).map(eitherApostrophe);
  const words = byFirstLetter(spell ? written.flatMap(spelledOut) : written);
  const cjk = unique.filter((p) => CJK.test(p)).map((p) => `(?:${p})`);
  const parts: string[] = [];
  if (words.length > 0) parts.push(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`);
  // "she'll join", "we'd like to meet": a phrase written "will join" read in its contraction,
  // which starts right after a letter (where no other phrase may).
  const contracted = unique
    .filter((p) => /^(?:will|would) /.test(p))
    .map((p) => p.replace(/^will /, 'll ').replace(/^would /, 'd '));
  if (contracted.length > 0)
    parts.push(
      `['’](?<=[\\p{L}]['’])(?:${byFirstLetter(contracted.map(eitherApostrophe)).join('|')})(?![\\p{L}\\p{N}])`,
    );
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
    const groupable = /^\p{L}(?![?*+{])/u.test(phrase) && topLevelBars(phrase).length === 0;
    const key = groupable ? (phrase[0] as string) : `(?:${phrase})`;
    groups.set(key, [...(groups.get(key) ?? []), groupable ? phrase.slice(1) : '']);
  }
  return [...groups].map(([key, rests]) => (key.length > 1 ? key : `${key}(?:${rests.join('|')})`));
}

/**
 * A phrase as the phrases it stands for, in order, where each can then join its first letter's
 * group: "cancel|call off" is "cancel" and "call off"; "(?:has|have) been cancel+ed" is "has been
 * cancel+ed" and "have been cancel+ed". A phrase that opens with a group is otherwise tried at
 * every place of a text, and a fifth of the tables' phrases do.
 */
function spelledOut(phrase: string): string[] {
  const bars = topLevelBars(phrase);
  if (bars.length > 0)
    return [-1, ...bars].flatMap((bar, i) =>
      spelledOut(phrase.slice(bar + 1, bars[i] ?? phrase.length)),
    );
  // A capturing group written out twice would renumber the groups after it.
  if (!phrase.startsWith('(?:') || /\((?!\?[:=!]|\?<[=!])|\\\d/.test(phrase)) return [phrase];
  const close = closingParen(phrase);
  // "(?:mit )?dabei sind" is "mit dabei sind", then "dabei sind".
  const optional = phrase[close + 1] === '?' && !/^[?*+{]/.test(phrase.slice(close + 2));
  if (close < 0 || (!optional && /^[?*+{]/.test(phrase.slice(close + 1)))) return [phrase];
  const inner = phrase.slice(3, close);
  const rest = phrase.slice(close + (optional ? 2 : 1));
  const innerBars = topLevelBars(inner);
  const options = [-1, ...innerBars].map((bar, i) =>
    inner.slice(bar + 1, innerBars[i] ?? inner.length),
  );
  if (optional) options.push('');
  // Only words: an option that opens with anything else would stay a group of its own anyway.
  // A long rest written out again for each option would cost more in pattern size than it saves.
  if (
    !options.every((o) => /^\p{L}(?![?*+{])/u.test(o || rest)) ||
    (options.length - 1) * rest.length > 200 ||
    rest === ''
  )
    return [phrase];
  return options.flatMap((o) => spelledOut(`${o}${rest}`));
}

/** Where a pattern has "|" at its top level ("cancel|call off"), outside groups and classes. */
function topLevelBars(source: string): number[] {
  return [...structure(source)].filter(([, c, depth]) => c === '|' && depth === 0).map(([i]) => i);
}

/** The index of the ")" that closes the group the pattern opens with, or -1. */
function closingParen(source: string): number {
  for (const [i, c, depth] of structure(source)) if (c === ')' && depth === 0) return i;
  return -1;
}

/** Each character of a pattern outside escapes and classes, with the depth of groups it is at. */
function* structure(source: string): Generator<[number, string, number]> {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else {
      if (c === ')') depth--;
      yield [i, c, depth];
      if (c === '(') depth++;
    }
  }
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
 * `\p{L}`, `\p{M}` and `\p{N}` as plain ranges, within the blocks of the scripts mail reaches
 * us in: Latin (with IPA, modifiers and combining marks), Greek, Cyrillic, Hebrew, Arabic,
 * Devanagari, Thai, CJK punctuation and kana, CJK, Hangul, CJK compatibility ideographs,
 * fullwidth and halfwidth forms (test/parse/phases/plain-patterns.test.ts checks them against
 * Unicode block by block). Plain strings, not String.raw: a pattern's source then holds the
 * characters themselves, under half the length of their escapes (see plainRegExp).
 */
const PLAIN_CLASSES: Record<string, string> = {
  L: 'A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02c1\u02c6-\u02d1\u02e0-\u02e4\u02ec\u02ee\u0370-\u0374\u0376-\u0377\u037a-\u037d\u037f\u0386\u0388-\u038a\u038c\u038e-\u03a1\u03a3-\u03f5\u03f7-\u0481\u048a-\u052f\u05d0-\u05ea\u05ef-\u05f2\u0620-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06e5-\u06e6\u06ee-\u06ef\u06fa-\u06fc\u06ff\u0904-\u0939\u093d\u0950\u0958-\u0961\u0971-\u097f\u0e01-\u0e30\u0e32-\u0e33\u0e40-\u0e46\u1e00-\u1eff\u3005-\u3006\u3031-\u3035\u303b-\u303c\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufa6d\ufa70-\ufad9\uff21-\uff3a\uff41-\uff5a\uff66-\uffbe\uffc2-\uffc7\uffca-\uffcf\uffd2-\uffd7\uffda-\uffdc',
  M: '\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1-\u05c2\u05c4-\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7-\u06e8\u06ea-\u06ed\u0900-\u0903\u093a-\u093c\u093e-\u094f\u0951-\u0957\u0962-\u0963\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u302a-\u302f\u3099-\u309a',
  N: '0-9\u00b2-\u00b3\u00b9\u00bc-\u00be\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u0e50-\u0e59\u3007\u3021-\u3029\u3038-\u303a\uff10-\uff19',
};

/**
 * A pattern written for the `u` flag, compiled without it: `\p{L}`, `\p{M}` and `\p{N}` become
 * the plain ranges of their characters (PLAIN_CLASSES). V8 runs the big case-insensitive phrase and
 * date alternations two to three times faster so (Unicode case folding is what costs), and the
 * parse bench's goal needs it. Characters beyond the Basic Multilingual Plane are then none of
 * these. Other classes (`\p{Lu}`, scripts), `\P{…}` and `\u{…}` keep the `u` flag: `\p{Lu}` as
 * plain ranges ran slower.
 */
export function plainRegExp(source: string, flags: string): RegExp {
  const plain = plainSource(source);
  return plain === null ? new RegExp(source, flags) : new RegExp(plain, flags.replace('u', ''));
}

/** The source of plainRegExp's pattern, or null where it keeps the `u` flag. */
function plainSource(source: string): string | null {
  if (/\\P\{|\\u\{|\\p\{(?![LMN]\})/.test(source)) return null;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\' && source[i + 1] === 'p') {
      const ranges = PLAIN_CLASSES[source[i + 3] as string] as string;
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
  return out;
}

/** A case-insensitive pattern matching any language's phrase for one field. */
export function phrasePattern(pick: (table: LanguageTable) => string[], flags = 'iu'): RegExp {
  const phrases = LANGUAGES.flatMap(pick);
  const spelled = alternation(phrases);
  // Past 20 KB V8 compiles a pattern without its optimisations and it runs ten times slower
  // (test/parse/phases/plain-patterns.test.ts): then the phrases stay as written.
  const fits = (plainSource(spelled) ?? spelled).length <= SPELLED_OUT_LIMIT;
  return plainRegExp(fits ? spelled : alternation(phrases, false), flags);
}
const SPELLED_OUT_LIMIT = 18 * 1024;

/** `word` as a regular expression that matches it literally. */
export const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function numbered(pick: (table: MailClientWords) => string[][] | undefined): Map<string, number> {
  const map = new Map<string, number>();
  for (const table of MAIL_CLIENT_LANGUAGES)
    pick(table)?.forEach((names, i) => {
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
  MAIL_CLIENT_LANGUAGES.filter((t) => t.code !== 'en')
    .flatMap((t) => [...(t.months ?? []), ...(t.weekdays ?? [])].flat())
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
export type ForwardLabel = keyof LanguageTable['forwardLabels'];
export const FORWARD_LABELS = new Map<string, ForwardLabel>();
for (const table of MAIL_CLIENT_LANGUAGES)
  for (const [key, labels] of Object.entries(table.forwardLabels))
    for (const label of labels ?? [])
      if (!FORWARD_LABELS.has(label)) FORWARD_LABELS.set(label, key as ForwardLabel);

export const FORWARD_MARKER = plainRegExp(
  alternation(MAIL_CLIENT_LANGUAGES.flatMap((t) => t.forwardMarkers)),
  'iu',
);
/** Phrases several phases read alike, built once. */
export const CONFIRMED = phrasePattern((t) => t.confirmed);
export const NEW_TIME = phrasePattern((t) => t.newTime);
export const MOVED = phrasePattern((t) => [...t.rescheduled, ...t.newTime]);
export const REJECTION = phrasePattern((t) => t.notInterview.rejection);
export const CANCELLED = phrasePattern((t) => t.cancelled);
export const FORWARD_PREFIX = alternation(MAIL_CLIENT_LANGUAGES.flatMap((t) => t.forwardPrefixes));
/** One reply or forward mark at the start of a subject ("RE: ", "Fwd: ", "WG: ", "Tr. :"), as a source. */
export const REPLY_OR_FORWARD_MARK = `(?:re|aw|sv|vs|${FORWARD_PREFIX}|fwd?)\\.?\\s*[:：]\\s*`;
/** An attribution line, quoted or not; Zoho Mail sets it between dashes ("---- On …, X wrote ----"). */
export const REPLY_ATTRIBUTION = LANGUAGES.flatMap((t) => t.replyAttributions).map(
  (p) => new RegExp(`^(?:>\\s*)*(?:-{2,}\\s*)?${p}.{0,80}:?\\s*$`, 'iu'),
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
