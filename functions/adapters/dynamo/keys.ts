// Item keys of the single table: one partition per interview, plus tokens, ledgers and counters.
import { createHash } from 'node:crypto';
import type { StepKind } from '#core/domain.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const keys = {
  interview: (id: string) => ({ PK: `INT#${id}`, SK: 'INT' }),
  step: (interviewId: string, kind: StepKind) => ({ PK: `INT#${interviewId}`, SK: `STEP#${kind}` }),
  linkToken: (hash: string) => ({ PK: `TOK#${hash}`, SK: 'TOK' }),
  inbound: (id: string) => ({ PK: `MSG#${id}`, SK: 'MSG' }),
  // Keyed by the part before '@': SES rewrites the Message-ID's domain per region, and that
  // domain is not documented, while the id before it (SES's MessageId) is random and ours.
  sentMessage: (messageId: string) => ({ PK: `MID#${messageIdLocalPart(messageId)}`, SK: 'MID' }),
  counter: (name: string) => ({ PK: `CNT#${name}`, SK: 'CNT' }),
  meeting: (key: string) => ({ PK: `MTG#${key}`, SK: 'MTG' }),
  schedule: (name: string) => ({ PK: `SCH#${name}`, SK: 'SCH' }),
  ownerIndex: (ownerEmail: string) => `OWN#${ownerEmail}`,
  owner: (email: string) => ({ PK: `OWNER#${email}`, SK: 'OWNER' }),
  /** Claims a sending address for one owner, so two owners never share one. */
  sendingAddress: (address: string) => ({ PK: `SEND#${address}`, SK: 'SEND' }),
  ownersIndex: 'OWNERS',
  /**
   * Remembers that a configured owner was seeded once. Keyed by a digest of the address, so
   * it outlives `remove --delete-data` (the configuration does not bring them back) without
   * keeping the address.
   */
  ownerSeed: (email: string) => ({ PK: `SEED#${sha256(email)}`, SK: 'SEED' }),
  /** Remembers that one configuration of owners (by its digest) was seeded whole. */
  configurationSeed: (digest: string) => ({ PK: `SEED#CONFIG#${digest}`, SK: 'SEED' }),
  scheduleIndex: 'SCHEDULE',
} as const;

export const KEY_ATTRIBUTES = ['PK', 'SK', 'GSI1PK', 'GSI1SK', 'expiresAtEpoch'] as const;

export function epochSeconds(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}

/** Removes the key attributes, leaving the domain record an item stores (still to validate). */
export function stripKeys(item: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...item };
  for (const key of KEY_ATTRIBUTES) delete copy[key];
  return copy;
}

function messageIdLocalPart(messageId: string): string {
  const bare = messageId.trim().replace(/^<|>$/g, '');
  const at = bare.lastIndexOf('@');
  return at > 0 ? bare.slice(0, at) : bare;
}
