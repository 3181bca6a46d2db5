// The inbound pipeline: one received message in, at most one email to an owner out.
//
// Idempotency: the delivery id (SES mail.messageId) is claimed first. A delivery whose claim
// is 'done' does nothing. A claim still 'processing' means an earlier attempt died mid-way
// (Lambda retries a failed asynchronous invocation about 1 and 3 minutes later), so the work
// is redone: every store effect on the way is idempotent (deterministic interview ids,
// create-if-absent steps, status compare-and-set), and the only effect that can repeat is
// the owner getting the same acknowledgement or notice twice — chosen over losing it. Nothing
// inbound does ever mails an interviewer. A new-interview count may be one too high for
// that day after such a redo.

import { errorMessage } from '#core/error-message.js';
import type { InboundInput } from '#core/inbound/inbound-input.js';
import { isTooLarge } from '#core/inbound/limits.js';
import { isOutOfOfficeSubject } from '#core/inbound/out-of-office.js';
import { ownerCommand } from '#core/inbound/owner-command.js';
import { decideTrust } from '#core/inbound/trust.js';
import type { ParsedEmail } from '#parse/types.js';
import { maskAddress } from '#ports/logger.js';
import { composeLimitNotice } from './compose.js';
import type { AppDeps } from './deps.js';
import { candidateOwners } from './inbound/candidate-owners.js';
import {
  dropped,
  type InboundOutcome,
  type InboundOutcomeName,
  outcomeName,
} from './inbound/inbound-outcome.js';
import { handleInterviewerReply, matchReply } from './inbound/interviewer-reply.js';
import { forwardsOwnMail, isOwnMailByMark } from './inbound/own-mail.js';
import { handleOwnerCommand } from './inbound/owner-command.js';
import { handleOwnerMail, notUnderstood } from './inbound/owner-mail.js';
import {
  firstAddress,
  headerSection,
  headerValues,
  isAutomaticReply,
} from './inbound/raw-headers.js';
import { replyToOwner } from './inbound/reply-to-owner.js';

export type { InboundInput, VerdictStatus, Verdicts } from '#core/inbound/inbound-input.js';
export type { InboundOutcome, InboundOutcomeName } from './inbound/inbound-outcome.js';

/**
 * What became of one message. `from` is the sender the decision was made on, unmasked: the
 * local runtime tells its user in plain words; it is never logged as is.
 */
export interface InboundAnswer {
  /** Its name, as logged and kept in the ledger. */
  outcome: InboundOutcomeName;
  result: InboundOutcome;
  from: string | null;
}

/**
 * The parser (MIME, calendars, every language's phrase patterns) is loaded with the first
 * message that gets past the trust checks, so mail dropped before (spam, strangers) and a cold
 * start's init never pay for building it.
 */
const parseEmail: typeof import('#parse/parse-email.js').parseEmail = async (raw, options) =>
  (await import('#parse/parse-email.js')).parseEmail(raw, options);

/** How long a delivery id is remembered (SES retries within hours; a month is ample). */
const CLAIM_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export async function handleInbound(deps: AppDeps, input: InboundInput): Promise<InboundAnswer> {
  const now = deps.clock.now();
  const claimed = await deps.store.claimInbound(
    input.id,
    new Date(now.getTime() + CLAIM_TTL_MS).toISOString(),
  );
  if (!claimed) {
    const earlier = await deps.store.getInbound(input.id);
    if (earlier?.state === 'done') {
      deps.log.info('inbound.duplicate', {
        id: input.id,
        outcome: 'duplicate',
        earlier: earlier.outcome,
      });
      return { outcome: 'duplicate', result: { outcome: 'duplicate' }, from: null };
    }
  }
  const context: Record<string, unknown> = { id: input.id, redo: !claimed };
  const sender: { from: string | null } = { from: null };
  let result: InboundOutcome;
  try {
    result = await processMessage(deps, input, context, sender);
  } catch (error) {
    // The claim stays 'processing', so the retry that follows this throw redoes the work.
    deps.log.error('inbound.failed', {
      ...context,
      outcome: 'failed',
      error: errorMessage(error),
    });
    throw error;
  }
  const outcome = outcomeName(result);
  await deps.store.completeInbound(input.id, outcome);
  const fields = { ...context, ...result, outcome };
  if (result.outcome === 'dropped') deps.log.warn('inbound.dropped', fields);
  else deps.log.info('inbound.handled', fields);
  return { outcome, result, from: sender.from };
}

async function processMessage(
  deps: AppDeps,
  input: InboundInput,
  context: Record<string, unknown>,
  sender: { from: string | null },
): Promise<InboundOutcome> {
  const { config } = deps;
  const raw = await deps.rawMail.get(input.rawKey);
  const headers = headerSection(raw);
  const fromHeaders = headerValues(headers, 'From');
  const from = fromHeaders.length === 1 ? firstAddress(fromHeaders[0]) : null;
  sender.from = from;
  context.bytes = raw.byteLength;
  context.from = maskAddress(from);
  // Several From headers: whose message is it? Treated as having no sender.
  if (fromHeaders.length > 1) context.fromHeaders = fromHeaders.length;

  const trust = decideTrust({
    from,
    recipients: input.recipients,
    verdicts: input.verdicts,
    owners: await candidateOwners(deps.owners, from, input.recipients),
    domain: config.domain,
    inboundAddress: config.inboundAddress,
  });
  if (trust.route === 'drop') return dropped(trust.reason, input.verdicts);
  if (isOwnMailByMark(raw)) return dropped('own_mail');

  // Giant messages never reach the MIME parser: only their header section is read.
  const tooLarge = isTooLarge(raw, config.limits);
  const parseOptions = (timezone: string, self: string[]) => ({
    timezone,
    selfAddresses: self,
    maxBytes: config.limits.maxMessageBytes,
  });

  if (trust.route === 'owner') {
    const { owner } = trust;
    context.owner = maskAddress(owner.email);
    // An auto-reply (the owner's out-of-office answering our acknowledgement) is never answered.
    if (isAutomaticReply(headers)) return dropped('auto_submitted');
    const self = [owner.email, owner.sendingAddress, config.inboundAddress];
    if (tooLarge) {
      const head = await parseEmail(headerOnly(headers), parseOptions(owner.timezone, self));
      const notice = await composeLimitNotice(deps, {
        owner,
        reason: 'too_large',
        subject: head.outer.subject,
      });
      await replyToOwner(deps, owner, notice, head.outer.messageId);
      return { outcome: 'too_large', limit: config.limits.maxMessageBytes };
    }
    const parsed = await parseEmail(raw, parseOptions(owner.timezone, self));
    // A one-word subject is a command, not a forward, whatever the body (a signature, nothing).
    const command = parsed.original ? null : ownerCommand(parsed.outer.subject);
    if (command) return handleOwnerCommand(deps, owner, command, parsed.outer.messageId);
    if (await forwardsOwnMail(deps, parsed)) return dropped('own_mail');
    if (parsed.error) {
      return notUnderstood(deps, { owner, parsed }, [unreadableBecause(parsed)], 'unreadable');
    }
    return handleOwnerMail(deps, { owner, parsed, deliveryId: input.id });
  }

  const [first] = trust.owners;
  if (!first) return dropped('unknown_sender');
  const self = trust.owners.flatMap((owner) => [owner.email, owner.sendingAddress]);
  const options = parseOptions(first.timezone, self);
  // Match before parse: the header section alone says whether this answers anything of ours;
  // mail that matches nothing is dropped without its body ever being decoded.
  const head = await parseEmail(headerOnly(headers), options);
  const match = await matchReply(deps, {
    owners: trust.owners,
    sender: trust.sender,
    headers: head.outer,
  });
  if (!match) return dropped('unmatched_reply');
  const full = tooLarge ? null : await parseEmail(raw, options);
  // An answer too large or too broken to read is still matched (by its headers) and the owner
  // told about it, rather than losing an interviewer's answer silently.
  const readable = full && !full.error ? full : null;
  const parsed = readable ?? head;
  if (!readable) context.unreadable = tooLarge ? 'too_large' : (full?.error?.code ?? 'unreadable');
  return handleInterviewerReply(deps, {
    owners: trust.owners,
    sender: trust.sender,
    proven: trust.proven,
    match,
    parsed,
    // The decoded subject too: an encoded "Automatic reply" is still one.
    automatic: isAutomaticReply(headers) || isOutOfOfficeSubject(parsed.outer.subject),
    replacementText: readable
      ? null
      : tooLarge
        ? `This answer could not be relayed: it is ${megabytes(raw.byteLength)}, over the limit of this followup (${megabytes(config.limits.maxMessageBytes)} or ${config.limits.maxMessageLines.toLocaleString('en-US')} lines). Please ask the sender to send it to your own address.`
        : 'This answer could not be relayed: its MIME structure is broken. Please ask the sender to send it again, to your own address.',
  });
}

/** A message made of the header section alone, for reading subject and ids of a giant one. */
function headerOnly(section: string): Uint8Array {
  return Buffer.from(`${section}\r\n\r\n`, 'latin1');
}

function unreadableBecause(parsed: ParsedEmail): string {
  return parsed.error?.code === 'not_email'
    ? 'an email we could read (what arrived was not an email message)'
    : 'an email we could read (its MIME structure is broken)';
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
