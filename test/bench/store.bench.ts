// DynamoDB adapter throughput against embedded dynalite (in memory), sequential, through SDK v3.
import { randomUUID } from 'node:crypto';
import { DynamoStore, documentClient } from '#adapters/dynamo/dynamo-store.js';
import { ensureTable, localDynamoClient, startEmbeddedDynamo } from '#adapters/dynamo/embedded.js';

export default async function storeBench() {
  const dynamo = await startEmbeddedDynamo();
  const client = localDynamoClient(dynamo.endpoint);
  await ensureTable(client, 'bench');
  const store = new DynamoStore(documentClient(client), 'bench');
  const n = 300;
  const ids = Array.from({ length: n }, () => randomUUID());
  let t = performance.now();
  for (const id of ids) await store.claimInbound(id, '2030-01-01T00:00:00Z');
  const writeMs = performance.now() - t;
  t = performance.now();
  for (const id of ids) await store.getInbound(id);
  const readMs = performance.now() - t;
  console.log(`conditional puts: ${((n / writeMs) * 1000).toFixed(0)}/s  (${n} sequential)`);
  console.log(`consistent gets:  ${((n / readMs) * 1000).toFixed(0)}/s  (${n} sequential)`);
  client.destroy();
  await dynamo.close();
}
