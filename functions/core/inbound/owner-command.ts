// An owner may write to the inbound address with one word as the subject instead of forwarding.
export const OWNER_COMMANDS = ['status', 'help', 'pause', 'resume'] as const;
export type OwnerCommand = (typeof OWNER_COMMANDS)[number];

/**
 * The command a subject names: the word alone, any case, surrounding spaces or a final period
 * allowed. A reply's "Re:" or a forward's "Fwd:" is not a command, so answering our mail or
 * forwarding an invitation titled "Status" never pauses anything.
 */
export function ownerCommand(subject: string | null): OwnerCommand | null {
  const word = (subject ?? '').trim().replace(/[.!]$/, '').toLowerCase();
  return (OWNER_COMMANDS as readonly string[]).includes(word) ? (word as OwnerCommand) : null;
}
