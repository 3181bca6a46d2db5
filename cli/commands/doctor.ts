// `followup doctor`: read-only checks of a deployed stack with the user's own AWS credentials.
// Each check prints pass, warn or fail, and for anything but a pass, the fix.
import { promises as dns } from 'node:dns';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { SESClient } from '@aws-sdk/client-ses';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SQSClient } from '@aws-sdk/client-sqs';
import { awsProbes, type DoctorClients } from '../doctor/aws-probes.js';
import type { CheckResult } from '../doctor/checks.js';
import { runDoctorChecks } from '../doctor/run-checks.js';

export interface DoctorFlags {
  stackName: string;
  /** Else AWS_REGION or the profile's region. */
  region?: string;
  /** A named profile of ~/.aws/config. */
  profile?: string;
  json?: boolean;
}

export interface DoctorIo {
  out: (line: string) => void;
  err: (line: string) => void;
  resolveMx: DoctorClients['resolveMx'];
  fetch: typeof globalThis.fetch;
}

const defaultIo: DoctorIo = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  resolveMx: (domain) => dns.resolveMx(domain),
  fetch: globalThis.fetch,
};

const MARK = { pass: '✓', warn: '!', fail: '✗' } as const;

export function formatResults(results: CheckResult[]): string[] {
  const width = Math.max(...results.map((r) => r.title.length));
  return results.flatMap((r) => [
    `  ${MARK[r.status]} ${r.status.padEnd(4)}  ${r.title.padEnd(width)}  ${r.detail}`,
    ...(r.fix ? [`           fix: ${r.fix}`] : []),
  ]);
}

export async function runDoctor(flags: DoctorFlags, io: DoctorIo = defaultIo): Promise<number> {
  const clientConfig = {
    ...(flags.region ? { region: flags.region } : {}),
    ...(flags.profile ? { profile: flags.profile } : {}),
  };
  const cloudFormation = new CloudFormationClient(clientConfig);
  let region: string;
  try {
    region = await cloudFormation.config.region();
  } catch {
    region = '';
  }
  if (!region) {
    io.err(
      'followup doctor: no AWS region: pass --region, set AWS_REGION, or use a --profile with a region',
    );
    return 2;
  }
  const clients: DoctorClients = {
    cloudFormation,
    sesv2: new SESv2Client({ ...clientConfig, region }),
    ses: new SESClient({ ...clientConfig, region }),
    sqs: new SQSClient({ ...clientConfig, region }),
    resolveMx: io.resolveMx,
    fetch: io.fetch,
  };
  const stackName = flags.stackName;
  const results = await runDoctorChecks(awsProbes(clients), { stackName, region });
  const failed = results.filter((r) => r.status === 'fail').length;
  const warned = results.filter((r) => r.status === 'warn').length;

  if (flags.json) {
    io.out(JSON.stringify({ stackName, region, ok: failed === 0, results }));
  } else {
    io.out(`followup doctor · stack ${stackName} · ${region}`);
    for (const line of formatResults(results)) io.out(line);
    io.out(
      failed === 0
        ? `all ${results.length} checks passed${warned ? ` (${warned} warning${warned > 1 ? 's' : ''})` : ''}`
        : `${failed} of ${results.length} checks failed`,
    );
  }
  for (const client of [clients.cloudFormation, clients.sesv2, clients.ses, clients.sqs])
    client.destroy();
  return failed === 0 ? 0 : 1;
}
