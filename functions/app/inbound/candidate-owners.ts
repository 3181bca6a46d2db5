import type { Owner } from '#core/domain.js';
import type { OwnerDirectory } from '#ports/owners.js';

/**
 * The owners a message may concern: the one it is From, and those whose sending address it was
 * sent to. Trust then decides which of them, if any, it is for.
 */
export async function candidateOwners(
  owners: OwnerDirectory,
  from: string | null,
  recipients: readonly string[],
): Promise<Owner[]> {
  const found = await Promise.all([
    from ? owners.get(from.trim().toLowerCase()) : null,
    ...[...new Set(recipients.map((r) => r.trim().toLowerCase()))].map((address) =>
      owners.bySendingAddress(address),
    ),
  ]);
  const byEmail = new Map<string, Owner>();
  for (const owner of found) if (owner) byEmail.set(owner.email, owner);
  return [...byEmail.values()];
}
