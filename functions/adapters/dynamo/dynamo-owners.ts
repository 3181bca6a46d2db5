// The OwnerDirectory over the single table: one item per owner (listed through GSI1) and one
// claim item per sending address, so inbound mail finds its owner with one read.
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
} from '@aws-sdk/lib-dynamodb';
import { Owner } from '#core/domain.js';
import type { OwnerDirectory } from '#ports/owners.js';
import { isConditionFailure } from './condition-failure.js';
import { keys, stripKeys } from './keys.js';
import { queryAll } from './query-all.js';
import { TABLE } from './table.js';

export class SendingAddressTakenError extends Error {
  constructor(address: string, owner: string) {
    super(`${address} is already the sending address of ${owner}`);
  }
}

/** Owner records are written by the CLI and the owner's page: read them back validated. */
function ownerFrom(item: Record<string, unknown>): Owner {
  const { claimedAt: _claimedAt, ...fields } = stripKeys<Record<string, unknown>>(item);
  return Owner.parse(fields);
}

export class DynamoOwners implements OwnerDirectory {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(email: string): Promise<Owner | null> {
    const { Item } = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: keys.owner(email), ConsistentRead: true }),
    );
    return Item ? ownerFrom(Item) : null;
  }

  async bySendingAddress(address: string): Promise<Owner | null> {
    const { Item } = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.sendingAddress(address.toLowerCase()),
        ConsistentRead: true,
      }),
    );
    const email = typeof Item?.ownerEmail === 'string' ? Item.ownerEmail : null;
    const owner = email ? await this.get(email) : null;
    // A claim left behind by an interrupted change of address points at an owner who moved on.
    return owner?.sendingAddress === address.toLowerCase() ? owner : null;
  }

  async list(): Promise<Owner[]> {
    const items = await queryAll(this.doc, {
      TableName: this.tableName,
      IndexName: TABLE.gsi1.name,
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.ownersIndex },
    });
    return items.map(ownerFrom);
  }

  async addIfAbsent(owner: Owner): Promise<boolean> {
    if (await this.get(owner.email)) return false;
    await this.claimSendingAddress(owner);
    return this.put(owner, 'attribute_not_exists(PK)');
  }

  async replace(owner: Owner): Promise<boolean> {
    const before = await this.get(owner.email);
    if (!before) return false;
    if (before.sendingAddress !== owner.sendingAddress) await this.claimSendingAddress(owner);
    const replaced = await this.put(owner, 'attribute_exists(PK)');
    if (replaced && before.sendingAddress !== owner.sendingAddress) {
      await this.releaseSendingAddress(before);
    }
    return replaced;
  }

  async remove(email: string): Promise<boolean> {
    const before = await this.get(email);
    if (!before) return false;
    await this.doc.send(new DeleteCommand({ TableName: this.tableName, Key: keys.owner(email) }));
    await this.releaseSendingAddress(before);
    return true;
  }

  private async put(owner: Owner, condition: string): Promise<boolean> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...keys.owner(owner.email),
            GSI1PK: keys.ownersIndex,
            GSI1SK: owner.email,
            ...Owner.parse(owner),
          },
          ConditionExpression: condition,
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  private async claimSendingAddress(owner: Owner): Promise<void> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.sendingAddress(owner.sendingAddress), ownerEmail: owner.email },
          // Free, or held by this owner, or by an owner who no longer uses it.
          ConditionExpression: 'attribute_not_exists(PK) OR ownerEmail = :me',
          ExpressionAttributeValues: { ':me': owner.email },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const holder = await this.bySendingAddress(owner.sendingAddress);
      if (holder) throw new SendingAddressTakenError(owner.sendingAddress, holder.email);
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.sendingAddress(owner.sendingAddress), ownerEmail: owner.email },
        }),
      );
    }
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
