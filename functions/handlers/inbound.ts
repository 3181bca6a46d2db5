// Lambda entry for the SES receipt rule's Lambda action (invocation type Event): decode the
// receipt event, hand each message to handleInbound, report the outcomes.

import type { AppDeps } from '#app/deps.js';
import { handleInbound, type InboundOutcomeName } from '#app/handle-inbound.js';
import { RAW_MAIL_PREFIX } from '#core/deployment.js';
// A static import: every first call builds the deps, so a lazy one only added chunks to read.
import { awsDeps } from './aws-deps.js';
import { s3RawMail } from './aws-raw-mail.js';
import { beginInvocation, type LambdaContext } from './invocation.js';
import { decodeSesReceiptEvent } from './ses-receipt-event.js';

/** The receipt function's answer: each message's outcome, or that the event was not one. */
export interface SesEventResult {
  outcomes: (InboundOutcomeName | 'rejected:bad_event')[];
}

export async function handleSesEvent(
  deps: AppDeps,
  event: unknown,
  rawKeyPrefix: string,
): Promise<SesEventResult> {
  const decoded = decodeSesReceiptEvent(event, rawKeyPrefix);
  if (!decoded.ok) {
    // Not retried: the same event would fail the same way.
    deps.log.error('inbound.bad_event', { outcome: 'rejected', error: decoded.error });
    return { outcomes: ['rejected:bad_event'] };
  }
  const outcomes: SesEventResult['outcomes'] = [];
  for (const input of decoded.inputs) outcomes.push((await handleInbound(deps, input)).outcome);
  return { outcomes };
}

export async function handler(event: unknown, context?: LambdaContext): Promise<SesEventResult> {
  beginInvocation(context);
  const deps = awsDeps({ rawMail: s3RawMail });
  return handleSesEvent(deps, event, RAW_MAIL_PREFIX);
}
