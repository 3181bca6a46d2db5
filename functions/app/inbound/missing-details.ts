// What to tell an owner we could not find, in words they can act on.
import type { Extraction } from '#parse/types.js';

export function missingDetails(extraction: Extraction): string[] {
  const missing: string[] = [];
  if (!extraction.start) missing.push('the date and time of the interview');
  if (!extraction.company) missing.push('the company');
  if (extraction.interviewers.length === 0) missing.push('who you are meeting');
  return missing;
}
