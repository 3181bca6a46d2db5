// Who may use the pipeline: the configured owners (by the From header, authenticated by the
// receipt verdicts in AWS) and, as the only other way in, people answering an owner's sending
// address. Everyone else is dropped without a reply, so nobody can use us for backscatter.
import type { Owner } from '../domain.js';
import type { Verdicts } from './inbound-input.js';
import { fromDomainProven, type VerdictProblem, verdictProblem } from './verdicts.js';

export type DropReason =
  | VerdictProblem
  | 'no_sender'
  | 'own_domain'
  | 'unknown_sender'
  | 'unmatched_reply'
  /** Auto-Submitted (or an older robot marker) on mail from an owner: never answered. */
  | 'auto_submitted'
  /** followup's own mail coming back (attached, forwarded inline, or bounced back). */
  | 'own_mail';

export type TrustDecision =
  | { route: 'owner'; owner: Owner }
  /** Mail to one or more owners' sending addresses from someone who is not an owner. */
  | { route: 'reply'; owners: Owner[]; sender: string; proven: boolean }
  | { route: 'drop'; reason: DropReason };

export interface TrustInput {
  /** The From header's address, as parsed. */
  from: string | null;
  /** Envelope recipients on our domain. */
  recipients: readonly string[];
  verdicts: Verdicts | null;
  owners: readonly Owner[];
  /** The deployment's mail domain: mail from it is our own coming back (a loop). */
  domain: string;
}

export function decideTrust(input: TrustInput): TrustDecision {
  const problem = verdictProblem(input.verdicts);
  if (problem) return { route: 'drop', reason: problem };
  const from = input.from?.trim().toLowerCase();
  if (!from?.includes('@')) return { route: 'drop', reason: 'no_sender' };
  const owner = input.owners.find((candidate) => candidate.email === from);
  if (owner) {
    // Anyone can put an owner's address in From; only an aligned, passing check proves it.
    if (!fromDomainProven(input.verdicts)) return { route: 'drop', reason: 'dmarc_not_passed' };
    return { route: 'owner', owner };
  }
  if (domainOf(from) === input.domain.toLowerCase()) return { route: 'drop', reason: 'own_domain' };
  const recipients = new Set(input.recipients.map((r) => r.trim().toLowerCase()));
  const owners = input.owners.filter((candidate) => recipients.has(candidate.sendingAddress));
  if (owners.length > 0) {
    return { route: 'reply', owners, sender: from, proven: fromDomainProven(input.verdicts) };
  }
  return { route: 'drop', reason: 'unknown_sender' };
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}
