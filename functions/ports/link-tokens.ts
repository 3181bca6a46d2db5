import type { LinkTokenRecord } from '#core/records.js';

export interface LinkTokens {
  /** Stores a new token; a hash already stored is an error. */
  putLinkToken(record: LinkTokenRecord): Promise<void>;
  getLinkToken(hash: string): Promise<LinkTokenRecord | null>;
  /** Marks a single-use token used; false if it was already used or has expired at `now`. */
  consumeLinkToken(hash: string, now: string): Promise<boolean>;
  /** Gives a consumed token back, only if it is still the use made at `usedAt`. */
  releaseLinkToken(hash: string, usedAt: string): Promise<void>;
}
