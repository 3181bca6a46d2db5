// The owner's secret inbound address through the whole inbound pipeline (dynalite, the real
// parser): for a From domain that publishes no DMARC policy, mail to the secret address with
// SPF passing is logged; the plain address still needs DMARC PASS; a wrong secret is dropped
// without a reply, whoever sends it.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Verdicts } from '#core/inbound/inbound-input.js';
import { DOMAIN, INBOUND, inboundWorld, KIM, PASS, SAM } from './support/harness.js';

const forward = () =>
  readFile(
    new URL('../fixtures/corpus/01-gmail-recruiter-this-thursday.eml', import.meta.url),
    'utf8',
  );
/** Sam's forward of corpus 01 arrives on Mon 9 Nov 2026. */
const NOW = '2026-11-09T17:41:00Z';
const SECRET = 'h3r8t2k6w0m4v9x1';
const secretAddress = `interviews+${SECRET}@${DOMAIN}`;
/** SPF passes for Sam's domain, which publishes no DMARC record and signs nothing. */
const NO_DMARC: Verdicts = { ...PASS, dkim: 'GRAY', dmarc: 'GRAY' };

async function world() {
  return inboundWorld({ now: NOW, owners: [{ ...SAM, inboundSecret: SECRET }, KIM] });
}

describe("the owner's secret inbound address", () => {
  it('logs a forward to it with SPF passing and no DMARC', async () => {
    const w = await world();
    const { outcome } = await w.deliver(await forward(), {
      recipients: [secretAddress],
      verdicts: NO_DMARC,
    });
    expect(outcome).toBe('logged');
    expect(await w.deps.store.listInterviewsByOwner(SAM.email)).toHaveLength(1);
    expect(w.mailer.sent.map((email) => email.to[0]?.address)).toEqual([SAM.email]);
  });

  it('the plain inbound address still needs DMARC PASS', async () => {
    const w = await world();
    const { outcome } = await w.deliver(await forward(), {
      recipients: [INBOUND],
      verdicts: NO_DMARC,
    });
    expect(outcome).toBe('dropped:dmarc_not_passed');
    expect(w.mailer.sent).toEqual([]);
    expect(await w.deps.store.listInterviewsByOwner(SAM.email)).toEqual([]);
  });

  it('a wrong secret is dropped with no reply, even with DMARC PASS', async () => {
    const w = await world();
    for (const verdicts of [NO_DMARC, PASS]) {
      const { outcome } = await w.deliver(await forward(), {
        recipients: [`interviews+h3r8t2k6w0m4v9x2@${DOMAIN}`],
        verdicts,
      });
      expect(outcome).toBe('dropped:wrong_secret');
    }
    expect(w.mailer.sent).toEqual([]);
    expect(await w.deps.store.listInterviewsByOwner(SAM.email)).toEqual([]);
  });

  it('the secret does not let a forged From in: SPF and DKIM both failing is still dropped', async () => {
    const w = await world();
    const { outcome } = await w.deliver(await forward(), {
      recipients: [secretAddress],
      verdicts: { ...PASS, spf: 'FAIL', dkim: 'FAIL', dmarc: 'GRAY' },
    });
    expect(outcome).toBe('dropped:not_authenticated');
    expect(w.mailer.sent).toEqual([]);
  });
});
