// `followup owners set` changing what plans are made of (zone, waking hours, steps) on an owner
// with planned steps says that those keep their times and how to move them; a change that moves
// nothing (a new name) says nothing of the kind.
import { describe, expect, it } from 'vitest';
import { LocalScheduler } from '#adapters/scheduler/local-scheduler.js';
import { runOwners } from '../../cli/commands/owners.js';
import { interview, plan } from '../emails/fixtures.js';
import { freshTable } from '../support/dynamo.js';
import { ana, captureOwnersIoOn } from '../support/owners.js';

const clock = { now: () => new Date('2026-05-04T10:00:00Z') };

async function world(withSteps: boolean) {
  const table = await freshTable();
  const scheduler = new LocalScheduler(table.doc, table.tableName, clock);
  await table.owners.addIfAbsent(ana);
  if (withSteps) {
    const id = 'int-ana-set';
    await table.store.createInterview(
      interview({ id, ownerEmail: ana.email, start: '2026-05-12T09:00:00.000Z', end: null }),
    );
    for (const step of plan()) await table.store.putStepIfAbsent({ ...step, interviewId: id });
  }
  return async (flags: Record<string, unknown>) => {
    const { io, out, err } = captureOwnersIoOn(table, scheduler);
    const code = await runOwners('set', ana.email, flags as never, io);
    return { code, out, err };
  };
}

describe('followup owners set on an owner with planned steps', () => {
  it('says the planned steps keep their times when the zone, hours or steps change', async () => {
    const set = await world(true);
    const pending = plan().filter((step) => step.status === 'scheduled').length;
    expect(pending).toBeGreaterThan(0);
    for (const flags of [
      { tz: 'America/Chicago' },
      { waking: '08:00-21:00' },
      { stepsOff: 'prep' },
    ]) {
      const run = await set(flags);
      expect(run.err).toEqual([]);
      expect(run.code).toBe(0);
      expect(run.out.join('\n')).toContain(
        `${pending} planned step(s) keep the times planned with the old zone, hours or steps`,
      );
    }
  });

  it('says nothing of the kind for a new name, or when nothing is planned', async () => {
    const named = await (await world(true))({ name: 'Ana R. Reyes' });
    expect(named.code).toBe(0);
    expect(named.out.join('\n')).not.toContain('planned step(s)');
    const empty = await (await world(false))({ tz: 'America/Chicago' });
    expect(empty.code).toBe(0);
    expect(empty.out.join('\n')).not.toContain('planned step(s)');
  });
});
