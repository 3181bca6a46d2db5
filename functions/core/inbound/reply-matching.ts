// How an answer is tied to an interview: first by the Message-IDs it answers (one of ours,
// recorded when a draft went out), then by who sent it.
import type { Interview } from '../domain.js';

/** Most telling first: In-Reply-To, then References from the newest back. At most `limit`. */
export function answeredMessageIds(
  headers: { inReplyTo: string | null; references: readonly string[] },
  limit = 20,
): string[] {
  const ids = [headers.inReplyTo, ...[...headers.references].reverse()]
    .map((id) => id?.trim().replace(/^<|>$/g, '') ?? '')
    .filter((id) => id.length > 0 && id.length <= 998);
  return [...new Set(ids)].slice(0, limit);
}

/** Interviews whose plan an answer can still stop or follow: not cancelled. */
const ANSWERABLE = new Set<Interview['status']>(['active', 'heard_back', 'closed']);

/**
 * The interview an answer from `sender` most likely belongs to: one where the sender is an
 * interviewer, preferring live plans, then the interview whose start is closest to now.
 */
export function interviewBySender(
  interviews: readonly Interview[],
  sender: string,
  now: Date,
): Interview | null {
  const address = sender.trim().toLowerCase();
  const rank = (interview: Interview) => (interview.status === 'active' ? 0 : 1);
  const candidates = interviews
    .filter((interview) => ANSWERABLE.has(interview.status))
    .filter((interview) => interview.interviewers.some((person) => person.email === address));
  candidates.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      Math.abs(Date.parse(a.start) - now.getTime()) - Math.abs(Date.parse(b.start) - now.getTime()),
  );
  return candidates[0] ?? null;
}
