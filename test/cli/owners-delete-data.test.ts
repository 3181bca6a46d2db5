// `followup owners remove --delete-data` on dynalite: two owners with everything the product
// keeps for someone (interviews, steps and their schedules, link tokens, sent-mail records,
// counters, a meeting claim, the sending-address claim); removing one leaves nothing that names
// them or their interviews, and the other's records exactly as they were.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { scanAll } from '#adapters/dynamo/owner-records.js';
import { LocalScheduler } from '#adapters/scheduler/local-scheduler.js';
import type { Owner } from '#core/domain.js';
import { newInterviewCounter, ownerRepliesCounter } from '#core/inbound/limits.js';
import { meetingIdentity } from '#core/inbound/meeting-identity.js';
import { scheduleName } from '#core/schedule-name.js';
import { runOwners } from '../../cli/commands/owners.js';
import { interview, plan } from '../emails/fixtures.js';
import { freshTable } from '../support/dynamo.js';
import { ana, bo, captureOwnersIoOn } from '../support/owners.js';

const clock = { now: () => new Date('2026-05-04T10:00:00Z') };

type Table = Awaited<ReturnType<typeof freshTable>>;

/** What a few weeks of use leave in the table for one owner. */
async function useFor(table: Table, scheduler: LocalScheduler, owner: Owner, ids: string[]) {
  await table.owners.addIfAbsent(owner);
  for (const [n, id] of ids.entries()) {
    const start = `2026-05-${String(10 + n).padStart(2, '0')}T09:00:00.000Z`;
    const company = `Company ${n}`;
    await table.store.createInterview(
      interview({ id, ownerEmail: owner.email, start, end: null, company }),
    );
    for (const step of plan()) {
      const name = scheduleName(id, step.kind);
      await table.store.putStepIfAbsent({ ...step, interviewId: id, scheduleName: name });
      await scheduler.schedule({
        name,
        at: new Date(step.dueAt),
        timezone: owner.timezone,
        payload: { interviewId: id, step: step.kind },
      });
    }
    await table.store.putLinkToken({
      hash: randomUUID(),
      action: 'approve',
      ownerEmail: owner.email,
      interviewId: id,
      step: 'thank_you',
      singleUse: true,
      expiresAt: '2026-06-01T00:00:00Z',
      usedAt: null,
      createdAt: clock.now().toISOString(),
    });
    await table.store.putSentMessage({
      messageId: `${randomUUID()}@eu-west-1.amazonses.com`,
      interviewId: id,
      ownerEmail: owner.email,
      step: 'thank_you',
      recipient: 'priya@northwind.example',
      sentAt: clock.now().toISOString(),
    });
    await table.store.claimMeetingIdentity(meetingIdentity(owner.email, start, company), id);
  }
  // Owner-wide: a link that is not about one interview, and the inbound counters.
  await table.store.putLinkToken({
    hash: randomUUID(),
    action: 'view',
    ownerEmail: owner.email,
    interviewId: null,
    step: null,
    singleUse: false,
    expiresAt: '2026-06-01T00:00:00Z',
    usedAt: null,
    createdAt: clock.now().toISOString(),
  });
  for (const counter of [
    newInterviewCounter(owner.email, owner.timezone, clock.now()),
    ownerRepliesCounter(owner.email, clock.now()),
  ]) {
    await table.store.incrementCounter(counter.name, counter.expiresAt);
  }
}

function mentions(item: Record<string, unknown>, words: string[]): boolean {
  const text = JSON.stringify(item);
  return words.some((word) => text.includes(word));
}

describe('followup owners remove --delete-data', () => {
  it("deletes everything of that owner and nothing of another's", async () => {
    const table = await freshTable();
    const scheduler = new LocalScheduler(table.doc, table.tableName, clock);
    const anaIds = ['int-ana-1', 'int-ana-2'];
    const boIds = ['int-bo-1'];
    await useFor(table, scheduler, ana, anaIds);
    await useFor(table, scheduler, bo, boIds);
    const anaWords = [ana.email, ana.sendingAddress, ...anaIds];
    const boWords = [bo.email, bo.sendingAddress, ...boIds];
    const before = await scanAll(table.doc, table.tableName);
    const bosBefore = before.filter((item) => mentions(item, boWords));
    // Every kind of record is there for Ana before: the test would prove nothing otherwise.
    const anaPartitions = new Set(
      before.filter((item) => mentions(item, anaWords)).map((i) => String(i.PK).split('#')[0]),
    );
    expect([...anaPartitions].sort()).toEqual(
      ['CNT', 'INT', 'MID', 'MTG', 'OWNER', 'SCH', 'SEND', 'TOK'].sort(),
    );

    const run = captureOwnersIoOn(table, scheduler);
    const code = await runOwners(
      'remove',
      'Ana.Reyes@mail.example',
      { deleteData: true } as never,
      run.io,
    );
    expect(run.err).toEqual([]);
    expect(code).toBe(0);
    expect(run.out[0]).toBe('removed ana.reyes@mail.example from the test table');
    expect(run.out[1]).toMatch(
      /^deleted 2 interview\(s\) and \d+ record\(s\) in all; cancelled 10 schedule\(s\)$/,
    );

    const after = await scanAll(table.doc, table.tableName);
    expect(after.filter((item) => mentions(item, anaWords))).toEqual([]);
    expect(after.filter((item) => mentions(item, boWords))).toEqual(bosBefore);
    expect(after).toHaveLength(bosBefore.length);
    expect(
      (await scheduler.pending()).map((s) => 'interviewId' in s.payload && s.payload.interviewId),
    ).toEqual(Array(5).fill('int-bo-1'));
    expect(await table.owners.get(bo.email)).toEqual(bo);
  });

  it('finishes an interrupted removal: the owner record gone, the data still there', async () => {
    const table = await freshTable();
    const scheduler = new LocalScheduler(table.doc, table.tableName, clock);
    await useFor(table, scheduler, ana, ['int-ana-9']);
    await table.owners.remove(ana.email);

    const plain = captureOwnersIoOn(table, scheduler);
    expect(await runOwners('remove', ana.email, {} as never, plain.io)).toBe(1);
    expect(plain.err).toEqual(['ana.reyes@mail.example is not an owner in the test table']);

    const again = captureOwnersIoOn(table, scheduler);
    expect(await runOwners('remove', ana.email, { deleteData: true } as never, again.io)).toBe(0);
    expect(again.out[0]).toBe('ana.reyes@mail.example was no longer an owner in the test table');
    expect(await scanAll(table.doc, table.tableName)).toEqual([]);
  });

  it('without --delete-data removes only the owner and says their interviews stay', async () => {
    const table = await freshTable();
    const scheduler = new LocalScheduler(table.doc, table.tableName, clock);
    await useFor(table, scheduler, ana, ['int-ana-3']);
    const run = captureOwnersIoOn(table, scheduler);
    expect(await runOwners('remove', ana.email, {} as never, run.io)).toBe(0);
    expect(run.out).toEqual([
      'removed ana.reyes@mail.example from the test table',
      'their interviews stay; `--delete-data` deletes them too',
    ]);
    expect(await table.store.getInterview('int-ana-3')).not.toBeNull();
    expect(await scheduler.pending()).toHaveLength(5);
  });
});
