// One contract for the owner directory the functions use, run against DynamoOwners on dynalite
// and the in-memory MemoryOwners the service unit tests use: where they differ, this fails.
import { describe, expect, it } from 'vitest';
import { Owner } from '#core/domain.js';
import type { OwnerDirectory } from '#ports/owners.js';
import { freshTable } from '../support/dynamo.js';
import { MemoryOwners } from '../support/memory-owners.js';

const rosa = Owner.parse({
  email: 'Rosa.Marquez@Inbox.example',
  name: 'Rosa Márquez',
  timezone: 'America/Mexico_City',
  sendingAddress: 'rosa@outreach.example',
});
const tomas = Owner.parse({
  email: 'tomas@inbox.example',
  name: null,
  timezone: 'Europe/Prague',
  sendingAddress: 'tomas@outreach.example',
});

describe.each([
  {
    name: 'DynamoOwners on dynalite',
    make: async (): Promise<OwnerDirectory> => (await freshTable()).owners,
  },
  { name: 'MemoryOwners', make: async (): Promise<OwnerDirectory> => new MemoryOwners() },
])('$name', ({ make }) => {
  it('finds an owner by either address in any case, and lists owners by address', async () => {
    const owners = await make();
    expect(await owners.addIfAbsent(tomas)).toBe(true);
    expect(await owners.addIfAbsent(rosa)).toBe(true);
    expect(await owners.get('ROSA.MARQUEZ@inbox.example')).toEqual(rosa);
    expect(await owners.bySendingAddress('Tomas@Outreach.example')).toEqual(tomas);
    expect(await owners.bySendingAddress('someone@outreach.example')).toBeNull();
    expect(await owners.get('someone@inbox.example')).toBeNull();
    expect((await owners.list()).map((owner) => owner.email)).toEqual([
      'rosa.marquez@inbox.example',
      'tomas@inbox.example',
    ]);
  });

  it('adds an owner once, and never two owners with one sending address', async () => {
    const owners = await make();
    await owners.addIfAbsent(rosa);
    expect(await owners.addIfAbsent({ ...rosa, name: 'Someone else' })).toBe(false);
    expect((await owners.get(rosa.email))?.name).toBe('Rosa Márquez');
    await expect(
      owners.addIfAbsent({ ...tomas, sendingAddress: rosa.sendingAddress }),
    ).rejects.toThrow(/rosa@outreach\.example is already the sending address of rosa\.marquez/);
    expect(await owners.get(tomas.email)).toBeNull();
  });

  it('refuses an owner that is not valid', async () => {
    const owners = await make();
    await expect(owners.addIfAbsent({ ...tomas, timezone: 'Mars/Olympus' })).rejects.toThrow();
    expect(await owners.get(tomas.email)).toBeNull();
  });

  it('seeds a configured owner once, even one that exists, and remembers a configuration', async () => {
    const owners = await make();
    await owners.addIfAbsent(rosa);
    expect(await owners.seed({ ...rosa, timezone: 'UTC' })).toBe(false);
    expect((await owners.get(rosa.email))?.timezone).toBe('America/Mexico_City');
    expect(await owners.seed(tomas)).toBe(true);
    expect(await owners.seed(tomas)).toBe(false);
    expect(await owners.configurationSeeded('digest-a')).toBe(false);
    await owners.markConfigurationSeeded('digest-a');
    expect(await owners.configurationSeeded('digest-a')).toBe(true);
    expect(await owners.configurationSeeded('digest-b')).toBe(false);
  });

  it('updates settings of a known owner but never moves a sending address', async () => {
    const owners = await make();
    await owners.addIfAbsent(tomas);
    expect(await owners.update({ ...tomas, paused: true, signature: 'T.' })).toBe(true);
    expect(await owners.get(tomas.email)).toEqual({ ...tomas, paused: true, signature: 'T.' });
    expect(await owners.update({ ...rosa })).toBe(false);
    await expect(
      owners.update({ ...tomas, sendingAddress: 'elsewhere@outreach.example' }),
    ).rejects.toThrow(/sending address/);
  });

  it('hands out copies: changing what a read returned changes nothing stored', async () => {
    const owners = await make();
    await owners.addIfAbsent(rosa);
    const read = await owners.get(rosa.email);
    if (!read) throw new Error('rosa is missing');
    read.timezone = 'Asia/Tokyo';
    expect((await owners.get(rosa.email))?.timezone).toBe('America/Mexico_City');
  });
});
