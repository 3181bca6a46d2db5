// An embedded DynamoDB-compatible server (dynalite) for tests and the local runtime.
import type { AddressInfo } from 'node:net';
import {
  CreateTableCommand,
  DynamoDBClient,
  ResourceInUseException,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { createTableInput } from './table.js';

export interface EmbeddedDynamo {
  endpoint: string;
  close(): Promise<void>;
}

/** Starts dynalite on 127.0.0.1; in memory unless `path` names a LevelDB directory. */
export async function startEmbeddedDynamo(
  options: { port?: number; path?: string } = {},
): Promise<EmbeddedDynamo> {
  const server = dynalite({
    path: options.path,
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A client for a local endpoint; dynalite accepts any credentials. */
export function localDynamoClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
}

/**
 * Creates the table from the one definition (an existing table is fine) and returns once it is
 * ACTIVE: dynalite switches status on a timer, and a write before that fails.
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new CreateTableCommand(createTableInput(tableName)));
  } catch (error) {
    const exists =
      error instanceof ResourceInUseException ||
      (error as { name?: string }).name === 'ResourceInUseException';
    if (!exists) throw error;
  }
  await waitUntilTableExists(
    { client, maxWaitTime: 60, minDelay: 0.05, maxDelay: 0.2 },
    { TableName: tableName },
  );
}
