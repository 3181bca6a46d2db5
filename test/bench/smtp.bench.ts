// The local inbound path under load: 500 confirmations forwarded over real SMTP sockets into a
// dev runtime (dynalite on LevelDB in a temp dir), at bounded concurrency. Each one is parsed,
// logged with its plan and acknowledged by email, exactly as `followup dev` does it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { memoryLogger } from '#ports/logger.js';
import { startDevRuntime } from '../../cli/dev/runtime.js';
import { sampleConfirmation } from '../../cli/dev/sample-confirmation.js';

const MESSAGES = 500;
const CONCURRENCY = 8;
/** A career center's deployment: several seekers, each forwarding their own interviews. */
const OWNERS = 10;

export default async function smtpBench() {
  const dataDir = await mkdtemp(join(tmpdir(), 'followup-bench-'));
  const owners = Array.from({ length: OWNERS }, (_, i) => ({
    email: `seeker${i + 1}@example.com`,
    name: `Seeker ${i + 1}`,
  }));
  const log = memoryLogger();
  const runtime = await startDevRuntime({
    dataDir,
    owners,
    timezone: 'America/New_York',
    inboundAddress: 'interviews@localhost',
    timeScale: 1,
    now: new Date('2026-11-09T17:41:00Z'),
    host: '127.0.0.1',
    smtpPort: 0,
    httpPort: 0,
    log: log.logger,
    // The default per-owner daily limit (config limits) would turn most of these away.
    limits: { maxNewInterviewsPerOwnerPerDay: 1_000_000, maxRepliesPerOwnerPerHour: 1_000_000 },
    schedulerIntervalMs: 60_000,
  });
  // 500 different interviews: another company and start instant each (half-hour slots).
  const firstSlot = Date.parse('2026-11-16T14:00:00Z');
  const messages = Array.from({ length: MESSAGES }, (_, i) => {
    const owner = owners[i % OWNERS] as (typeof owners)[number];
    return {
      from: owner.email,
      raw: sampleConfirmation({
        ownerEmail: owner.email,
        ownerName: owner.name,
        inboundAddress: 'interviews@localhost',
        now: runtime.clock.now(),
        company: `Northwind Robotics ${i + 1}`,
        start: new Date(firstSlot + i * 30 * 60_000),
      }).raw,
    };
  });
  const transport = createTransport({
    host: '127.0.0.1',
    port: runtime.smtpPort,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: CONCURRENCY,
    maxMessages: Number.POSITIVE_INFINITY,
  });
  const ownerEmails = new Set(owners.map((o) => o.email));
  const acknowledged = () =>
    runtime.outbox.list().filter((e) => e.to.some((a) => ownerEmails.has(a.address))).length;

  let refused = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < messages.length) {
        const { from, raw } = messages[next++] as (typeof messages)[number];
        await transport
          .sendMail({ envelope: { from, to: ['interviews@localhost'] }, raw })
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

  let logged = 0;
  for (const owner of owners) {
    logged += (await runtime.deps.store.listInterviewsByOwner(owner.email)).length;
  }
  const acks = acknowledged();
  const lost = MESSAGES - Math.min(logged, acks);
  console.log(
    `forwarded ${MESSAGES} confirmations (${OWNERS} owners, ${MESSAGES / OWNERS} each, all different interviews) over SMTP, ${CONCURRENCY} connections at a time, into a dev runtime (dynalite on LevelDB, temp dir)`,
  );
  console.log(
    `time until all acknowledged: ${(ms / 1000).toFixed(2)} s  (first SMTP connection → last acknowledgement in the outbox)`,
  );
  console.log(
    `throughput: ${((MESSAGES / ms) * 1000).toFixed(1)} messages/s  (${MESSAGES} / that time)`,
  );
  console.log(
    `lost: ${lost}  (of ${MESSAGES}: ${logged} interviews logged, ${acks} acknowledgements, ${refused} refused at SMTP)`,
  );
  const subjects = new Map<string, number>();
  for (const email of runtime.outbox.list()) {
    const kind = email.subject.replace(/\d+/g, 'N').replace(/, \w{3} N \w{3}$/, ', <date>');
    subjects.set(kind, (subjects.get(kind) ?? 0) + 1);
  }
  console.log(`emails by subject: ${[...subjects].map(([s, n]) => `${n} × "${s}"`).join(', ')}`);
  const errors = log.entries.filter((e) => e.level === 'error');
  if (errors.length) console.log(`errors logged: ${errors.length}, first: ${errors[0]?.event}`);
  await runtime.close();
  await rm(dataDir, { recursive: true, force: true });
}
