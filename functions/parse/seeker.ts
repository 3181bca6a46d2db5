// Phase one: who the seeker is. Their own addresses, the forwarder, and whichever recipient of
// each forwarded message is them, by address or by name. A message sent to several people names
// the seeker among them only when one of those matches; a message sent to one person was sent to
// the seeker (they forwarded it), even from another mailbox of theirs. Whoever sends on another
// person's calendar invitation is the seeker too.
import { domainOf, isRoleAddress, nameKey } from './addresses.js';
import type { MessageHeaders } from './types.js';

export interface Seeker {
  /** Lowercased addresses. */
  addresses: Set<string>;
  /** Folded display names. */
  names: Set<string>;
}

export interface SeekerInput {
  outer: MessageHeaders;
  /** Forwarded messages' headers, outermost first; empty when nothing was forwarded. */
  layers: MessageHeaders[];
  selfAddresses: string[];
  /** The address that organized the calendar invitation in the message, if any. */
  calendarOrganizer?: string | null;
}

export function identifySeeker(input: SeekerInput): Seeker {
  const addresses = new Set(input.selfAddresses.map((a) => a.toLowerCase()));
  const names = new Set<string>();
  const forwarded = input.layers.length > 0;
  const { outer } = input;
  // Someone else's invitation sent on with no forwarded header (a bare invite.ics): the sender
  // passes it along, so the sender is the seeker.
  const passedOn =
    !forwarded &&
    input.calendarOrganizer != null &&
    outer.from !== null &&
    input.calendarOrganizer.toLowerCase() !== outer.from.address.toLowerCase();
  if ((forwarded || passedOn) && outer.from) {
    addresses.add(outer.from.address);
    if (outer.from.name) names.add(nameKey(outer.from.name));
  }
  const isSeeker = (a: { name: string | null; address: string }) =>
    addresses.has(a.address) || (a.name !== null && names.has(nameKey(a.name)));
  for (const layer of input.layers) {
    const recipients = layer.to.filter((a) => !isRoleAddress(a.address));
    let matched = recipients.filter(isSeeker);
    // The seeker's own reply was sent to the recruiter, not to the seeker.
    const fromSeeker = layer.from !== null && isSeeker(layer.from);
    if (matched.length === 0 && !fromSeeker) {
      // Sent to one person, or to one person outside the sender's organisation.
      const senderDomain = layer.from ? domainOf(layer.from.address) : null;
      const outside = recipients.filter((a) => domainOf(a.address) !== senderDomain);
      if (recipients.length === 1) matched = recipients;
      else if (outside.length === 1) matched = outside;
    }
    for (const a of matched) {
      addresses.add(a.address);
      if (a.name) names.add(nameKey(a.name));
    }
  }
  // The inbound address and other role mailboxes the forward went to are never people.
  for (const a of [...outer.to, ...outer.cc])
    if (isRoleAddress(a.address)) addresses.add(a.address);
  return { addresses, names };
}
