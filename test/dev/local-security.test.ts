// The dev server against a hostile web page on the same machine (cross-site POSTs, DNS
// rebinding), and its start-up replay of unfinished inbound mail.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DevRuntime } from '../../cli/dev/runtime.js';
import { sampleConfirmation } from '../../cli/dev/sample-confirmation.js';
import { startTestRuntime } from '../support/dev-runtime.js';

const OWNER = { email: 'sam@example.com', name: 'Sam Okafor' };
const NOW = new Date('2027-02-03T15:00:00Z');

let dir: string;
let runtime: DevRuntime | null = null;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'followup-security-'));
});
afterEach(async () => {
  await runtime?.close();
  runtime = null;
  await rm(dir, { recursive: true, force: true });
});

function start() {
  return startTestRuntime({
    dataDir: dir,
    owners: [OWNER],
    now: NOW,
  });
}

/** A raw HTTP request with any headers (fetch will not set Host), as a browser could send it. */
function send(
  port: number,
  options: { method?: string; path: string; headers: Record<string, string>; body?: string },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    for (const [name, value] of Object.entries(options.headers)) req.setHeader(name, value);
    req.on('error', reject);
    req.end(options.body);
  });
}

const ADVANCE = { method: 'POST', path: '/dev/advance', body: '{"hours": 24}' };

describe('the dev server, against other web pages', () => {
  it('serves only requests addressed to its own host and port (no DNS rebinding)', async () => {
    runtime = await start();
    const port = runtime.httpPort;
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1:${port + 1}`]) {
      const answer = await send(port, { path: '/outbox.json', headers: { host } });
      expect(answer.status).toBe(421);
      expect(answer.body).toContain(`http://127.0.0.1:${port}`);
    }
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      expect((await send(port, { path: '/outbox.json', headers: { host } })).status).toBe(200);
    }
  });

  it('refuses cross-site POSTs to /dev/* and leaves the clock where it was', async () => {
    runtime = await start();
    const port = runtime.httpPort;
    const before = runtime.clock.now().getTime();
    const host = `127.0.0.1:${port}`;
    const crossSite: Record<string, string>[] = [
      { host, 'sec-fetch-site': 'cross-site', 'content-type': 'text/plain' },
      { host, 'sec-fetch-site': 'same-site', 'content-type': 'text/plain' },
      { host, origin: 'http://evil.example', 'content-type': 'text/plain' },
      { host, origin: 'null', 'content-type': 'text/plain' },
    ];
    for (const headers of crossSite) {
      const answer = await send(port, { ...ADVANCE, headers });
      expect(answer.status).toBe(403);
    }
    expect(Math.abs(runtime.clock.now().getTime() - before)).toBeLessThan(3_600_000);

    // Its own pages and tools without a browser (curl) still move it.
    const own = await send(port, {
      ...ADVANCE,
      headers: { host, 'sec-fetch-site': 'same-origin', origin: `http://${host}` },
    });
    expect(own.status).toBe(200);
    expect((await send(port, { ...ADVANCE, headers: { host } })).status).toBe(200);
    expect(runtime.clock.now().getTime() - before).toBeGreaterThanOrEqual(48 * 3_600_000);
  });
});

describe.skipIf(process.platform === 'win32')('the start-up replay of unfinished mail', () => {
  it('serves HTTP while a message left from the last run is still being processed', async () => {
    // A message the last run stored but never finished; its raw file is a FIFO, so reading it
    // waits until this test writes the message: the replay is in progress for as long as needed.
    const id = 'local-left-over';
    await mkdir(join(dir, 'raw'), { recursive: true });
    await mkdir(join(dir, 'inbound', 'pending'), { recursive: true });
    execFileSync('mkfifo', [join(dir, 'raw', `${id}.eml`)]);
    await writeFile(
      join(dir, 'inbound', 'pending', `${id}.json`),
      JSON.stringify({
        id,
        rawKey: `${id}.eml`,
        recipients: ['interviews@localhost'],
        attempts: 0,
      }),
    );

    runtime = await start();
    const page = await fetch(`http://127.0.0.1:${runtime.httpPort}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('No interviews yet');

    const sample = sampleConfirmation({
      ownerEmail: OWNER.email,
      ownerName: OWNER.name,
      inboundAddress: 'interviews@localhost',
      now: NOW,
    });
    await writeFile(join(dir, 'raw', `${id}.eml`), sample.raw);
    const current = runtime;
    await expect
      .poll(async () => (await current.deps.store.listInterviewsByOwner(OWNER.email)).length, {
        timeout: 20_000,
      })
      .toBe(1);
  });
});
