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
  | 'own_mail'
  /** Mail to a plus-address of the inbound address whose secret is not the sender's. */
  | 'wrong_secret';

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
  /** The inbound address; `<its local part>+<secret>@<domain>` is an owner's secret address. */
  inboundAddress: string;
}

/** An owner's secret inbound address, or null before they have a secret. */
export function secretInboundAddress(owner: Owner, inboundAddress: string): string | null {
  if (!owner.inboundSecret) return null;
  const at = inboundAddress.lastIndexOf('@');
  const local = inboundAddress.slice(0, at);
  return `${local}+${owner.inboundSecret}${inboundAddress.slice(at)}`.toLowerCase();
}

/** Whether mail to `recipient` is for the inbound address: itself or one of its plus-addresses. */
export function isInboundRecipient(recipient: string, inboundAddress: string): boolean {
  return (
    recipient.trim().toLowerCase() === inboundAddress.toLowerCase() ||
    inboundTags([recipient], inboundAddress).length > 0
  );
}

/** The plus-address tags the message was sent to on the inbound address (`+tag`). */
function inboundTags(recipients: readonly string[], inboundAddress: string): string[] {
  const inbound = inboundAddress.toLowerCase();
  const at = inbound.lastIndexOf('@');
  const [local, domain] = [inbound.slice(0, at), inbound.slice(at)];
  return recipients.flatMap((recipient) => {
    const address = recipient.trim().toLowerCase();
    if (!address.endsWith(domain) || !address.startsWith(`${local}+`)) return [];
    return [address.slice(local.length + 1, address.length - domain.length)];
  });
}

export function decideTrust(input: TrustInput): TrustDecision {
  const problem = verdictProblem(input.verdicts);
  if (problem) return { route: 'drop', reason: problem };
  const from = input.from?.trim().toLowerCase();
  if (!from?.includes('@')) return { route: 'drop', reason: 'no_sender' };
  const owner = input.owners.find((candidate) => candidate.email === from);
  const tags = inboundTags(input.recipients, input.inboundAddress);
  if (owner) {
    // A plus-address is a secret: a wrong one is a guess, whatever else the message proves.
    if (tags.some((tag) => tag !== owner.inboundSecret)) {
      return { route: 'drop', reason: 'wrong_secret' };
    }
    // Anyone can put an owner's address in From; only an aligned, passing check proves it,
    // or (SPF or DKIM having passed, which verdictProblem checked) the owner's secret address.
    const viaSecret = owner.inboundSecret !== undefined && tags.includes(owner.inboundSecret);
    if (!fromDomainProven(input.verdicts) && !viaSecret) {
      return { route: 'drop', reason: 'dmarc_not_passed' };
    }
    return { route: 'owner', owner };
  }
  if (tags.length > 0) return { route: 'drop', reason: 'wrong_secret' };
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
