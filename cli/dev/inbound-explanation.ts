// What the local runtime tells the person who sent a message: on the terminal in plain words,
// with the address as written (masking is for logs kept elsewhere), and in the SMTP answer.
//
// Mail that nobody is answering by email (a sender who is not an owner, a reply that matches
// nothing) is refused in the SMTP session with a 550 and the reason: a mail client shows that
// text to the person sending, and an answer inside the session creates no bounce message, so
// it cannot become backscatter. Mail from an owner that is not logged (not an interview, over
// a limit) gets a 250 whose text says so: the owner also gets a reply email explaining it.
import type { AppConfig } from '#core/config.js';
import type { Owner } from '#core/domain.js';
import type { DropReason } from '#core/inbound/trust.js';
import type { DeliveryOutcome } from './inbound-delivery.js';

export interface InboundExplanation {
  /** The SMTP reply code: 250 when taken (logged or not), 550 when dropped. */
  code: 250 | 550;
  /** The SMTP reply text (one line). */
  reply: string;
  /** The same, for the terminal: a sentence or two a newcomer understands. */
  terminal: string;
}

export interface ExplainInput {
  result: DeliveryOutcome;
  /** The From address, as written; null when there is none (or several). */
  from: string | null;
  /** Envelope recipients. */
  recipients: readonly string[];
  /** The owners in the runtime's table now (those added by `followup owners add` too). */
  owners: readonly Owner[];
  config: AppConfig;
}

export function explainInbound(input: ExplainInput): InboundExplanation {
  const { result, config, owners } = input;
  const from = input.from ?? 'an unknown sender';
  const owner = owners.find((o) => o.email === input.from?.toLowerCase());
  const replyWent = owner ? ` A reply saying so went to ${owner.email} (see /outbox).` : '';
  const taken = (what: string): InboundExplanation => ({
    code: 250,
    reply: what,
    terminal: `✓ Mail from ${from}: ${what}.`,
  });
  const notLogged = (why: string): InboundExplanation => ({
    code: 250,
    reply: `received but not logged: ${why}`,
    terminal: `✗ Mail from ${from} was received but not logged: ${why}.${replyWent}`,
  });
  const dropped = (why: string, hint = ''): InboundExplanation => ({
    code: 550,
    reply: `5.7.1 not logged: ${why}`,
    terminal: `✗ Mail from ${from} was not logged: ${why}.${hint ? ` ${hint}` : ''} Nothing was sent to anyone.`,
  });

  switch (result.outcome) {
    case 'logged':
    case 'logged_from_reschedule':
      return taken(`interview logged; the acknowledgement went to ${owner?.email ?? 'the owner'}`);
    case 'already_logged':
      return taken('this interview was already logged; the acknowledgement went again');
    case 'rescheduled':
      return taken('the interview moved; its plan moved with it');
    case 'cancelled':
      return taken('the interview is cancelled; its plan stopped');
    case 'heard_back':
      return taken('the interviewer answered; the plan stopped');
    case 'reply_relayed':
      return taken('an interviewer’s answer; the plan stopped and the answer was relayed');
    case 'auto_reply_relayed':
      return taken('an automatic reply; relayed, the plan goes on');
    case 'unproven_reply_relayed':
      return taken('an answer whose sender is not proven; relayed, the plan goes on');
    case 'command':
      return taken(
        `the ${result.command} command; the answer went to ${owner?.email ?? 'the owner'}`,
      );
    case 'duplicate':
      return taken('already received (same message), nothing done again');
    case 'not_interview':
      return notLogged(
        'it does not book an interview (a receipt, a rejection, an event or no time in it)',
      );
    case 'not_understood':
      return notLogged('followup found no interview in it (no date and time it could read)');
    case 'unreadable':
      return notLogged('followup could not read it as an email (its MIME structure is broken)');
    case 'cancel_unmatched':
      return notLogged('it cancels an interview that is not logged');
    case 'daily_limit':
      return notLogged(
        `${owner?.email ?? 'the owner'} reached the limit of ${result.limit} new interviews a day`,
      );
    case 'too_large':
      return notLogged(`it is over the ${result.limit}-byte size limit`);
    case 'retry_later':
    case 'failed':
      return {
        code: 250,
        reply: 'stored, but processing failed (see the dev server log)',
        terminal: `✗ Mail from ${from} is stored, but processing it failed (the error is in the log above); ${
          result.outcome === 'failed'
            ? 'it was tried three times and is parked in inbound/failed/ of the data dir'
            : 'it is retried when followup dev starts again'
        }.`,
      };
    case 'dropped':
      return droppedBecause(result.reason);
    default:
      return result satisfies never;
  }

  function droppedBecause(reason: DropReason): InboundExplanation {
    switch (reason) {
      case 'unknown_sender':
        return dropped(
          `${from} is not an owner here (owners: ${owners.map((o) => o.email).join(', ') || 'none'}); the From header decides, not the envelope`,
          input.from
            ? `To accept it, run \`npx followup owners add ${input.from}\` (no restart needed), or restart followup dev with --owner ${input.from}.`
            : '',
        );
      case 'no_sender':
        return dropped('it has no single From address');
      case 'own_domain':
        return dropped(
          `${from} is on followup's own domain (${config.domain}): its own mail coming back`,
        );
      case 'auto_submitted':
        return dropped(
          'it is an automatic message (Auto-Submitted), and followup never answers those',
        );
      case 'own_mail':
        return dropped(
          'it is followup’s own email coming back (forwarded or attached), which would start a mail loop',
        );
      case 'unmatched_reply':
        return dropped(
          `mail to ${input.recipients.join(', ')} is taken only as an answer to a draft, and ${from} answers none and is not an interviewer`,
        );
      case 'wrong_secret':
        return dropped(
          `it went to ${input.recipients.join(', ')}, a plus-address that is not ${from}'s own secret address`,
          'The plain inbound address works; an owner’s secret address is on their page and in their welcome email.',
        );
      default:
        // The receipt verdicts' reasons: locally there are no verdicts.
        return dropped(`refused (${reason})`);
    }
  }
}
