import { createHash } from 'node:crypto';
import type { Owner } from '#core/domain.js';
import type { OwnerDirectory } from '#ports/owners.js';

/** The same owners in any order give the same digest; any change to one gives another. */
export function configurationDigest(owners: readonly Owner[]): string {
  const sorted = [...owners].sort((a, b) => a.email.localeCompare(b.email));
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex');
}

/**
 * Adds each configured owner once. Owners changed or removed since (with `followup owners` or on
 * their page) stay as they are: the configuration seeds, it does not overrule. A configuration
 * seeded whole before costs one read (a marker per configuration, not one per owner), so a cold
 * start with a hundred configured owners does not read a hundred markers.
 */
export async function seedOwners(
  directory: OwnerDirectory,
  owners: readonly Owner[],
): Promise<{ added: string[] }> {
  if (owners.length === 0) return { added: [] };
  const digest = configurationDigest(owners);
  if (await directory.configurationSeeded(digest)) return { added: [] };
  const added: string[] = [];
  for (const owner of owners) if (await directory.seed(owner)) added.push(owner.email);
  // Marked last: a cold start that dies midway seeds the rest next time.
  await directory.markConfigurationSeeded(digest);
  return { added };
}

/**
 * The directory, seeded from the configuration before its first use: the functions seed on the
 * first event of a container, so a deploy that adds an owner to the configuration adds them.
 */
export function seededOnFirstUse(
  directory: OwnerDirectory,
  owners: readonly Owner[],
): OwnerDirectory {
  let seeding: Promise<unknown> | null = null;
  const ready = () => {
    seeding ??= seedOwners(directory, owners).catch((error: unknown) => {
      seeding = null;
      throw error;
    });
    return seeding;
  };
  return {
    get: async (email) => {
      await ready();
      return directory.get(email);
    },
    bySendingAddress: async (address) => {
      await ready();
      return directory.bySendingAddress(address);
    },
    list: async () => {
      await ready();
      return directory.list();
    },
    addIfAbsent: async (owner) => {
      await ready();
      return directory.addIfAbsent(owner);
    },
    seed: (owner) => directory.seed(owner),
    configurationSeeded: (digest) => directory.configurationSeeded(digest),
    markConfigurationSeeded: (digest) => directory.markConfigurationSeeded(digest),
    update: async (owner) => {
      await ready();
      return directory.update(owner);
    },
  };
}
