// Who is who: every person in the directory gets evidence for being an interviewer (named
// after "You'll meet", in a schedule row, said to "join me", a calendar attendee) or for only
// arranging it (a recruiter's title, "I won't be on the call", the agency that forwarded it).
// The seeker and robot mailboxes are neither. The sender speaks as "I"/"me".
import { EMAIL_PATTERN, fold, nameKey } from '../addresses.js';
import type { CalendarEvent } from '../calendar.js';
import { findTimeRanges } from '../clock-times.js';
import { alternation, LANGUAGES, phrasePattern } from '../languages/index.js';
import { findNames, leadingFirstName } from '../names.js';
import type { ParsedAddress } from '../types.js';
import { Directory, nameFromAddress, type Person, type Seen } from './directory.js';

export interface HeaderLayer {
  from: ParsedAddress | null;
  to: ParsedAddress[];
  cc: ParsedAddress[];
  replyTo: ParsedAddress[];
}

export interface PeopleInput {
  /** The newest text of the original message, written by `sender`. */
  latest: string;
  /** Quoted history below it (unquoted), written by `historyAuthor`. */
  history: string;
  historyAuthor: ParsedAddress | null;
  /** Notes of intermediate forwarders (an agency's "you'll speak with Hannah"). */
  notes: string[];
  /** Calendar DESCRIPTION and similar text. */
  calendarText: string;
  /** Header layers, outermost first; the last is the original. */
  layers: HeaderLayer[];
  sender: ParsedAddress | null;
  seekerAddresses: Set<string>;
  seekerNames: Set<string>;
  /** Folded organisation names: never people. */
  organisations: Set<string>;
  calendar: CalendarEvent | null;
}

export interface Contact {
  name: string;
  email: string | null;
}

export interface People {
  interviewers: Contact[];
  coordinator: { name: string | null; email: string | null } | null;
  /** The interviewers are a guess (nobody was named as one). */
  guessed: boolean;
}

interface Evidence {
  interviewer: number;
  arranger: number;
  order: number;
}

const LEAD = new RegExp(
  `(?:${alternation(LANGUAGES.flatMap((t) => t.interviewerLead))})[ \\t]*(?:[:：\\-–][ \\t]*)?`,
  'giu',
);
/** Labels that name the interviewers whatever their titles ("Interviewer: X, Recruiter"). */
const EXPLICIT_LABEL =
  /^[ \t■•*-]*(?:(?:ihre?|your|vos|vostri|seus?|sus|uw|je|os|les|die)\s+)?(?:interviewers?|panel(?:ists)?|who|with|hosts?|面接官|gesprächspartner\w*|intervistator\w*|entrevistador\w*|quem vai conversar com você|intervenants?|guests|attendees|participants|avec|mit|con|com|met)[ \t]*(?:[:：]|$)/iu;
/** A line that only introduces the people below it: "You'll meet with:". */
const LEAD_LINE = new RegExp(
  `^[ \\t]*(?:[\\p{L}'’]+[ \\t]+){0,4}(?:${alternation(LANGUAGES.flatMap((t) => t.interviewerLead))})[ \\t]*[:：][ \\t]*$`,
  'iu',
);
const BARE_WITH = /^(?:with|avec|con|mit|met|com)[ \t:：\-–]*$/i;
/** A sentence about the meeting itself: its time, its kind, or what the seeker will do in it. */
const MEETING_SENTENCE =
  /\d|interview|entretien|entrevue|entrevista|gespräch|colloquio|gesprek|面接|call|chat|meet|session|panel|exercise|pair|you(?:'|’)ll|you will|vous (?:allez|serez)|sie werden|usted|vas a/i;
const INTERVIEWER_VERB = phrasePattern((t) => t.interviewerVerb);
const TAKES_PART = phrasePattern((t) => t.senderTakesPart);
const ARRANGES = phrasePattern((t) => t.senderArranges);
const ARRANGER_TITLE = phrasePattern((t) => t.arrangerTitles);
const CJK_NAME =
  /([\p{Script=Han}\p{Script=Hangul}]{1,4}(?:[ 　][\p{Script=Han}\p{Script=Hiragana}]{1,4})?)[ \t]*[(（]([\p{Lu}][\p{L}'-]+(?: [\p{Lu}][\p{L}'-]+){1,2})[)）]/gu;
const CJK_LIST_NAME =
  /([\p{Script=Han}]{1,4}[ 　][\p{Script=Han}\p{Script=Hiragana}]{1,4})[ \t]*(?:[（(]|$)/u;
const BULLET = /^[ \t]*(?:[-•*·▪◦–■□]|\d+[.)])\s*/;

/** A sentence ends at a full stop, but not the one after a title ("Prof. Ramón de la Cruz"). */
const SENTENCE_END =
  /(?<!(?<![\p{L}])(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sr|Sra|Srta|Jr|St|Mme|Mlle|Hr|Fr|Dott|Ing|Mag|Dipl|approx|incl|vs|e\.g|i\.e))[.!?。](?=\s)|\n/gu;

function sentences(text: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  // Parentheses hold titles and addresses: their dots do not end a sentence.
  const masked = text.replace(/\([^()\n]{0,200}\)/g, (p) => ' '.repeat(p.length));
  let start = 0;
  for (const m of masked.matchAll(SENTENCE_END)) {
    const end = (m.index ?? 0) + 1;
    if (end - start > 1) out.push({ text: text.slice(start, end), index: start });
    start = end;
  }
  if (start < text.length) out.push({ text: text.slice(start), index: start });
  return out;
}

interface Mention {
  person: Person | 'me';
  index: number;
  end: number;
}

export function findPeople(input: PeopleInput): People {
  const dir = new Directory();
  const evidence = new Map<Person, Evidence>();
  let order = 0;
  const ev = (p: Person) => {
    let e = evidence.get(p);
    if (!e) {
      e = { interviewer: 0, arranger: 0, order: order++ };
      evidence.set(p, e);
    }
    return e;
  };
  const isSeeker = (p: Person) =>
    (p.email !== null && input.seekerAddresses.has(p.email)) ||
    (p.name !== null && input.seekerNames.has(nameKey(p.name)));
  const isOrganisation = (name: string) => {
    const folded = fold(name);
    for (const org of input.organisations)
      if (
        folded === org ||
        (folded.length >= 5 && org.startsWith(folded)) ||
        (org.length >= 5 && folded.startsWith(org))
      )
        return true;
    return false;
  };

  // 1. The directory: headers, calendar, "Name (address)" in text.
  const original = input.layers.length - 1;
  input.layers.forEach((layer, i) => {
    const add = (a: ParsedAddress | null, seen: Seen) => {
      if (a) dir.add(a.name, a.address, seen);
    };
    add(layer.from, i === original ? 'from' : 'forwarder');
    for (const a of layer.to) add(a, 'to');
    for (const a of layer.cc) add(a, 'cc');
    for (const a of layer.replyTo) add(a, 'reply-to');
  });
  const sender = input.sender ? dir.add(input.sender.name, input.sender.address, 'from') : null;
  const historyAuthor = input.historyAuthor
    ? dir.add(input.historyAuthor.name, input.historyAuthor.address, 'text')
    : null;
  for (const p of input.calendar?.people ?? []) {
    const seen: Seen = p.organizer
      ? 'organizer'
      : p.role === 'NON-PARTICIPANT'
        ? 'non-participant'
        : p.role === 'OPT-PARTICIPANT'
          ? 'optional'
          : 'attendee';
    const person = dir.add(p.name, p.address, seen);
    if (['ROOM', 'RESOURCE', 'GROUP'].includes(p.cutype ?? '')) person.robot = true;
  }
  const texts: { text: string; author: Person | null }[] = [
    { text: input.latest, author: sender },
    { text: input.history, author: historyAuthor ?? sender },
    ...input.notes.map((text) => ({ text, author: null })),
    { text: input.calendarText, author: null },
  ].filter((t) => t.text.trim());
  for (const { text } of texts) {
    // "Name <address>" and "Name (address)" pairs, then every other address, nameless.
    for (const m of text.matchAll(
      /(\p{Lu}[\p{L}\p{M}'’.-]{1,30}(?: (?:[\p{Ll}]{1,4} ){0,2}\p{Lu}[\p{L}\p{M}'’.-]{1,30}){1,3})\s{0,3}[<(（]\s{0,3}(?:mailto:)?([^()<>\s（）]{1,64}@[^()<>\s（）]{1,255}?)\s{0,3}[>)）]/gu,
    )) {
      // Only a person's name, not a title ("Lead Developer (x@…)").
      const name = findNames(m[1] as string).find((n) => n.end === (m[1] as string).length)?.name;
      if (name && !isOrganisation(name)) dir.add(name, m[2] as string, 'text');
    }
    for (const m of text.matchAll(EMAIL_PATTERN)) dir.add(null, m[0].replace(/\.$/, ''), 'text');
    for (const m of text.matchAll(CJK_NAME)) {
      const rest = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 200);
      const email = rest.split('\n')[0]?.match(EMAIL_PATTERN)?.[0] ?? null;
      dir.add(`${m[1]} (${m[2]})`, email, 'text');
    }
  }

  const interviewer = (p: Person | null, points: number) => {
    if (p && !isSeeker(p) && !p.robot) ev(p).interviewer += points;
  };
  const arranger = (p: Person | null, points: number) => {
    if (p && !isSeeker(p) && !p.robot) ev(p).arranger += points;
  };

  // 2. Mentions in text, and what is said of them.
  const mentionsIn = (text: string, from: number, to: number, author: Person | null): Mention[] => {
    const span = text.slice(from, to);
    const found: Mention[] = [];
    const taken: [number, number][] = [];
    const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && b > x);
    for (const m of span.matchAll(CJK_NAME)) {
      const person = dir.byName(`${m[1]} (${m[2]})`);
      if (person) {
        const index = from + (m.index ?? 0);
        found.push({ person, index, end: index + m[0].length });
        taken.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
      }
    }
    const masked = span.replace(/\([^()]{0,300}\)/g, (p) => ' '.repeat(p.length));
    for (const n of findNames(masked)) {
      if (!free(n.index, n.end)) continue;
      const before = masked.slice(Math.max(0, n.index - 24), n.index);
      if (/\b(?:from|at|of|in|on|to|via|about|for)\s+(?:our\s+|the\s+)?$/i.test(before)) continue;
      if (isOrganisation(n.name)) continue;
      const person =
        dir.byName(n.name) ?? (/[@\d]/.test(n.name) ? null : dir.add(n.name, null, 'text'));
      if (person) {
        found.push({ person, index: from + n.index, end: from + n.end });
        taken.push([n.index, n.end]);
      }
    }
    // First names of people already known ("Benedikt (cc'd) has blocked 45 minutes").
    for (const m of masked.matchAll(/(?<![\p{L}\p{M}'’-])\p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\p{M}])/gu)) {
      const index = m.index ?? 0;
      if (!free(index, index + m[0].length) || !leadingFirstName(m[0])) continue;
      const person = dir.byFirstName(m[0], (p) => isSeeker(p));
      if (person) {
        found.push({ person, index: from + index, end: from + index + m[0].length });
        taken.push([index, index + m[0].length]);
      }
    }
    if (author)
      for (const m of masked.matchAll(
        /(?<![\p{L}])(?:me|myself|moi|mir|mí|mim|me stesso)(?![\p{L}])/gu,
      ))
        found.push({
          person: author,
          index: from + (m.index ?? 0),
          end: from + (m.index ?? 0) + m[0].length,
        });
    return found.sort((a, b) => a.index - b.index);
  };
  const resolve = (m: Mention, author: Person | null): Person | null =>
    m.person === 'me' ? author : m.person;

  /** A title written right after a name: "X, Technical Recruiter", "X (Talent Partner)". */
  const titleAfter = (text: string, end: number): string => {
    const rest = text.slice(end, end + 120);
    const m = /^\s*(?:[,(–—-]|\t)\s*([^()\n,;]{2,80})/.exec(rest);
    return m ? (m[1] as string) : '';
  };
  const titleBefore = (text: string, index: number): string => {
    const before = text.slice(Math.max(0, index - 80), index);
    const m = /(?:our|the|their|my|your|notre|nuestr[oa]|unser\w*)\s+([^,.\n]{2,60}),\s*$/iu.exec(
      before,
    );
    return m ? (m[1] as string) : '';
  };
  const noteTitle = (p: Person, text: string, mention: Mention) => {
    const title = `${titleBefore(text, mention.index)} ${titleAfter(text, mention.end)}`;
    if (ARRANGER_TITLE.test(title)) return true;
    void p;
    return false;
  };

  for (const { text, author } of texts) {
    const lines = text.split('\n');
    // Labelled lists: "Panel:" then one person a line.
    let offset = 0;
    let listUntil = -1;
    let explicitList = false;
    let listItems = 0;
    let labelledLine = -2;
    lines.forEach((line, i) => {
      const lineStart = offset;
      offset += line.length + 1;
      // An indented line under "Interviewer: A" continues the label: "            B".
      const continued = i === labelledLine + 1 && /^[ \t\u3000]{2,}\S/u.test(line);
      if (continued) labelledLine = i;
      const labelled = EXPLICIT_LABEL.test(line) || continued;
      if (EXPLICIT_LABEL.test(line)) labelledLine = i;
      if (labelled) {
        explicitList = true;
        const rest = line.replace(EXPLICIT_LABEL, '').trim();
        if (rest === '') {
          listUntil = i + 12;
          listItems = 0;
        }
      } else if (LEAD_LINE.test(line)) {
        // "You'll meet with:" and the people one a line below it.
        listUntil = i + 12;
        listItems = 0;
        return;
      }
      // A blank line ends the list unless another item follows it (lists spaced out by HTML).
      if (!labelled && i <= listUntil && line.trim() === '' && listItems > 0) {
        const next = lines.slice(i + 1).find((l) => l.trim() !== '') ?? '';
        if (!BULLET.test(next)) listUntil = -1;
      }
      const inList = !labelled && i <= listUntil && line.trim() !== '';
      if (inList && (line.length > 120 || /[.!?]\s*$/.test(line.trim()) || /https?:/.test(line))) {
        listUntil = -1;
        return;
      }
      if (!labelled && !inList) return;
      const body = labelled ? line.replace(EXPLICIT_LABEL, '') : line;
      const bodyStart = lineStart + line.length - body.length;
      const mentions = mentionsIn(text, bodyStart, lineStart + line.length, author);
      const cjk = mentions.length === 0 ? CJK_LIST_NAME.exec(body.replace(BULLET, '')) : null;
      if (cjk) {
        const email = body.match(EMAIL_PATTERN)?.[0] ?? null;
        interviewer(dir.add((cjk[1] as string).replace(/　/g, ' '), email, 'text'), 4);
      }
      if (inList) listItems++;
      mentions.forEach((m, k) => {
        const person = resolve(m, author);
        // One person a line in a list below a label; what follows the name is their title.
        if (!person || (inList && k > 0)) return;
        // An address on the same line, before the next name, is this person's.
        const next = (inList ? undefined : mentions[k + 1]?.index) ?? lineStart + line.length;
        const email = text.slice(m.end, next).match(EMAIL_PATTERN)?.[0];
        if (email && !person.email) dir.add(person.name, email, 'text');
        interviewer(person, explicitList ? 4 : 3);
      });
    });

    for (const sentence of sentences(text)) {
      const s = sentence.text;
      // A sentence longer than this is not prose about people (and would cost too much).
      if (s.length > 1500) continue;
      const mentions = () => mentionsIn(text, sentence.index, sentence.index + s.length, author);
      // Schedule rows: "9:00 – 9:45 am: Coffee with me", "10:00\tAnika Rao\tStaff Engineer".
      const row = s.replace(BULLET, '');
      const range = findTimeRanges(row.slice(0, 40))[0];
      const isRow =
        range !== undefined && range.index < 3 && range.finish !== null && s.length < 200;
      LEAD.lastIndex = 0;
      const lead = LEAD.exec(s);
      // A bare "with" names people only in a sentence about the meeting itself.
      if (lead && BARE_WITH.test(lead[0]) && !MEETING_SENTENCE.test(s)) LEAD.lastIndex = 0;
      const leadUsed =
        lead && !(BARE_WITH.test(lead[0]) && !MEETING_SENTENCE.test(s)) ? lead : null;
      const verb = INTERVIEWER_VERB.test(s);
      if (author && TAKES_PART.test(s)) interviewer(author, 3);
      if (author && ARRANGES.test(s)) arranger(author, 5);
      if (!isRow && !leadUsed && !verb) continue;
      const found = mentions();
      for (const m of found) {
        const person = resolve(m, author);
        if (!person) continue;
        if (isRow && m.index >= sentence.index + (range?.end ?? 0)) {
          // In a row the last name is the person: "Systems Design Anika Rao".
          interviewer(person, 3);
          continue;
        }
        const afterLead = leadUsed && m.index >= sentence.index + leadUsed.index;
        if (afterLead || verb) {
          if (m.person !== 'me' && noteTitle(person, text, m)) arranger(person, 2);
          interviewer(person, afterLead ? 3 : 2);
        }
      }
      // "The panel will be A and B": email right after each name.
      for (const m of found) {
        const person = resolve(m, author);
        const email = /^\s*[(<（]\s*([^()<>\s]+@[^()<>\s]+?)\s*[)>）]/.exec(
          text.slice(m.end, m.end + 120),
        )?.[1];
        if (person && email && !person.email) dir.add(person.name, email, 'text');
      }
    }
  }

  // 3. Signatures and titles: a recruiter who signs the mail arranges it.
  const signatureTitle = (p: Person, text: string): boolean => {
    const names = [p.name, p.name?.split(' ')[0]].filter((n): n is string =>
      Boolean(n && n.length > 1),
    );
    for (const name of names) {
      const at = text.lastIndexOf(name);
      if (at < 0) continue;
      const block = text.slice(at + name.length, at + name.length + 160);
      if (ARRANGER_TITLE.test(block.split('\n').slice(0, 4).join('\n'))) return true;
    }
    return false;
  };
  if (sender && signatureTitle(sender, input.latest)) arranger(sender, 2);
  if (historyAuthor && historyAuthor !== sender && signatureTitle(historyAuthor, input.history))
    arranger(historyAuthor, 2);
  for (const p of dir.people) {
    if (p.seen.has('forwarder')) arranger(p, 3);
    if (p.titles.some((t) => ARRANGER_TITLE.test(t))) arranger(p, 2);
  }

  // 4. The calendar: attendees take part; the organizer of an invitation nobody else
  // attends is the one the seeker meets.
  const attending = dir.people.filter(
    (p) =>
      (p.seen.has('attendee') || p.seen.has('optional')) &&
      !p.seen.has('non-participant') &&
      !p.seen.has('organizer') &&
      !p.seen.has('forwarder') &&
      !p.robot &&
      !isSeeker(p),
  );
  for (const p of attending) interviewer(p, 2);
  for (const p of dir.people)
    if (p.seen.has('organizer') && attending.length === 0) interviewer(p, 1);

  const chosen = [...evidence]
    .filter(([p, e]) => e.interviewer > 0 && e.interviewer > e.arranger && !isSeeker(p) && !p.robot)
    .filter(([p]) => p.name !== null || p.email !== null)
    .sort((a, b) => a[1].order - b[1].order)
    .map(([p]) => p);
  // Nobody named: the person who wrote to set up the call is the one on it.
  let guessed = false;
  if (chosen.length === 0 && sender && !sender.robot && !isSeeker(sender)) {
    const e = evidence.get(sender);
    if (!e || e.arranger === 0) {
      chosen.push(sender);
      guessed = true;
    }
  }
  const interviewers = dedupe(chosen).map((p) => ({
    name: p.name ?? nameFromAddress(p.email ?? ''),
    email: p.email,
  }));

  // 5. The coordinator: whoever arranged it and is not an interviewer.
  const isInterviewer = (p: Person) => chosen.includes(p);
  const candidates = [
    sender,
    historyAuthor,
    ...[...evidence]
      .filter(([, e]) => e.arranger > 0)
      .sort((a, b) => b[1].arranger - a[1].arranger)
      .map(([p]) => p),
    ...dir.people.filter((p) => p.seen.has('reply-to')),
  ].filter(
    (p): p is Person =>
      p !== null && !p.robot && !isSeeker(p) && !isInterviewer(p) && !p.seen.has('forwarder'),
  );
  const coordinatorPerson = candidates[0] ?? null;
  return {
    interviewers,
    coordinator: coordinatorPerson
      ? { name: coordinatorPerson.name, email: coordinatorPerson.email }
      : null,
    guessed,
  };
}

function dedupe(people: Person[]): Person[] {
  const out: Person[] = [];
  for (const p of people) {
    if (
      out.some(
        (o) =>
          o === p ||
          (o.email && o.email === p.email) ||
          (o.name && p.name && nameKey(o.name) === nameKey(p.name)),
      )
    )
      continue;
    out.push(p);
  }
  return out;
}
