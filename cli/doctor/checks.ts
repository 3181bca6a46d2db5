import { STACK_OUTPUT } from '#core/deployment.js';
import { errorMessage } from '#core/error-message.js';
// `followup doctor`'s judgement, as pure functions: each takes what was observed about the
// deployment and says pass / warn / fail, and for anything but a pass, the fix.

export type CheckStatus = 'pass' | 'warn' | 'fail';

export interface CheckResult {
  /** Stable id, for --json consumers and tests. */
  id: string;
  title: string;
  status: CheckStatus;
  detail: string;
  /** What to do about it; null on a pass. */
  fix: string | null;
}

/** The stack outputs doctor needs. */
export interface StackFacts {
  stackName: string;
  status: string;
  inboundAddress: string;
  linkBaseUrl: string;
  domain: string;
  ruleSetName: string;
  deadLetterQueueUrl: string;
}

const pass = (id: string, title: string, detail: string): CheckResult => ({
  id,
  title,
  status: 'pass',
  detail,
  fix: null,
});

const OUTPUT_KEYS = {
  inboundAddress: STACK_OUTPUT.inboundAddress,
  linkBaseUrl: STACK_OUTPUT.linkBaseUrl,
  domain: STACK_OUTPUT.domain,
  ruleSetName: STACK_OUTPUT.ruleSetName,
  deadLetterQueueUrl: STACK_OUTPUT.deadLetterQueueUrl,
} as const;

/** Reads the stack's outputs; names any that are missing (an older or foreign stack). */
export function stackFactsFrom(
  stackName: string,
  status: string,
  outputs: readonly { OutputKey?: string; OutputValue?: string }[],
): { facts: StackFacts } | { missing: string[] } {
  const byKey = new Map(outputs.map((o) => [o.OutputKey, o.OutputValue]));
  const missing = Object.values(OUTPUT_KEYS).filter((key) => !byKey.get(key));
  if (missing.length > 0) return { missing };
  const get = (key: keyof typeof OUTPUT_KEYS) => byKey.get(OUTPUT_KEYS[key]) as string;
  return {
    facts: {
      stackName,
      status,
      inboundAddress: get('inboundAddress'),
      linkBaseUrl: get('linkBaseUrl').replace(/\/+$/, ''),
      domain: get('domain'),
      ruleSetName: get('ruleSetName'),
      deadLetterQueueUrl: get('deadLetterQueueUrl'),
    },
  };
}

export function checkStack(stackName: string, status: string | null): CheckResult {
  const title = 'stack deployed';
  if (status === null) {
    return {
      id: 'stack',
      title,
      status: 'fail',
      detail: `no stack named ${stackName} in this account and region`,
      fix: 'deploy it (README: Deploy to AWS), or pass --stack-name / --region / --profile of the deployment',
    };
  }
  if (/_COMPLETE$/.test(status) && !/ROLLBACK|DELETE/.test(status)) {
    return pass('stack', title, `${stackName}: ${status}`);
  }
  return {
    id: 'stack',
    title,
    status: 'fail',
    detail: `${stackName}: ${status}`,
    fix: /IN_PROGRESS$/.test(status)
      ? 'wait for the deployment to finish, then run doctor again'
      : `see the stack events: aws cloudformation describe-stack-events --stack-name ${stackName}`,
  };
}

export interface IdentityFacts {
  verifiedForSending: boolean;
  /** SES DkimAttributes.Status: SUCCESS, PENDING, FAILED, TEMPORARY_FAILURE, NOT_STARTED. */
  dkimStatus: string | null;
  dkimSigning: boolean;
}

export function checkIdentity(domain: string, identity: IdentityFacts | null): CheckResult {
  const title = 'SES identity verified, DKIM on';
  if (identity === null) {
    return {
      id: 'identity',
      title,
      status: 'fail',
      detail: `SES has no identity for ${domain} in this region`,
      fix: 'redeploy the stack (it creates the identity) and check --region',
    };
  }
  if (identity.verifiedForSending && identity.dkimStatus === 'SUCCESS' && identity.dkimSigning) {
    return pass('identity', title, `${domain}: verified, DKIM ${identity.dkimStatus}`);
  }
  const dnsFix = `publish the three DKIM CNAME records (stack outputs DnsRecordDkim1-3, or the SES console for ${domain}); SES verifies within 72 hours of them resolving`;
  return {
    id: 'identity',
    title,
    status: 'fail',
    detail: `${domain}: ${identity.verifiedForSending ? 'verified' : 'not verified'}, DKIM ${identity.dkimStatus ?? 'unknown'}${identity.dkimSigning ? '' : ', signing off'}`,
    fix:
      identity.dkimStatus === 'FAILED'
        ? `SES gave up on the DKIM records: check them, then restart verification in the SES console. ${dnsFix}`
        : dnsFix,
  };
}

export interface AccountFacts {
  productionAccessEnabled: boolean;
  sendingEnabled: boolean;
  /** SES EnforcementStatus: HEALTHY, PROBATION, SHUTDOWN. */
  enforcementStatus: string | null;
}

export function checkProductionAccess(region: string, account: AccountFacts): CheckResult {
  const title = 'SES production access';
  if (!account.sendingEnabled || account.enforcementStatus === 'SHUTDOWN') {
    return {
      id: 'production-access',
      title,
      status: 'fail',
      detail: `sending is disabled for this account in ${region} (${account.enforcementStatus ?? 'no status'})`,
      fix: 'open the SES console → Account dashboard for the reason; AWS Support re-enables sending',
    };
  }
  if (!account.productionAccessEnabled) {
    return {
      id: 'production-access',
      title,
      status: 'warn',
      detail: `the account is in the SES sandbox in ${region}: mail goes only to verified addresses, so drafts to interviewers will fail`,
      fix: `request production access: SES console (${region}) → Account dashboard → Request production access (use case: transactional, low volume, to the seeker and the interviewers they approve); meanwhile verify the owners' own addresses to try the reminders`,
    };
  }
  if (account.enforcementStatus === 'PROBATION') {
    return {
      id: 'production-access',
      title,
      status: 'warn',
      detail: 'production access, but the account is on probation (bounces or complaints)',
      fix: 'see SES console → Reputation metrics',
    };
  }
  return pass('production-access', title, `production access in ${region}`);
}

export function checkRuleSet(expected: string, active: string | null): CheckResult {
  const title = 'receipt rule set active';
  if (active === expected) return pass('rule-set', title, `${expected} is the active rule set`);
  return {
    id: 'rule-set',
    title,
    status: 'fail',
    detail:
      active === null
        ? 'no receipt rule set is active: SES drops all inbound mail in this region'
        : `${active} is active, not ${expected} (a region has one active rule set)`,
    fix:
      active === null
        ? `aws ses set-active-receipt-rule-set --rule-set-name ${expected} (or redeploy)`
        : `either move this stack's rule into ${active}, or activate ours (this disables ${active}): aws ses set-active-receipt-rule-set --rule-set-name ${expected}`,
  };
}

export interface MxRecord {
  exchange: string;
  priority: number;
}

export function inboundEndpoint(region: string) {
  return `inbound-smtp.${region}.amazonaws.com`;
}

export function checkMx(
  domain: string,
  region: string,
  mx: { records: MxRecord[] } | { error: string },
): CheckResult {
  const title = 'MX record points to SES';
  const endpoint = inboundEndpoint(region);
  const createFix = `create the DNS record: ${domain} MX 10 ${endpoint} (stack output DnsRecordMx)`;
  if ('error' in mx) {
    return {
      id: 'mx',
      title,
      status: 'fail',
      detail: `no MX record for ${domain} (${mx.error})`,
      fix: createFix,
    };
  }
  const normalized = mx.records.map((r) => ({
    exchange: r.exchange.toLowerCase().replace(/\.$/, ''),
    priority: r.priority,
  }));
  const ses = normalized.filter((r) => r.exchange === endpoint);
  if (ses.length === 0) {
    const found = normalized.map((r) => `${r.priority} ${r.exchange}`).join(', ') || 'none';
    const otherRegion = normalized.find((r) =>
      /^inbound-smtp\.[a-z0-9-]+\.amazonaws\.com$/.test(r.exchange),
    );
    return {
      id: 'mx',
      title,
      status: 'fail',
      detail: `${domain} MX: ${found}`,
      fix: otherRegion
        ? `the MX points to SES in another region; deploy there, or change it: ${createFix}`
        : `replace them (mail to ${domain} must reach SES): ${createFix}`,
    };
  }
  const best = Math.min(...ses.map((r) => r.priority));
  const preferred = normalized.filter((r) => r.priority < best && r.exchange !== endpoint);
  if (preferred.length > 0) {
    return {
      id: 'mx',
      title,
      status: 'warn',
      detail: `${endpoint} is listed, but ${preferred.map((r) => r.exchange).join(', ')} is preferred`,
      fix: `remove the other MX records of ${domain}, or give SES the lowest priority number`,
    };
  }
  return pass('mx', title, `${domain} MX ${best} ${endpoint}`);
}

export type UrlProbe =
  | { status: number; headers: Record<string, string>; body: string }
  | { error: string };

export function checkFunctionUrl(url: string, probe: UrlProbe): CheckResult {
  const title = 'link pages answer';
  if ('error' in probe) {
    return {
      id: 'function-url',
      title,
      status: 'fail',
      detail: `${url}: ${probe.error}`,
      fix: 'check the LinkBaseUrl stack output and your network; redeploy if the URL is gone',
    };
  }
  const errorType = probe.headers['x-amzn-errortype'] ?? '';
  const refusedByUrl =
    (probe.status === 403 &&
      (/AccessDenied/i.test(errorType) || /"Message"\s*:\s*"Forbidden"/.test(probe.body))) ||
    probe.status === 401;
  if (refusedByUrl) {
    return {
      id: 'function-url',
      title,
      status: 'fail',
      detail: `${url}: HTTP ${probe.status} from the Function URL itself (${errorType || 'Forbidden'})`,
      fix: 'the link function needs both lambda:InvokeFunctionUrl and lambda:InvokeFunction (InvokedViaFunctionUrl) for principal "*": redeploy the stack with this version',
    };
  }
  if (probe.status === 429) {
    return {
      id: 'function-url',
      title,
      status: 'warn',
      detail: `${url}: HTTP 429, throttled`,
      fix: 'raise linkReservedConcurrency in cdk.json (or the account concurrency quota) and redeploy',
    };
  }
  if (probe.status >= 500) {
    return {
      id: 'function-url',
      title,
      status: 'fail',
      detail: `${url}: HTTP ${probe.status}${errorType ? ` (${errorType})` : ''}`,
      fix: 'the link function fails: read its log group (aws logs tail <LinkLogs group> --since 1h)',
    };
  }
  return pass('function-url', title, `${url}: HTTP ${probe.status}`);
}

export function checkDeadLetters(
  queueUrl: string,
  depth: { visible: number; inFlight: number },
): CheckResult {
  const title = 'dead-letter queue empty';
  const total = depth.visible + depth.inFlight;
  if (total === 0) return pass('dead-letters', title, 'no failed schedules or inbound events');
  return {
    id: 'dead-letters',
    title,
    status: 'fail',
    detail: `${total} failed event(s) waiting (scheduled steps or inbound mail that failed after retries)`,
    fix: `read them: aws sqs receive-message --queue-url ${queueUrl} --max-number-of-messages 10; fix the cause (the functions' logs say more), then delete them: aws sqs purge-queue --queue-url ${queueUrl}`,
  };
}

/** A check that could not run: the error, and how to get past it. */
export function checkError(id: string, title: string, error: unknown): CheckResult {
  const name = (error as { name?: string } | null)?.name ?? 'Error';
  const message = errorMessage(error);
  const denied = /AccessDenied|UnauthorizedOperation|not authorized/i.test(`${name} ${message}`);
  const noCredentials = /CredentialsProviderError|Could not load credentials|ExpiredToken/i.test(
    `${name} ${message}`,
  );
  return {
    id,
    title,
    status: 'fail',
    detail: `could not check: ${name}: ${message}`,
    fix: /ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN/.test(message)
      ? 'AWS could not be reached: check the network (and --region)'
      : noCredentials
        ? 'sign in first (aws sso login / aws configure), or pass --profile'
        : denied
          ? 'your credentials lack read access; doctor needs cloudformation:DescribeStacks, ses:GetEmailIdentity, ses:GetAccount, ses:DescribeActiveReceiptRuleSet, sqs:GetQueueAttributes'
          : 'try again; if it persists, run with the same --region/--profile as the deployment',
  };
}
