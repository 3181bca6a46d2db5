// Japanese and Chinese mail often types digits, Latin letters and signs in their fullwidth forms
// ("１４：００～１５：００", "２０２７／１／２０", "ＪＳＴ") and older systems write halfwidth katakana
// ("ｻｲﾖｳ"); the phases read them as the characters they stand for. Only that Unicode block is
// folded: compatibility folding of the whole text would also turn "…" into "..." and a no-break
// space into a space. The fullwidth comma and slash stay punctuation between words ("田村／小川"
// lists two people, see people/evidence.ts); a slash between digits is a date's.

const WIDTH_FORMS = /[\uFF01-\uFF0B\uFF0D\uFF0E\uFF10-\uFFEE]+|(?<=[0-9０-９])／(?=[0-9０-９])/g;

export function withNormalWidth(text: string): string {
  // Most mail has none: a plain search first spares the replacement.
  if (!/[\uFF01-\uFFEE]/.test(text)) return text;
  return text.replace(WIDTH_FORMS, (run) => run.normalize('NFKC'));
}
