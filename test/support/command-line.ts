// Reads a `followup` command line through the real parser (cli/program.ts) with runners that only
// record what they were given: what a command receives, and what the parser printed.
import { type CommandRunners, runCli } from '../../cli/program.js';

export interface ReadCommandLine {
  code: number;
  /** The command that would have run, with its arguments and flags; null when none did. */
  ran: { command: keyof CommandRunners; args: unknown[] } | null;
  out: string;
  err: string;
}

export async function readCommandLine(args: string[]): Promise<ReadCommandLine> {
  let ran: ReadCommandLine['ran'] = null;
  const record =
    (command: keyof CommandRunners) =>
    async (...given: unknown[]) => {
      ran = { command, args: given };
      return 0;
    };
  const runners: CommandRunners = {
    parse: record('parse'),
    plan: record('plan'),
    dev: record('dev'),
    demo: record('demo'),
    doctor: record('doctor'),
    forward: record('forward'),
    owners: record('owners'),
  };
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, runners, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  });
  return { code, ran, out: out.join(''), err: err.join('') };
}

/** The flags `followup <command> …args` gives its runner (the last value it receives). */
export async function flagsOf<T>(command: keyof CommandRunners, args: string[]): Promise<T> {
  const read = await readCommandLine([command, ...args]);
  if (read.code !== 0 || !read.ran) throw new Error(`followup ${command}: ${read.err}`);
  return read.ran.args.at(-1) as T;
}
