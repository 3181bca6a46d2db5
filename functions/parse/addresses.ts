// Addresses written in text ("Dana Whitfield <dana@x.example>", "x@y.example") and the
// question every extractor asks about an address: a person, or a robot/role mailbox?
import { allMatches } from './matches.js';
import type { ParsedAddress } from './types.js';

export const EMAIL_PATTERN =
  /[A-Za-z0-9][A-Za-z0-9._%+'-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.){1,8}[A-Za-z]{2,24}/g;

/** Every address in a piece of text, lowercased, in order, without repeats. */
export function emailsIn(text: string): string[] {
  const seen = new Set<string>();
  for (const m of allMatches(text, EMAIL_PATTERN)) seen.add(m[0].toLowerCase().replace(/\.$/, ''));
  return [...seen];
}

/**
 * "Name <addr>", "\"Name\" <addr>", "addr (Name)", "addr", several separated by commas. Outlook
 * writes a directory name unquoted with its comma: "de Vries, Maarten <addr>".
 */
export function parseAddressList(value: string): ParsedAddress[] {
  const found: ParsedAddress[] = [];
  const pattern =
    /(?:"([^"]{0,200})"|([^<>,;"@]{0,200}?(?:,[ \t]*[^<>,;"@]{1,100}?)?))\s*<\s*([^<>\s]{1,254}@[^<>\s]{1,254})\s*>|([^\s<>,;"()]{1,254}@[^\s<>,;"()]{1,254})(?:\s*\(([^()]{0,200})\))?/g;
  for (const m of allMatches(value, pattern)) {
    const address = (m[3] ?? m[4] ?? '').toLowerCase().replace(/^mailto:/, '');
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address)) continue;
    const name = cleanName(m[1] ?? m[2] ?? m[5] ?? '');
    found.push({ name: name && name.toLowerCase() !== address ? name : null, address });
  }
  return found;
}

function cleanName(raw: string): string | null {
  const name = raw
    .replace(/^[\s,;:]+|[\s,;:]+$/g, '')
    .replace(/^['"]|['"]$/g, '')
    .trim();
  return name.length > 0 ? name : null;
}

const ROLE_LOCAL =
  /^(?:no-?reply|do-?not-?reply|donotreply|noreply|notifications?|notify|mailer(?:-daemon)?|calendar|calendar-notification|recruiting|recruitment|recruiter|recruiters|careers?|jobs?|talent|talentacquisition|hr|hiring|people|team|info|hello|support|admin|scheduling|scheduler|schedule|bookings?|invites?|invitations?|bounces?|news(?:letter)?s?|updates?|alerts?|postmaster|automated|system|ats|apply|applications?|candidates?|staffing|interviews?|events?|digest|mail|email|contact|office|n[aã]o-?respond[ae]|no-?respond(?:er|a)|ne-?pas-?repondre|nepasrepondre|nicht-?antworten|non-?rispondere|niet-?beantwoorden|geen-?antwoord|recrutamento|recrutement|reclutamiento|selecci[oó]n|vagas|empleo|karriere|bewerbung(?:en)?|stellen)(?:[._+-].*)?$/i;
const ROBOT_NAME =
  /\b(?:via|notifications?|no-?reply|recruiting|recruitment|careers|jobs|talent (?:team|acquisition)|hiring team|people team|team|calendar|newsletter|weekly|digest)\b/i;

/** A mailbox that no person reads as themselves: no-reply, notifications, recruiting@, ... */
/** A machine's word anywhere in the local part: "wd-notify", "ats.noreply", "hire-bounces". */
const MACHINE_WORD =
  /(?:^|[._+-])(?:no-?reply|do-?not-?reply|donotreply|notifications?|notify|mailer|automated|alerts?|bounces?)(?:[._+-]|$)/i;

export function isRoleAddress(address: string): boolean {
  const [local] = address.toLowerCase().split('@');
  return ROLE_LOCAL.test(local ?? '') || MACHINE_WORD.test(local ?? '');
}

/** A sender that is a system or a team rather than one person. */
export function isRobot(person: { name: string | null; address: string } | null): boolean {
  if (!person) return true;
  if (isRoleAddress(person.address)) return true;
  return person.name !== null && ROBOT_NAME.test(person.name);
}

/** fold's answers: the people and company phases fold the same few names hundreds of times. */
const folded = new Map<string, string>();

/** Lowercase ASCII letters only: "Zoë Łukasiewicz" → "zoelukasiewicz". */
export function fold(text: string): string {
  let answer = folded.get(text);
  if (answer === undefined) {
    answer = foldOnce(text);
    if (folded.size > 10_000) folded.clear();
    folded.set(text, answer);
  }
  return answer;
}

function foldOnce(text: string): string {
  // Plain ASCII (the common case) needs no Unicode normalisation.
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'l')
    .replace(/ø/gi, 'o')
    .replace(/ß/g, 'ss')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Whether an address's local part looks like this person's name (anika.rao ↔ "Anika Rao"). */
export function addressMatchesName(address: string, name: string): boolean {
  const local = (address.split('@')[0] ?? '').toLowerCase();
  const parts = name
    .split(/[\s-]+/)
    .map(fold)
    .filter((p) => p.length > 0);
  if (parts.length === 0) return false;
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  const flat = fold(local);
  if (parts.length >= 2) {
    if (flat === first + last || flat === last + first) return true;
    if (flat === (first[0] ?? '') + last || flat === first + (last[0] ?? '')) return true;
    if (flat === fold(parts.join(''))) return true;
    // "sylee" for "Seo-yeon Lee": the initials of the given names, then the family name.
    if (
      flat ===
      parts
        .slice(0, -1)
        .map((p) => p[0] ?? '')
        .join('') +
        last
    )
      return true;
  }
  const tokens = local.split(/[._-]+/).map(fold);
  if (tokens.length >= 2 && tokens.includes(first) && tokens.includes(last)) return true;
  // "g.dallavalle" for "Ginevra Dalla Valle": a family name of several words, written as one.
  if (parts.length >= 3) {
    const family = parts.slice(1).join('');
    if (flat === first + family || flat === (first[0] ?? '') + family) return true;
    if (
      tokens.length >= 2 &&
      tokens.includes(family) &&
      tokens.some((t) => t.length > 0 && first.startsWith(t))
    )
      return true;
  }
  // "Daniela Ortiz Campos" signs mail as dortiz or daniela.ortiz: with two family names, the
  // first one (the second word) is the one an address uses.
  if (parts.length === 3) {
    const family = parts[1] as string;
    if (family.length < 3) return false;
    if (flat === first + family || flat === (first[0] ?? '') + family) return true;
    return tokens.length >= 2 && tokens.includes(first) && tokens.includes(family);
  }
  return false;
}

/** The domain of an address, lowercased. */
export function domainOf(address: string): string {
  return (address.split('@')[1] ?? '').toLowerCase();
}

/** A key to compare names by: folded Latin letters, or the name itself when it has none (中村 健一). */
export function nameKey(name: string): string {
  return fold(name) || name.replace(/\s+/g, ' ').trim();
}
