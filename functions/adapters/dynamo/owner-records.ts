// Which items of the single table belong to one owner, and deleting them in batches. Owner data
// lives under several key shapes (an interview's partition, hashed token keys, counters named
// after the owner), so erasing an owner reads the whole table once: an administrator's rare
// command, never a function's.
import { BatchWriteCommand, type DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';

type Item = Record<string, unknown>;

const INTERVIEW_PARTITION = 'INT#';

/**
 * An item is the owner's when it names them (interviews, tokens, sent-message records, the
 * sending-address claim, the owner record), sits in one of their interviews' partitions
 * (steps), points at one of their interviews (meeting claims, local schedules), or is keyed by
 * their address (counters such as `CNT#new-interviews#<email>#<day>`).
 */
export function belongsToOwner(item: Item, email: string, interviewIds: ReadonlySet<string>) {
  if (item.ownerEmail === email) return true;
  const pk = typeof item.PK === 'string' ? item.PK : '';
  if (pk.startsWith(INTERVIEW_PARTITION) && interviewIds.has(pk.slice(INTERVIEW_PARTITION.length)))
    return true;
  if (typeof item.interviewId === 'string' && interviewIds.has(item.interviewId)) return true;
  const payload = item.payload as { interviewId?: unknown } | undefined;
  if (typeof payload?.interviewId === 'string' && interviewIds.has(payload.interviewId))
    return true;
  return pk.split('#').includes(email);
}

export async function scanAll(doc: DynamoDBDocumentClient, tableName: string): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: Item | undefined;
  do {
    const page = await doc.send(
      new ScanCommand({ TableName: tableName, ConsistentRead: true, ExclusiveStartKey: cursor }),
    );
    items.push(...(page.Items ?? []));
    cursor = page.LastEvaluatedKey;
  } while (cursor);
  return items;
}

/** BatchWriteItem takes at most 25 requests, and may hand some back under load. */
const BATCH = 25;
const MAX_ROUNDS = 8;

export async function deleteItems(
  doc: DynamoDBDocumentClient,
  tableName: string,
  keys: readonly { PK: string; SK: string }[],
): Promise<void> {
  for (let start = 0; start < keys.length; start += BATCH) {
    let requests = keys
      .slice(start, start + BATCH)
      .map((key) => ({ DeleteRequest: { Key: { PK: key.PK, SK: key.SK } } }));
    for (let round = 0; requests.length > 0; round++) {
      if (round === MAX_ROUNDS) throw new Error('DynamoDB kept refusing the deletes; run it again');
      if (round > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** round));
      const { UnprocessedItems } = await doc.send(
        new BatchWriteCommand({ RequestItems: { [tableName]: requests } }),
      );
      requests = (UnprocessedItems?.[tableName] ?? []) as typeof requests;
    }
  }
}
