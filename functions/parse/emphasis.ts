// Gmail's plain part writes bold text between asterisks ("the *Supply Chain Analyst II* role",
// "*Confirmed*"): the phases read the words, as in the HTML part.

/** Asterisks around a few words on one line, not a bullet, a footnote mark or a row of stars. */
const STARRED = /(?<![\p{L}\p{N}*])\*(?=[^\s*])([^*\n]{1,120}?)(?<=[^\s*])\*(?![\p{L}\p{N}*])/gu;

export function withoutEmphasis(text: string): string {
  // Most mail has no asterisks: a plain search first spares the pattern.
  return text.includes('*') ? text.replace(STARRED, '$1') : text;
}
