// Owners as data on dynalite: what only DynamoDB's directory does (an administrator's change of
// sending address, removal, seeding around them). What every directory does, in memory too, is in
// test/integration/owner-directory-contract.test.ts.
import { describe, expect, it } from 'vitest';
import { seededOnFirstUse, seedOwners } from '#app/seed-owners.js';
import { freshTable } from '../support/dynamo.js';
import { ana, bo } from '../support/owners.js';

describe('the owner directory on DynamoDB', () => {
  it('moves the sending address with a change, freeing the old one', async () => {
    const { owners } = await freshTable();
    await owners.addIfAbsent(ana);
    const moved = { ...ana, sendingAddress: 'reyes@followups.example.dev', name: 'Ana R.' };
    expect(await owners.replace(moved)).toBe(true);
    expect(await owners.bySendingAddress('reyes@followups.example.dev')).toEqual(moved);
    expect(await owners.bySendingAddress(ana.sendingAddress)).toBeNull();
    await owners.addIfAbsent(bo);
    expect(await owners.replace({ ...bo, sendingAddress: ana.sendingAddress })).toBe(true);
    expect(await owners.replace({ ...bo, email: 'ghost@mail.example' })).toBe(false);
  });

  it('removes an owner and their sending address', async () => {
    const { owners } = await freshTable();
    await owners.addIfAbsent(ana);
    expect(await owners.remove(ana.email)).toBe(true);
    expect(await owners.remove(ana.email)).toBe(false);
    expect(await owners.get(ana.email)).toBeNull();
    expect(await owners.bySendingAddress(ana.sendingAddress)).toBeNull();
    expect(await owners.list()).toEqual([]);
  });

  it('seeding adds missing owners and keeps changes made since', async () => {
    const { owners } = await freshTable();
    await seedOwners(owners, [ana]);
    await owners.replace({ ...ana, timezone: 'America/Bogota', signature: 'Ana' });
    const { added } = await seedOwners(owners, [ana, bo]);
    expect(added).toEqual([bo.email]);
    expect((await owners.get(ana.email))?.timezone).toBe('America/Bogota');
    expect((await owners.get(ana.email))?.signature).toBe('Ana');
  });

  it('never seeds again an owner removed since', async () => {
    const { owners } = await freshTable();
    await seedOwners(owners, [ana]);
    await owners.remove(ana.email);
    expect(await seedOwners(owners, [ana])).toEqual({ added: [] });
    expect(await owners.get(ana.email)).toBeNull();
  });

  it('costs one read once a configuration was seeded, and seeds again only when it changes', async () => {
    const { owners } = await freshTable();
    await seedOwners(owners, [ana, bo]);
    const calls: string[] = [];
    const counting = new Proxy(owners, {
      get(target, name, receiver) {
        const value = Reflect.get(target, name, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(String(name));
          return value.apply(target, args);
        };
      },
    });
    // The same owners in another order: one marker read, no per-owner work.
    expect(await seedOwners(counting, [bo, ana])).toEqual({ added: [] });
    expect(calls).toEqual(['configurationSeeded']);

    // A changed configuration seeds, and still never overrules what was changed since.
    await owners.replace({ ...ana, signature: 'Ana, by the CLI' });
    calls.length = 0;
    const changed = { ...ana, timezone: 'Atlantic/Canary' };
    expect(await seedOwners(counting, [changed, bo])).toEqual({ added: [] });
    expect(calls.filter((c) => c === 'seed')).toHaveLength(2);
    expect(await owners.get(ana.email)).toMatchObject({
      timezone: 'Europe/Madrid',
      signature: 'Ana, by the CLI',
    });
    calls.length = 0;
    await seedOwners(counting, [changed, bo]);
    expect(calls).toEqual(['configurationSeeded']);
  });

  it('seeds nothing for a configuration with no owners', async () => {
    const { owners } = await freshTable();
    expect(await seedOwners(owners, [])).toEqual({ added: [] });
    expect(await owners.list()).toEqual([]);
  });

  it('seeds a directory before its first use, once', async () => {
    const { owners } = await freshTable();
    const seeded = seededOnFirstUse(owners, [ana, bo]);
    expect(await seeded.bySendingAddress(bo.sendingAddress)).toEqual(bo);
    await owners.remove(bo.email);
    expect(await seeded.get(bo.email)).toBeNull();
  });
});
