// `followup demo` next to a dev server the user runs: the demo runs on a server of its own,
// leaves the user's clock and data alone, stops with a thank-you draft ready for review behind
// a link that works, and with --exit prints no link to the server it stopped.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '#ports/logger.js';
import { runDemoSession } from '../../cli/dev/demo-session.js';
import type { DevRuntime } from '../../cli/dev/runtime.js';
import { startTestRuntime } from '../support/dev-runtime.js';

let dir: string;
let users: DevRuntime;
const OWNER = { email: 'me@example.com', name: 'Me' };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'followup-demo-e2e-'));
  users = await startTestRuntime({
    dataDir: dir,
    owners: [OWNER],
    timezone: 'Europe/Berlin',
    now: new Date('2027-03-01T09:00:00Z'),
  });
});

afterAll(async () => {
  await users?.close();
  await rm(dir, { recursive: true, force: true });
});

const usersUrl = () => `http://127.0.0.1:${users.httpPort}`;

/** The user's server as seen over HTTP: its dev time, its outbox, its next schedule. */
async function usersServer() {
  const info = (await (await fetch(`${usersUrl()}/dev/info`)).json()) as {
    now: string;
    nextDueAt: string | null;
  };
  const outbox = (await (await fetch(`${usersUrl()}/outbox.json`)).json()) as unknown[];
  return { dev: Date.parse(info.now), real: Date.now(), nextDueAt: info.nextDueAt, outbox };
}

describe('followup demo beside a running dev server', () => {
  it('runs on its own server, stops at a live thank-you review link, and leaves the user’s clock alone', async () => {
    const before = await usersServer();
    const lines: string[] = [];
    let stop: () => void = () => {};
    const stopped = new Promise<void>((resolve) => {
      stop = resolve;
    });
    let waiting: () => void = () => {};
    const atTheEnd = new Promise<void>((resolve) => {
      waiting = resolve;
    });
    const session = runDemoSession({
      url: usersUrl(),
      days: 24,
      exit: false,
      stopped,
      out: (line) => {
        lines.push(line);
        if (line.includes('runs until Ctrl-C')) waiting();
      },
      log: memoryLogger().logger,
    });
    await Promise.race([atTheEnd, session]);
    const output = lines.join('\n');
    expect(output).toContain(`A dev server answers at ${usersUrl()}: the demo leaves it alone`);
    expect(output).toContain('Stopped here: the thank-you draft is ready for review.');
    const review = /^ {2}(http:\/\/127\.0\.0\.1:\d+\/l\/\S+) {3}review, edit and send/m.exec(
      output,
    )?.[1];
    if (!review) throw new Error(`no review link in:\n${output}`);
    expect(review.startsWith(usersUrl())).toBe(false);

    // The printed links work while the demo waits: the draft opens for review.
    const page = await fetch(review);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<textarea');
    expect(html).toContain('maya.chen@northwind.example');
    const demoBase = new URL(review).origin;
    expect((await fetch(`${demoBase}/`)).status).toBe(200);

    stop();
    expect(await session).toBe(0);
    // The demo server is gone with its data dir.
    await expect(fetch(`${demoBase}/`)).rejects.toThrow();

    const after = await usersServer();
    // The user's dev clock moved only as real time did (no jump), and nothing reached it.
    expect(Math.abs(after.dev - before.dev - (after.real - before.real))).toBeLessThan(5_000);
    expect(after.nextDueAt).toBe(before.nextDueAt);
    expect(after.outbox).toEqual(before.outbox);
    expect(await users.deps.store.listInterviewsByOwner(OWNER.email)).toEqual([]);
  });

  it('with --exit prints no link to the server it stopped', async () => {
    const lines: string[] = [];
    const code = await runDemoSession({
      url: usersUrl(),
      days: 24,
      exit: true,
      stopped: new Promise(() => {}),
      out: (line) => lines.push(line),
      log: memoryLogger().logger,
    });
    expect(code).toBe(0);
    const output = lines.join('\n');
    expect(output).toMatch(/Subject: Send your thank-you/);
    expect(output).toContain('[link, gone with the demo server]');
    const local = output.match(/http:\/\/(127\.0\.0\.1|localhost):\d+/g) ?? [];
    // The only local address printed is the user's own server, which is still running.
    expect(new Set(local)).toEqual(new Set([usersUrl()]));
  });
});
