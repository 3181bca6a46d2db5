// Who the seeker will meet: names after "with", "meet", "Interviewer:", "Panel:", in a
// schedule's rows, in a calendar's attendees; "me" and first-person phrases mean the sender.
// Left out: the seeker, robot and team mailboxes, calendar non-participants, and recruiters or
// coordinators who only arrange the interview.
import { addressMatchesName, EMAIL_PATTERN, fold, isRobot, isRoleAddress } from './addresses.js';
import type { CalendarEvent } from './calendar.js';
import { findTimeRanges } from './clock-times.js';
import { findNames, leadingFirstName, type NameMention } from './names.js';
import type { ParsedAddress } from './types.js';

export interface Interviewer {
  name: string;
  email: string | null;
}

export interface InterviewerInput {
  /** The newest text of the original message. */
  text: string;
  /** Every text that may name people with their addresses (history, notes, HTML). */
  context: string;
  /** Addresses from headers (original and outer), with display names. */
  known: ParsedAddress[];
  /** Who wrote `text`. */
  sender: ParsedAddress | null;
  seekerAddresses: Set<string>;
  seekerNames: Set<string>;
  /** Folded organisation names (company, domain labels): never people. */
  organisations: Set<string>;
  calendar: CalendarEvent | null;
}

const LABEL =
  /^[ \t]*(?:[-•*·▪◦]\s*)?(interviewers?|interviewing|panel(?:ists| members)?|hosts?|hosted by|with|meeting with|speaking with|you(?:'ll| will) (?:be )?(?:meet(?:ing)?|speak(?:ing)?|talk(?:ing)?)(?: with)?|attendees|participants|guests|who|avec|con|mit|entrevistador(?:es)?|intervenants?)[ \t]*(?:[:\-–][ \t]*|(?=\n)|[ \t](?=\p{Lu}))/gimu;
const INLINE =
  /\b(?:(?:meet|meeting|speak|speaking|talk|talking|chat|chatting|interview|interviews|interviewing|call|conversation|session|screen|review|exercise|round|panel|onsite|pairing|discussion|sync|[ap]m|ET|PT|CT|MT|GMT|CET|IST)\b[^.\n?!]{0,80}?\bwith|you(?:'ll| will) (?:be )?meet(?:ing)?(?: with)?|(?:interviewed|hosted|led|joined|run) by|\b(?:our|your|the) (?:hiring manager|interviewer|panelists?|team lead|engineering manager|interviewing manager),?|meet(?:ing)? (?:with )?)\s+(?=me\b|\p{Lu})/giu;
const RECRUITER_TITLE =
  /^[^\n.;]{0,12}?\b(?:recruit(?:er|ing|ment)|coordinator|talent (?:partner|acquisition|lead|manager|team)|sourcer|people (?:partner|team|ops)|hr\b|human resources|scheduler|scheduling)/i;
const FIRST_PERSON =
  /\b(?:interview(?:ing)? with me|(?:meet|speak|talk|chat)(?:ing)? (?:with|to) me|with me\b|I(?:'ll| will| would) (?:give you a |be giving you a )?(?:call|ring|phone) you|I(?:'ll| will) give you a (?:call|ring)|I(?:'ll| will) (?:be )?(?:interviewing|speaking with you|talking with you|chatting with you|meeting with you|joining)|(?:our|my) (?:call|chat|conversation|interview) (?:on|at|tomorrow|next)|I look forward to (?:speaking|meeting|talking|chatting) with you)/i;
const NOT_ATTENDING =
  /\bI (?:won't|will not|can't|cannot|shan't) be (?:on|joining|in|at|attending)\b|\bI won't be (?:on )?the call\b|\bnot (?:be )?(?:on|joining) the call myself\b/i;
const ORG_PREFIX = /\b(?:from|at|of|in|on|our|the|your|for|to|via|about)\s+(?:our\s+|the\s+)?$/i;

interface Found {
  name: string;
  email: string | null;
  order: number;
}

function sentenceEnd(text: string, from: number): number {
  const rest = text.slice(from, from + 400);
  const m = /[.!?;](?=\s|$)|\n/.exec(
    rest.replace(/\([^()\n]{0,200}\)/g, (p) => ' '.repeat(p.length)),
  );
  return from + (m ? m.index : rest.length);
}

/** Names (and "me") listed in text[from, to), with an address found right after each. */
function namesIn(
  text: string,
  from: number,
  to: number,
): { name: string | 'me'; email: string | null }[] {
  const span = text.slice(from, to);
  // Blank out parentheses so titles inside them ("(Staff Engineer, Ledger)") are not names.
  const masked = span.replace(/\([^()]{0,300}\)/g, (p) => ' '.repeat(p.length));
  const names = findNames(masked).filter(
    (n) => !ORG_PREFIX.test(masked.slice(Math.max(0, n.index - 24), n.index)),
  );
  const result: { name: string | 'me'; email: string | null; index: number }[] = names.map((n) => ({
    name: n.name,
    email: null,
    index: n.index,
  }));
  for (const me of masked.matchAll(/\bme\b/g))
    result.push({ name: 'me', email: null, index: me.index ?? 0 });
  // A lone first name right at the start ("with Priya on Thursday") is kept to be resolved.
  if (!names.some((n) => n.index < 3)) {
    const first = leadingFirstName(masked.trimStart());
    if (first)
      result.push({ name: first, email: null, index: masked.length - masked.trimStart().length });
  }
  result.sort((a, b) => a.index - b.index);
  for (let i = 0; i < result.length; i++) {
    const item = result[i] as { name: string; email: string | null; index: number };
    const next = result[i + 1]?.index ?? span.length;
    // An address belongs to a name when it follows it on the same line.
    const segment = span.slice(item.index, next).split('\n')[0]?.slice(0, 200) ?? '';
    const email = segment.match(EMAIL_PATTERN)?.[0];
    if (email) item.email = email.toLowerCase();
  }
  return result.map(({ name, email }) => ({ name, email }));
}

function titleCase(local: string): string {
  return local
    .split(/[._-]+/)
    .filter((p) => /^[a-z]+$/i.test(p))
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1).toLowerCase())
    .join(' ');
}

export function findInterviewers(input: InterviewerInput): Interviewer[] {
  const { text } = input;
  const knownByEmail = new Map<string, string | null>();
  const addKnown = (address: string, name: string | null) => {
    const key = address.toLowerCase();
    if (!knownByEmail.get(key)) knownByEmail.set(key, name && !name.includes('@') ? name : null);
  };
  for (const person of input.known) addKnown(person.address, person.name);
  for (const person of input.calendar?.people ?? []) addKnown(person.address, person.name);
  const allText = `${text}\n${input.context}`;
  for (const m of allText.matchAll(EMAIL_PATTERN)) addKnown(m[0], null);

  const isSeeker = (name: string | null, email: string | null) =>
    (email !== null && input.seekerAddresses.has(email.toLowerCase())) ||
    (name !== null && input.seekerNames.has(fold(name)));
  const isOrganisation = (name: string) => {
    const folded = fold(name);
    for (const org of input.organisations) {
      if (
        folded === org ||
        (folded.length >= 5 && org.startsWith(folded)) ||
        (org.length >= 5 && folded.startsWith(org))
      )
        return true;
    }
    return false;
  };
  const emailFor = (name: string): string | null => {
    const folded = fold(name);
    for (const [address, known] of knownByEmail)
      if (known && fold(known) === folded) return address;
    for (const address of knownByEmail.keys())
      if (addressMatchesName(address, name)) return address;
    return null;
  };
  const fullNameFor = (first: string): { name: string; email: string | null } | null => {
    const folded = fold(first);
    const matches = [...knownByEmail].filter(([address, known]) => {
      if (isSeeker(known, address) || isRoleAddress(address)) return false;
      if (known) return fold(known.split(/\s+/)[0] ?? '') === folded;
      return fold(address.split(/[._@-]/)[0] ?? '') === folded;
    });
    if (matches.length !== 1) return null;
    const [address, known] = matches[0] as [string, string | null];
    return { name: known ?? titleCase(address.split('@')[0] ?? ''), email: address };
  };

  const sender =
    input.sender && !isRobot(input.sender) && !isSeeker(input.sender.name, input.sender.address)
      ? input.sender
      : null;
  const senderParticipates =
    sender !== null && FIRST_PERSON.test(text) && !NOT_ATTENDING.test(text);
  const found: Found[] = [];
  let order = 0;
  const add = (name: string | null, email: string | null) => {
    let resolvedName = name?.trim() ?? null;
    let resolvedEmail = email?.toLowerCase() ?? null;
    if (resolvedName && !/\s/.test(resolvedName)) {
      // A first name alone: only when it points at exactly one known person.
      const full = fullNameFor(resolvedName);
      if (!full) return;
      resolvedName = full.name;
      resolvedEmail = resolvedEmail ?? full.email;
    }
    if (resolvedName && !resolvedEmail) resolvedEmail = emailFor(resolvedName);
    if (!resolvedName && resolvedEmail)
      resolvedName =
        knownByEmail.get(resolvedEmail) ?? titleCase(resolvedEmail.split('@')[0] ?? '');
    if (!resolvedName) return;
    if (
      resolvedEmail &&
      input.seekerAddresses.has(resolvedEmail) &&
      !input.seekerNames.has(fold(resolvedName))
    ) {
      resolvedEmail = emailFor(resolvedName);
    }
    if (isSeeker(resolvedName, resolvedEmail)) return;
    if (resolvedEmail && isRoleAddress(resolvedEmail)) return;
    if (isOrganisation(resolvedName) && !resolvedEmail) return;
    const duplicate = found.find(
      (f) =>
        (resolvedEmail && f.email === resolvedEmail) ||
        fold(f.name) === fold(resolvedName as string),
    );
    if (duplicate) {
      duplicate.email = duplicate.email ?? resolvedEmail;
      return;
    }
    found.push({ name: resolvedName, email: resolvedEmail, order: order++ });
  };
  const isArranger = (mention: NameMention | null, after: string) =>
    mention !== null &&
    RECRUITER_TITLE.test(after) &&
    !(sender && fold(sender.name ?? '') === fold(mention.name) && senderParticipates);

  const takeList = (from: number, to: number) => {
    for (const item of namesIn(text, from, to)) {
      if (item.name === 'me') {
        if (sender && !NOT_ATTENDING.test(text)) add(sender.name, sender.address);
        continue;
      }
      const at = text.indexOf(item.name, from);
      const after = text.slice(at + item.name.length, at + item.name.length + 60);
      if (isArranger({ name: item.name, index: at, end: at + item.name.length }, after)) continue;
      add(item.name, item.email);
    }
  };

  // Labelled lists: "Interviewer: …", "Panel: … and …", "You'll meet with:" + bullets.
  for (const m of text.matchAll(LABEL)) {
    const start = (m.index ?? 0) + m[0].length;
    const restOfLine = text.slice(start, start + 200).split('\n')[0] ?? '';
    if (!/[:\-–]\s*$/.test(m[0]) && restOfLine.trim() !== '' && !/^\p{Lu}/u.test(restOfLine))
      continue;
    const lineEnd = text.indexOf('\n', start);
    let end = lineEnd < 0 ? text.length : lineEnd;
    if (text.slice(start, end).trim() === '') {
      // The list is on the following lines: bullets or short lines holding a name.
      let cursor = end;
      for (let lines = 0; lines < 40 && cursor < text.length; lines++) {
        const next = text.indexOf('\n', cursor + 1);
        const lineEnd = next < 0 ? text.length : next;
        const line = text.slice(cursor + 1, lineEnd).trim();
        if (line === '') {
          cursor = lineEnd;
          continue;
        }
        const bullet = /^(?:[-•*·▪◦–]|\d+[.)])\s/.test(line);
        // A list line is short and not a sentence or a link; the list ends at the first that is.
        if (!bullet && (line.length > 90 || /[.!?](?:\s|$)|https?:\/\//.test(line))) break;
        cursor = lineEnd;
        end = lineEnd;
      }
    }
    takeList(start, end);
  }
  // Inline: "… at 3pm Eastern with Priya Nair", "You'll meet Zoë Ł. and Í. S.".
  for (const m of text.matchAll(INLINE)) {
    const start = (m.index ?? 0) + m[0].length;
    if (!/^(?:me\b|\p{Lu})/u.test(text.slice(start, start + 3))) continue;
    takeList(start, sentenceEnd(text, start));
  }
  // Schedule rows: "10:00 – 10:45 AM Systems Design Anika Rao".
  for (const range of findTimeRanges(text).slice(0, 300)) {
    const lineEnd = text.slice(range.end, range.end + 200).includes('\n')
      ? text.indexOf('\n', range.end)
      : -1;
    const rest = text.slice(range.end, lineEnd < 0 ? text.length : lineEnd);
    if (!range.finish || rest.length > 120) continue;
    const names = findNames(rest).filter(
      (n) => !ORG_PREFIX.test(rest.slice(Math.max(0, n.index - 24), n.index)),
    );
    const person = names[names.length - 1];
    if (!person) continue;
    const nextLineEnd =
      lineEnd < 0 ? -1 : text.slice(lineEnd + 1, lineEnd + 300).indexOf('\n') + lineEnd + 1;
    const nextLine =
      lineEnd < 0 ? '' : text.slice(lineEnd + 1, nextLineEnd < 0 ? text.length : nextLineEnd);
    const email = (rest + nextLine).match(EMAIL_PATTERN)?.[0] ?? null;
    add(person.name, email);
  }
  // The calendar's people.
  const participants = (input.calendar?.people ?? []).filter(
    (p) =>
      p.role !== 'NON-PARTICIPANT' &&
      !['ROOM', 'RESOURCE', 'GROUP'].includes(p.cutype ?? '') &&
      !isSeeker(p.name, p.address) &&
      !isRoleAddress(p.address) &&
      !isRobot({ name: p.name, address: p.address }),
  );
  const attendees = participants.filter((p) => !p.organizer);
  for (const person of attendees) add(person.name, person.address);
  for (const organizer of participants.filter((p) => p.organizer)) {
    const mentioned = found.some((f) => f.email === organizer.address);
    const isSender = sender?.address === organizer.address;
    if (attendees.length === 0 || mentioned || (isSender && senderParticipates))
      add(organizer.name, organizer.address);
  }
  if (senderParticipates && sender) add(sender.name, sender.address);
  // Nobody named: a person (not a robot) who wrote to set up a call is the one on it.
  if (
    found.length === 0 &&
    sender &&
    !NOT_ATTENDING.test(text) &&
    !/\b(?:hiring manager|the team|our team|interviewer)\b/i.test(text)
  ) {
    add(sender.name, sender.address);
  }
  return found.sort((a, b) => a.order - b.order).map(({ name, email }) => ({ name, email }));
}
