// `followup demo`: the sample confirmation on a dev server of its own, walked to a thank-you
// draft ready for review (cli/dev/demo-session.ts). A server the user runs is left alone.
import { errorMessage } from '#core/error-message.js';
import type { Logger } from '#ports/logger.js';
import { runDemoSession } from '../dev/demo-session.js';

export interface DemoFlags {
  /** Where the user's own dev server may answer: only checked, never touched. */
  url: string;
  /** The walk stops at the thank-you draft, and at the latest this many days past the interview. */
  days: number;
  /** Stop the demo's server at the end instead of waiting for Ctrl-C. */
  exit?: boolean;
}

/** Only what went wrong; the demo's own output is the story. */
const quietLogger: Logger = {
  info: () => {},
  warn: (event, fields) => console.error(`[warn] ${event} ${JSON.stringify(fields ?? {})}`),
  error: (event, fields) => console.error(`[error] ${event} ${JSON.stringify(fields ?? {})}`),
};

export async function runDemo(flags: DemoFlags): Promise<number> {
  const exit = flags.exit ?? false;
  let onStop: () => void = () => {};
  const stopped = new Promise<void>((resolve) => {
    onStop = resolve;
  });
  if (!exit) {
    process.once('SIGINT', onStop);
    process.once('SIGTERM', onStop);
  }
  try {
    return await runDemoSession({
      url: flags.url,
      days: flags.days,
      exit,
      stopped,
      out: (line) => console.log(line),
      log: quietLogger,
    });
  } catch (error) {
    console.error(`followup demo: ${errorMessage(error)}`);
    return 1;
  } finally {
    process.off('SIGINT', onStop);
    process.off('SIGTERM', onStop);
  }
}
