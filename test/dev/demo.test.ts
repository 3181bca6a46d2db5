// `followup demo` against a dev runtime: it forwards the sample, walks the plan and prints what
// arrived, with the links to open.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseEmail } from '#parse/parse-email.js';
import { runDemo } from '../../cli/commands/demo.js';
import type { DevRuntime } from '../../cli/dev/runtime.js';
import { sampleConfirmation } from '../../cli/dev/sample-confirmation.js';
import { readCommandLine } from '../support/command-line.js';
import { startTestRuntime } from '../support/dev-runtime.js';

let dir: string;
let runtime: DevRuntime;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'followup-demo-test-'));
  runtime = await startTestRuntime({
    dataDir: dir,
    owners: [{ email: 'sam@example.com', name: 'Sam Okafor' }],
    timezone: 'America/Chicago',
    now: new Date('2027-02-03T15:00:00Z'),
  });
});

afterAll(async () => {
  await runtime?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the sample confirmation', () => {
  it('is understood: the next weekday two days on, 3 pm New York, Maya Chen, video link', async () => {
    const sample = sampleConfirmation({
      ownerEmail: 'sam@example.com',
      ownerName: 'Sam "<b>" Okafor',
      inboundAddress: 'interviews@localhost',
      now: new Date('2027-02-05T15:00:00Z'), // a Friday: two days on is Sunday → Monday
    });
    expect(sample.start.toISOString()).toBe('2027-02-08T20:00:00.000Z');
    const parsed = await parseEmail(sample.raw, { timezone: 'America/New_York' });
    expect(parsed).toMatchObject({
      kind: 'scheduled',
      company: 'Northwind Robotics',
      role: 'Platform Engineer',
      interviewers: [{ name: 'Maya Chen', email: 'maya.chen@northwind.example' }],
      meetingUrl: 'https://meet.example.com/nwr-qxtd-plm',
    });
    expect(Date.parse(parsed.start ?? '')).toBe(sample.start.getTime());
    expect(Date.parse(parsed.end ?? '')).toBe(sample.end.getTime());
  });
});

describe('followup demo', () => {
  it('leaves a running dev server alone and runs the sample on a server of its own', async () => {
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      lines.push(args.join(' '));
    });
    const before = runtime.clock.now().getTime();
    let code: number;
    try {
      code = await runDemo({ url: `http://127.0.0.1:${runtime.httpPort}`, days: 10, exit: true });
    } finally {
      log.mockRestore();
    }
    const output = lines.join('\n');
    expect(code).toBe(0);
    expect(output).toContain(`A dev server answers at http://127.0.0.1:${runtime.httpPort}`);
    expect(output).toMatch(/Subject: .*Northwind Robotics/);
    expect(output).toMatch(/thank-you fired/);
    expect(output).toContain('a thank-you draft was ready for review');
    // The named interviewer is greeted by name, never with the nameless "Hello,".
    expect(output).toContain('Hi Maya,');
    expect(output).not.toMatch(/^\s*Hello,\s*$/m);
    expect(runtime.outbox.list()).toEqual([]);
    expect(await runtime.deps.store.listInterviewsByOwner('sam@example.com')).toEqual([]);
    expect(runtime.clock.now().getTime() - before).toBeLessThan(3_600_000);
  });

  it('says nothing about another server when none answers', async () => {
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      lines.push(args.join(' '));
    });
    let code: number;
    try {
      // Nothing listens on port 1.
      code = await runDemo({ url: 'http://127.0.0.1:1', days: 1, exit: true });
    } finally {
      log.mockRestore();
    }
    const output = lines.join('\n');
    expect(code).toBe(0);
    expect(output).not.toContain('A dev server answers');
    expect(output).toContain('Started a demo server on a temporary data dir');
    expect(output).toMatch(/thank-you fired/);
  });

  it('answers bad flags clearly, exit code 2', async () => {
    const days = await readCommandLine(['demo', '--days', 'zero']);
    const url = await readCommandLine(['demo', '--url', 'not a url']);
    expect([days.code, url.code, days.ran, url.ran]).toEqual([2, 2, null, null]);
    expect(days.err).toMatch(/--days <n>.*'zero' is invalid/);
    expect(url.err).toMatch(/--url <url>.*'not a url' is invalid/);
  });
});
