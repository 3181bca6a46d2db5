// A fresh table per test file on the run's shared dynalite server.
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { DynamoOwnerAdministration } from '#adapters/dynamo/dynamo-owner-administration.js';
import { DynamoStore, documentClient } from '#adapters/dynamo/dynamo-store.js';
import { ensureTable, localDynamoClient } from '#adapters/dynamo/embedded.js';

export async function freshTable() {
  const client = localDynamoClient(inject('dynamoEndpoint'));
  const tableName = `test-${randomUUID()}`;
  await ensureTable(client, tableName);
  const doc = documentClient(client);
  return {
    client,
    doc,
    tableName,
    store: new DynamoStore(doc, tableName),
    owners: new DynamoOwnerAdministration(doc, tableName),
  };
}
