import type { Owner } from '#core/domain.js';

/**
 * The owners of a deployment, kept as data so adding a seeker or changing a zone needs no deploy.
 * Every service reads owners through this port.
 */
export interface OwnerDirectory {
  get(email: string): Promise<Owner | null>;
  /** The owner whose drafts go out from this address (replies come back to it). */
  bySendingAddress(address: string): Promise<Owner | null>;
  list(): Promise<Owner[]>;
  /** Creates the owner unless one with that address exists; false when it did. */
  addIfAbsent(owner: Owner): Promise<boolean>;
  /** Replaces an existing owner's record; false when there is no such owner. */
  replace(owner: Owner): Promise<boolean>;
  /** Removes the owner record (not their interviews); false when there was none. */
  remove(email: string): Promise<boolean>;
}
