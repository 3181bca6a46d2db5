// Words for what the parser found, shared by `followup parse` and `followup plan`.
import type { InterviewKind, ParsedEmail } from '#parse/types.js';
import { personName } from '#render/person-name.js';

const KIND: Record<InterviewKind, string> = {
  scheduled: 'Interview scheduled',
  rescheduled: 'Interview moved to a new time',
  cancelled: 'Interview cancelled',
  not_interview:
    'Not an interview: this email does not schedule, move or cancel one, so forwarding it would plan nothing',
};

export function kindText(kind: InterviewKind): string {
  return KIND[kind];
}

export interface Person {
  name: string | null;
  email: string | null;
}

/**
 * "Name <address>", or the address alone when the name is only its mailbox ("Rk" for
 * rk@…): the same rule the drafts greet by, so nobody is shown a name they were never given.
 */
export function personText(person: Person): string {
  const name = person.name && personName(person.name, person.email) ? person.name : null;
  if (name && person.email) return `${name} <${person.email}>`;
  return name ?? person.email ?? 'someone unnamed';
}

/** Who arranged the interview (a recruiter or coordinator), when the parser names them. */
export function coordinatorOf(parsed: ParsedEmail): Person | null {
  const { coordinator } = parsed;
  return coordinator && (coordinator.name || coordinator.email) ? coordinator : null;
}

/** Below this the parser is unsure enough that the reader should check the details. */
const UNSURE_BELOW = 0.7;

/** A plain sentence when the parser is unsure, else null (its score means little to a reader). */
export function unsureText(parsed: ParsedEmail): string | null {
  return parsed.kind !== 'not_interview' && parsed.confidence < UNSURE_BELOW
    ? `the parser is unsure of these details (confidence ${parsed.confidence} of 1): check them before relying on them`
    : null;
}
