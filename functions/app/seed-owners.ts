import type { Owner } from '#core/domain.js';
import type { OwnerDirectory } from '#ports/owners.js';

/**
 * Adds the configured owners that the directory does not hold yet. Owners already there keep
 * what was changed since (with `followup owners set` or on their page).
 */
export async function seedOwners(
  directory: OwnerDirectory,
  owners: readonly Owner[],
): Promise<{ added: string[] }> {
  const added: string[] = [];
  for (const owner of owners) if (await directory.addIfAbsent(owner)) added.push(owner.email);
  return { added };
}
