// The kill test: the owner's "Review & send" POST, and the step function sending a queued
// approval, each run in a child process that is killed with SIGKILL at one numbered moment
// (before or after every store write, provider call and schedule change: every window there
// is), then the next run starts on the same table and outbox, as the local runtime does after
// a restart. Whatever the moment: every draft went out exactly once, or it may have gone out
// and waits on the owner's explicit answer; nothing is left in 'sending'.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { OutboxMailer } from '#adapters/local/outbox-mailer.js';
import { LocalScheduler } from '#adapters/scheduler/local-scheduler.js';
import type { AppDeps } from '#app/deps.js';
import { fireScheduled } from '#app/fire-scheduled.js';
import { seedOwners } from '#app/seed-owners.js';
import { STEP_LEASE_MS, uncertainDrafts } from '#core/send-lease.js';
import { memoryLogger } from '#ports/logger.js';
import { config } from '../emails/fixtures.js';
import { freshTable } from '../support/dynamo.js';
import { FakeClock } from '../support/fakes.js';
import {
  AFTER_HOURS,
  approveFields,
  get,
  link,
  OPEN_HOURS,
  post,
  seedInterview,
} from '../web/support.js';

let workDir = '';
let childScript = '';

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'followup-kill-'));
  childScript = join(workDir, 'send-run.mjs');
  // One bundle for every child: starting it costs a fraction of compiling TypeScript each time.
  await build({
    entryPoints: [join(import.meta.dirname, 'send-run.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: childScript,
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
});

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

interface World {
  deps: AppDeps;
  clock: FakeClock;
  scheduler: LocalScheduler;
  tableName: string;
  /** The outbox of the round under way: each round has its own directory. */
  outboxDir: string;
}

/**
 * Opens the round's outbox as a starting runtime does (it numbers on from what is on disk), so
 * the next email never takes the number of one a killed run wrote.
 */
async function openOutbox(w: World, dir = w.outboxDir) {
  w.outboxDir = dir;
  const outbox = await OutboxMailer.open({ dir, domain: config.domain, clock: w.clock });
  w.deps.mailer = outbox;
  return outbox;
}

/** A table and an outbox of their own, and the app over them as a restarted runtime has it. */
async function world(name: string, now: string): Promise<World> {
  const table = await freshTable();
  await seedOwners(table.owners, config.owners);
  const outboxDir = join(workDir, name, 'setup');
  const clock = new FakeClock(now);
  const scheduler = new LocalScheduler(table.doc, table.tableName, clock);
  const deps: AppDeps = {
    store: table.store,
    owners: table.owners,
    scheduler,
    mailer: await OutboxMailer.open({ dir: outboxDir, domain: config.domain, clock }),
    rawMail: {
      get: async () => {
        throw new Error('no raw mail here');
      },
    },
    clock,
    log: memoryLogger().logger,
    config,
    linkBaseUrl: 'https://links.example.net',
  };
  return { deps, clock, scheduler, tableName: table.tableName, outboxDir };
}

interface ChildRun {
  /** Null when the child was killed. */
  moments: number | null;
  status: string | null;
}

function runChild(
  w: World,
  killAt: number,
  run: { kind: 'post'; path: string; form: Record<string, string> } | { kind: 'fire' },
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript], {
      env: {
        ...process.env,
        RUN_KIND: run.kind,
        RUN_DYNAMO: inject('dynamoEndpoint'),
        RUN_TABLE: w.tableName,
        RUN_OUTBOX: w.outboxDir,
        RUN_NOW: w.clock.now().toISOString(),
        RUN_KILL_AT: String(killAt),
        RUN_PATH: run.kind === 'post' ? run.path : '',
        RUN_FORM: run.kind === 'post' ? JSON.stringify(run.form) : '{}',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal === 'SIGKILL') return resolve({ moments: null, status: null });
      if (code !== 0) return reject(new Error(`child exited ${code}: ${err}`));
      const line = JSON.parse(out.trim()) as { moments: number; status: string };
      resolve(line);
    });
  });
}

/** A fresh interview whose thank-you waits for review, with addresses of its own. */
async function interviewFor(w: World, id: string) {
  await openOutbox(w, join(workDir, id));
  const stored = await seedInterview(w.deps, {
    id,
    interviewers: [
      {
        name: 'Priya Natarajan',
        email: `priya.${id}@northwind.example`,
        timezone: null,
        topic: 'their Kafka migration',
      },
      {
        name: 'Dr. Tom Becker',
        email: `tom.${id}@northwind.example`,
        timezone: null,
        topic: 'the on-call rotation',
      },
    ],
  });
  const path = await link(w.deps, 'approve', stored.id, 'thank_you');
  const step = await w.deps.store.getStep(stored.id, 'thank_you');
  if (!step) throw new Error('no thank-you step');
  return { id: stored.id, path, form: approveFields(step) };
}

/** The restarted runtime: its clock past the lease, its scheduler firing whatever is due. */
async function restart(w: World, after: number) {
  w.clock.set(new Date(after + STEP_LEASE_MS + 2 * 60_000));
  await openOutbox(w);
  for (let round = 0; round < 5; round++) {
    const fired = await w.scheduler.fireDue((event) => fireScheduled(w.deps, event));
    if (fired.length === 0) break;
  }
}

/** How many emails of the round went to each address. */
async function sentTo(w: World, addresses: readonly string[]): Promise<number[]> {
  const sent = (await openOutbox(w)).list();
  return addresses.map(
    (address) => sent.filter((email) => email.to.some((to) => to.address === address)).length,
  );
}

/**
 * Every draft went out exactly once, or may have gone out (at most once) and waits on the owner,
 * whose explicit answer then finishes it; an approval the kill cut short left nothing behind.
 * Returns what the step was left in.
 */
async function expectOnceOrAsked(w: World, id: string, path: string): Promise<string> {
  const step = await w.deps.store.getStep(id, 'thank_you');
  if (!step) throw new Error('step vanished');
  const addresses = step.drafts.map((draft) => draft.interviewerEmail ?? '');
  const counts = await sentTo(w, addresses);
  expect(step.status, `${id} stuck`).not.toBe('sending');
  expect(await w.scheduler.pending(), `${id}: a schedule left behind`).toEqual([]);
  const unsure = uncertainDrafts(step.drafts);
  step.drafts.forEach((draft, index) => {
    const count = counts[index];
    if (draft.sentMessageId) expect(count, `${id} to ${draft.interviewerEmail}`).toBe(1);
    else if (unsure.includes(draft)) expect(count).toBeLessThanOrEqual(1);
    else expect(count, `${id}: nothing sent yet`).toBe(0);
  });
  switch (step.status) {
    case 'sent':
      expect(counts).toEqual([1, 1]);
      return 'sent';
    case 'reminded':
      // The kill came before the approval was recorded: the owner's click did nothing.
      expect(counts).toEqual([0, 0]);
      expect((await get(w.deps, path)).body).toContain('name="subject_0"');
      return 'not approved';
    case 'approved': {
      // Waiting on the owner: the page asks, and only the answer sends again.
      expect(unsure.length, `${id}: approved but nothing to ask`).toBeGreaterThan(0);
      const page = await get(w.deps, path);
      expect(page.body).toContain('may already have reached');
      const answer: Record<string, string> = { intent: 'resend' };
      step.drafts.forEach((draft, index) => {
        if (unsure.includes(draft)) answer[`attempted_${index}`] = draft.attemptedAt ?? '';
      });
      expect((await post(w.deps, path, answer)).body).toContain('<h1>Sent</h1>');
      const after = await sentTo(w, addresses);
      step.drafts.forEach((draft, index) => {
        const expected = (counts[index] ?? 0) + (unsure.includes(draft) ? 1 : 0);
        expect(after[index]).toBe(Math.max(1, expected));
      });
      expect((await w.deps.store.getStep(id, 'thank_you'))?.status).toBe('sent');
      return 'asked the owner';
    }
    default:
      throw new Error(`${id}: unexpected ${step.status}`);
  }
}

// Each round starts a child process: on a loaded machine that takes seconds, so the rounds get room.
describe('kill -9 during approve and send, then restart', { timeout: 600_000 }, () => {
  it('the owner\'s "Review & send": killed at every moment, each draft once or asked', async () => {
    const w = await world('approve', OPEN_HOURS);
    const clean = await interviewFor(w, 'approve-clean');
    const whole = await runChild(w, 0, { kind: 'post', ...clean });
    expect(whole.status).toBe('200');
    expect(await expectOnceOrAsked(w, clean.id, clean.path)).toBe('sent');
    const moments = whole.moments ?? 0;
    // Two drafts: the net, the approval, the claim, and per draft its attempt, the provider
    // call, the reply record and the Message-ID; then done, the net deleted, the link used.
    expect(moments).toBeGreaterThanOrEqual(2 * 13);

    const seen = new Map<string, number>();
    for (let at = 1; at <= moments; at++) {
      w.clock.set(OPEN_HOURS);
      const round = await interviewFor(w, `approve-${at}`);
      const run = await runChild(w, at, { kind: 'post', ...round });
      expect(run.moments, `killed at ${at}`).toBeNull();
      await restart(w, Date.parse(OPEN_HOURS));
      const state = await expectOnceOrAsked(w, round.id, round.path);
      seen.set(state, (seen.get(state) ?? 0) + 1);
    }
    // Every outcome was reached by some kill.
    expect([...seen.keys()].sort()).toEqual(['asked the owner', 'not approved', 'sent']);
  });

  it('a queued approval sent by the step function: killed at every moment, each draft once or asked', async () => {
    const w = await world('queued', AFTER_HOURS);
    const queue = async (id: string) => {
      w.clock.set(AFTER_HOURS);
      const round = await interviewFor(w, id);
      const queued = await post(w.deps, round.path, round.form);
      expect(queued.body).toContain('Queued for');
      const sendAt = (await w.deps.store.getStep(round.id, 'thank_you'))?.sendAt ?? '';
      w.clock.set(sendAt);
      return { ...round, sendAt };
    };
    const clean = await queue('queued-clean');
    const whole = await runChild(w, 0, { kind: 'fire' });
    expect(whole.status).toBe('send_sent');
    expect(await expectOnceOrAsked(w, clean.id, clean.path)).toBe('sent');
    const moments = whole.moments ?? 0;
    expect(moments).toBeGreaterThanOrEqual(2 * 11);

    const seen = new Set<string>();
    for (let at = 1; at <= moments; at++) {
      const round = await queue(`queued-${at}`);
      const run = await runChild(w, at, { kind: 'fire' });
      expect(run.moments, `killed at ${at}`).toBeNull();
      await restart(w, Date.parse(round.sendAt));
      seen.add(await expectOnceOrAsked(w, round.id, round.path));
    }
    expect([...seen].sort()).toEqual(['asked the owner', 'sent']);
  });
});
