// What the drafts to interviewers say, written from the advisers' advice: the thank-you is short
// and sent the same day, thanks plus one specific thing from the conversation plus one line of
// interest, and never a second sales pitch; the follow-up a week later says the seeker is still
// interested and invites questions. A draft never guesses what was talked about: without a topic
// it carries a marked placeholder that the review page refuses to send.
import type { Draft, Interview, Interviewer, Owner, StepKind } from '#core/domain.js';
import { formatSpokenDay } from './format-time.js';
import { greeting, nameOrAddress, personName, seekerName } from './person-name.js';
import { interviewWords } from './role-text.js';
import { oneLine } from './step-copy.js';

/** A topic from the owner's notes that reads well inside "our conversation about …". */
export function topicFromNotes(notes: readonly string[]): string | null {
  for (const note of notes) {
    const topic = topicPhrase(note);
    // Decision timelines are notes too, but not something to thank anyone for.
    if (topic && !/\b(decision|decide|hear back|timeline)\b/i.test(topic)) return topic;
  }
  return null;
}

/** "We talked about Their Kafka migration." → "your Kafka migration"; null when unusable. */
export function topicPhrase(note: string): string | null {
  let topic = oneLine(note)
    .replace(/^(we\s+)?(talked|spoke|chatted)\s+(about|on)\s+/i, '')
    .replace(/^(we\s+)?discussed\s+/i, '')
    .replace(/^topics?:\s*/i, '')
    .replace(/[.!;,\s]+$/, '');
  if (topic.length < 3 || topic.length > 100) return null;
  // "Their Kafka migration" → "their Kafka migration"; acronyms and names stay as they are.
  const [word = ''] = topic.split(/\s/);
  if (['Their', 'The', 'Your', 'Our', 'How', 'What', 'Why', 'A', 'An'].includes(word)) {
    topic = topic[0]?.toLowerCase() + topic.slice(1);
  }
  // The note is written about them; the draft is written to them.
  return topic.replace(/^their\s/i, 'your ');
}

// ---------------------------------------------------------------- placeholders

/** A marked gap the seeker fills in: "[one thing you talked about with Ines]". */
const PLACEHOLDER = /\[[a-z][^[\]\n]{2,120}\]/g;

/** The placeholders still left in a draft's text, in order. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[0]);
}

function topicPlaceholder(person: Interviewer): string {
  const name = personName(person.name, person.email);
  const who = name?.first ?? name?.full;
  return who ? `[one thing you talked about with ${who}]` : '[one thing you talked about]';
}

// ---------------------------------------------------------------- the drafts

/** A signature that opens with its own closing ("Thanks,", "Cheers,") needs no "Best regards". */
const CLOSING =
  /^(?:(?:best|kind|warm|warmest)(?: regards| wishes)?|regards|thanks|many thanks|thank you|cheers|sincerely|all the best|yours(?: sincerely| truly)?)[,!.]?$/i;

/** The owner's saved signature, line by line as they wrote it; [] when none is saved. */
export function signatureLines(owner: Pick<Owner, 'signature'>): string[] {
  const text = owner.signature?.replace(/\r\n?/g, '\n').trim() ?? '';
  return text ? text.split('\n').map((line) => line.trimEnd()) : [];
}

/** How each draft ends: the saved signature when there is one, else the seeker's name. */
function signOff(interview: Interview, owner: Owner): string[] {
  const signature = signatureLines(owner);
  if (signature.length > 0) {
    return CLOSING.test(signature[0] ?? '') ? signature : ['Best regards,', ...signature];
  }
  const name = seekerName(owner, interview);
  return name ? ['Best regards,', oneLine(name)] : ['Best regards'];
}

/**
 * A draft re-signed after the owner changed their name or signature: its closing lines, when
 * they are still the ones it was drafted with, become the new ones; anything the owner wrote
 * above them stays, and a closing they rewrote themselves is theirs and stays too.
 */
export function resignDraft(
  body: string,
  interview: Interview,
  before: Owner,
  after: Owner,
): string {
  const old = signOff(interview, before).join('\n');
  const next = signOff(interview, after).join('\n');
  if (old === next || !body.endsWith(`\n${old}`)) return body;
  return `${body.slice(0, body.length - old.length)}${next}`;
}

/** What the seeker said they talked about with this person, else the only topic of a 1:1. */
function topicFor(interview: Interview, person: Interviewer): string | null {
  const own = person.topic ? topicPhrase(person.topic) : null;
  if (own) return own;
  // The coordinator was not in the conversation.
  if (!interview.interviewers.some((p) => p.email === person.email)) return null;
  // A topic from the seeker's note names one conversation: on a panel, whose is unknown.
  return interview.interviewers.length === 1 ? topicFromNotes(interview.notes) : null;
}

function thankYouBody(interview: Interview, owner: Owner, person: Interviewer): string {
  const { role, company } = interviewWords(interview, owner);
  const about = role.text
    ? ` about the ${role.text} role${company.text ? ` at ${company.text}` : ''}`
    : company.text
      ? ` about the work at ${company.text}`
      : '';
  const topic = topicFor(interview, person) ?? topicPlaceholder(person);
  return [
    greeting(person.name, person.email),
    '',
    `Thank you for taking the time to talk with me${about}. I especially enjoyed our conversation about ${topic}.`,
    '',
    `I'm very interested in ${company.text ? `joining ${company.text}` : 'joining the team'}, and I hope to hear from you soon.`,
    '',
    ...signOff(interview, owner),
  ].join('\n');
}

function followUpBody(interview: Interview, owner: Owner, person: Interviewer): string {
  const { role, company } = interviewWords(interview, owner);
  const day = formatSpokenDay(interview.start, interview.timezone);
  const topic = topicFor(interview, person);
  const interest = company.text ? `joining ${company.text}` : 'the role';
  return [
    greeting(person.name, person.email),
    '',
    `I wanted to follow up on my interview${role.text ? ` for the ${role.text} role` : ''} on ${day}. I'm still very interested in ${interest}${topic ? `, and I've kept thinking about ${topic} since we spoke` : ''}.`,
    '',
    "If you have any questions for me, I'd be glad to answer them.",
    '',
    ...signOff(interview, owner),
  ].join('\n');
}

function subjectFor(kind: 'thank_you' | 'follow_up', role: string | null): string {
  if (kind === 'thank_you')
    return role ? `Thank you – ${role} interview` : 'Thank you for your time';
  return role ? `Following up – ${role} interview` : 'Following up on our conversation';
}

/**
 * The people an outreach step may write to, each with a draft. The thank-you goes to every
 * interviewer with an address. The follow-up goes to one person, the coordinator who arranged
 * the interview when known, else the first interviewer; the others are offered unticked.
 */
export function composeDrafts(interview: Interview, owner: Owner, kind: StepKind): Draft[] {
  if (kind !== 'thank_you' && kind !== 'follow_up') return [];
  const role = interviewWords(interview, owner).role.text;
  const people: Interviewer[] = interview.interviewers.filter((person) => person.email);
  const coordinator = interview.coordinator;
  const coordinatorFirst =
    kind === 'follow_up' &&
    coordinator?.email &&
    !people.some((person) => person.email === coordinator.email);
  const recipients: Interviewer[] = coordinatorFirst
    ? [
        {
          name: coordinator.name ?? coordinator.email ?? '',
          email: coordinator.email,
          timezone: null,
        },
        ...people,
      ]
    : people;
  return recipients.map((person, index) => ({
    interviewerName: nameOrAddress(person.name, person.email),
    interviewerEmail: person.email,
    subject: subjectFor(kind, role),
    body:
      kind === 'thank_you'
        ? thankYouBody(interview, owner, person)
        : followUpBody(interview, owner, person),
    sentMessageId: null,
    selected: kind === 'thank_you' || index === 0,
  }));
}

/** Drafts the seeker left ticked: the only ones that are ever sent. */
export function selectedDrafts<T extends { selected?: boolean }>(drafts: readonly T[]): T[] {
  return drafts.filter((draft) => draft.selected !== false);
}
