// How a person is named in what followup writes. A draft greets people by the name they use, so a
// calendar's "LEE, JAE-WON" becomes "Jae-won", titles stay out of the greeting, and a mailbox is
// never turned into a name: with only an address, the greeting is "Hello,".

export interface PersonName {
  /** "Jae-won Lee": the name as a person writes it. */
  full: string;
  /** "Jae-won": what to greet them by; null when only a family name or an initial is known. */
  first: string | null;
  /** True when the name was reordered or its letter case changed: worth asking the seeker. */
  guessed: boolean;
}

const HONORIFIC =
  /^(mr|mrs|ms|mx|miss|dr|prof|professor|sir|dame|madam|mme|mlle|herr|frau|sr|sra|srta)\.?$/i;
const SUFFIX = /^(jr|sr|ii|iii|iv|phd|ph\.d|md|mba|cpa|esq|pe|pmp)\.?$/i;
/** "Priya Nair | Larkspur", "Priya Nair - Recruiting", "Priya Nair (she/her)". */
const TRAILING_LABEL = /\s+[|–—-]\s+.*$|\s*\([^)]*\)\s*$/;

function letters(word: string): string {
  return word.replace(/[^\p{L}]/gu, '');
}

/** "JAE-WON" → "Jae-won", "o'brien" → "O'Brien"; words already in mixed case stay as written. */
function fixCase(word: string): string {
  const only = letters(word);
  const shouting = only.length > 1 && only === only.toUpperCase() && only !== only.toLowerCase();
  const whispering = only.length > 0 && only === only.toLowerCase() && only !== only.toUpperCase();
  if (!shouting && !whispering) return word;
  const lower = word.toLowerCase();
  return lower
    .replace(/^\p{L}/u, (c) => c.toUpperCase())
    .replace(/(['’])(\p{L})/gu, (_, mark: string, c: string) => `${mark}${c.toUpperCase()}`);
}

function isInitial(word: string): boolean {
  return letters(word).length <= 1;
}

/** True when the text is an address or the address's mailbox, not a name someone goes by. */
function isMailbox(text: string, email: string | null): boolean {
  if (text.includes('@')) return true;
  if (!email) return false;
  const mailbox = (email.split('@')[0] ?? '').toLowerCase().replace(/[._+-]/g, '');
  // "priya.nair" is the mailbox; "Priya Nair", written with a space, is the name it was made from.
  return mailbox.length > 0 && text.toLowerCase().replace(/[._+-]/g, '') === mailbox;
}

/** The name a person goes by, or null when only an address (or nothing usable) is known. */
export function personName(raw: string | null, email: string | null = null): PersonName | null {
  let text = (raw ?? '')
    .replace(/\s+/g, ' ')
    .replace(/^["'\s]+|["'\s]+$/g, '')
    .trim();
  text = text.replace(TRAILING_LABEL, '').trim();
  if (!text || isMailbox(text, email) || !/\p{L}/u.test(text)) return null;

  let reordered = false;
  const comma = text.split(',').map((part) => part.trim());
  if (comma.length === 2 && comma[0] && comma[1]) {
    const after = comma[1].split(' ');
    if (after.every((word) => SUFFIX.test(word))) text = comma[0];
    else {
      // "LEE, JAE-WON", "Smith, Jane": family name first, as calendars and directories write it.
      text = `${comma[1]} ${comma[0]}`;
      reordered = true;
    }
  } else if (comma.length > 2) {
    text = comma.filter(Boolean).join(' ');
  }

  const words = text.split(' ').filter(Boolean);
  while (words.length > 1 && HONORIFIC.test(words[0] ?? '')) words.shift();
  while (words.length > 1 && SUFFIX.test(words[words.length - 1] ?? '')) words.pop();
  const cased = words.map(fixCase);
  const recased = cased.some((word, i) => word !== words[i]);
  const full = cased.join(' ');
  const [firstWord = ''] = cased;
  const onlyTitle = words.length === 1 && HONORIFIC.test(firstWord);
  // A lone word is a first name ("Priya") unless it is a title; "Dr. Becker" has no first name.
  const hadTitle = HONORIFIC.test((raw ?? '').trim().split(/\s+/)[0] ?? '') && !reordered;
  const first =
    onlyTitle || isInitial(firstWord) || (hadTitle && cased.length === 1) ? null : firstWord;
  return { full, first, guessed: reordered || recased };
}

/** "Hi Jae-won," or "Hello," when no first name is known. */
export function greeting(raw: string | null, email: string | null = null): string {
  const first = personName(raw, email)?.first;
  return first ? `Hi ${first},` : 'Hello,';
}

/** How to name a person in a sentence: their name, else their address. */
export function nameOrAddress(raw: string | null, email: string | null): string {
  return personName(raw, email)?.full ?? email ?? 'them';
}

/**
 * The seeker's own name: from configuration, else the display name on the mail they forwarded
 * (unless that is only their address), else none.
 */
export function seekerName(
  owner: { name?: string | null; email: string },
  interview?: { seekerName?: string | null } | null,
): string | null {
  if (owner.name) return owner.name;
  return personName(interview?.seekerName ?? null, owner.email)?.full ?? null;
}

/** A mail address with its display name only when there is one (an address is not a name). */
export function mailbox(name: string | null | undefined, address: string) {
  return name && !name.includes('@') ? { name, address } : { address };
}
