// One dev runtime per data directory: LevelDB allows one opener, and two runtimes would both
// fire the same schedules. A lock file holds the owner's pid; a dead owner's lock is taken over.
import { open, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, 'dev.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const file = await open(path, 'wx');
      await file.writeFile(String(process.pid));
      await file.close();
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
        throw new Error(
          `${dataDir} is in use by another followup dev (pid ${pid}); stop it or use another --data-dir`,
        );
      }
      await rm(path, { force: true });
    }
  }
  throw new Error(`could not lock ${dataDir}`);
}

const ENDPOINT_FILE = 'dynamo.endpoint';

/**
 * Tells other commands (`followup owners`) where the running runtime's store answers, since
 * LevelDB lets only the runtime open it. Answers the step that withdraws it.
 */
export async function publishEndpoint(
  dataDir: string,
  endpoint: string,
): Promise<() => Promise<void>> {
  const path = join(dataDir, ENDPOINT_FILE);
  await writeFile(path, endpoint);
  return () => rm(path, { force: true });
}

/** The running runtime's store endpoint, or null when no live runtime holds the data dir. */
export async function runningEndpoint(dataDir: string): Promise<string | null> {
  const pid = Number((await readFile(join(dataDir, 'dev.lock'), 'utf8').catch(() => '')).trim());
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return null;
  const endpoint = (await readFile(join(dataDir, ENDPOINT_FILE), 'utf8').catch(() => '')).trim();
  return endpoint || null;
}
