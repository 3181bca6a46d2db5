// `followup dev` (what `npm start` runs): the whole product locally. See cli/dev/runtime.ts.

import { errorMessage } from '#core/error-message.js';
import { banner } from '../dev/banner.js';
import { type DevFlags, devRuntimeOptions } from '../dev/options.js';
import { startDevRuntime } from '../dev/runtime.js';

export async function runDev(flags: DevFlags): Promise<number> {
  const options = devRuntimeOptions(flags);
  // Listen for the stop signals before anything else: one that arrives while starting (or right
  // after the banner) still shuts down cleanly.
  let onStop: (signal: string) => void = () => {};
  const stopped = new Promise<string>((resolve) => {
    onStop = (signal) => {
      process.off('SIGINT', onStop);
      process.off('SIGTERM', onStop);
      resolve(signal);
    };
    process.on('SIGINT', onStop);
    process.on('SIGTERM', onStop);
  });
  let runtime: Awaited<ReturnType<typeof startDevRuntime>>;
  try {
    runtime = await startDevRuntime({ ...options, say: (line) => console.log(line) });
  } catch (error) {
    onStop('failed');
    const { code, port } = error as { code?: string; port?: number };
    if (code === 'EADDRINUSE') {
      console.error(
        `followup dev: port ${port} is in use (another followup dev?). Choose others with --smtp-port / --http-port.`,
      );
    } else {
      console.error(`followup dev: ${errorMessage(error)}`);
    }
    return 1;
  }
  console.log(banner(runtime));
  const signal = await stopped;
  console.log(`\nfollowup dev: ${signal}, shutting down…`);
  await runtime.close();
  console.log('followup dev: stopped; state kept in', runtime.dataDir);
  return 0;
}
