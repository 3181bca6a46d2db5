// Which existing interview a rescheduling or cancellation notice is about, when the calendar
// UID does not say: the same company, a shared interviewer, a nearby date.
import type { Interview } from '../domain.js';

export interface InterviewProbe {
  company: string | null;
  interviewers: readonly { name: string; email: string | null }[];
  /** The time the notice names (the new time for a reschedule); null when it names none. */
  start: string | null;
}

/** How far apart the old and the new time of a moved interview may plausibly be. */
export const NEARBY_DAYS = 45;
const DAY_MS = 24 * 60 * 60 * 1000;

const LEGAL_SUFFIXES = /\b(incorporated|inc|llc|ltd|limited|corp|corporation|co|gmbh|plc|sa|ag)\b/g;

export function normalizeCompany(company: string): string {
  return company
    .toLowerCase()
    .replace(LEGAL_SUFFIXES, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function sameCompany(a: string, b: string): boolean {
  const x = normalizeCompany(a);
  const y = normalizeCompany(b);
  if (!x || !y) return false;
  if (x === y) return true;
  // "Quarry Lane" and "Quarry Lane Software" are one company; word-bounded, not substring noise.
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length >= 4 && ` ${long} `.includes(` ${short} `);
}

function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function sharesInterviewer(interview: Interview, probe: InterviewProbe): boolean {
  return probe.interviewers.some((person) =>
    interview.interviewers.some(
      (known) =>
        (person.email !== null && known.email === person.email.toLowerCase()) ||
        normalizeName(known.name) === normalizeName(person.name),
    ),
  );
}

/**
 * The one interview (active, unless `statuses` says otherwise) the probe points at, or null
 * when none or several fit equally.
 * A shared interviewer is required when the notice names any; a notice that names nobody
 * matches on company and date alone, but only when exactly one interview fits.
 */
export function findMatchingInterview(
  interviews: readonly Interview[],
  probe: InterviewProbe,
  now: Date,
  statuses: readonly Interview['status'][] = ['active'],
): Interview | null {
  if (!probe.company) return null;
  const company = probe.company;
  const anchor = probe.start ? Date.parse(probe.start) : now.getTime();
  const fits = interviews
    .filter((interview) => statuses.includes(interview.status))
    .filter((interview) => interview.company !== null && sameCompany(interview.company, company))
    .filter((interview) => Math.abs(Date.parse(interview.start) - anchor) <= NEARBY_DAYS * DAY_MS);
  const named = probe.interviewers.length > 0;
  const withPerson = named ? fits.filter((interview) => sharesInterviewer(interview, probe)) : fits;
  if (withPerson.length === 0) return null;
  if (!named && withPerson.length > 1) return null;
  const distance = (interview: Interview) => Math.abs(Date.parse(interview.start) - anchor);
  const live = (interview: Interview) => (interview.status === 'active' ? 0 : 1);
  return [...withPerson].sort((a, b) => live(a) - live(b) || distance(a) - distance(b))[0] ?? null;
}

/** An interview already logged for this same meeting (a second forward of one confirmation). */
export function findSameMeeting(
  interviews: readonly Interview[],
  probe: { company: string | null; start: string },
): Interview | null {
  const at = Date.parse(probe.start);
  return (
    interviews.find(
      (interview) =>
        interview.status !== 'cancelled' &&
        Date.parse(interview.start) === at &&
        (probe.company === null ||
          interview.company === null ||
          sameCompany(interview.company, probe.company)),
    ) ?? null
  );
}
