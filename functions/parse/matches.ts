// Every match of a global pattern, read with the pattern itself. String.prototype.matchAll (and
// split) run a copy of the RegExp, and copying one of the parser's big phrase alternations costs
// more than running it on a short text; after a garbage collection V8 may even compile the copy
// again.

/**
 * What `[...text.matchAll(pattern)]` returns, without the copy: `pattern` (global) is read from
 * its lastIndex, which is left as it was. All matches are collected before the caller's loop
 * runs, so a loop that uses the same pattern again reads its own matches.
 */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) return [...text.matchAll(pattern)];
  const lastIndex = pattern.lastIndex;
  const unicode = pattern.unicode || pattern.flags.includes('v');
  const found: RegExpExecArray[] = [];
  try {
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      found.push(m);
      // An empty match moves on by one character (a whole surrogate pair under `u`), as matchAll does.
      if (m[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, unicode);
    }
  } finally {
    pattern.lastIndex = lastIndex;
  }
  return found;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  if (first < 0xd800 || first > 0xdbff) return index + 1;
  const second = text.charCodeAt(index + 1);
  return second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}

/**
 * allMatches one at a time, for a loop that may stop at the first match it keeps: the text past
 * it is then never searched. Each match is read from where the previous one ended, whatever the
 * loop does with `pattern` meanwhile, and `pattern`'s lastIndex is left as it was.
 */
export function* eachMatch(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  if (!pattern.global) {
    yield* text.matchAll(pattern);
    return;
  }
  const unicode = pattern.unicode || pattern.flags.includes('v');
  let at = pattern.lastIndex;
  for (;;) {
    const lastIndex = pattern.lastIndex;
    let m: RegExpExecArray | null;
    try {
      pattern.lastIndex = at;
      m = pattern.exec(text);
      at = pattern.lastIndex;
    } finally {
      pattern.lastIndex = lastIndex;
    }
    if (m === null) return;
    if (m[0] === '') at = advance(text, at, unicode);
    yield m;
  }
}
