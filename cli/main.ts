// The `followup` command: cli/program.ts reads the command line, cli/commands/<name>.ts runs it.

// The AWS SDK warns on Node < 22 that its releases after January 2027 will need Node 22. The
// lockfile pins the SDK, so a user of this command can do nothing about it; the variable is the
// SDK's own switch (@aws-sdk/core emitWarningIfUnsupportedVersion). Set before any SDK loads.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const { runCli } = await import('./program.js');
process.exitCode = await runCli(process.argv.slice(2));
