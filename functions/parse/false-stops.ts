// Full stops that end no sentence: an abbreviation's ("z. B.", "ca.", "kl.", "Nr.", "Dr.") and an
// ordinal's or a dotted date's ("am 8. März", "den 9.3. um 10 Uhr"). Readers that keep to one
// clause stop at a full stop, so these are masked first and a clause is not cut in two.
import { escapeRegExp, LANGUAGES, MONTHS } from './languages/index.js';

/** What a masked full stop becomes: ONE DOT LEADER, which no clause reader takes for a stop. */
export const MASKED_STOP = '\u2024';

/**
 * The abbreviations of every language (and the forms of address, "Dr", "Sig.ra"), right before the
 * stop being read. Inner stops may be followed by a space or not: "z. B", "z.B". Case counts, so
 * that "Do." (Donnerstag) is no "do."; a lowercase one may open a sentence capitalised ("Ca.").
 */
const ABBREVIATIONS = LANGUAGES.flatMap((t) => [
  ...(t.abbreviations ?? []),
  ...(t.honorifics ?? []),
]);
const ABBREVIATION_BEFORE = new RegExp(
  `(?:^|[^\\p{L}.])(?:${[
    ...new Set([
      ...ABBREVIATIONS,
      ...ABBREVIATIONS.map((word) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`),
    ]),
  ]
    .sort((a, b) => b.length - a.length)
    .map((word) => escapeRegExp(word).replace(/\\\. ?/g, '\\. ?'))
    .join('|')})$`,
  'u',
);
/** A day's or a month's number before the stop: "8", "9.3" (a clock's "14.30" too: only a word that goes on follows). */
const ORDINAL_BEFORE = /(?:^|[^\d.])\d{1,2}(?:\.\d{1,2})?$/;
const WORD_AFTER = /^[ \t\u00a0]+(\p{L}+|\d)/u;

/** Whether the text after an ordinal's stop goes on with the sentence: a month, a small word, a number. */
function readsOn(after: string): boolean {
  const word = WORD_AFTER.exec(after)?.[1];
  if (!word) return false;
  return /^[\p{Ll}\d]/u.test(word) || MONTHS.has(word.toLowerCase());
}

/** A letter with case, or an ordinal indicator ("nº", "Eng.ª"): what an abbreviation is spelled in. */
const isCasedLetter = (c: string) => c.toLowerCase() !== c.toUpperCase() || c === 'ª' || c === 'º';
/** The last part of each abbreviation ("B" of "z. B", "ssa" of "Prof.ssa"): only those need the pattern. */
const LAST_PARTS = new Set(
  ABBREVIATIONS.flatMap((word) => {
    const last = /[\p{L}ªº°]+$/u.exec(word)?.[0] ?? word;
    return [last, `${last.charAt(0).toUpperCase()}${last.slice(1)}`];
  }),
);

/** `text` with the full stops that end no sentence replaced by MASKED_STOP. */
export function withoutFalseStops(text: string): string {
  const masked: number[] = [];
  for (let i = text.indexOf('.'); i > 0; i = text.indexOf('.', i + 1)) {
    const next = text[i + 1];
    if (next !== ' ' && next !== '\t' && next !== '\u00a0') continue;
    // A plain word test first: the word before the stop must end an abbreviation, or be a number.
    let from = i;
    while (from > 0 && isCasedLetter(text[from - 1] as string)) from--;
    const last = text.slice(from, i);
    if (last !== '' && !LAST_PARTS.has(last)) continue;
    const before = text.slice(Math.max(0, i - 12), i);
    const abbreviation = last === '' ? null : ABBREVIATION_BEFORE.exec(before);
    if (abbreviation) {
      // The inner stops of "z. B." too.
      for (let j = i - before.length + abbreviation.index; j < i; j++)
        if (text[j] === '.') masked.push(j);
      masked.push(i);
    } else if (last === '' && ORDINAL_BEFORE.test(before) && readsOn(text.slice(i + 1, i + 24)))
      masked.push(i);
  }
  if (masked.length === 0) return text;
  let out = '';
  let from = 0;
  for (const j of masked.sort((a, b) => a - b)) {
    out += `${text.slice(from, j)}${MASKED_STOP}`;
    from = j + 1;
  }
  return out + text.slice(from);
}
