// A form laid out with dot leaders, as career-center and ATS plain-text mails print their fields
// ("Employer .............. Coldstream", "Interviewer name ...... Mateus Carvalho"), says what a
// labelled line says ("Employer: Coldstream"); the phases read a field by its label and colon.

/**
 * A label of a few words at a line's start (after any quoting "> "), then a run of dots (or
 * spaced dots) up to the value.
 */
const LEADER =
  /^((?:[ \t]*>)*[ \t]*\p{L}[\p{L}\p{M}\d '’&/()-]{0,40}?)(?:[ \t]+(?:\.[ \t]?){3,}|\.{5,}[ \t]*|…{2,}[ \t]*)[ \t]*(?=\S)/gmu;

export function leadersAsLabels(text: string): string {
  // Most mail has no dot leaders: a plain search first spares the pattern.
  if (!text.includes('...') && !text.includes('. . .') && !text.includes('……')) return text;
  return text.replace(LEADER, (_, label: string) => `${label.trimEnd()}: `);
}
