// The dev runtime's own guarantees: one process per data dir, and catching up after downtime.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DevRuntime } from '../../cli/dev/runtime.js';
import { sampleConfirmation } from '../../cli/dev/sample-confirmation.js';
import { startTestRuntime } from '../support/dev-runtime.js';

let dir: string;
const running: DevRuntime[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'followup-runtime-'));
});
afterEach(async () => {
  for (const runtime of running.splice(0)) await runtime.close();
  await rm(dir, { recursive: true, force: true });
});

const OWNER = { email: 'sam@example.com', name: 'Sam Okafor' };

async function start(options: { now?: Date; intervalMs?: number } = {}) {
  const runtime = await startTestRuntime({
    dataDir: dir,
    owners: [OWNER],
    now: options.now,
    schedulerIntervalMs: options.intervalMs ?? 60_000,
  });
  running.push(runtime);
  return runtime;
}

describe('startDevRuntime', () => {
  it('refuses a data dir another runtime is using, saying so', async () => {
    await start();
    await expect(start()).rejects.toThrow(
      new RegExp(`in use by another followup dev \\(pid ${process.pid}\\)`),
    );
  });

  it('fires what fell due while it was stopped, on the next start', async () => {
    const now = new Date('2026-11-09T17:41:00Z');
    const first = await start({ now });
    const sample = sampleConfirmation({
      ownerEmail: OWNER.email,
      ownerName: OWNER.name,
      inboundAddress: 'interviews@localhost',
      now,
    });
    const transport = createTransport({ host: '127.0.0.1', port: first.smtpPort, ignoreTLS: true });
    await transport.sendMail({
      envelope: { from: OWNER.email, to: ['interviews@localhost'] },
      raw: sample.raw,
    });
    transport.close();
    const [interview] = await first.deps.store.listInterviewsByOwner(OWNER.email);
    if (!interview) throw new Error('not logged');
    const thankYou = await first.deps.store.getStep(interview.id, 'thank_you');
    expect(thankYou?.status).toBe('scheduled');
    await first.close();
    running.splice(0);
    // A crashed runtime leaves its lock behind; a dead pid's lock is taken over.
    await writeFile(join(dir, 'dev.lock'), '999999999');

    // Back a day after the interview: the loop's first round catches up with no /dev/advance.
    const second = await start({ now: new Date(sample.end.getTime() + 24 * 3_600_000) });
    const subjects = () => second.outbox.list().map((e) => e.subject);
    await expect
      .poll(subjects, { timeout: 20_000 })
      .toContainEqual(expect.stringMatching(/thank-you/i));
    expect((await second.deps.store.getStep(interview.id, 'thank_you'))?.status).toBe('reminded');
    expect((await second.deps.store.getStep(interview.id, 'prep'))?.status).not.toBe('scheduled');
  });

  it('keeps the dev clock in clock.json', async () => {
    const runtime = await start({ now: new Date('2027-01-04T12:00:00Z') });
    await runtime.advance(5);
    const state = JSON.parse(await readFile(join(dir, 'clock.json'), 'utf8')) as {
      offsetMs: number;
    };
    const expected = Date.parse('2027-01-04T17:00:00Z') - Date.now();
    expect(Math.abs(state.offsetMs - expected)).toBeLessThan(60_000);
  });
});
