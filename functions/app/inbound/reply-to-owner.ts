// Everything inbound sends goes to an owner's own address (never to a stranger), threaded
// under the message the owner sent us so their mail client shows it as the answer.
import type { Owner } from '#core/domain.js';
import type { OutgoingEmail, SentEmail } from '#ports/mailer.js';
import type { AppDeps } from '../deps.js';

export async function replyToOwner(
  deps: Pick<AppDeps, 'mailer'>,
  owner: Owner,
  email: OutgoingEmail,
  answering: string | null,
): Promise<SentEmail> {
  const recipients = [...email.to, ...(email.cc ?? []), ...(email.bcc ?? [])];
  if (recipients.some((to) => to.address.toLowerCase() !== owner.email)) {
    // A guard, not a feature: inbound must not become a way to mail anyone but the owner.
    throw new Error('inbound replies may only go to the owner');
  }
  const threaded: OutgoingEmail =
    answering && !email.inReplyTo
      ? { ...email, inReplyTo: answering, references: email.references ?? [answering] }
      : email;
  return deps.mailer.send(threaded);
}
