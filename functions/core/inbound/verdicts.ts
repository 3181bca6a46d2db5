// The receipt verdicts a message must carry in AWS before anything in it is believed.
import type { Verdicts } from './inbound-input.js';

export type VerdictProblem =
  | 'not_authenticated'
  | 'dmarc_failed'
  | 'dmarc_not_passed'
  | 'spam'
  | 'virus';

/**
 * null when the verdicts let the message in: SPF or DKIM PASS (the From domain may be
 * forged otherwise), DMARC not FAIL, and neither the spam nor the virus scan FAIL.
 * GRAY/PROCESSING_FAILED/DISABLED are not failures of DMARC, spam or virus (many senders
 * publish no DMARC policy; the scans may be off).
 */
export function verdictProblem(verdicts: Verdicts | null): VerdictProblem | null {
  if (verdicts === null) return null;
  if (verdicts.virus === 'FAIL') return 'virus';
  if (verdicts.spam === 'FAIL') return 'spam';
  if (verdicts.spf !== 'PASS' && verdicts.dkim !== 'PASS') return 'not_authenticated';
  if (verdicts.dmarc === 'FAIL') return 'dmarc_failed';
  return null;
}

/**
 * Whether the From domain itself is proven: DMARC PASS, which means SPF or DKIM passed for a
 * domain aligned with the From domain. The SES receipt event carries only the verdicts, not
 * the domains SPF and DKIM passed for, so alignment cannot be judged here beyond DMARC's own
 * verdict: in AWS only DMARC PASS proves the sender. Locally (no verdicts) the allowlist rules.
 */
export function fromDomainProven(verdicts: Verdicts | null): boolean {
  return verdicts === null || verdicts.dmarc === 'PASS';
}
