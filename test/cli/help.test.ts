// Every command's --help lists each option it reads, with its default; an unknown option or a
// bad value is refused with exit code 2 before the command runs. The expectations come from the
// program's own option declarations, so a new option is covered as soon as it exists.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { followupProgram } from '../../cli/program.js';
import { readCommandLine } from '../support/command-line.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const commands = followupProgram().commands;
/** Every command that runs, a group's subcommands by their full name (`owners add`). */
const leaves = commands.flatMap((command) =>
  command.commands.length > 0
    ? command.commands.map((sub) => [`${command.name()} ${sub.name()}`, sub] as const)
    : [[command.name(), command] as const],
);

/** What the help shows as an option's default, or null when it has none to show. */
function shownDefault(option: Option): string | null {
  if (option.defaultValueDescription) return option.defaultValueDescription;
  if (option.defaultValue === undefined || option.isBoolean()) return null;
  return JSON.stringify(option.defaultValue);
}

/** A valid value for each required option. */
const SAMPLE: Record<string, string> = {
  '--as': 'sam@example.com',
  '--tz': 'Europe/Madrid',
  '--sending-address': 'sam@followups.example.dev',
};

/** Help wraps long lines; compare with the wrapping undone. */
const unwrapped = (text: string) => text.replace(/\s+/g, ' ');

function run(args: string[]) {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  return spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
}

describe('followup --help', () => {
  it('lists every command', async () => {
    const read = await readCommandLine(['--help']);
    expect(read.code).toBe(0);
    expect(commands.length).toBeGreaterThanOrEqual(5);
    for (const command of commands) expect(read.out).toMatch(new RegExp(`\\n  ${command.name()} `));
  });

  describe.each(leaves)('followup %s', (name, command) => {
    it('--help lists each option with its default', async () => {
      const read = await readCommandLine([...name.split(' '), '--help']);
      expect(read.code).toBe(0);
      expect(read.ran).toBeNull();
      const help = unwrapped(read.out);
      for (const option of command.options) {
        expect(help).toContain(` ${option.flags} `);
        expect(help).toContain(unwrapped(option.description));
        const shown = shownDefault(option);
        if (shown !== null) expect(help).toContain(`(default: ${unwrapped(shown)})`);
      }
    });

    it('refuses an unknown option with exit code 2, running nothing', async () => {
      // A required option is checked first; any valid value gets past it.
      const required = command.options
        .filter((option) => option.mandatory)
        .flatMap((option) => [option.long ?? '', SAMPLE[option.long ?? ''] ?? '']);
      const read = await readCommandLine([
        ...name.split(' '),
        'x.eml',
        ...required,
        '--no-such-option',
      ]);
      expect([read.code, read.ran]).toEqual([2, null]);
      expect(read.err).toContain("unknown option '--no-such-option'");
    });
  });

  it('is what `npm start -- --help` prints: the dev options', () => {
    const start = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')).scripts.start as string;
    const [node, ...args] = start.split(' ');
    expect(node).toBe('node');
    const help = run([...args, '--help']);
    expect(help.status).toBe(0);
    const dev = commands.find((command) => command.name() === 'dev');
    expect(dev?.options.length).toBeGreaterThan(5);
    for (const option of dev?.options ?? []) expect(help.stdout).toContain(option.flags);
  });
});

describe('bad values', () => {
  it.each([
    ['parse', 'x.eml', '--tz', 'Mars/Olympus'],
    ['plan', 'x.eml', '--now', 'next tuesday'],
    ['dev', '--http-port', '-1'],
    ['dev', '--time-scale', 'fast'],
    ['demo', '--days', '0'],
    ['demo', '--url', 'localhost 8787'],
    ['plan'],
  ])('followup %s … exits 2 with the reason', async (...args) => {
    const read = await readCommandLine(args);
    expect([read.code, read.ran]).toEqual([2, null]);
    expect(read.err).toMatch(
      /^error: (option '.*' argument '.*' is invalid\. \S|missing required argument)/,
    );
  });
});
