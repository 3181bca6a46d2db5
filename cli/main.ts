// The `followup` command. Each subcommand lives in cli/commands/<name>.ts and is loaded only
// when used, so `followup parse` does not pay for the dev server's imports.
import { Command } from 'commander';

// The AWS SDK warns on Node < 22 that its releases after January 2027 will need Node 22. The
// lockfile pins the SDK, so a user of this command can do nothing about it; the variable is the
// SDK's own switch (@aws-sdk/core emitWarningIfUnsupportedVersion). Set before any SDK loads.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const program = new Command()
  .name('followup')
  .description(
    'The interview follow-up autopilot: forward a confirmation, get the follow-ups right.',
  )
  .version('0.1.0')
  .showHelpAfterError();

program
  .command('parse')
  .description('print what followup understands from forwarded confirmation emails')
  .argument('<files...>', '.eml files')
  .option('--tz <zone>', "the seeker's IANA zone, for times that carry none", 'America/New_York')
  .option('--json', 'one JSON object per file, one per line')
  .action(async (files: string[], options) => {
    const { runParse } = await import('./commands/parse.js');
    process.exitCode = await runParse(files, options);
  });

program
  .command('plan')
  .description('dry run: the interview and every step with its due time, as if forwarded now')
  .argument('<file>', '.eml file')
  .option('--tz <zone>', "the seeker's IANA zone", 'America/New_York')
  .option('--now <instant>', 'pretend it is this ISO instant')
  .option('--json', 'print one JSON object')
  .action(async (file: string, options) => {
    const { runPlan } = await import('./commands/plan.js');
    process.exitCode = await runPlan(file, options);
  });

program
  .command('dev')
  .description('run the whole product locally (what `npm start` runs)')
  .allowUnknownOption(true)
  .allowExcessArguments(true)
  .action(async (_options, command: Command) => {
    const { runDev } = await import('./commands/dev.js');
    process.exitCode = await runDev(command.args);
  });

program
  .command('demo')
  .description('forward a sample confirmation into a dev server and walk through the plan')
  .allowUnknownOption(true)
  .allowExcessArguments(true)
  .action(async (_options, command: Command) => {
    const { runDemo } = await import('./commands/demo.js');
    process.exitCode = await runDemo(command.args);
  });

program
  .command('doctor')
  .description('read-only checks of a deployed stack, each with its fix')
  // runDoctor parses its own flags (and --help) from the raw arguments.
  .helpOption(false)
  .allowUnknownOption(true)
  .allowExcessArguments(true)
  .action(async (_options, command: Command) => {
    const { runDoctor } = await import('./commands/doctor.js');
    process.exitCode = await runDoctor(command.args);
  });

await program.parseAsync(process.argv);
