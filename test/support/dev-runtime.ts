// The local runtime as tests start it: loopback, free ports, a quiet log, a slow scheduler loop
// (tests move the clock themselves); each test names only what it cares about.
import { createTransport } from 'nodemailer';
import { memoryLogger } from '#ports/logger.js';
import type { DevRuntimeOptions } from '../../cli/dev/options.js';
import { type DevRuntime, startDevRuntime } from '../../cli/dev/runtime.js';

export function startTestRuntime(
  options: Pick<DevRuntimeOptions, 'dataDir' | 'owners'> & Partial<DevRuntimeOptions>,
): Promise<DevRuntime> {
  return startDevRuntime({
    timezone: 'America/New_York',
    inboundAddress: 'interviews@localhost',
    timeScale: 1,
    host: '127.0.0.1',
    smtpPort: 0,
    httpPort: 0,
    log: memoryLogger().logger,
    schedulerIntervalMs: 60_000,
    ...options,
  });
}

/** Hands a raw message to the runtime's SMTP inbound, as a mail client would. */
export async function smtpDeliver(port: number, from: string, to: string, raw: string) {
  const transport = createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  try {
    return await transport.sendMail({ envelope: { from, to: [to] }, raw });
  } finally {
    transport.close();
  }
}
