// The owners the owner-directory and `followup owners` tests share: two seekers on one
// deployment's domain, and the console a command writes to, captured.

import type { LocalScheduler } from '#adapters/scheduler/local-scheduler.js';
import { Owner } from '#core/domain.js';
import { type OwnersIo, openTarget } from '../../cli/commands/owners.js';
import type { freshTable } from './dynamo.js';

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

/** The same, with the command working on a test table (and its local scheduler) it does not open. */
export function captureOwnersIoOn(
  table: Awaited<ReturnType<typeof freshTable>>,
  scheduler: LocalScheduler,
) {
  const captured = captureOwnersIo();
  captured.io.open = async () => ({
    doc: table.doc,
    tableName: table.tableName,
    scheduler,
    welcome: async () => {
      throw new Error('no welcome in these tests');
    },
    where: 'the test table',
    close: async () => {},
  });
  return captured;
}
