// The OwnerDirectory over the single table: one item per owner (listed through GSI1) and one
// claim item per sending address, so inbound mail finds its owner with one read. No deletes
// here: the functions never remove anything of an owner (see dynamo-owner-administration.ts).
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
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
  return Owner.parse(stripKeys(item));
}

export class DynamoOwners implements OwnerDirectory {
  constructor(
    protected readonly doc: DynamoDBDocumentClient,
    protected readonly tableName: string,
  ) {}

  async get(email: string): Promise<Owner | null> {
    const { Item } = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.owner(email.toLowerCase()),
        ConsistentRead: true,
      }),
    );
    return Item ? ownerFrom(Item) : null;
  }

  async bySendingAddress(address: string): Promise<Owner | null> {
    const wanted = address.toLowerCase();
    const { Item } = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.sendingAddress(wanted),
        ConsistentRead: true,
      }),
    );
    const email = typeof Item?.ownerEmail === 'string' ? Item.ownerEmail : null;
    const owner = email ? await this.get(email) : null;
    // A claim left behind by an interrupted change of address points at an owner who moved on.
    return owner?.sendingAddress === wanted ? owner : null;
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

  async seed(owner: Owner): Promise<boolean> {
    const marker = keys.ownerSeed(owner.email);
    const { Item } = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: marker, ConsistentRead: true }),
    );
    if (Item) return false;
    const added = await this.addIfAbsent(owner);
    // Marked after the add: a crash in between re-runs the add, which then finds the owner.
    await this.doc.send(new PutCommand({ TableName: this.tableName, Item: marker }));
    return added;
  }

  async configurationSeeded(digest: string): Promise<boolean> {
    const { Item } = await this.doc.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.configurationSeed(digest),
        ConsistentRead: true,
      }),
    );
    return Boolean(Item);
  }

  async markConfigurationSeeded(digest: string): Promise<void> {
    await this.doc.send(
      new PutCommand({ TableName: this.tableName, Item: keys.configurationSeed(digest) }),
    );
  }

  async update(owner: Owner): Promise<boolean> {
    const before = await this.get(owner.email);
    if (!before) return false;
    if (before.sendingAddress !== owner.sendingAddress) {
      throw new Error('the sending address changes only with followup owners set');
    }
    return this.put(owner, 'attribute_exists(PK)');
  }

  protected async put(owner: Owner, condition: string): Promise<boolean> {
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

  protected async claimSendingAddress(owner: Owner): Promise<void> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.sendingAddress(owner.sendingAddress), ownerEmail: owner.email },
          ConditionExpression: 'attribute_not_exists(PK) OR ownerEmail = :me',
          ExpressionAttributeValues: { ':me': owner.email },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const holder = await this.bySendingAddress(owner.sendingAddress);
      if (holder) throw new SendingAddressTakenError(owner.sendingAddress, holder.email);
      // Held by a claim nobody uses any more (an interrupted change): take it over.
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.sendingAddress(owner.sendingAddress), ownerEmail: owner.email },
        }),
      );
    }
  }
}
