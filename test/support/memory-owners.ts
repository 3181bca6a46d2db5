// The OwnerDirectory in memory, for service tests that need no DynamoDB. The contract test
// (test/integration/owner-directory-contract.test.ts) runs the same cases against it and
// DynamoOwners on dynalite: addresses are matched in any case, a sending address belongs to one
// owner, a configured owner is seeded once, and the functions never move a sending address.
// Owners are validated on the way in and copied in and out, as the table does.
import { Owner } from '#core/domain.js';
import type { OwnerDirectory } from '#ports/owners.js';

const copy = (owner: Owner): Owner => structuredClone(owner);

export class MemoryOwners implements OwnerDirectory {
  private readonly owners = new Map<string, Owner>();
  private readonly seeded = new Set<string>();
  private readonly configurations = new Set<string>();

  async get(email: string): Promise<Owner | null> {
    const found = this.owners.get(email.toLowerCase());
    return found ? copy(found) : null;
  }

  async bySendingAddress(address: string): Promise<Owner | null> {
    const wanted = address.toLowerCase();
    const found = [...this.owners.values()].find((owner) => owner.sendingAddress === wanted);
    return found ? copy(found) : null;
  }

  async list(): Promise<Owner[]> {
    return [...this.owners.values()].sort((a, b) => a.email.localeCompare(b.email)).map(copy);
  }

  async addIfAbsent(owner: Owner): Promise<boolean> {
    const valid = Owner.parse(owner);
    if (this.owners.has(valid.email)) return false;
    const holder = await this.bySendingAddress(valid.sendingAddress);
    if (holder)
      throw new Error(`${valid.sendingAddress} is already the sending address of ${holder.email}`);
    this.owners.set(valid.email, copy(valid));
    return true;
  }

  async seed(owner: Owner): Promise<boolean> {
    if (this.seeded.has(owner.email)) return false;
    const added = await this.addIfAbsent(owner);
    // Marked after the add, like the table: an add that throws leaves it unmarked.
    this.seeded.add(owner.email);
    return added;
  }

  async configurationSeeded(digest: string): Promise<boolean> {
    return this.configurations.has(digest);
  }

  async markConfigurationSeeded(digest: string): Promise<void> {
    this.configurations.add(digest);
  }

  async update(owner: Owner): Promise<boolean> {
    const valid = Owner.parse(owner);
    const before = this.owners.get(valid.email);
    if (!before) return false;
    if (before.sendingAddress !== valid.sendingAddress) {
      throw new Error('the sending address changes only with followup owners set');
    }
    this.owners.set(valid.email, copy(valid));
    return true;
  }
}
