// `followup demo`: forwards a sample confirmation into a dev server (a running one, or one it
// starts on a temporary data dir), walks the dev clock through the plan and prints every email
// that arrived, with the links to open.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { createTransport } from 'nodemailer';
import * as z from 'zod';
import { DEFAULT_ZONE } from '#core/domain.js';
import { errorMessage } from '#core/error-message.js';
import type { Logger } from '#ports/logger.js';
import type { OutboxJsonEntry } from '../dev/outbox-page.js';
import type { DevRuntime } from '../dev/runtime.js';
import { sampleConfirmation } from '../dev/sample-confirmation.js';

const Info = z.object({
  now: z.string(),
  inboundAddress: z.string(),
  owners: z.array(z.object({ email: z.string(), name: z.string(), timezone: z.string() })).min(1),
  smtpPort: z.number(),
  linkBaseUrl: z.string(),
  nextDueAt: z.string().nullable(),
});
type Info = z.infer<typeof Info>;

const Advance = z.object({
  now: z.string(),
  fired: z.array(z.object({ interviewId: z.string(), step: z.string(), outcome: z.string() })),
});

export interface DemoFlags {
  /** The dev server's base URL; one is started when none answers there. */
  url: string;
  /** How far past the interview to walk the dev clock. */
  days: number;
  /** Stop the server the demo started at the end instead of waiting for Ctrl-C. */
  exit?: boolean;
}

/** Only what went wrong; the demo's own output is the story. */
const quietLogger: Logger = {
  info: () => {},
  warn: (event, fields) => console.error(`[warn] ${event} ${JSON.stringify(fields ?? {})}`),
  error: (event, fields) => console.error(`[error] ${event} ${JSON.stringify(fields ?? {})}`),
};

async function getJson(url: string, init?: RequestInit): Promise<unknown> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(60_000) });
  const body = await response.text();
  if (!response.ok) throw new Error(`${url}: ${response.status} ${body.trim()}`);
  return JSON.parse(body);
}

async function reachable(base: string): Promise<Info | null> {
  try {
    const response = await fetch(`${base}/dev/info`, { signal: AbortSignal.timeout(1500) });
    return response.ok ? Info.parse(await response.json()) : null;
  } catch {
    return null;
  }
}

function printEmail(email: OutboxJsonEntry, zone: string, linkBase: string) {
  const when = DateTime.fromISO(email.sentAt).setZone(zone).toFormat('ccc d LLL, HH:mm ZZZZ');
  const rule = '─'.repeat(72);
  console.log(`\n${rule}\n${when} · ${email.from} → ${email.to.join(', ')}`);
  if (email.bcc.length) console.log(`Bcc: ${email.bcc.join(', ')}`);
  console.log(`Subject: ${email.subject}\n`);
  console.log(email.text.replace(/\s+$/, '').replace(/^/gm, '  '));
  return email.text
    .split('\n')
    .filter((line) => line.includes(`${linkBase}/l/`))
    .map((line) => `${line.trim()}  (${email.subject})`);
}

export async function runDemo(flags: DemoFlags): Promise<number> {
  let base = flags.url.replace(/\/$/, '');
  let own: { runtime: DevRuntime; dir: string } | null = null;
  let info = await reachable(base);
  try {
    if (!info) {
      console.log(`No dev server answers at ${base}; starting one on a temporary data dir…`);
      const { startDevRuntime } = await import('../dev/runtime.js');
      const dir = await mkdtemp(join(tmpdir(), 'followup-demo-'));
      const runtime = await startDevRuntime({
        dataDir: dir,
        owners: [{ email: 'sam.okafor@example.com', name: 'Sam Okafor' }],
        timezone: DEFAULT_ZONE,
        inboundAddress: 'interviews@localhost',
        timeScale: 1,
        host: '127.0.0.1',
        smtpPort: 0,
        httpPort: 0,
        log: quietLogger,
      });
      own = { runtime, dir };
      base = `http://127.0.0.1:${runtime.httpPort}`;
      info = Info.parse(await getJson(`${base}/dev/info`));
    }
    const owner = info.owners[0] as Info['owners'][number];
    const zone = owner.timezone;
    const outbox = async () => (await getJson(`${base}/outbox.json`)) as OutboxJsonEntry[];
    let seen = (await outbox()).length;
    const links: string[] = [];
    const printNew = async () => {
      const all = await outbox();
      for (const email of all.slice(seen)) {
        links.push(...printEmail(email, zone, info?.linkBaseUrl ?? base));
      }
      const count = all.length - seen;
      seen = all.length;
      return count;
    };

    const sample = sampleConfirmation({
      ownerEmail: owner.email,
      ownerName: owner.name,
      inboundAddress: info.inboundAddress,
      now: new Date(info.now),
    });
    const smtpHost = new URL(base).hostname;
    const transport = createTransport({
      host: smtpHost,
      port: info.smtpPort,
      secure: false,
      ignoreTLS: true,
    });
    await transport.sendMail({
      envelope: { from: owner.email, to: [info.inboundAddress] },
      raw: sample.raw,
    });
    transport.close();
    console.log(
      `Forwarded a sample confirmation (Northwind Robotics, ${DateTime.fromJSDate(sample.start)
        .setZone(zone)
        .toFormat(
          'ccc d LLL, HH:mm ZZZZ',
        )}) from ${owner.email} to ${info.inboundAddress} over SMTP ${smtpHost}:${info.smtpPort}.`,
    );
    // The SMTP reply comes after processing, so the acknowledgement is normally already there.
    for (let i = 0; i < 50 && (await printNew()) === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    // Walk from one due step to the next, a minute past each, so every email shows its own time.
    const until = sample.start.getTime() + flags.days * 24 * 3_600_000;
    let now = Date.parse(info.now);
    console.log(
      `\nWalking the dev clock through the plan, to ${flags.days} days after the interview…`,
    );
    for (let moves = 0; moves < 200; moves++) {
      const { nextDueAt } = Info.parse(await getJson(`${base}/dev/info`));
      const next = nextDueAt ? Date.parse(nextDueAt) : null;
      if (next === null || next > until) break;
      const hours = Math.max(next + 60_000 - now, 60_000) / 3_600_000;
      const result = Advance.parse(
        await getJson(`${base}/dev/advance`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ hours }),
        }),
      );
      now = Date.parse(result.now);
      for (const fired of result.fired) {
        const at = DateTime.fromISO(result.now).setZone(zone).toFormat('ccc d LLL, HH:mm');
        console.log(`\n⏱  ${at}: ${fired.step.replace('_', '-')} fired → ${fired.outcome}`);
      }
      await printNew();
    }

    const actions = links.filter((line) => /review|approve|send/i.test(line));
    console.log(`\nDone. Open these:
  ${base}/          the interview and its plan
  ${base}/outbox    every email above, as its recipient sees it${actions.map((line) => `\n  ${line}`).join('')}
Action links are single-use; a Review & send link opens the draft to edit and send.`);
    if (own && !flags.exit) {
      console.log('This demo server keeps running so the links work. Ctrl-C stops it.');
      await new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      });
    }
    return 0;
  } catch (error) {
    console.error(`followup demo: ${errorMessage(error)}`);
    return 1;
  } finally {
    if (own) {
      await own.runtime.close();
      await rm(own.dir, { recursive: true, force: true });
    }
  }
}
