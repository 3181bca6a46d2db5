// The role and the company as a draft may name them. Calendar titles and subjects carry more than
// the role ("Interview - Sam Okafor / Backend Engineer (R-10442)"); a draft names the role only
// when what is left after cleaning reads as one, and otherwise is written without it.
import { oneLine } from './step-copy.js';

export interface Cleaned {
  /** The cleaned text, or null when nothing usable is left. */
  text: string | null;
  /** True when cleaning changed what was understood: worth asking the seeker. */
  changed: boolean;
}

const SEPARATORS = /\s*(?:[/|–—:·•]|\s-\s)\s*/;
const REQUISITION =
  /\(?\[?\b(?:req(?:uisition)?|job(?:\s+id)?|jr|id|ref|posting)\s*(?:no\.?|number|#|:|-)?\s*[A-Z]{0,4}-?\d[\w-]*\]?\)?|\(?#\s*\w*\d[\w-]*\)?|\(?\b[A-Z]{1,4}-?\d{4,}\b\)?|\(\s*\d{3,}\s*\)/gi;
const INTERVIEW_WORDS =
  /\b(?:(?:first|second|third|final|onsite|on-site|virtual|video|phone|technical|panel|hiring manager|\d+(?:st|nd|rd|th)?)\s+)*(?:round\s+)?(?:interview|screen(?:ing)?|round)s?\b/gi;
const ROLE_WRAPPERS = /^(?:the|a|an)\s+|\s+(?:role|position|opening|opportunity)$/gi;
const COMPANY_SUFFIXES =
  /\s+(?:recruiting|recruitment|talent(?:\s+acquisition)?|careers|hiring(?:\s+team)?|people\s+team|hr)$/i;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function withoutNames(text: string, names: readonly string[]): string {
  let out = text;
  for (const name of names) {
    const clean = oneLine(name);
    if (clean.length < 3) continue;
    out = out.replace(new RegExp(`\\b${escapeRegExp(clean)}\\b`, 'gi'), ' ');
  }
  return out;
}

function tidy(text: string): string {
  return text
    .replace(/\(\s*\)|\[\s*\]/g, ' ')
    .split(SEPARATORS)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => /\p{L}/u.test(part))
    .join(' – ')
    .replace(/^[\s,;.–-]+|[\s,;–-]+$/g, '')
    .trim();
}

/** The role for "the … role", cleaned of the seeker's name, requisition numbers and separators. */
export function cleanRole(
  role: string | null,
  context: { seekerNames: readonly (string | null)[]; company: string | null },
): Cleaned {
  if (!role) return { text: null, changed: false };
  const raw = oneLine(role);
  let text = withoutNames(
    raw,
    context.seekerNames.filter((n): n is string => Boolean(n)),
  );
  text = text.replace(REQUISITION, ' ').replace(INTERVIEW_WORDS, ' ');
  if (context.company) {
    const company = escapeRegExp(oneLine(context.company));
    text = text
      .replace(new RegExp(`\\s+(?:at|@|with)\\s+${company}\\b`, 'gi'), ' ')
      .replace(new RegExp(`\\b${company}\\b`, 'gi'), ' ');
  }
  text = tidy(text).replace(ROLE_WRAPPERS, '').trim();
  // A role reads as a few words; anything longer is a sentence, not a title.
  const words = text.split(/\s+/).filter(Boolean);
  const usable = words.length > 0 && words.length <= 8 && text.length <= 80 ? text : null;
  return { text: usable, changed: usable !== raw };
}

/** The company as a draft names it: without the seeker's name, recruiting suffixes or separators. */
export function cleanCompany(
  company: string | null,
  context: { seekerNames: readonly (string | null)[] },
): Cleaned {
  if (!company) return { text: null, changed: false };
  const raw = oneLine(company);
  const text = tidy(
    withoutNames(
      raw,
      context.seekerNames.filter((n): n is string => Boolean(n)),
    ),
  )
    .replace(COMPANY_SUFFIXES, '')
    .trim();
  const usable = text && text.length <= 80 ? text : null;
  return { text: usable, changed: usable !== raw };
}

/** The role and company of an interview as drafts and emails may name them. */
export function interviewWords(
  interview: { role: string | null; company: string | null; seekerName?: string | null },
  owner: { name?: string | null; email: string },
): { role: Cleaned; company: Cleaned } {
  const seekerNames = [owner.name ?? null, interview.seekerName ?? null];
  const company = cleanCompany(interview.company, { seekerNames });
  const role = cleanRole(interview.role, { seekerNames, company: company.text });
  return { role, company };
}
