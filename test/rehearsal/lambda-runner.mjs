// A stand-in for the Lambda Node.js runtime, one per function "container": it loads the bundle's
// handler the way Lambda does (`<file>.<export>` from the task root, module loaded during init),
// then runs one invocation at a time, each requested by the rehearsal over IPC. Plain JavaScript
// run by plain node, like the real runtime: nothing of the test tooling is loaded here.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [taskRoot, handlerSpec, timeoutSeconds] = process.argv.slice(2);

// The rehearsal's clock. The bundles read the wall clock (as they must in AWS), and a rehearsal
// cannot wait a week for a follow-up, so this process's clock is shifted to the rehearsal's time
// before each invocation, the way libfaketime shifts a process: nothing in the bundle changes.
const RealDate = Date;
let offsetMs = 0;
class RehearsalDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + offsetMs);
    else super(...args);
  }
  static now() {
    return RealDate.now() + offsetMs;
  }
}
globalThis.Date = RehearsalDate;

/** Lambda's handler resolution: `index.handler` is the export `handler` of index.{js,mjs,cjs}. */
async function loadHandler() {
  const dot = handlerSpec.lastIndexOf('.');
  const file = handlerSpec.slice(0, dot);
  const name = handlerSpec.slice(dot + 1);
  const found = ['.js', '.mjs', '.cjs'].map((ext) => join(taskRoot, file + ext)).find(existsSync);
  if (!found) throw new Error(`Runtime.ImportModuleError: Cannot find module '${file}'`);
  const module = await import(pathToFileURL(found).href);
  const handler = module[name];
  if (typeof handler !== 'function') {
    throw new Error(`Runtime.HandlerNotFound: ${handlerSpec} is undefined or not exported`);
  }
  return handler;
}

const errorOf = (error) => ({
  errorType: error?.name ?? 'Error',
  errorMessage: error?.message ?? String(error),
  stack: typeof error?.stack === 'string' ? error.stack.split('\n') : [],
});

let init;
try {
  init = { handler: await loadHandler() };
} catch (error) {
  init = { error: errorOf(error) };
}
process.send({ type: 'ready', error: init.error ?? null });

process.on('message', async (message) => {
  if (message.type !== 'invoke') return;
  const { id, event, now, context: base } = message;
  offsetMs = now - RealDate.now();
  const deadline = RealDate.now() + Number(timeoutSeconds) * 1000;
  const context = {
    ...base,
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - RealDate.now()),
  };
  let reply;
  if (init.error) {
    reply = { type: 'result', id, error: init.error };
  } else {
    try {
      const result = await init.handler(event, context);
      reply = { type: 'result', id, result: result === undefined ? null : result };
    } catch (error) {
      reply = { type: 'result', id, error: errorOf(error) };
    }
  }
  // Markers on both streams, so the rehearsal knows it has read every line this invocation wrote.
  process.stdout.write(`END RequestId: ${base.awsRequestId}\n`);
  process.stderr.write(`END RequestId: ${base.awsRequestId}\n`);
  process.send(reply);
});
