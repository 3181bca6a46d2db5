// The owners the owner-directory and `followup owners` tests share: two seekers on one
// deployment's domain, and the console a command writes to, captured.
import { Owner } from '#core/domain.js';
import { type OwnersIo, openTarget } from '../../cli/commands/owners.js';

export const ana = Owner.parse({
  email: 'ana.reyes@mail.example',
  name: 'Ana Reyes',
  timezone: 'Europe/Madrid',
  sendingAddress: 'ana@followups.example.dev',
});

export const bo = Owner.parse({
  email: 'bo@mail.example',
  name: 'Bo Lindqvist',
  timezone: 'Europe/Stockholm',
  sendingAddress: 'bo@followups.example.dev',
});

/** What `followup owners` printed, line by line, opening its target as the command does. */
export function captureOwnersIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: OwnersIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    open: openTarget,
  };
  return { io, out, err };
}
