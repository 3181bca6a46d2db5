import { describe, expect, it } from 'vitest';
import { Owner } from '#core/domain.js';
import type { Verdicts } from '#core/inbound/inbound-input.js';
import { decideTrust } from '#core/inbound/trust.js';
import { verdictProblem } from '#core/inbound/verdicts.js';

const sam = Owner.parse({
  email: 'sam@example.com',
  name: 'Sam',
  timezone: 'America/New_York',
  sendingAddress: 'sam@followups.example.dev',
});
const kim = Owner.parse({
  email: 'kim@example.net',
  name: 'Kim',
  timezone: 'Europe/Berlin',
  sendingAddress: 'kim@followups.example.dev',
});
const pass: Verdicts = { spf: 'PASS', dkim: 'PASS', dmarc: 'PASS', spam: 'PASS', virus: 'PASS' };
const base = {
  recipients: ['interviews@followups.example.dev'],
  owners: [sam, kim],
  domain: 'followups.example.dev',
  inboundAddress: 'interviews@followups.example.dev',
};

describe('verdictProblem', () => {
  it('needs SPF or DKIM to pass', () => {
    expect(verdictProblem({ ...pass, spf: 'FAIL' })).toBeNull();
    expect(verdictProblem({ ...pass, dkim: 'GRAY' })).toBeNull();
    expect(verdictProblem({ ...pass, spf: 'FAIL', dkim: 'GRAY' })).toBe('not_authenticated');
    expect(verdictProblem({ ...pass, spf: 'PROCESSING_FAILED', dkim: 'FAIL' })).toBe(
      'not_authenticated',
    );
  });
  it('refuses DMARC, spam or virus FAIL, but not GRAY or DISABLED', () => {
    expect(verdictProblem({ ...pass, dmarc: 'FAIL' })).toBe('dmarc_failed');
    expect(verdictProblem({ ...pass, spam: 'FAIL' })).toBe('spam');
    expect(verdictProblem({ ...pass, virus: 'FAIL' })).toBe('virus');
    expect(verdictProblem({ ...pass, dmarc: 'GRAY', spam: 'DISABLED', virus: 'GRAY' })).toBeNull();
  });
  it('has nothing to say locally, where there are no verdicts', () => {
    expect(verdictProblem(null)).toBeNull();
  });
});

describe('decideTrust', () => {
  it('lets an owner in by the From address, case-insensitively', () => {
    expect(decideTrust({ ...base, from: 'SAM@Example.com', verdicts: pass })).toEqual({
      route: 'owner',
      owner: sam,
    });
    expect(decideTrust({ ...base, from: 'kim@example.net', verdicts: null })).toEqual({
      route: 'owner',
      owner: kim,
    });
  });
  it('drops an owner address whose message failed authentication (a spoof)', () => {
    const spoof = { ...pass, spf: 'FAIL', dkim: 'FAIL', dmarc: 'FAIL' } as const;
    expect(decideTrust({ ...base, from: 'sam@example.com', verdicts: spoof })).toEqual({
      route: 'drop',
      reason: 'not_authenticated',
    });
  });
  it('drops strangers writing to the inbound address', () => {
    expect(decideTrust({ ...base, from: 'recruiter@acme.example', verdicts: pass })).toEqual({
      route: 'drop',
      reason: 'unknown_sender',
    });
  });
  it("routes a stranger writing to an owner's sending address as a possible reply", () => {
    expect(
      decideTrust({
        ...base,
        recipients: ['kim@followups.example.dev'],
        from: 'dana@acme.example',
        verdicts: pass,
      }),
    ).toEqual({ route: 'reply', owners: [kim], sender: 'dana@acme.example', proven: true });
  });
  it('still requires the verdicts of replies', () => {
    expect(
      decideTrust({
        ...base,
        recipients: ['kim@followups.example.dev'],
        from: 'dana@acme.example',
        verdicts: { ...pass, spam: 'FAIL' },
      }),
    ).toEqual({ route: 'drop', reason: 'spam' });
  });
  it('drops mail from our own domain (our relays coming back) and mail with no sender', () => {
    expect(
      decideTrust({
        ...base,
        recipients: ['sam@followups.example.dev'],
        from: 'followup@followups.example.dev',
        verdicts: pass,
      }),
    ).toEqual({ route: 'drop', reason: 'own_domain' });
    expect(decideTrust({ ...base, from: null, verdicts: pass })).toEqual({
      route: 'drop',
      reason: 'no_sender',
    });
  });
});

describe('spoof-proof trust: the From domain must be proven (DMARC PASS)', () => {
  const statuses = ['PASS', 'FAIL', 'GRAY', 'PROCESSING_FAILED', 'DISABLED'] as const;
  const combinations: Verdicts[] = statuses.flatMap((spf) =>
    statuses.flatMap((dkim) =>
      statuses.map((dmarc) => ({ spf, dkim, dmarc, spam: 'PASS', virus: 'PASS' }) as Verdicts),
    ),
  );

  it('never accepts an owner without DMARC PASS, whatever SPF and DKIM say', () => {
    const accepted = combinations.filter(
      (verdicts) => decideTrust({ ...base, from: 'sam@example.com', verdicts }).route === 'owner',
    );
    expect(accepted.length).toBeGreaterThan(0);
    expect(accepted.every((verdicts) => verdicts.dmarc === 'PASS')).toBe(true);
    // SPF for the attacker's own envelope domain, no DMARC record for the owner's domain.
    expect(
      decideTrust({
        ...base,
        from: 'sam@example.com',
        verdicts: { ...pass, dkim: 'GRAY', dmarc: 'GRAY' },
      }),
    ).toEqual({ route: 'drop', reason: 'dmarc_not_passed' });
  });

  it('marks a reply whose sender is not proven, so it cannot stop a plan', () => {
    const reply = (verdicts: Verdicts) =>
      decideTrust({
        ...base,
        recipients: ['kim@followups.example.dev'],
        from: 'dana@acme.example',
        verdicts,
      });
    expect(reply({ ...pass, dmarc: 'GRAY' })).toMatchObject({ route: 'reply', proven: false });
    expect(reply(pass)).toMatchObject({ route: 'reply', proven: true });
  });
});

describe("an owner's secret plus-address", () => {
  const ana = Owner.parse({
    email: 'ana@no-dmarc.example',
    name: 'Ana',
    timezone: 'Europe/Madrid',
    sendingAddress: 'ana@followups.example.dev',
    inboundSecret: 'q7k2m9x4p1w8z3c6',
  });
  const secret = 'interviews+q7k2m9x4p1w8z3c6@followups.example.dev';
  const owners = [sam, ana];
  // Her domain publishes no DMARC policy: SPF passes for it, DMARC has nothing to say.
  const noDmarc: Verdicts = { ...pass, dkim: 'GRAY', dmarc: 'GRAY' };

  it('to the secret address, SPF or DKIM passing is enough', () => {
    expect(
      decideTrust({ ...base, owners, recipients: [secret], from: ana.email, verdicts: noDmarc }),
    ).toEqual({ route: 'owner', owner: ana });
    const dkimOnly: Verdicts = { ...noDmarc, spf: 'FAIL', dkim: 'PASS' };
    expect(
      decideTrust({
        ...base,
        owners,
        recipients: [secret.toUpperCase()],
        from: ana.email,
        verdicts: dkimOnly,
      }),
    ).toEqual({ route: 'owner', owner: ana });
  });

  it('to the plain address, DMARC PASS is still needed', () => {
    expect(decideTrust({ ...base, owners, from: ana.email, verdicts: noDmarc })).toEqual({
      route: 'drop',
      reason: 'dmarc_not_passed',
    });
    expect(decideTrust({ ...base, owners, from: ana.email, verdicts: pass })).toEqual({
      route: 'owner',
      owner: ana,
    });
  });

  it('a wrong secret is dropped, even with DMARC PASS or from another owner', () => {
    const wrong = 'interviews+q7k2m9x4p1w8z3c7@followups.example.dev';
    for (const from of [ana.email, sam.email, 'stranger@else.example']) {
      expect(
        decideTrust({ ...base, owners, recipients: [wrong], from, verdicts: pass }),
        from,
      ).toEqual({ route: 'drop', reason: 'wrong_secret' });
    }
    // Sam has no secret: any plus-address in his name is a guess.
    expect(
      decideTrust({ ...base, owners, recipients: [secret], from: sam.email, verdicts: pass }),
    ).toEqual({ route: 'drop', reason: 'wrong_secret' });
  });

  it('the secret does not excuse failed authentication', () => {
    const spoof: Verdicts = { ...pass, spf: 'FAIL', dkim: 'FAIL', dmarc: 'GRAY' };
    expect(
      decideTrust({ ...base, owners, recipients: [secret], from: ana.email, verdicts: spoof }),
    ).toEqual({ route: 'drop', reason: 'not_authenticated' });
  });
});
