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
  /**
   * Adds a configured owner once: never again after it was removed or while it exists, so the
   * configuration seeds owners without undoing later changes. True when it was added now.
   */
  seed(owner: Owner): Promise<boolean>;
  /** Whether a configuration (its digest) was seeded whole already: one read per cold start. */
  configurationSeeded(digest: string): Promise<boolean>;
  markConfigurationSeeded(digest: string): Promise<void>;
  /** Replaces an owner's settings; the sending address stays (see OwnerAdministration). */
  update(owner: Owner): Promise<boolean>;
}

/** What only an administrator does, from the command line: never the functions themselves. */
export interface OwnerAdministration extends OwnerDirectory {
  /** Replaces the record, moving the sending address when it changed. */
  replace(owner: Owner): Promise<boolean>;
  /** Removes the owner record (not their interviews); false when there was none. */
  remove(email: string): Promise<boolean>;
  /**
   * Deletes every record still kept for the owner: interviews, steps, tokens, sent-message
   * records, counters, meeting claims, the sending-address claim (and the owner record if it is
   * still there). Returns how many were deleted. Schedules kept by an outside service are the
   * caller's to cancel first.
   */
  eraseData(email: string): Promise<number>;
}
