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

const RUNTIME_FILE = 'dev.json';

/** What a command beside the runtime needs to send mail as it would: its pages and addresses. */
export interface RuntimeFacts {
  linkBaseUrl: string;
  inboundAddress: string;
  domain: string;
}

/**
 * Records the runtime's link base URL and addresses. Kept after it stops, so a command run
 * while it is down still writes links that the next start (same port) answers.
 */
export async function publishRuntimeFacts(dataDir: string, facts: RuntimeFacts): Promise<void> {
  await writeFile(join(dataDir, RUNTIME_FILE), `${JSON.stringify(facts)}\n`);
}

/** The facts the runtime last recorded here, and whether it is running now. */
export async function runtimeFacts(
  dataDir: string,
): Promise<{ facts: RuntimeFacts | null; running: boolean }> {
  const text = await readFile(join(dataDir, RUNTIME_FILE), 'utf8').catch(() => '');
  let facts: RuntimeFacts | null = null;
  try {
    const parsed = JSON.parse(text) as Partial<RuntimeFacts>;
    if (parsed.linkBaseUrl && parsed.inboundAddress && parsed.domain) {
      facts = {
        linkBaseUrl: parsed.linkBaseUrl,
        inboundAddress: parsed.inboundAddress,
        domain: parsed.domain,
      };
    }
  } catch {
    facts = null;
  }
  return { facts, running: (await runningEndpoint(dataDir)) !== null };
}
