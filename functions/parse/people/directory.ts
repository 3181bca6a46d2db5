// Everyone a message names: display names and addresses from every header layer and calendar
// line, "Name (address)" and "Name <address>" in text, and names met in prose. One entry per
// person, merged by address, by name, by an address that spells the name, and by a first name
// that fits exactly one entry.
import { addressMatchesName, fold, isRobot, isRoleAddress, nameKey } from '../addresses.js';

export type Seen =
  | 'from'
  | 'to'
  | 'cc'
  | 'reply-to'
  | 'forwarder'
  | 'organizer'
  | 'attendee'
  | 'optional'
  | 'non-participant'
  | 'text';

export interface Person {
  name: string | null;
  email: string | null;
  /** Job titles written next to the name. */
  titles: string[];
  seen: Set<Seen>;
  robot: boolean;
}

/** "Okafor, Sam" → "Sam Okafor"; quotes and spare spaces removed. */
export function displayName(raw: string | null): string | null {
  if (!raw) return null;
  let name = raw.replace(/^["'\s]+|["'\s]+$/g, '').replace(/\s+/g, ' ');
  const lastFirst = /^([\p{L}'’-]+(?: [\p{L}'’-]+)?), ([\p{L}'’.-]+(?: [\p{L}'’.-]+)?)$/u.exec(
    name,
  );
  // A family name written in capitals before the comma is only a directory's convention.
  if (lastFirst) name = `${lastFirst[2]} ${titleCaseIfShouting(lastFirst[1] as string)}`;
  if (/^\p{Lu}+(?: \p{Lu}+)+$/u.test(name) && name.length > 4)
    name = name.toLowerCase().replace(/(^|[\s'-])\p{Ll}/gu, (c) => c.toUpperCase());
  return name.includes('@') || name.length < 2 ? null : name;
}

function titleCaseIfShouting(words: string): string {
  return /^[\p{Lu}'’ -]{2,}$/u.test(words) && /\p{Lu}{2}/u.test(words)
    ? words.toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (c) => c.toUpperCase())
    : words;
}

export class Directory {
  readonly people: Person[] = [];

  /** Adds or merges a person; returns the entry. */
  add(name: string | null, email: string | null, seen: Seen): Person {
    const cleanName = displayName(name);
    const cleanEmail = email?.toLowerCase().replace(/^mailto:/, '') ?? null;
    let person =
      (cleanEmail ? this.people.find((p) => p.email === cleanEmail) : undefined) ??
      (cleanName ? this.byName(cleanName, cleanEmail) : null) ??
      undefined;
    if (!person) {
      person = { name: cleanName, email: cleanEmail, titles: [], seen: new Set(), robot: false };
      this.people.push(person);
    }
    const known = person.email;
    const fits = (n: string) => known !== null && addressMatchesName(known, n);
    if (cleanName && person.name && !fits(person.name) && fits(cleanName)) person.name = cleanName;
    // "Νικόλαος Παπαδόπουλος (Nikolaos Papadopoulos)" for the Cc'd "Nikolaos Papadopoulos": the
    // name as written in both scripts.
    else if (cleanName && person.name && /\(([^()]+)\)$/.exec(cleanName)?.[1] === person.name)
      person.name = cleanName;
    else if (
      cleanName &&
      (!person.name ||
        (person.name.split(' ').length < cleanName.split(' ').length && !fits(person.name)))
    )
      person.name = cleanName;
    if (cleanEmail && !person.email) person.email = cleanEmail;
    person.seen.add(seen);
    person.robot =
      person.email !== null &&
      (isRoleAddress(person.email) || isRobot({ name: person.name, address: person.email }));
    return person;
  }

  /**
   * Gives a person the address written next to their name. An entry that holds only that address
   * (met earlier as a bare address) is the same person: it is merged into this one.
   */
  attachEmail(person: Person, email: string): void {
    if (person.email) return;
    const clean = email.toLowerCase().replace(/^mailto:/, '');
    const other = this.people.find((p) => p !== person && p.email === clean);
    if (other) {
      if (!person.name) person.name = other.name;
      for (const seen of other.seen) person.seen.add(seen);
      for (const title of other.titles)
        if (!person.titles.includes(title)) person.titles.push(title);
      this.people.splice(this.people.indexOf(other), 1);
    }
    person.email = clean;
    person.robot =
      isRoleAddress(clean) || isRobot({ name: person.name, address: clean }) || person.robot;
  }

  /** The entry for a full name: same name, or an entry without a name whose address spells it. */
  byName(name: string, email: string | null = null): Person | null {
    const folded = fold(name);
    const key = nameKey(name);
    if (!key) return null;
    const same = this.people.find((p) => p.name && nameKey(p.name) === key);
    if (same && (!email || !same.email || same.email === email)) return same;
    // "Νικόλαος Παπαδόπουλος" met apart from "(Nikolaos Papadopoulos)" a line below it.
    const written = name.replace(/\s+/g, ' ');
    const bothScripts = /\p{Script=Latin}/u.test(name)
      ? undefined
      : this.people.find(
          (p) =>
            p.name?.includes('(') &&
            p.name.replace(/\s*\([^()]*\)$/, '').replace(/\s+/g, ' ') === written,
        );
    if (bothScripts) return bothScripts;
    // "陈思远 (Chen Siyuan)" and "Chen Siyuan" are one person.
    const inner = /\(([^()]+)\)/.exec(name)?.[1];
    if (inner) {
      const byInner = this.people.find((p) => p.name && fold(p.name) === fold(inner));
      if (byInner) return byInner;
      // "이서연 (Seo-yeon Lee)" and an entry named "이서연" (fold drops non-Latin letters).
      const outer = name.replace(/\s*\([^()]*\)\s*/g, ' ').trim();
      const byOuter = this.people.find(
        (p) =>
          p.name &&
          p.name.replace(/\s+/g, ' ') === outer &&
          (!email || !p.email || p.email === email),
      );
      if (outer && byOuter) return byOuter;
    }
    const withTransliteration = this.people.find(
      (p) =>
        p.name &&
        /\(([^()]+)\)/.exec(p.name)?.[1] &&
        fold(/\(([^()]+)\)/.exec(p.name)?.[1] ?? '') === folded,
    );
    if (withTransliteration) return withTransliteration;
    if (email || !folded) return null;
    const spelled = this.people.filter(
      (p) =>
        p.email &&
        !p.robot &&
        addressMatchesName(p.email, inner ?? name) &&
        (!p.name ||
          fold(p.name) === folded ||
          !p.name.includes(' ') ||
          !addressMatchesName(p.email, p.name)),
    );
    if (spelled.length === 1) return spelled[0] as Person;
    // "Hui Min" for "Lim Hui Min", "María García" for "María García López": the name written
    // short, the family name left off before or after, fits one longer entry.
    const words = name.split(/\s+/).map(fold);
    if (words.length < 2) return null;
    const longer = this.people.filter((p) => {
      const own = p.name?.split(/\s+/).map(fold) ?? [];
      if (p.robot || own.length <= words.length) return false;
      const head = own.slice(0, words.length).join(' ');
      const tail = own.slice(own.length - words.length).join(' ');
      return head === words.join(' ') || tail === words.join(' ');
    });
    if (longer.length === 1) return longer[0] as Person;
    // …and the other way round: "Tan Wei Jie" in the quoted history is the "Wei Jie" of the
    // newer reply that was read first.
    const shorter = this.people.filter((p) => {
      const own = p.name?.split(/\s+/).map(fold) ?? [];
      if (p.robot || own.length < 2 || own.length >= words.length) return false;
      const head = words.slice(0, own.length).join(' ');
      const tail = words.slice(words.length - own.length).join(' ');
      return head === own.join(' ') || tail === own.join(' ');
    });
    return longer.length === 0 && shorter.length === 1 ? (shorter[0] as Person) : null;
  }

  /** The one entry whose family name (the last word of its name) is this word, or null. */
  byFamilyName(family: string, exclude: (p: Person) => boolean): Person | null {
    const folded = fold(family);
    if (folded.length < 2) return null;
    const matches = this.people.filter((p) => {
      if (exclude(p) || p.robot || !p.name) return false;
      const words = p.name.split(/\s+/);
      return words.length >= 2 && fold(words[words.length - 1] ?? '') === folded;
    });
    return matches.length === 1 ? (matches[0] as Person) : null;
  }

  /** The one entry whose first name (or address's first part) is this word, or null. */
  /**
   * The first name of someone a header or calendar names, written exactly: "Floor" of a Cc'd
   * "Floor Janssen" is her, though the word is no name elsewhere.
   */
  isAddressedFirstName(word: string): boolean {
    const folded = fold(word);
    return this.people.some(
      (p) =>
        p.name !== null &&
        [...p.seen].some((s) => s !== 'text') &&
        fold(p.name.split(/\s+/)[0] ?? '') === folded,
    );
  }

  byFirstName(first: string, exclude: (p: Person) => boolean): Person | null {
    const folded = fold(first);
    if (folded.length < 2) return null;
    const matches = this.people.filter((p) => {
      if (exclude(p) || p.robot) return false;
      const own = p.name ? fold(p.name.split(/\s+/)[0] ?? '') : '';
      const fromAddress = p.email ? fold(p.email.split(/[._@-]/)[0] ?? '') : '';
      // "Sam" for "Samuel": a first name may be written short.
      return (
        own === folded ||
        fromAddress === folded ||
        (folded.length >= 3 && own.startsWith(folded) && own.length - folded.length <= 3)
      );
    });
    const exact = matches.filter((p) => p.name && fold(p.name.split(/\s+/)[0] ?? '') === folded);
    if (exact.length === 1) return exact[0] as Person;
    return matches.length === 1 ? (matches[0] as Person) : null;
  }
}

/** A readable name from an address: "anika.rao@x" → "Anika Rao". */
export function nameFromAddress(address: string): string {
  return (address.split('@')[0] ?? '')
    .split(/[._-]+/)
    .filter((p) => /^[a-z]+$/i.test(p))
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1).toLowerCase())
    .join(' ');
}
