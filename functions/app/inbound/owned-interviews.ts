// Interview lookups scoped to one owner: every path from an email to an interview goes
// through here, so one owner's mail can never reach another owner's interview.
import type { Interview, InterviewStatus, Owner } from '#core/domain.js';
import { findMatchingInterview, findSameMeeting } from '#core/inbound/interview-matching.js';
import { answeredMessageIds } from '#core/inbound/reply-matching.js';
import type { MessageHeaders, ParsedEmail } from '#parse/types.js';
import type { AppDeps } from '../deps.js';

export async function ownedInterview(
  deps: Pick<AppDeps, 'store'>,
  ownerEmail: string,
  id: string,
): Promise<Interview | null> {
  const interview = await deps.store.getInterview(id);
  return interview && interview.ownerEmail === ownerEmail ? interview : null;
}

/**
 * The interview one of our sent messages belongs to, when `headers` answer it (In-Reply-To,
 * References), among the interviews of `owners` only.
 */
export async function interviewAnswered(
  deps: Pick<AppDeps, 'store'>,
  owners: readonly Owner[],
  headers: Pick<MessageHeaders, 'inReplyTo' | 'references'>,
): Promise<{ owner: Owner; interview: Interview; messageId: string } | null> {
  for (const messageId of answeredMessageIds(headers)) {
    const sent = await deps.store.getSentMessage(messageId);
    const owner = sent && owners.find((candidate) => candidate.email === sent.ownerEmail);
    if (!sent || !owner) continue;
    const interview = await ownedInterview(deps, owner.email, sent.interviewId);
    if (interview) return { owner, interview, messageId };
  }
  return null;
}

/**
 * The existing interview a rescheduling, cancellation or repeated invitation is about:
 * the calendar UID first, then company + a shared interviewer + a nearby date. Only
 * interviews in `statuses` count (a cancellation also finds one it already cancelled, so a
 * retried or repeated notice gets the same answer).
 */
export async function existingInterviewFor(
  deps: Pick<AppDeps, 'store' | 'clock'>,
  owner: Owner,
  parsed: ParsedEmail,
  statuses: readonly InterviewStatus[] = ['active'],
): Promise<Interview | null> {
  const byUid = await interviewByCalendarUid(deps, owner, parsed.calendar?.uid, statuses);
  if (byUid) return byUid;
  const interviews = await deps.store.listInterviewsByOwner(owner.email);
  return findMatchingInterview(
    interviews.filter((interview) => interview.ownerEmail === owner.email),
    parsed,
    deps.clock.now(),
    statuses,
  );
}

/** The owner's interview with this calendar UID (an updated or repeated invitation). */
export async function interviewByCalendarUid(
  deps: Pick<AppDeps, 'store'>,
  owner: Owner,
  uid: string | null | undefined,
  statuses: readonly InterviewStatus[],
): Promise<Interview | null> {
  if (!uid) return null;
  const found = await deps.store.findInterviewByCalendarUid(owner.email, uid);
  return found && found.ownerEmail === owner.email && statuses.includes(found.status)
    ? found
    : null;
}

/** An interview already logged for this same meeting (one confirmation forwarded twice). */
export async function sameMeetingLogged(
  deps: Pick<AppDeps, 'store'>,
  owner: Owner,
  probe: { company: string | null; start: string },
): Promise<Interview | null> {
  const atThatInstant = await deps.store.listInterviewsByOwner(owner.email, {
    from: probe.start,
    to: probe.start,
  });
  return findSameMeeting(
    atThatInstant.filter((interview) => interview.ownerEmail === owner.email),
    probe,
  );
}
