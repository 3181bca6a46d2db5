// The local inbound path under load: 500 confirmations forwarded over real SMTP sockets into a
// dev runtime (dynalite on LevelDB in a temp dir), at bounded concurrency. Each one is parsed,
// logged with its plan and acknowledged by email, exactly as `followup dev` does it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { startDevRuntime } from '../../cli/dev/runtime.js';
import { sampleConfirmation } from '../../cli/dev/sample-confirmation.js';
import { memoryLogger } from '../../functions/ports/logger.js';

const MESSAGES = 500;
const CONCURRENCY = 8;

export default async function smtpBench() {
  const dataDir = await mkdtemp(join(tmpdir(), 'followup-bench-'));
  const owner = { email: 'sam.okafor@example.com', name: 'Sam Okafor' };
  const log = memoryLogger();
  const runtime = await startDevRuntime({
    dataDir,
    owners: [owner],
    timezone: 'America/New_York',
    inboundAddress: 'interviews@localhost',
    timeScale: 1,
    now: new Date('2026-11-09T17:41:00Z'),
    host: '127.0.0.1',
    smtpPort: 0,
    httpPort: 0,
    log: log.logger,
    // The default per-owner daily limit (config limits) would turn most of these away.
    limits: { maxNewInterviewsPerOwnerPerDay: 1_000_000 },
    schedulerIntervalMs: 60_000,
  });
  const messages = Array.from(
    { length: MESSAGES },
    () =>
      sampleConfirmation({
        ownerEmail: owner.email,
        ownerName: owner.name,
        inboundAddress: 'interviews@localhost',
        now: runtime.clock.now(),
      }).raw,
  );
  const transport = createTransport({
    host: '127.0.0.1',
    port: runtime.smtpPort,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: CONCURRENCY,
    maxMessages: Number.POSITIVE_INFINITY,
  });
  const acknowledged = () =>
    runtime.outbox.list().filter((e) => e.to.some((a) => a.address === owner.email)).length;

  let refused = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < messages.length) {
        const raw = messages[next++] as string;
        await transport
          .sendMail({ envelope: { from: owner.email, to: ['interviews@localhost'] }, raw })
          .catch(() => {
            refused++;
          });
      }
    }),
  );
  // Each SMTP reply comes after processing; wait anyway until the acknowledgements are counted.
  while (acknowledged() < MESSAGES - refused && performance.now() - started < 600_000) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const ms = performance.now() - started;
  transport.close();

  const interviews = await runtime.deps.store.listInterviewsByOwner(owner.email);
  const acks = acknowledged();
  const lost = MESSAGES - Math.min(interviews.length, acks);
  console.log(
    `forwarded ${MESSAGES} confirmations over SMTP, ${CONCURRENCY} connections at a time, into a dev runtime (dynalite on LevelDB, temp dir)`,
  );
  console.log(
    `time until all acknowledged: ${(ms / 1000).toFixed(2)} s  (first SMTP connection → last acknowledgement in the outbox)`,
  );
  console.log(
    `throughput: ${((MESSAGES / ms) * 1000).toFixed(1)} messages/s  (${MESSAGES} / that time)`,
  );
  console.log(
    `lost: ${lost}  (of ${MESSAGES}: ${interviews.length} interviews logged, ${acks} acknowledgements, ${refused} refused at SMTP)`,
  );
  const errors = log.entries.filter((e) => e.level === 'error');
  if (errors.length) console.log(`errors logged: ${errors.length}, first: ${errors[0]?.event}`);
  await runtime.close();
  await rm(dataDir, { recursive: true, force: true });
}
