import type { InboundClaim } from '#core/records.js';

/** Which inbound messages were seen and how each ended: the inbound pipeline's idempotency. */
export interface InboundLedger {
  /** Claims an inbound message id; false when it was already claimed. `expiresAt` feeds the TTL. */
  claimInbound(id: string, expiresAt: string): Promise<boolean>;
  getInbound(id: string): Promise<InboundClaim | null>;
  completeInbound(id: string, outcome: string): Promise<void>;
}
