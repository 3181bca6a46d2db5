// followup's own mail coming back: an owner's rule (or the owner) forwarding an acknowledgement,
// a reminder or a relay to the inbound address. Answering it would start a loop, so it is
// recognised and dropped: by the mark system mail carries (kept when it comes back attached or
// bounced), by a forwarded original from the deployment's domain (inline forwards keep only
// From, Date, Subject, To), or by an original Message-ID that is one of our sent drafts.
import type { ParsedEmail } from '#parse/types.js';
import type { AppDeps } from '../deps.js';
import { carriesSystemMark } from './raw-headers.js';

/** Before parsing: what the raw bytes alone show. */
export function isOwnMailByMark(raw: Uint8Array): boolean {
  return carriesSystemMark(raw);
}

/** After parsing an owner's message: whether what it forwards is ours. */
export async function forwardsOwnMail(
  deps: Pick<AppDeps, 'store' | 'config'>,
  parsed: ParsedEmail,
): Promise<boolean> {
  const original = parsed.original;
  if (!original) return false;
  const from = original.from?.address.toLowerCase() ?? '';
  const domain = deps.config.domain.toLowerCase();
  if (from.endsWith(`@${domain}`) || from.endsWith(`.${domain}`)) return true;
  if (!original.messageId) return false;
  return (await deps.store.getSentMessage(original.messageId)) !== null;
}
