// The local runtime's table for a command that runs beside it: the running `followup dev`'s own
// store when one holds the data dir (LevelDB allows one opener), else an embedded store opened
// on the data dir for the command's duration.
import { join, resolve } from 'node:path';
import { documentClient } from '#adapters/dynamo/dynamo-store.js';
import { ensureTable, localDynamoClient, startEmbeddedDynamo } from '#adapters/dynamo/embedded.js';
import { LocalScheduler } from '#adapters/scheduler/local-scheduler.js';
import { systemClock } from '#ports/clock.js';
import { runningEndpoint } from '../dev/data-dir-lock.js';
import { TABLE_NAME } from '../dev/runtime.js';
import type { OpenTable } from './owners-table.js';
import { welcomeLocalOwner } from './welcome.js';

export async function openLocalTable(dataDirOption: string): Promise<OpenTable> {
  const dataDir = resolve(dataDirOption);
  const running = await runningEndpoint(dataDir);
  const dynamo = running ? null : await startEmbeddedDynamo({ path: join(dataDir, 'dynamo') });
  const client = localDynamoClient(running ?? (dynamo as { endpoint: string }).endpoint);
  await ensureTable(client, TABLE_NAME);
  const doc = documentClient(client);
  return {
    doc,
    tableName: TABLE_NAME,
    // The local runtime keeps its schedules as items of the same table.
    scheduler: new LocalScheduler(doc, TABLE_NAME, systemClock),
    welcome: (owner) => welcomeLocalOwner(dataDirOption, { doc, tableName: TABLE_NAME }, owner),
    where: `data dir ${dataDirOption}`,
    close: async () => {
      client.destroy();
      await dynamo?.close();
    },
  };
}
