// `followup forward` into a real local runtime over a real SMTP socket: the README's example is
// logged for its owner, anyone else is refused with the server's reason, and the command says
// plainly when nothing listens or the interview is already past.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ForwardFlags, runForward } from '../../cli/commands/forward.js';
import type { DevRuntime } from '../../cli/dev/runtime.js';
import { flagsOf } from '../support/command-line.js';
import { startTestRuntime } from '../support/dev-runtime.js';

const example = fileURLToPath(new URL('../../examples/confirmation.eml', import.meta.url));
let dir: string;
let runtime: DevRuntime;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'followup-forward-'));
  runtime = await startTestRuntime({
    dataDir: dir,
    owners: [{ email: 'sam@example.com', name: 'Sam Okafor' }],
    now: new Date('2027-11-30T19:00:00Z'),
    say: () => {},
  });
});

afterAll(async () => {
  await runtime?.close();
  await rm(dir, { recursive: true, force: true });
});

function io(now = '2027-11-30T19:00:00Z') {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      out: (l: string) => out.push(l),
      err: (l: string) => err.push(l),
      now: () => new Date(now),
    },
    out,
    err,
  };
}

async function flags(...args: string[]) {
  return flagsOf<ForwardFlags>('forward', [
    'x.eml',
    '--server',
    `127.0.0.1:${runtime.smtpPort}`,
    ...args,
  ]);
}

describe('followup forward', () => {
  it('reads --as, --server and --to; --as is required', async () => {
    expect(await flagsOf<ForwardFlags>('forward', ['x.eml', '--as', 'Sam@Example.com'])).toEqual({
      as: 'sam@example.com',
      server: { host: '127.0.0.1', port: 2525 },
      to: 'interviews@localhost',
    });
    await expect(flagsOf('forward', ['x.eml'])).rejects.toThrow(/required option '--as <owner>'/);
    await expect(flagsOf('forward', ['x.eml', '--as', 'sam'])).rejects.toThrow(/--as <owner>/);
    await expect(
      flagsOf('forward', ['x.eml', '--as', 'sam@example.com', '--server', '2525']),
    ).rejects.toThrow(/expected host:port/);
  });

  it('forwards the example as its owner: logged, and the server says so', async () => {
    const run = io();
    expect(await runForward(example, await flags('--as', 'sam@example.com'), run.io)).toBe(0);
    expect(run.err).toEqual([]);
    expect(run.out.join('\n')).toMatch(/followup dev answered: 250 interview logged/);
    const [interview] = await runtime.deps.store.listInterviewsByOwner('sam@example.com');
    expect(interview).toMatchObject({
      company: 'Lumen Ridge Software',
      role: 'Senior Backend Engineer',
      start: expect.stringMatching(/^2027-12-07T22:00:00/),
      meetingUrl: 'https://zoom.example.com/j/84120577310',
    });
    expect(interview?.interviewers.map((p) => p.email)).toEqual([
      'daniel.okoro@lumenridge.example',
    ]);
    const ack = runtime.outbox
      .list()
      .find((m) => m.to.some((to) => to.address === 'sam@example.com'));
    expect(ack?.subject).toMatch(/Lumen Ridge/);
  });

  it('as someone who is not an owner: refused, with the server reason', async () => {
    const run = io();
    expect(await runForward(example, await flags('--as', 'lee@example.com'), run.io)).toBe(1);
    expect(run.err.join('\n')).toMatch(/followup dev refused it: 550 .*lee@example\.com/);
  });

  it('says when nothing listens, and when the file cannot be read', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    const closed = io();
    const to = { ...(await flags('--as', 'sam@example.com')), server: { host: '127.0.0.1', port } };
    expect(await runForward(example, to, closed.io)).toBe(1);
    expect(closed.err.join('\n')).toMatch(`nothing answers at 127.0.0.1:${port}`);
    expect(closed.err.join('\n')).toMatch(/npm start/);

    const missing = io();
    expect(await runForward(join(dir, 'nope.eml'), to, missing.io)).toBe(1);
    expect(missing.err.join('\n')).toMatch(/nope\.eml: cannot read it \(no such file\)/);
  });

  it('warns when the interview is already past, and still forwards it', async () => {
    const run = io('2028-01-01T00:00:00Z');
    expect(await runForward(example, await flags('--as', 'sam@example.com'), run.io)).toBe(0);
    expect(run.err.join('\n')).toMatch(
      /warning: the interview in .*confirmation\.eml \(Tue 7 Dec 2027, 14:00 PST \(America\/Los_Angeles\)\) is in the past/,
    );
  });
});
