// Phase three, first half: everyone the message names, before anyone's role is decided. The
// directory takes every header layer, every calendar attendee, "Name <address>" and
// "Name (address)" pairs and bare addresses in the texts, and names written in a script without
// capitals with their transliteration. Each text keeps who wrote it, since "me" in it is that person.
import { addressMatchesName, EMAIL_PATTERN, fold, nameKey } from '../addresses.js';
import type { CalendarEvent } from '../calendar.js';
import { allMatches } from '../matches.js';
import { findNames, givenNameFirst, leadingFirstName } from '../names.js';
import { type QuotedMessage, splitThread } from '../thread.js';
import type { ParsedAddress } from '../types.js';
import { Directory, type Person, type Seen } from './directory.js';

export interface HeaderLayer {
  from: ParsedAddress | null;
  to: ParsedAddress[];
  cc: ParsedAddress[];
  replyTo: ParsedAddress[];
  /** Recipients written by name alone ("Okonkwo, Ifeoma"). */
  named?: string[];
  /** The sender written by name alone ("From: Priya Nair"). */
  fromName?: string;
}

export interface PeopleInput {
  /** The newest text of the original message, written by `sender`. */
  latest: string;
  /** Quoted history below it (unquoted), written by `historyAuthor`. */
  history: string;
  /** The same history split into its messages, newest first (split here when not given). */
  thread?: QuotedMessage[];
  /** Who wrote the newest quoted message ("On …, Name <address> wrote:"). */
  historyAuthor: ParsedAddress | null;
  /** Notes of intermediate forwarders (an agency's "you'll speak with Hannah"). */
  notes: string[];
  /** Calendar DESCRIPTION and similar text. */
  calendarText: string;
  /** The original's subject and the event title ("Interview with Anselm - Applied Scientist"). */
  titles: string[];
  /** Header layers, outermost first; the last is the original. */
  layers: HeaderLayer[];
  sender: ParsedAddress | null;
  seekerAddresses: Set<string>;
  seekerNames: Set<string>;
  /** Folded organisation names: never people. */
  organisations: Set<string>;
  /** The job's title as the role phase read it: its words name no person ("Supply Chain"). */
  role?: string | null;
  calendar: CalendarEvent | null;
}

/** A text people are named in, and who wrote it (null when unknown). */
export interface AuthoredText {
  text: string;
  author: Person | null;
}

export interface Cast {
  directory: Directory;
  /** The original's sender, and the author of the history quoted below it. */
  sender: Person | null;
  historyAuthor: Person | null;
  texts: AuthoredText[];
  isSeeker(person: Person): boolean;
  /** The name is one of the organisations in the message, or words of the job's title: not a person. */
  isOrganisation(name: string): boolean;
}

/** The lowercase words of a name or title, each between spaces: " supply chain data analyst ". */
const spacedWords = (text: string) =>
  ` ${text
    .toLowerCase()
    .split(/[^\p{L}\p{M}]+/u)
    .filter(Boolean)
    .join(' ')} `;

/**
 * "Name <address>", "Name (address)", and the address after what the name is: "Rosa Vick is our
 * Director of Design (address)", "Rosa Vick, our Director of Design (address)". "Lead Developer"
 * is a title; the pair's name must be a person's name.
 */
const NAME_WITH_ADDRESS =
  /(\p{Lu}[\p{L}\p{M}'’.-]{1,30}(?: (?:(?!(?:is|our|the|their) )[\p{Ll}]{1,4} ){0,2}\p{Lu}[\p{L}\p{M}'’.-]{1,30}){1,3})(?:,? (?:is )?(?:our|the|their) [\p{L}&/ -]{2,50}?)?\s{0,3}[<(（]\s{0,3}(?:mailto:)?([^()<>\s（）]{1,64}@[^()<>\s（）]{1,255}?)\s{0,3}[>)）]/gu;
/**
 * The stretches of a text around its "@"s, where NAME_WITH_ADDRESS can match (its name, title and
 * brackets span under 400 characters before the "@", the domain under 300 after): that pattern
 * starts a try at every capital, so it reads these instead of the whole text.
 */
function nearAddresses(text: string): string[] {
  const parts: string[] = [];
  let from = -1;
  let to = -1;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (from >= 0 && at - 400 <= to) to = at + 300;
    else {
      if (from >= 0) parts.push(text.slice(from, to));
      from = Math.max(0, at - 400);
      to = at + 300;
    }
  }
  if (from >= 0) parts.push(text.slice(from, to));
  return parts;
}

/** Letters of the scripts without capitals that names reach us in besides CJK (Persian ZWNJ too). */
const CASELESS = String.raw`[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}\p{M}\u200c]`;
/** Letters of the other scripts a name with its Latin spelling comes in: "Ελένη Παπαδοπούλου (Eleni …)". */
const GREEK_OR_CYRILLIC = String.raw`[\p{Script=Greek}\p{Script=Cyrillic}]`;
/**
 * A name in a script without capitals, then its Latin spelling in brackets: "이서연 (Seo-yeon
 * Lee)", "陈思远（Chen Siyuan）", "پریسا کریمی (Parisa Karimi)"; after a reading in kana, the Latin one
 * ("李 俊浩（イ・ジュノ／Lee Junho）").
 */
const NATIVE_SCRIPT_NAME = new RegExp(
  String.raw`([\p{Script=Han}\p{Script=Hangul}]{1,4}(?:[ 　][\p{Script=Han}\p{Script=Hiragana}]{1,4})?|${CASELESS}{2,20}(?: ${CASELESS}{2,20}){0,3}|${GREEK_OR_CYRILLIC}{2,20}(?: ${GREEK_OR_CYRILLIC}{2,20}){1,3})[ \t]*(?:\n[ \t]*)?[(（](?:[\p{Script=Katakana}\p{Script=Hangul}ー・ ]{1,20}[／/、,][ \t]*)?([\p{Lu}][\p{L}'-]+(?: [\p{Lu}][\p{L}'-]+){1,2})(?:[)）]|(?=[,，;][^()（）\n]{0,80}[)）]))`,
  'gu',
);
/** A letter NATIVE_SCRIPT_NAME's name must open with: a text without one (most mail) has none. */
const NATIVE_SCRIPT_LETTER = new RegExp(
  String.raw`[\p{Script=Han}\p{Script=Hangul}${CASELESS.slice(1, -1)}${GREEK_OR_CYRILLIC.slice(1, -1)}]`,
  'u',
);
/** NATIVE_SCRIPT_NAME's matches in a text. */
export function nativeScriptNames(text: string): RegExpExecArray[] {
  return NATIVE_SCRIPT_LETTER.test(text) ? allMatches(text, NATIVE_SCRIPT_NAME) : [];
}

const PLACE_LINE =
  /^[ \t]*(?:location|where|address|venue|lieu|adresse|ort|anschrift|dirección|ubicación|lugar|endereço|local|luogo|indirizzo|sede|locatie|adres)[ \t]*:[ \t]*([^,\n\d]{2,60}?)[ \t]*,/gimu;

/**
 * "I'll be joined by Amara, who runs our design team", "your interview with Colette from Thursday
 * 2pm": a person the message names only by a first name, right after the words of a meeting,
 * or after the time ("at 11am with Owen from our platform team"), where what follows says the
 * word is a person (a relative clause, their team, a title in brackets, the day).
 */
const FIRST_NAME_ALONE =
  /(?:(?<![\p{L}])(?:joined by|(?:interview|meeting|call|chat|conversation|session|screen)s? with|(?:meet|meeting|speak|speaking|talk|talking|chat|chatting) with)|(?:\d|[ap]\.?m\.?)[ \t]+with)[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+)(?=,?[ \t]+(?:who|whom|from|of|on|in)[ \t]+(?:our|the|his|her|their)(?![\p{L}])|,[ \t]+(?:our|who|whom)(?![\p{L}])|[ \t]+\((?![^()\n]*@)|[ \t]+(?:from|on|at|this|next)[ \t]+(?:mon|tue|wed|thu|fri|sat|sun|\d|tomorrow))/giu;

/** Names found by FIRST_NAME_ALONE that no fuller name or address in the message stands for. */
function addFirstNamesAlone(
  text: string,
  directory: Directory,
  isOrganisation: (name: string) => boolean,
): void {
  for (const m of allMatches(text, FIRST_NAME_ALONE)) {
    const first = leadingFirstName(m[1] as string);
    if (
      first === m[1] &&
      !isOrganisation(first) &&
      !directory.byFirstName(first, () => false) &&
      !directory.people.some((p) => p.name && fold(p.name.split(/\s+/)[0] ?? '') === fold(first))
    )
      directory.add(first, null, 'text');
  }
}

/** "Hi Noor, Bettina here - I'll host this one": the writer names themself by first name. */
const SELF_INTRODUCED = /(?:^|[,.!?:\n–—-][ \t]*)(\p{Lu}[\p{Ll}\p{M}'’-]+) here\b/u;

/**
 * Who wrote a text its sender's mailbox did not: a calendar's notification ("Bettina Kroll
 * (Google Calendar)") carries the words of the person who says "Bettina here" in it.
 */
function selfNamed(
  text: string,
  directory: Directory,
  isSeeker: (p: Person) => boolean,
): Person | null {
  if (!text.includes(' here')) return null;
  const first = SELF_INTRODUCED.exec(text)?.[1];
  return first ? directory.byFirstName(first, isSeeker) : null;
}

export function collectPeople(input: PeopleInput): Cast {
  const directory = new Directory();
  const isSeeker = (p: Person) =>
    (p.email !== null && input.seekerAddresses.has(p.email)) ||
    (p.name !== null && input.seekerNames.has(nameKey(p.name)));
  const organisations = new Set(input.organisations);
  // "Location: Halden Freight, 3rd Floor, …": the place before the address is an organisation.
  for (const text of [input.latest, input.history, input.calendarText])
    for (const m of allMatches(text, PLACE_LINE)) organisations.add(fold(m[1] as string));
  const role = input.role ? spacedWords(input.role) : null;
  const isOrganisation = (name: string) => {
    // "Your panel interview for Supply Chain Data Analyst": words of the role are no person.
    if (role?.includes(spacedWords(name))) return true;
    const folded = fold(name);
    for (const org of organisations)
      if (
        folded === org ||
        (folded.length >= 5 && org.startsWith(folded)) ||
        (org.length >= 5 && folded.startsWith(org)) ||
        // "Oak Architects" out of "Lumen & Oak Architects": the tail of a company's name.
        (folded.length >= 8 && org.endsWith(folded))
      )
        return true;
    return false;
  };

  const original = input.layers.length - 1;
  input.layers.forEach((layer, i) => {
    const add = (a: ParsedAddress | null, seen: Seen) => {
      if (a) directory.add(a.name, a.address, seen);
    };
    add(layer.from, i === original ? 'from' : 'forwarder');
    for (const a of layer.to) add(a, 'to');
    for (const a of layer.cc) add(a, 'cc');
    for (const a of layer.replyTo) add(a, 'reply-to');
    for (const name of layer.named ?? []) directory.add(name, null, 'to');
  });
  // A forward that kept the sender's name alone ("From: Priya Nair"): "me" in the text is them.
  const fromName = input.layers[original]?.fromName;
  const sender = input.sender
    ? directory.add(input.sender.name, input.sender.address, 'from')
    : fromName
      ? directory.add(fromName, null, 'from')
      : null;
  const historyAuthor = input.historyAuthor
    ? directory.add(input.historyAuthor.name, input.historyAuthor.address, 'text')
    : null;
  let organizer: Person | null = null;
  for (const p of input.calendar?.people ?? []) {
    const seen: Seen = p.organizer
      ? 'organizer'
      : p.role === 'NON-PARTICIPANT'
        ? 'non-participant'
        : p.role === 'OPT-PARTICIPANT'
          ? 'optional'
          : 'attendee';
    const person = directory.add(p.name, p.address, seen);
    if (['ROOM', 'RESOURCE', 'GROUP'].includes(p.cutype ?? '')) person.robot = true;
    if (p.organizer) organizer = person;
  }
  const texts: AuthoredText[] = [
    { text: input.latest, author: sender },
    ...(input.thread ?? splitThread(input.history)).map((part, i) => ({
      text: `${part.heading}\n${part.text}`,
      // "me" in each quoted message is whoever wrote that one.
      author:
        i === 0 || !part.author
          ? (historyAuthor ?? sender)
          : directory.add(part.author.name, part.author.address, 'text'),
    })),
    ...input.notes.map((text) => ({ text, author: null })),
    // The organizer wrote the invitation's description: "Owen will join me" is them.
    { text: input.calendarText, author: organizer },
    ...input.titles.map((text) => ({ text, author: null })),
  ]
    .filter((t) => t.text.trim())
    .map((t) => ({ ...t, text: givenNameFirst(t.text) }));
  for (const { text } of texts) {
    for (const part of nearAddresses(text))
      for (const m of allMatches(part, NAME_WITH_ADDRESS)) {
        const written = m[1] as string;
        // Read with the words before it: "gerente de Cadena de Suministro (address)" names a
        // field, and the address is the person's named before the title.
        const from = Math.max(0, (m.index ?? 0) - 60);
        const context = part.slice(from, (m.index ?? 0) + written.length);
        const names = findNames(context);
        const address = m[2] as string;
        const last = names.find((n) => n.end === context.length)?.name;
        // "Ginevra Dalla Valle, Direttrice Supply Chain (g.dallavalle@…)": the words before the
        // address are her title's; the address spells her name.
        const name =
          last && !addressMatchesName(address, last)
            ? (names.find((n) => n.name !== last && addressMatchesName(address, n.name))?.name ??
              last)
            : last;
        if (name && !isOrganisation(name)) directory.add(name, address, 'text');
      }
    for (const m of allMatches(text, EMAIL_PATTERN))
      directory.add(null, m[0].replace(/\.$/, ''), 'text');
    for (const m of nativeScriptNames(text)) {
      const rest = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 200);
      const email = rest.split('\n')[0]?.match(EMAIL_PATTERN)?.[0] ?? null;
      directory.add(`${m[1]} (${m[2]})`, email, 'text');
    }
  }
  for (const { text } of texts) addFirstNamesAlone(text, directory, isOrganisation);
  // The sender the forward named alone has the address in the text that spells their name.
  if (sender && !sender.email && sender.name) {
    const spelled = directory.people.find(
      (p) => p !== sender && !p.name && p.email && addressMatchesName(p.email, sender.name ?? ''),
    );
    if (spelled?.email) directory.attachEmail(sender, spelled.email);
  }
  // Once every name with its address is known: who wrote what a calendar's mailbox sent.
  // The newest text opens the list unless it was empty.
  const latest = texts[0];
  if (sender?.robot && latest && input.latest.trim())
    latest.author = selfNamed(input.latest, directory, isSeeker) ?? sender;
  return { directory, sender, historyAuthor, texts, isSeeker, isOrganisation };
}
