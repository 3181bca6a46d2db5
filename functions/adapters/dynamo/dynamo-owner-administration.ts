// Removing owners (and, on request, all their data) and moving their sending address: only
// `followup owners`, with the user's own credentials, does this, so the functions' bundles (and rights) hold no delete.
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import type { Owner } from '#core/domain.js';
import type { OwnerAdministration } from '#ports/owners.js';
import { isConditionFailure } from './condition-failure.js';
import { DynamoOwners } from './dynamo-owners.js';
import { keys } from './keys.js';
import { belongsToOwner, deleteItems, scanAll } from './owner-records.js';

export class DynamoOwnerAdministration extends DynamoOwners implements OwnerAdministration {
  async replace(owner: Owner): Promise<boolean> {
    const before = await this.get(owner.email);
    if (!before) return false;
    const moved = before.sendingAddress !== owner.sendingAddress;
    if (moved) await this.claimSendingAddress(owner);
    const replaced = await this.put(owner, 'attribute_exists(PK)');
    if (replaced && moved) await this.releaseSendingAddress(before);
    return replaced;
  }

  async remove(email: string): Promise<boolean> {
    const before = await this.get(email);
    if (!before) return false;
    await this.doc.send(
      new DeleteCommand({ TableName: this.tableName, Key: keys.owner(before.email) }),
    );
    await this.releaseSendingAddress(before);
    return true;
  }

  async eraseData(email: string): Promise<number> {
    const owner = email.toLowerCase();
    const items = await scanAll(this.doc, this.tableName);
    const interviewIds = new Set(
      items
        .filter((item) => item.SK === keys.interview('').SK && item.ownerEmail === owner)
        .map((item) => String(item.id)),
    );
    const mine = items.filter((item) => belongsToOwner(item, owner, interviewIds));
    // The interviews last: until they are gone, a second run still finds what hangs off them.
    const isInterview = (item: Record<string, unknown>) => item.SK === keys.interview('').SK;
    const ordered = [...mine.filter((i) => !isInterview(i)), ...mine.filter(isInterview)];
    await deleteItems(
      this.doc,
      this.tableName,
      ordered.map((item) => ({ PK: String(item.PK), SK: String(item.SK) })),
    );
    return ordered.length;
  }

  private async releaseSendingAddress(owner: Owner): Promise<void> {
    try {
      await this.doc.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: keys.sendingAddress(owner.sendingAddress),
          ConditionExpression: 'ownerEmail = :me',
          ExpressionAttributeValues: { ':me': owner.email },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
}
