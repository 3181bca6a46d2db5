// What handling one inbound message came to; handleInbound logs it as one line.
import type { DropReason } from '#core/inbound/trust.js';

export type InboundResult =
  | { kind: 'dropped'; reason: DropReason; fields?: Record<string, unknown> }
  | { kind: 'handled'; outcome: string; fields?: Record<string, unknown> };

export const dropped = (reason: DropReason, fields?: Record<string, unknown>): InboundResult => ({
  kind: 'dropped',
  reason,
  fields,
});

export const handled = (outcome: string, fields?: Record<string, unknown>): InboundResult => ({
  kind: 'handled',
  outcome,
  fields,
});

export function outcomeOf(result: InboundResult): string {
  return result.kind === 'dropped' ? `dropped:${result.reason}` : result.outcome;
}
