import { describe, expect, it } from 'vitest';
import {
  checkDeadLetters,
  checkError,
  checkFunctionUrl,
  checkIdentity,
  checkMx,
  checkProductionAccess,
  checkRuleSet,
  checkStack,
} from '../../cli/doctor/checks.js';

describe('doctor checks', () => {
  it('stack: complete passes; rollback, in-progress and missing fail with a fix', () => {
    expect(checkStack('F', 'CREATE_COMPLETE').status).toBe('pass');
    expect(checkStack('F', 'UPDATE_ROLLBACK_COMPLETE')).toMatchObject({
      status: 'fail',
      fix: expect.stringContaining('describe-stack-events --stack-name F'),
    });
    expect(checkStack('F', 'UPDATE_IN_PROGRESS').fix).toMatch(/wait for the deployment/);
    expect(checkStack('F', null).status).toBe('fail');
  });

  it('identity: needs verification, DKIM SUCCESS and signing on', () => {
    const ok = { verifiedForSending: true, dkimStatus: 'SUCCESS', dkimSigning: true };
    expect(checkIdentity('d.dev', ok).status).toBe('pass');
    expect(checkIdentity('d.dev', { ...ok, dkimSigning: false }).detail).toMatch(/signing off/);
    expect(checkIdentity('d.dev', { ...ok, dkimStatus: 'FAILED' }).fix).toMatch(
      /^SES gave up on the DKIM records/,
    );
    expect(checkIdentity('d.dev', null).fix).toMatch(/redeploy/);
  });

  it('production access: sandbox warns, disabled sending fails, probation warns', () => {
    const ok = {
      productionAccessEnabled: true,
      sendingEnabled: true,
      enforcementStatus: 'HEALTHY',
    };
    expect(checkProductionAccess('us-east-1', ok).status).toBe('pass');
    expect(
      checkProductionAccess('us-east-1', { ...ok, productionAccessEnabled: false }).status,
    ).toBe('warn');
    expect(checkProductionAccess('us-east-1', { ...ok, sendingEnabled: false }).status).toBe(
      'fail',
    );
    expect(
      checkProductionAccess('us-east-1', { ...ok, enforcementStatus: 'SHUTDOWN' }).status,
    ).toBe('fail');
    expect(
      checkProductionAccess('us-east-1', { ...ok, enforcementStatus: 'PROBATION' }).status,
    ).toBe('warn');
  });

  it('rule set: none active and another active fail differently', () => {
    expect(checkRuleSet('F-inbound', 'F-inbound').status).toBe('pass');
    expect(checkRuleSet('F-inbound', null).detail).toMatch(/SES drops all inbound mail/);
    expect(checkRuleSet('F-inbound', 'other').fix).toMatch(/this disables other/);
  });

  it('MX: matches the region endpoint case- and dot-insensitively; warns when another host is preferred', () => {
    const ses = { exchange: 'INBOUND-SMTP.us-west-2.amazonaws.com.', priority: 10 };
    expect(checkMx('d.dev', 'us-west-2', { records: [ses] }).status).toBe('pass');
    expect(
      checkMx('d.dev', 'us-west-2', { records: [ses, { exchange: 'mx.backup.net', priority: 1 }] }),
    ).toMatchObject({
      status: 'warn',
      detail: expect.stringContaining('mx.backup.net is preferred'),
    });
    expect(
      checkMx('d.dev', 'us-west-2', {
        records: [{ exchange: 'inbound-smtp.eu-west-1.amazonaws.com', priority: 10 }],
      }).fix,
    ).toMatch(/another region/);
    expect(checkMx('d.dev', 'us-west-2', { error: 'ENODATA' }).fix).toBe(
      'create the DNS record: d.dev MX 10 inbound-smtp.us-west-2.amazonaws.com (stack output DnsRecordMx)',
    );
  });

  it('Function URL: any answer of the function passes; URL-level refusals, 5xx and network errors do not', () => {
    const answer = (status: number, headers: Record<string, string> = {}, body = '') => ({
      status,
      headers,
      body,
    });
    expect(checkFunctionUrl('u', answer(404)).status).toBe('pass');
    expect(checkFunctionUrl('u', answer(200)).status).toBe('pass');
    // The link page's own 403 (e.g. a forged token) is an answer from the function.
    expect(checkFunctionUrl('u', answer(403, {}, '<p>This link is not valid.</p>')).status).toBe(
      'pass',
    );
    expect(checkFunctionUrl('u', answer(403, {}, '{"Message":"Forbidden"}')).status).toBe('fail');
    expect(checkFunctionUrl('u', answer(429)).status).toBe('warn');
    expect(checkFunctionUrl('u', answer(502, { 'x-amzn-errortype': 'Unhandled' })).detail).toBe(
      'u: HTTP 502 (Unhandled)',
    );
    expect(checkFunctionUrl('u', { error: 'getaddrinfo ENOTFOUND' }).status).toBe('fail');
  });

  it('dead letters: counts visible and in-flight messages', () => {
    expect(checkDeadLetters('q', { visible: 0, inFlight: 0 }).status).toBe('pass');
    expect(checkDeadLetters('q', { visible: 0, inFlight: 1 }).detail).toMatch(/^1 failed event/);
  });
});

describe('checks that could not run', () => {
  it('say whether to sign in, get read access, or fix the network', () => {
    const fail = (name: string, message: string) =>
      checkError('x', 'x', Object.assign(new Error(message), { name })).fix;
    expect(
      fail('CredentialsProviderError', 'Could not load credentials from any providers'),
    ).toMatch(/^sign in first/);
    expect(fail('AccessDeniedException', 'not authorized')).toMatch(/lack read access/);
    expect(fail('Error', 'getaddrinfo ENOTFOUND sqs.eu-west-1.amazonaws.com')).toMatch(
      /could not be reached/,
    );
  });
});
