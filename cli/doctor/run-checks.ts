// Runs doctor's checks in order over injected probes (AWS and DNS and HTTP in real use, fakes in
// tests). Each probe failure becomes a failed check with its fix; nothing here writes anywhere.
import {
  type AccountFacts,
  type CheckResult,
  checkDeadLetters,
  checkError,
  checkFunctionUrl,
  checkIdentity,
  checkMx,
  checkProductionAccess,
  checkRuleSet,
  checkStack,
  type IdentityFacts,
  type MxRecord,
  stackFactsFrom,
  type UrlProbe,
} from './checks.js';

export interface DoctorProbes {
  /** null when the stack does not exist. */
  describeStack(
    stackName: string,
  ): Promise<{ status: string; outputs: { OutputKey?: string; OutputValue?: string }[] } | null>;
  /** null when SES has no such identity. */
  emailIdentity(domain: string): Promise<IdentityFacts | null>;
  account(): Promise<AccountFacts>;
  activeRuleSet(): Promise<string | null>;
  resolveMx(domain: string): Promise<MxRecord[]>;
  get(url: string): Promise<UrlProbe>;
  queueDepth(queueUrl: string): Promise<{ visible: number; inFlight: number }>;
}

async function attempt(
  id: string,
  title: string,
  run: () => Promise<CheckResult>,
): Promise<CheckResult> {
  try {
    return await run();
  } catch (error) {
    return checkError(id, title, error);
  }
}

export async function runDoctorChecks(
  probes: DoctorProbes,
  options: { stackName: string; region: string },
): Promise<CheckResult[]> {
  const { stackName, region } = options;
  let stack: Awaited<ReturnType<DoctorProbes['describeStack']>>;
  try {
    stack = await probes.describeStack(stackName);
  } catch (error) {
    return [checkError('stack', 'stack deployed', error)];
  }
  const stackCheck = checkStack(stackName, stack?.status ?? null);
  if (!stack) return [stackCheck];
  const read = stackFactsFrom(stackName, stack.status, stack.outputs);
  if ('missing' in read) {
    return [
      stackCheck,
      {
        id: 'outputs',
        title: 'stack outputs',
        status: 'fail',
        detail: `missing outputs: ${read.missing.join(', ')}`,
        fix: 'this is not a followup stack of this version: check --stack-name, or redeploy',
      },
    ];
  }
  const { facts } = read;
  const results = await Promise.all([
    attempt('identity', 'SES identity verified, DKIM on', async () =>
      checkIdentity(facts.domain, await probes.emailIdentity(facts.domain)),
    ),
    attempt('production-access', 'SES production access', async () =>
      checkProductionAccess(region, await probes.account()),
    ),
    attempt('rule-set', 'receipt rule set active', async () =>
      checkRuleSet(facts.ruleSetName, await probes.activeRuleSet()),
    ),
    (async () => {
      let mx: { records: MxRecord[] } | { error: string };
      try {
        mx = { records: await probes.resolveMx(facts.domain) };
      } catch (error) {
        mx = { error: (error as { code?: string }).code ?? String(error) };
      }
      return checkMx(facts.domain, region, mx);
    })(),
    attempt('function-url', 'link pages answer', async () =>
      checkFunctionUrl(facts.linkBaseUrl, await probes.get(`${facts.linkBaseUrl}/`)),
    ),
    attempt('dead-letters', 'dead-letter queue empty', async () =>
      checkDeadLetters(facts.deadLetterQueueUrl, await probes.queueDepth(facts.deadLetterQueueUrl)),
    ),
  ]);
  return [stackCheck, ...results];
}
