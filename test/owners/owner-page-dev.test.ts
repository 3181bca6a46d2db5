// The owner's page through `followup dev`: `followup owners add` beside a running runtime has it
// send the welcome, whose link opens the owner's page on the runtime's own HTTP server, with the
// link pages' headers; its buttons act there as on the Function URL.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OwnersIo, openTarget, runOwners } from '../../cli/commands/owners.js';
import type { DevRuntime } from '../../cli/dev/runtime.js';
import { startTestRuntime } from '../support/dev-runtime.js';

let runtime: DevRuntime;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'owner-page-dev-'));
  runtime = await startTestRuntime({
    dataDir,
    owners: [{ email: 'first@example.com', name: 'First Owner' }],
  });
});

afterAll(async () => {
  await runtime?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe("the owner's page in followup dev", () => {
  it('owners add welcomes the new owner through the running runtime; the link opens their page', async () => {
    const out: string[] = [];
    const io: OwnersIo = {
      out: (line) => out.push(line),
      err: (line) => out.push(line),
      open: openTarget,
    };
    const flags = {
      dataDir,
      name: 'Noor Aziz',
      tz: 'Asia/Karachi',
      sendingAddress: 'noor@localhost',
    };
    expect(await runOwners('add', 'noor@example.org', flags, io)).toBe(0);
    expect(out[1]).toContain('sent noor@example.org a welcome email');

    const welcome = runtime.outbox
      .list()
      .find((email) => email.to[0]?.address === 'noor@example.org');
    expect(welcome?.subject).toBe('Welcome to followup: forward your interviews here');
    const link = /your settings: (\S+)/.exec(welcome?.text ?? '')?.[1] ?? '';
    expect(link.startsWith(`http://127.0.0.1:${runtime.httpPort}/l/`)).toBe(true);

    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const body = await page.text();
    expect(body).toContain('noor@example.org · times in Asia/Karachi');
    expect(body).toContain('No interviews yet.');
    expect(body).not.toContain('first@example.com');

    // A form on the page, posted as the browser does from the page itself.
    const paused = await fetch(link, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'sec-fetch-site': 'same-origin',
      },
      body: 'intent=pause',
    });
    expect(paused.status).toBe(200);
    expect((await runtime.deps.owners.get('noor@example.org'))?.paused).toBe(true);
    expect((await runtime.deps.owners.get('first@example.com'))?.paused).toBeFalsy();
  });
});
