// The one way in for people who are not owners: an answer sent to an owner's sending
// address (drafts go out from it with Reply-To the same address). A matched answer stops the
// plan and is relayed to the owner's own address; anything else is dropped without a reply.
import type { Interview, Owner } from '#core/domain.js';
import { interviewBySender } from '#core/inbound/reply-matching.js';
import type { MessageHeaders, ParsedEmail } from '#parse/types.js';
import { maskAddress } from '#ports/logger.js';
import { composeRelay } from '../compose.js';
import type { AppDeps } from '../deps.js';
import { heardBack } from '../plan-changes.js';
import type { InboundOutcome } from './inbound-outcome.js';
import { interviewAnswered } from './owned-interviews.js';
import { replyToOwner } from './reply-to-owner.js';

export interface InterviewerReply {
  /** The owners whose sending address the mail was sent to. */
  owners: Owner[];
  sender: string;
  parsed: ParsedEmail;
  /** Out-of-office and other robots: relayed, but not an answer. */
  automatic: boolean;
  /**
   * Whether the sender's domain is proven (DMARC PASS): an answer that may be forged is
   * relayed to the owner but does not stop the plan.
   */
  proven: boolean;
  /** Set when the message was too large to read: what to relay instead of its text. */
  replacementText: string | null;
  /** What matchReply found from the headers. */
  match: ReplyMatch;
}

export async function handleInterviewerReply(
  deps: AppDeps,
  reply: InterviewerReply,
): Promise<InboundOutcome> {
  const match = reply.match;
  const { owner, interview, messageId, by } = match;
  const stops = !reply.automatic && reply.proven;
  if (stops) await heardBack(deps, interview.id);
  const email = await composeRelay(deps, {
    owner,
    // The relay says the plan stopped whenever it names an interview; an automatic reply, or
    // one whose sender's domain is not proven (it may be forged), stops nothing.
    interview: stops ? interview : null,
    from: { name: reply.parsed.outer.from?.name ?? null, address: reply.sender },
    subject: reply.parsed.outer.subject,
    text: reply.replacementText ?? reply.parsed.text,
    inReplyTo: messageId,
  });
  await replyToOwner(deps, owner, email, null);
  return {
    outcome: stops
      ? 'reply_relayed'
      : reply.automatic
        ? 'auto_reply_relayed'
        : 'unproven_reply_relayed',
    interviewId: interview.id,
    matchedBy: by,
    owner: maskAddress(owner.email),
  };
}

export interface ReplyMatch {
  owner: Owner;
  interview: Interview;
  messageId: string | null;
  by: 'message_id' | 'sender';
}

/**
 * The interview an answer belongs to, from its headers alone (In-Reply-To/References, then the
 * sender among the owners' interviewers): run before any body is decoded, so mail that matches
 * nothing costs a header read.
 */
export async function matchReply(
  deps: Pick<AppDeps, 'store' | 'clock'>,
  reply: Pick<InterviewerReply, 'owners' | 'sender'> & {
    headers: Pick<MessageHeaders, 'inReplyTo' | 'references'>;
  },
): Promise<ReplyMatch | null> {
  const answered = await interviewAnswered(deps, reply.owners, reply.headers);
  if (answered) return { ...answered, by: 'message_id' };
  const now = deps.clock.now();
  for (const owner of reply.owners) {
    const interviews = await deps.store.listInterviewsByOwner(owner.email);
    const interview = interviewBySender(
      interviews.filter((candidate) => candidate.ownerEmail === owner.email),
      reply.sender,
      now,
    );
    if (interview) return { owner, interview, messageId: null, by: 'sender' };
  }
  return null;
}
