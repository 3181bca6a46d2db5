// Every `followup` command with its arguments, options and defaults, read by one parser
// (commander). A command's code is loaded only when it runs, so `followup parse` does not pay for
// the dev server's imports. Bad input (an unknown option, a bad value, a missing argument)
// exits 2; `--help` and `--version` exit 0.
import { Command, CommanderError, Help, Option } from 'commander';
import { DEFAULT_ZONE } from '#core/domain.js';
import type { DemoFlags } from './commands/demo.js';
import type { DoctorFlags } from './commands/doctor.js';
import type { ForwardFlags } from './commands/forward.js';
import type { OwnersTarget, OwnersVerb } from './commands/owners.js';
import type { ParseFlags } from './commands/parse.js';
import type { PlanFlags } from './commands/plan.js';
import { DEFAULT_OWNER, type DevFlags, systemZone } from './dev/options.js';
import {
  eachOf,
  emailAddress,
  hostAndPort,
  owner,
  personName,
  port,
  positiveNumber,
  smtpRelayUrl,
  url,
  when,
  zone,
} from './option-values.js';

/** What each command does once its command line is read; each answers an exit code. */
export interface CommandRunners {
  parse(files: string[], flags: ParseFlags): Promise<number>;
  plan(file: string, flags: PlanFlags): Promise<number>;
  dev(flags: DevFlags): Promise<number>;
  demo(flags: DemoFlags): Promise<number>;
  doctor(flags: DoctorFlags): Promise<number>;
  forward(file: string, flags: ForwardFlags): Promise<number>;
  owners(verb: OwnersVerb, email: string | null, flags: OwnersTarget): Promise<number>;
}

const lazyRunners: CommandRunners = {
  parse: async (files, flags) => (await import('./commands/parse.js')).runParse(files, flags),
  plan: async (file, flags) => (await import('./commands/plan.js')).runPlan(file, flags),
  dev: async (flags) => (await import('./commands/dev.js')).runDev(flags),
  demo: async (flags) => (await import('./commands/demo.js')).runDemo(flags),
  doctor: async (flags) => (await import('./commands/doctor.js')).runDoctor(flags),
  forward: async (file, flags) => (await import('./commands/forward.js')).runForward(file, flags),
  owners: async (verb, email, flags) =>
    (await import('./commands/owners.js')).runOwners(verb, email, flags),
};

/** Where the parser writes help and errors; the process's own streams unless a test says. */
export interface CliOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processOutput: CliOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/**
 * Commander shows a default only when there is a value; some defaults are decided later (this
 * machine's zone, the real time), so their description is shown too.
 */
function withDescribedDefault(this: Help, option: Option): string {
  const text = Help.prototype.optionDescription.call(this, option);
  return option.defaultValue === undefined && option.defaultValueDescription
    ? `${text} (default: ${option.defaultValueDescription})`
    : text;
}

export function followupProgram(
  runners: CommandRunners = lazyRunners,
  output: CliOutput = processOutput,
  done: (code: number) => void = () => {},
): Command {
  const program = new Command()
    .name('followup')
    .description(
      'The interview follow-up autopilot: forward a confirmation, get the follow-ups right.',
    )
    .version('0.1.0')
    // Set before the commands are added: each command inherits them.
    .exitOverride()
    .configureOutput({ writeOut: output.out, writeErr: output.err })
    .showHelpAfterError('(add --help for the options)')
    .configureHelp({ optionDescription: withDescribedDefault });

  program
    .command('parse')
    .description('print what followup understands from forwarded confirmation emails')
    .argument('<files...>', '.eml files')
    .addOption(
      new Option('--tz <zone>', "the seeker's IANA zone, for times written without one")
        .default(DEFAULT_ZONE)
        .argParser(zone),
    )
    .option('--json', 'one JSON object per file, one per line')
    .action(async (files: string[], flags: ParseFlags) => done(await runners.parse(files, flags)));

  program
    .command('plan')
    .description('dry run: the interview and every step with its due time, as if forwarded now')
    .argument('<file>', '.eml file')
    .addOption(
      new Option('--tz <zone>', "the seeker's IANA zone").default(DEFAULT_ZONE).argParser(zone),
    )
    .addOption(
      new Option(
        '--now <time>',
        'pretend it is this date or time, in --tz unless it has an offset (2027-03-01, 2027-03-01T09:00, 2027-03-01T14:00Z)',
      )
        .default(undefined, 'the real time')
        .argParser(when),
    )
    .option('--json', 'print one JSON object')
    .action(async (file: string, flags: PlanFlags) => done(await runners.plan(file, flags)));

  program
    .command('dev')
    .description('run the whole product locally (what `npm start` runs)')
    .addOption(
      new Option('--data-dir <dir>', 'store, raw mail, outbox and dev clock').default('.followup'),
    )
    .addOption(
      new Option(
        '--owner <address>',
        'who may forward: EMAIL or "Name <EMAIL>"; repeat for more owners',
      )
        .default([], DEFAULT_OWNER.email)
        .argParser(eachOf(owner)),
    )
    .addOption(
      new Option('--owner-name <name>', "the first owner's name, which signs the drafts")
        .default(undefined, 'none: drafts are signed without a name')
        .argParser(personName),
    )
    .addOption(
      new Option('--tz <zone>', "the owners' IANA zone")
        .default(undefined, `this machine's zone, ${systemZone()}`)
        .argParser(zone),
    )
    .addOption(
      new Option('--inbound-address <email>', 'where owners forward to')
        .default('interviews@localhost')
        .argParser(emailAddress),
    )
    .addOption(
      new Option('--time-scale <n>', 'run the dev clock n times faster than real time')
        .default(1)
        .argParser(positiveNumber(1_000_000)),
    )
    .addOption(
      new Option(
        '--now <time>',
        'start the dev clock at this date or time (in --tz unless it has an offset)',
      )
        .default(undefined, 'where it was left, else the real time')
        .argParser(when),
    )
    .addOption(
      new Option(
        '--smtp-relay <url>',
        'also relay every outgoing email through smtp://…',
      ).argParser(smtpRelayUrl),
    )
    .addOption(
      new Option('--smtp-port <n>', 'SMTP inbound port; 0 picks a free one')
        .default(2525)
        .argParser(port),
    )
    .addOption(
      new Option('--http-port <n>', 'web port (link pages, dashboard, outbox); 0 picks a free one')
        .default(8787)
        .argParser(port),
    )
    .addOption(
      new Option('--host <address>', 'the address both servers listen on').default('127.0.0.1'),
    )
    .action(async (flags: DevFlags) => done(await runners.dev(flags)));

  program
    .command('demo')
    .description(
      'run a sample confirmation on a dev server of its own, up to a thank-you draft ready for review',
    )
    .addOption(
      new Option(
        '--url <url>',
        'where your own dev server may answer: the demo only says it leaves it alone (its clock and data); it always runs on a server of its own, on a temporary data dir',
      )
        .default('http://127.0.0.1:8787')
        .argParser(url),
    )
    .addOption(
      new Option(
        '--days <n>',
        'the walk stops once a thank-you draft waits for review, and at the latest this many days past the interview',
      )
        .default(24)
        .argParser(positiveNumber(120)),
    )
    .option(
      '--exit',
      "stop the demo's server at the end instead of waiting for Ctrl-C (its links go with it, so none are printed)",
    )
    .action(async (flags: DemoFlags) => done(await runners.demo(flags)));

  program
    .command('doctor')
    .summary('read-only checks of a deployed stack, each with its fix')
    .description(
      'Read-only checks of a deployed followup stack with your AWS credentials, each with its fix: SES identity and DKIM, production access, the active receipt rule set, the MX record, the link pages, the dead-letter queue.',
    )
    .option('--stack-name <name>', 'the CloudFormation stack', 'Followup')
    .addOption(
      new Option('--region <region>', 'where it is deployed').default(
        undefined,
        "AWS_REGION, else the profile's region",
      ),
    )
    .option('--profile <profile>', 'a named profile of ~/.aws/config')
    .option('--json', 'print the results as one JSON object')
    .action(async (flags: DoctorFlags) => done(await runners.doctor(flags)));

  program
    .command('forward')
    .description(
      'forward an .eml to the local runtime (followup dev) as an owner would, and print what its SMTP server answered',
    )
    .argument('<file>', 'the .eml file to forward, for example examples/confirmation.eml')
    .addOption(
      new Option('--as <owner>', "the owner's address: the forward's From")
        .makeOptionMandatory()
        .argParser(emailAddress),
    )
    .addOption(
      new Option('--server <host:port>', "followup dev's SMTP inbound")
        .default(hostAndPort('127.0.0.1:2525'), '127.0.0.1:2525')
        .argParser(hostAndPort),
    )
    .addOption(
      new Option('--to <address>', "followup dev's inbound address")
        .default('interviews@localhost')
        .argParser(emailAddress),
    )
    .action(async (file: string, flags: ForwardFlags) => done(await runners.forward(file, flags)));

  const owners = program
    .command('owners')
    .description(
      'add, list, change, remove, export or welcome the owners of the local runtime or of a deployed stack (--stack)',
    );
  const dataDir = () =>
    new Option('--data-dir <dir>', "the local runtime's data (followup dev's)").default(
      '.followup',
    );
  /** Every verb works on the local data dir or, with --stack, on a deployed stack. */
  const target = (command: Command) =>
    command
      .addOption(dataDir())
      .addOption(
        new Option(
          '--stack <name>',
          "a deployed stack's name: change its owners (your AWS credentials)",
        ).conflicts('dataDir'),
      )
      .addOption(
        new Option('--region <region>', 'with --stack: its region').default(
          undefined,
          "AWS_REGION, else the profile's region",
        ),
      )
      .option('--profile <profile>', 'with --stack: a named profile of ~/.aws/config');
  const ownerEmail = ['<email>', "the owner's address (the one they forward from)"] as const;
  target(owners.command('add'))
    .description('add an owner')
    .argument(...ownerEmail)
    .addOption(
      new Option('--name <name>', 'the name drafts are signed with').default(undefined, 'none'),
    )
    .addOption(new Option('--tz <zone>', "the owner's IANA zone").makeOptionMandatory())
    .addOption(
      new Option(
        '--sending-address <email>',
        "the address on the deployment's domain their drafts go out from",
      ).makeOptionMandatory(),
    )
    .addOption(
      new Option('--signature <text>', 'closes every draft').default(undefined, 'the name alone'),
    )
    .action(async (email: string, flags: OwnersTarget) =>
      done(await runners.owners('add', email, flags)),
    );
  target(owners.command('list'))
    .description('list the owners')
    .option('--json', 'print one JSON array')
    .action(async (flags: OwnersTarget) => done(await runners.owners('list', null, flags)));
  target(owners.command('set'))
    .description("change an owner's settings; what is not given stays")
    .argument(...ownerEmail)
    .addOption(
      new Option('--name <name>', 'the name drafts are signed with').default(
        undefined,
        'unchanged',
      ),
    )
    .addOption(new Option('--tz <zone>', "the owner's IANA zone").default(undefined, 'unchanged'))
    .addOption(
      new Option('--signature <text>', 'closes every draft').default(undefined, 'unchanged'),
    )
    .addOption(
      new Option('--waking <from-to>', 'when reminders may reach them, 08:00-21:00').default(
        undefined,
        'unchanged',
      ),
    )
    .addOption(
      new Option(
        '--steps-off <kinds>',
        'steps switched off, comma-separated: prep,thank_you,follow_up,call,close_out',
      ).default(undefined, 'unchanged'),
    )
    .addOption(
      new Option(
        '--decision-days <n>',
        'the decision timeline assumed when an interview states none',
      ).default(undefined, 'unchanged'),
    )
    .option('--pause', 'no reminder and no send until --resume')
    .option('--resume', 'undo --pause')
    .option(
      '--rotate-secret',
      'a new secret for their own inbound address; the old one stops working',
    )
    .option('--digest', 'send them a weekly summary')
    .option('--no-digest', 'no weekly summary')
    .addOption(
      new Option('--sending-address <email>', 'move their drafts to this address').default(
        undefined,
        'unchanged',
      ),
    )
    .action(async (email: string, flags: OwnersTarget) =>
      done(await runners.owners('set', email, flags)),
    );
  target(owners.command('remove'))
    .description('remove an owner (their interviews stay, unless --delete-data)')
    .argument(...ownerEmail)
    .option(
      '--delete-data',
      'also delete their interviews, steps, tokens, sent-mail records, counters and schedules',
    )
    .action(async (email: string, flags: OwnersTarget) =>
      done(await runners.owners('remove', email, flags)),
    );
  target(owners.command('welcome'))
    .description('send an owner the welcome email again (what to forward where, their page)')
    .argument(...ownerEmail)
    .action(async (email: string, flags: OwnersTarget) =>
      done(await runners.owners('welcome', email, flags)),
    );
  target(owners.command('export'))
    .description("print an owner's record, interviews and steps as JSON")
    .argument(...ownerEmail)
    .action(async (email: string, flags: OwnersTarget) =>
      done(await runners.owners('export', email, flags)),
    );

  return program;
}

/**
 * Runs one command line (without the node and script paths) and answers the exit code: the
 * command's own, 0 after --help or --version, 2 when the line itself is wrong.
 */
export async function runCli(
  args: string[],
  runners?: CommandRunners,
  output?: CliOutput,
): Promise<number> {
  let code = 0;
  const program = followupProgram(runners, output, (result) => {
    code = result;
  });
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  return code;
}
