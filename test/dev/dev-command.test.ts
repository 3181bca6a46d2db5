// `followup dev` as a person runs it: a child process that prints its banner, serves, and stops
// cleanly on SIGINT / SIGTERM with the state kept.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../cli/bin/followup.js', import.meta.url));
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'followup-devcmd-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function startDev(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [bin, 'dev', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_EXTRA_CA_CERTS: '', ...env },
  });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const banner = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', () => {
      if (out.includes('Ctrl-C stops it')) resolve(out);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code} before the banner:\n${out}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, banner, exited, output: () => out };
}

async function stop(child: ChildProcess, exited: Promise<number | null>, signal: NodeJS.Signals) {
  child.kill(signal);
  return exited;
}

describe('followup dev (the command)', () => {
  it('says what listens where, serves, and shuts down cleanly on SIGINT keeping its state', async () => {
    const dev = startDev([
      '--data-dir',
      dir,
      '--smtp-port',
      '0',
      '--http-port',
      '0',
      '--owner',
      'Sam Okafor <sam@example.com>',
      '--tz',
      'America/New_York',
    ]);
    const banner = await dev.banner;
    const web = /Web\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(banner)?.[1];
    expect(banner).toMatch(/SMTP inbound\s+127\.0\.0\.1:\d+/);
    expect(banner).toContain('interviews@localhost (forwards) and sam@localhost (replies)');
    expect(banner).toContain('npx followup demo');
    expect(banner).toMatch(
      /npx followup forward examples\/confirmation\.eml --as sam@example\.com --server 127\.0\.0\.1:\d+/,
    );
    expect(banner).toMatch(/Owners' zone\s+America\/New_York \(from --tz\)/);
    const info = (await (await fetch(`${web}/dev/info`)).json()) as { owners: { name: string }[] };
    expect(info.owners[0]?.name).toBe('Sam Okafor');
    expect(await stop(dev.child, dev.exited, 'SIGINT')).toBe(0);
    expect(dev.output()).toContain('stopped; state kept in');
    expect((await readdir(dir)).sort()).toEqual(expect.arrayContaining(['clock.json', 'dynamo']));
  });

  it('stops on SIGTERM too, and a second start on the same data dir works; on a UTC machine it asks for --tz', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const dev = startDev(['--data-dir', dir, '--smtp-port', '0', '--http-port', '0'], {
        TZ: 'Etc/UTC',
      });
      expect(await dev.banner).toMatch(
        /Owners' zone\s+(Etc\/)?UTC \(this machine's zone\) — probably not yours[\s\S]*Restart with your zone, e\.g\. --tz America\/New_York/,
      );
      expect(await stop(dev.child, dev.exited, signal), dev.output()).toBe(0);
    }
  });

  it('answers bad flags with the problem, exit code 2', () => {
    for (const [flags, message] of [
      [
        ['--tz', 'Mars/Olympus'],
        /--tz <zone>.*'Mars\/Olympus' is invalid\. not a valid IANA time zone/,
      ],
      [['--nope'], /unknown option '--nope'/],
    ] as const) {
      const run = spawnSync(process.execPath, [bin, 'dev', ...flags], {
        env: { ...process.env, NODE_EXTRA_CA_CERTS: '' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(message);
    }
  });
});
