// No `followup` command prints the AWS SDK's Node-version warning: the user cannot act on it
// (the lockfile pins the SDK). Checked on a command that builds SDK clients: doctor, pointed at
// a closed local port so it fails fast without a network.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../cli/bin/followup.js', import.meta.url));
const nodeMajor = Number(process.versions.node.split('.')[0]);

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function offlineAwsEnv(): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'secret',
    AWS_ENDPOINT_URL: `http://127.0.0.1:${await closedPort()}`,
    AWS_MAX_ATTEMPTS: '1',
    AWS_CONFIG_FILE: '/nonexistent',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
  };
  delete env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED;
  delete env.AWS_PROFILE;
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

describe.runIf(nodeMajor < 22)('the AWS SDK Node-version warning (Node < 22)', () => {
  it('is what the SDK prints without the CLI (so the next check can see it)', async () => {
    const run = spawnSync(
      process.execPath,
      ['-e', "new (require('@aws-sdk/client-sqs').SQSClient)({ region: 'eu-west-1' })"],
      { env: await offlineAwsEnv(), encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.stderr).toContain('NodeVersionSupportWarning');
  });

  it('is not printed by followup doctor, whose clients load the SDK', async () => {
    const run = spawnSync(process.execPath, [bin, 'doctor', '--region', 'eu-west-1'], {
      env: await offlineAwsEnv(),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stdout).toContain('followup doctor · stack Followup · eu-west-1');
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/Warning/);
  });
});
