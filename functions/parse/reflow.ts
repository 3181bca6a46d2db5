// Plain text that a client hard-wrapped on sending (every line broken at a space before column
// 72 or so) is joined back into its lines as written, so a sentence, a name or a time split
// across two lines reads as one. Only breaks the wrapping forced are joined: the next word would
// not have fitted on the line. Text that shows no such wrapping is left as it is.

import { MONTH_ALTERNATION, plainRegExp } from './languages/index.js';

// Clients wrap plain text at 68 to 80 columns (72, 76 and 78 are the usual ones).
const WIDEST = 80;
const NARROWEST = 68;
/** The width most clients wrap at: a short message wrapped there may have no line over 67. */
const USUAL = 72;
/** A paragraph wrapped narrower than the rest by up to this keeps its own width. */
const NARROWER = 8;
/** A line shorter than the width by more than this was ended by its writer, not the wrapping. */
const SLACK = 20;

/**
 * A line that starts something of its own: a list item, an itinerary time, a header label, or a
 * label alone on its line above what it labels ("Meeting with:")…
 */
const STARTS_OWN_LINE =
  /^(?:[-*•·–—>|]|\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s+[-–—]\s|\d{1,2}[.)]\s|\p{Lu}[\p{L}\p{M}' -]{0,24}\s?[:：](?:\s|$)|--\s*$|_{4,}|={4,}|\[)/u;

/** "29. April 2027": a date written day first, not a numbered item. */
const DAY_THEN_MONTH = plainRegExp(
  String.raw`^\d{1,2}\.\s+(?:${MONTH_ALTERNATION})(?![\p{L}])`,
  'iu',
);

function quotePrefix(line: string): string {
  return /^(?:[ \t]*>)+ ?/.exec(line)?.[0] ?? '';
}

function firstWord(text: string): string {
  return /^\S*/.exec(text)?.[0] ?? '';
}

/**
 * Whether `line` ended only because `next`'s first word would not fit within `width`. A line
 * well short of the width counts only before a long unbreakable word (an address, a link), and
 * not when `strict` (the test for whether the text is wrapped at all).
 */
function forcedBreak(line: string, next: string, width: number, strict = false): boolean {
  const prefix = quotePrefix(line);
  if (quotePrefix(next) !== prefix) return false;
  const rest = next.slice(prefix.length);
  const body = line.slice(prefix.length).trim();
  if (body === '' || rest.trim() === '' || /^\s/.test(rest)) return false;
  const word = firstWord(rest);
  if (line.length > width) return false;
  if (line.length < width - SLACK && (strict || word.length < SLACK)) return false;
  if ((STARTS_OWN_LINE.test(rest) && !DAY_THEN_MONTH.test(rest)) || body === '--') return false;
  return line.trimEnd().length + 1 + word.length > width;
}

/**
 * The width the text was wrapped at: of the usual widths, the one that explains the most line
 * breaks; null when fewer than two breaks look forced by any width.
 */
function wrapWidth(lines: string[], joinable: (i: number) => boolean): number | null {
  const longest = lines.reduce(
    (max, line) => (line.length <= WIDEST ? Math.max(max, line.length) : max),
    0,
  );
  if (longest < NARROWEST - SLACK) return null;
  let best: number | null = null;
  let bestCount = 1;
  for (let width = NARROWEST; width <= Math.max(longest, USUAL); width++) {
    let forced = 0;
    for (let i = 0; i + 1 < lines.length; i++)
      if (joinable(i) && forcedBreak(lines[i] as string, lines[i + 1] as string, width, true))
        forced++;
    if (forced > bestCount) {
      best = width;
      bestCount = forced;
    }
  }
  return best;
}

/** The longest line (of a wrappable length) of each paragraph: the width it was wrapped at. */
function paragraphWidths(lines: string[]): number[] {
  const widths = new Array<number>(lines.length).fill(0);
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    const prefix = line === undefined ? '' : quotePrefix(line);
    const ends =
      line === undefined ||
      line.slice(prefix.length).trim() === '' ||
      (i > start && quotePrefix(lines[start] as string) !== prefix);
    if (!ends) continue;
    let widest = 0;
    for (let j = start; j < i; j++) {
      const length = (lines[j] as string).length;
      if (length <= WIDEST && length > widest) widest = length;
    }
    for (let j = start; j < i; j++) widths[j] = widest;
    start = line !== undefined && line.slice(prefix.length).trim() === '' ? i + 1 : i;
  }
  return widths;
}

/**
 * `breakMark`: only a line that ends with this mark may be joined to the next: in HTML laid out
 * in a table or list, the lines a <br> broke, never the rows, cells and items, which are the
 * layout. The marks are taken out.
 */
export function reflow(text: string, breakMark?: string): string {
  const marked = text.split('\n');
  const lines = breakMark ? marked.map((line) => line.replaceAll(breakMark, '')) : marked;
  const joinable = (i: number) =>
    breakMark === undefined || (marked[i] as string).trimEnd().endsWith(breakMark);
  const width = wrapWidth(lines, joinable);
  if (width === null) return lines.join('\n');
  // A paragraph wrapped a little narrower (quoted from another client) or wider (a writer who
  // wrapped by hand) keeps its own width.
  const widths = paragraphWidths(lines).map((w) => (Math.abs(w - width) <= NARROWER ? w : width));
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    // Each original line is checked against the width on its own: only its end was wrapped.
    let last = line;
    while (
      i + 1 < lines.length &&
      joinable(i) &&
      forcedBreak(last, lines[i + 1] as string, widths[i] as number)
    ) {
      const next = lines[i + 1] as string;
      line = `${line.trimEnd()} ${next.slice(quotePrefix(next).length)}`;
      last = next;
      i++;
    }
    out.push(line);
  }
  return out.join('\n');
}
