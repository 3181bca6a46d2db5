// What `followup demo` does: on a dev server of its own (a temporary data dir, free ports), it
// forwards a sample confirmation over SMTP, walks the dev clock to the moment a thank-you draft
// waits for review, prints every email on the way, and stops there, with links that work and
// the next steps. A server the user runs is never touched: its clock and its data are theirs.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { DEFAULT_ZONE } from '#core/domain.js';
import { ZonedTime } from '#core/zoned-time.js';
import { formatZoned } from '#core/zoned-time-format.js';
import type { Logger } from '#ports/logger.js';
import { type OutboxJsonEntry, outboxJson } from './outbox-page.js';
import { type DevRuntime, startDevRuntime } from './runtime.js';
import { sampleConfirmation } from './sample-confirmation.js';

export interface DemoSessionOptions {
  /** Where the user's own dev server may be listening; only looked at, to say it is left alone. */
  url?: string;
  /** The walk stops at the thank-you draft, and in any case this many days past the interview. */
  days: number;
  /** Stop the demo server at the end (its links die with it, so none are printed). */
  exit: boolean;
  /** Resolves when the user wants the demo server stopped (Ctrl-C); unused with `exit`. */
  stopped: Promise<unknown>;
  out: (line: string) => void;
  log: Logger;
}

const OWNER = { email: 'sam.okafor@example.com', name: 'Sam Okafor' };
const WHEN = 'ccc d LLL, HH:mm ZZZZ';
const GONE = '[link, gone with the demo server]';

/** Whether a followup dev server answers at `url` (its info page). */
async function devServerAt(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url.replace(/\/$/, '')}/dev/info`, {
      signal: AbortSignal.timeout(1500),
    });
    return response.ok;
  } catch {
    return false;
  }
}

function emailLines(email: OutboxJsonEntry, zone: string): string[] {
  const when = formatZoned(ZonedTime.of(Date.parse(email.sentAt), zone), WHEN);
  return [
    '',
    '─'.repeat(72),
    `${when} · ${email.from} → ${email.to.join(', ')}`,
    ...(email.bcc.length ? [`Bcc: ${email.bcc.join(', ')}`] : []),
    `Subject: ${email.subject}`,
    '',
    email.text.replace(/\s+$/, '').replace(/^/gm, '  '),
  ];
}

/** The link an email labels `label:` in its plain-text part. */
function labelledLink(text: string, label: string): string | null {
  const line = text.split('\n').find((l) => l.trimStart().startsWith(`${label}:`));
  return line?.match(/https?:\/\/\S+/)?.[0] ?? null;
}

export async function runDemoSession(options: DemoSessionOptions): Promise<number> {
  const { out } = options;
  if (options.url && (await devServerAt(options.url))) {
    out(
      `A dev server answers at ${options.url}: the demo leaves it alone (its clock and its data stay as they are) and runs on a server of its own.`,
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'followup-demo-'));
  let runtime: DevRuntime | null = null;
  try {
    runtime = await startDevRuntime({
      dataDir: dir,
      owners: [OWNER],
      timezone: DEFAULT_ZONE,
      inboundAddress: 'interviews@localhost',
      timeScale: 1,
      host: '127.0.0.1',
      smtpPort: 0,
      httpPort: 0,
      log: options.log,
    });
    const base = `http://127.0.0.1:${runtime.httpPort}`;
    const zone = DEFAULT_ZONE;
    // With --exit the server is gone when the reader looks: its links are shown as dead text.
    const shown = (text: string) =>
      options.exit ? text.replaceAll(/http:\/\/127\.0\.0\.1:\d+\/\S*/g, GONE) : text;
    out(
      options.exit
        ? 'Started a demo server on a temporary data dir; it stops at the end (--exit).'
        : `Started a demo server on a temporary data dir: ${base} (SMTP 127.0.0.1:${runtime.smtpPort}).`,
    );

    let seen = 0;
    const printNew = () => {
      const all = outboxJson(runtime?.outbox.list() ?? []);
      for (const email of all.slice(seen)) {
        for (const line of emailLines(email, zone)) out(shown(line));
      }
      const fresh = all.slice(seen);
      seen = all.length;
      return fresh;
    };

    const sample = sampleConfirmation({
      ownerEmail: OWNER.email,
      ownerName: OWNER.name,
      inboundAddress: runtime.config.inboundAddress,
      now: runtime.clock.now(),
    });
    const transport = createTransport({
      host: '127.0.0.1',
      port: runtime.smtpPort,
      secure: false,
      ignoreTLS: true,
    });
    const sent = await transport.sendMail({
      envelope: { from: OWNER.email, to: [runtime.config.inboundAddress] },
      raw: sample.raw,
    });
    transport.close();
    out(
      `Forwarded a sample confirmation (Northwind Robotics, ${formatZoned(ZonedTime.of(sample.start, zone), WHEN)}) from ${OWNER.email} over SMTP; the server answered "${sent.response}".`,
    );
    printNew();

    // Walk from one due step to the next, a minute past each, so every email shows its own
    // time; stop once a thank-you draft waits for review.
    const [interview] = await runtime.deps.store.listInterviewsByOwner(OWNER.email);
    if (!interview) throw new Error('the sample was not logged (see the lines above)');
    const until = sample.start.getTime() + options.days * 24 * 3_600_000;
    out('\nMoving the demo server’s clock to the thank-you…');
    let review: string | null = null;
    for (let moves = 0; moves < 50 && !review; moves++) {
      const next = await runtime.nextDueAt();
      if (next === null || Date.parse(next) > until) break;
      const hours = Math.max(Date.parse(next) + 60_000 - runtime.clock.now().getTime(), 60_000);
      const result = await runtime.advance(hours / 3_600_000);
      for (const fired of result.fired) {
        const at = formatZoned(ZonedTime.of(Date.parse(result.now), zone), 'ccc d LLL, HH:mm');
        const what = 'step' in fired ? fired.step.replace('_', '-') : 'weekly digest';
        out(`\n⏱  ${at}: ${what} fired → ${fired.outcome}`);
      }
      for (const email of printNew()) {
        if (email.to.includes(OWNER.email) && /thank-you/i.test(email.subject)) {
          review = labelledLink(email.text, 'Review & send');
        }
      }
    }

    if (options.exit) {
      out(
        `\nDone: ${review ? 'a thank-you draft was ready for review' : 'the walk ended'}. The demo server is stopped, so its links no longer work; run \`npx followup demo\` without --exit to open them.`,
      );
      return 0;
    }
    out(
      `\n${review ? 'Stopped here: the thank-you draft is ready for review.' : 'Stopped here.'} Open:`,
    );
    if (review) out(`  ${review}   review, edit and send the thank-you`);
    out(`  ${base}/          the interview: what it needs from you now, and its plan`);
    out(`  ${base}/outbox    every email above, as its recipient sees it`);
    out(`To go on: send the draft from that page (it goes out in the interviewer's business hours), then move this server's clock a week to the follow-up:
  curl -X POST ${base}/dev/advance -d '{"hours": 168}'
This demo server runs until Ctrl-C; its data dir is deleted then. For your own mail, run \`npm start\`.`);
    await options.stopped;
    return 0;
  } finally {
    await runtime?.close();
    await rm(dir, { recursive: true, force: true });
  }
}
