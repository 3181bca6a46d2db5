/**
 * A word that counts only where it opens a sentence (or follows a link on its line): "Estarán A
 * y B", "…/xq-rt Estarán A". The check looks back from the word's end, so that the phrase still
 * starts with a letter (see alternation in ./index.ts) and is tried only where the word is.
 */
export function sentenceOpening(word: string): string {
  return String.raw`${word}(?<=(?:^|[.!?:\n]|https?:\/\/\S+)\s*${word})`;
}
