// Everything inbound sends goes to an owner's own address (never to a stranger), threaded
// under the message the owner sent us so their mail client shows it as the answer, and at most
// `maxRepliesPerOwnerPerHour` of them an hour, whatever loop or flood arrives.
import type { Owner } from '#core/domain.js';
import { overHourlyReplyLimit, ownerRepliesCounter } from '#core/inbound/limits.js';
import { isValidMessageId } from '#core/message-id.js';
import { maskAddress } from '#ports/logger.js';
import type { OutgoingEmail, SentEmail } from '#ports/mailer.js';
import type { AppDeps } from '../deps.js';

export async function replyToOwner(
  deps: Pick<AppDeps, 'mailer' | 'store' | 'clock' | 'config' | 'log'>,
  owner: Owner,
  email: OutgoingEmail,
  answering: string | null,
): Promise<SentEmail | null> {
  const recipients = [...email.to, ...(email.cc ?? []), ...(email.bcc ?? [])];
  if (recipients.some((to) => to.address.toLowerCase() !== owner.email)) {
    // A guard, not a feature: inbound must not become a way to mail anyone but the owner.
    throw new Error('inbound replies may only go to the owner');
  }
  const counter = ownerRepliesCounter(owner.email, deps.clock.now());
  const count = await deps.store.incrementCounter(counter.name, counter.expiresAt);
  if (overHourlyReplyLimit(count, deps.config.limits)) {
    deps.log.warn('inbound.reply_capped', {
      owner: maskAddress(owner.email),
      count,
      limit: deps.config.limits.maxRepliesPerOwnerPerHour,
    });
    return null;
  }
  const threaded: OutgoingEmail =
    answering && !email.inReplyTo && isValidMessageId(answering)
      ? { ...email, inReplyTo: answering, references: email.references ?? [answering] }
      : email;
  return deps.mailer.send(threaded);
}
