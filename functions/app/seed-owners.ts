import type { Owner } from '#core/domain.js';
import type { OwnerDirectory } from '#ports/owners.js';

/**
 * Adds each configured owner once. Owners changed or removed since (with `followup owners` or on
 * their page) stay as they are: the configuration seeds, it does not overrule.
 */
export async function seedOwners(
  directory: OwnerDirectory,
  owners: readonly Owner[],
): Promise<{ added: string[] }> {
  const added: string[] = [];
  for (const owner of owners) if (await directory.seed(owner)) added.push(owner.email);
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
    get: async (email) => (await ready(), directory.get(email)),
    bySendingAddress: async (address) => (await ready(), directory.bySendingAddress(address)),
    list: async () => (await ready(), directory.list()),
    addIfAbsent: async (owner) => (await ready(), directory.addIfAbsent(owner)),
    seed: (owner) => directory.seed(owner),
    update: async (owner) => (await ready(), directory.update(owner)),
  };
}
