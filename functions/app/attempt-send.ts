// One provider call whose failure says whether the email may have gone out. A refusal is
// known not to have sent anything; any other failure (a timeout, a reset, a server error)
// may have come after the provider accepted it, so the email counts as possibly delivered.
import { errorMessage } from '#core/error-message.js';
import {
  type Mailer,
  MailRefused,
  type OutgoingEmail,
  type RefusalReason,
  type SentEmail,
} from '#ports/mailer.js';

export type SendAttempt =
  | { outcome: 'accepted'; sent: SentEmail }
  | { outcome: 'refused'; reason: RefusalReason; error: string }
  | { outcome: 'unknown'; error: string };

export async function attemptSend(mailer: Mailer, email: OutgoingEmail): Promise<SendAttempt> {
  try {
    return { outcome: 'accepted', sent: await mailer.send(email) };
  } catch (cause) {
    if (cause instanceof MailRefused) {
      return { outcome: 'refused', reason: cause.reason, error: cause.message };
    }
    return { outcome: 'unknown', error: errorMessage(cause) };
  }
}
