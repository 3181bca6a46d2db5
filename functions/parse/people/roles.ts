// Phase three, the decision: who interviews and who arranged it, from the points ./evidence.ts
// gave each person. An interviewer has more points for taking part than for arranging; with
// nobody named, the sender who set up the call is taken to be on it (a guess, said so). The
// coordinator is whoever arranged it and does not interview: the sender first, else the author
// of the quoted history, else the one with the most points for arranging, else a reply-to.
import { nameKey } from '../addresses.js';
import type { Cast } from './collect.js';
import { nameFromAddress, type Person } from './directory.js';
import type { EvidenceBook } from './evidence.js';

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

export function decideRoles(cast: Cast, book: EvidenceBook): People {
  const { sender, historyAuthor, isSeeker } = cast;
  const chosen = [...book.entries]
    .filter(
      ([p, e]) =>
        e.interviewer > e.arranger &&
        !isSeeker(p) &&
        !p.robot &&
        !book.replaced.has(p) &&
        !book.arrangingTeam.has(p),
    )
    .filter(([p]) => p.name !== null || p.email !== null)
    .sort((a, b) => a[1].order - b[1].order)
    .map(([p]) => p);
  // Nobody named: the person who wrote to set up the call is the one on it (below the seeker's
  // own reply, the author of the message it answers).
  let guessed = false;
  const setUpBy = sender && isSeeker(sender) ? historyAuthor : sender;
  // Nobody named as one, but one other person named where the meeting is booked: them.
  const booked = [...book.booked].filter(
    (p) =>
      p !== sender &&
      p !== historyAuthor &&
      !isSeeker(p) &&
      !p.robot &&
      !p.seen.has('forwarder') &&
      (book.get(p)?.arranger ?? 0) === 0 &&
      !book.replaced.has(p) &&
      !book.arrangingTeam.has(p),
  );
  if (chosen.length === 0 && booked.length === 1) {
    chosen.push(booked[0] as Person);
    guessed = true;
  }
  if (chosen.length === 0 && setUpBy && !setUpBy.robot && !isSeeker(setUpBy)) {
    if ((book.get(setUpBy)?.arranger ?? 0) === 0) {
      chosen.push(setUpBy);
      guessed = true;
    }
  }
  const interviewers = dedupe(chosen).map((p) => ({
    name: p.name ?? nameFromAddress(p.email ?? ''),
    email: p.email,
  }));

  const arrangers = [...book.entries]
    .filter(([, e]) => e.arranger > 0)
    .sort((a, b) => b[1].arranger - a[1].arranger)
    .map(([p]) => p);
  const coordinator =
    [
      sender,
      historyAuthor,
      ...arrangers,
      ...cast.directory.people.filter((p) => p.seen.has('reply-to')),
    ].find(
      (p): p is Person =>
        p !== null && !p.robot && !isSeeker(p) && !chosen.includes(p) && !p.seen.has('forwarder'),
    ) ?? null;
  return {
    interviewers,
    coordinator: coordinator ? { name: coordinator.name, email: coordinator.email } : null,
    guessed,
  };
}

/** One entry per person, by entry, address or name. */
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
