import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE } from '#adapters/dynamo/table.js';
import type { Interview, Step } from '#core/domain.js';
import type { Store } from '#ports/store.js';
import { freshTable } from '../support/dynamo.js';
import { MemoryStore } from '../support/memory-store.js';

function interview(id: string, overrides: Partial<Interview> = {}): Interview {
  return {
    id,
    ownerEmail: 'sam@example.com',
    sourceMessageId: `<${id}@mail.example>`,
    calendarUid: null,
    company: 'Acme Robotics',
    role: 'Backend Engineer',
    start: '2026-12-03T14:00:00-05:00',
    end: '2026-12-03T15:00:00-05:00',
    timezone: 'America/New_York',
    interviewers: [{ name: 'Dana Li', email: 'dana@acme.example', timezone: null }],
    meetingUrl: 'https://zoom.us/j/123',
    notes: [],
    decisionBy: null,
    status: 'active',
    createdAt: '2026-11-30T12:00:00.000Z',
    updatedAt: '2026-11-30T12:00:00.000Z',
    ...overrides,
  };
}

function step(interviewId: string, overrides: Partial<Step> = {}): Step {
  return {
    interviewId,
    kind: 'thank_you',
    audience: 'interviewer',
    dueAt: '2026-12-03T21:00:00.000Z',
    status: 'scheduled',
    scheduleName: null,
    drafts: [],
    sendAt: null,
    lastError: null,
    updatedAt: '2026-11-30T12:00:00.000Z',
    ...overrides,
  };
}

describe('DynamoStore against dynalite: the table', () => {
  it('creates the table from the shared definition', async () => {
    const ctx = await freshTable();
    const { Table } = await ctx.client.send(new DescribeTableCommand({ TableName: ctx.tableName }));
    expect(Table?.KeySchema?.map((k) => k.AttributeName)).toEqual([
      TABLE.partitionKey,
      TABLE.sortKey,
    ]);
    expect(Table?.GlobalSecondaryIndexes?.[0]?.IndexName).toBe(TABLE.gsi1.name);
  });

  it('validates what it reads: a malformed item fails naming its key', async () => {
    const ctx = await freshTable();
    await ctx.doc.send(
      new PutCommand({
        TableName: ctx.tableName,
        Item: { PK: 'INT#bad', SK: 'INT', id: 'bad', status: 'pondering' },
      }),
    );
    await expect(ctx.store.getInterview('bad')).rejects.toThrow(
      /INT#bad\/INT is not a valid record/,
    );
  });
});

// The same contract for the DynamoDB adapter and the in-memory store the unit tests use.
describe.each([
  { name: 'DynamoStore on dynalite', make: async (): Promise<Store> => (await freshTable()).store },
  { name: 'MemoryStore', make: async (): Promise<Store> => new MemoryStore() },
])('$name', ({ make }) => {
  let store: Store;

  beforeAll(async () => {
    store = await make();
  });

  it('creates an interview once; a second create returns the stored one', async () => {
    const first = await store.createInterview(interview('i-1'));
    expect(first.created).toBe(true);
    const second = await store.createInterview(interview('i-1', { company: 'Changed' }));
    expect(second.created).toBe(false);
    expect(second.interview.company).toBe('Acme Robotics');
    expect(await store.getInterview('i-1')).toEqual(interview('i-1'));
    expect(await store.getInterview('missing')).toBeNull();
  });

  it('lists one owner interviews by start instant, across offsets', async () => {
    await store.createInterview(
      interview('o-late', { ownerEmail: 'kim@example.com', start: '2026-12-10T09:00:00+11:00' }),
    );
    await store.createInterview(
      interview('o-early', { ownerEmail: 'kim@example.com', start: '2026-12-09T20:00:00-05:00' }),
    );
    await store.createInterview(interview('other-owner', { ownerEmail: 'lee@example.com' }));
    const listed = await store.listInterviewsByOwner('kim@example.com');
    // 2026-12-09T22:00Z (Sydney) comes before 2026-12-10T01:00Z (New York).
    expect(listed.map((i) => i.id)).toEqual(['o-late', 'o-early']);
    const ranged = await store.listInterviewsByOwner('kim@example.com', {
      from: '2026-12-10T00:00:00Z',
    });
    expect(ranged.map((i) => i.id)).toEqual(['o-early']);
  });

  it('updates an interview only from an allowed status, and moves it in the index', async () => {
    await store.createInterview(interview('u-1', { ownerEmail: 'upd@example.com' }));
    const won = await store.updateInterview('u-1', { status: 'heard_back' }, ['active']);
    expect(won.won).toBe(true);
    const lost = await store.updateInterview('u-1', { status: 'cancelled' }, ['active']);
    expect(lost).toEqual({
      won: false,
      current: expect.objectContaining({ status: 'heard_back' }),
    });
    await store.updateInterview('u-1', { start: '2027-01-05T10:00:00Z' }, ['heard_back']);
    const listed = await store.listInterviewsByOwner('upd@example.com', {
      from: '2027-01-01T00:00:00Z',
    });
    expect(listed.map((i) => i.id)).toEqual(['u-1']);
    const missing = await store.updateInterview('nope', { company: 'x' }, ['active']);
    expect(missing).toEqual({ won: false, current: null });
  });

  it('finds an interview by calendar UID within one owner only', async () => {
    await store.createInterview(
      interview('c-1', { ownerEmail: 'cal@example.com', calendarUid: 'uid-42' }),
    );
    expect((await store.findInterviewByCalendarUid('cal@example.com', 'uid-42'))?.id).toBe('c-1');
    expect(await store.findInterviewByCalendarUid('sam@example.com', 'uid-42')).toBeNull();
  });

  it('puts steps idempotently and lists them by due time', async () => {
    await store.putStepIfAbsent(
      step('s-1', { kind: 'follow_up', dueAt: '2026-12-10T14:00:00.000Z' }),
    );
    const first = await store.putStepIfAbsent(step('s-1'));
    const again = await store.putStepIfAbsent(step('s-1', { status: 'sent' }));
    expect(first.created).toBe(true);
    expect(again).toEqual({ created: false, step: step('s-1') });
    expect((await store.listSteps('s-1')).map((s) => s.kind)).toEqual(['thank_you', 'follow_up']);
  });

  it('transitions a step by compare-and-set, reporting who won', async () => {
    await store.putStepIfAbsent(step('t-1'));
    const won = await store.transitionStep('t-1', 'thank_you', ['scheduled'], 'reminded', {
      updatedAt: '2026-12-03T21:00:01.000Z',
    });
    expect(won).toEqual({
      won: true,
      value: expect.objectContaining({ status: 'reminded', updatedAt: '2026-12-03T21:00:01.000Z' }),
    });
    const lost = await store.transitionStep('t-1', 'thank_you', ['scheduled'], 'reminded');
    expect(lost).toEqual({ won: false, current: expect.objectContaining({ status: 'reminded' }) });
    const absent = await store.transitionStep('t-1', 'call', ['scheduled'], 'reminded');
    expect(absent).toEqual({ won: false, current: null });
  });

  it("a write held by a run acts only while the step is still that run's", async () => {
    await store.putStepIfAbsent(step('held-1', { status: 'sending', sendRun: 'run-a' }));
    const mine = await store.transitionStep(
      'held-1',
      'thank_you',
      ['sending'],
      'sending',
      { lastError: 'by a' },
      'run-a',
    );
    expect(mine.won).toBe(true);
    // Another run takes the step over; the first one's next write changes nothing.
    await store.transitionStep('held-1', 'thank_you', ['sending'], 'sending', { sendRun: 'run-b' });
    const late = await store.transitionStep(
      'held-1',
      'thank_you',
      ['sending'],
      'sent',
      { lastError: 'by a, late' },
      'run-a',
    );
    expect(late).toEqual({
      won: false,
      current: expect.objectContaining({ status: 'sending', sendRun: 'run-b', lastError: 'by a' }),
    });
  });

  it('lets exactly one of many concurrent transitions win', async () => {
    await store.putStepIfAbsent(step('race-1', { status: 'reminded' }));
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        store.transitionStep('race-1', 'thank_you', ['reminded', 'approved'], 'sending', {
          lastError: `writer-${n}`,
        }),
      ),
    );
    const winners = results.filter((r) => r.won);
    expect(winners).toHaveLength(1);
    const stored = await store.getStep('race-1', 'thank_you');
    expect(stored?.status).toBe('sending');
    expect(winners[0]?.won && winners[0].value.lastError).toBe(stored?.lastError);
  });

  it('stores link tokens by hash and consumes them once, never after expiry', async () => {
    const base = {
      action: 'approve' as const,
      ownerEmail: 'sam@example.com',
      interviewId: 'i-1',
      step: 'thank_you' as const,
      singleUse: true,
      usedAt: null,
      createdAt: '2026-12-01T00:00:00.000Z',
    };
    await store.putLinkToken({
      ...base,
      hash: 'a'.repeat(64),
      expiresAt: '2026-12-20T00:00:00-05:00',
    });
    const read = await store.getLinkToken('a'.repeat(64));
    expect(read).toMatchObject({ action: 'approve', expiresAt: '2026-12-20T05:00:00.000Z' });
    expect(read).not.toHaveProperty('expiresAtEpoch');
    const raced = await Promise.all(
      Array.from({ length: 5 }, () =>
        store.consumeLinkToken('a'.repeat(64), '2026-12-02T00:00:00Z'),
      ),
    );
    expect(raced.filter(Boolean)).toHaveLength(1);
    expect((await store.getLinkToken('a'.repeat(64)))?.usedAt).toBe('2026-12-02T00:00:00.000Z');
    // Given back only for the use it names: a stale release does nothing.
    await store.releaseLinkToken('a'.repeat(64), '2026-12-01T00:00:00Z');
    expect((await store.getLinkToken('a'.repeat(64)))?.usedAt).toBe('2026-12-02T00:00:00.000Z');
    await store.releaseLinkToken('a'.repeat(64), '2026-12-02T00:00:00Z');
    expect(await store.consumeLinkToken('a'.repeat(64), '2026-12-03T00:00:00Z')).toBe(true);

    await store.putLinkToken({ ...base, hash: 'b'.repeat(64), expiresAt: '2026-12-01T00:00:00Z' });
    expect(await store.consumeLinkToken('b'.repeat(64), '2026-12-02T00:00:00Z')).toBe(false);
    expect(await store.consumeLinkToken('c'.repeat(64), '2026-12-02T00:00:00Z')).toBe(false);
  });

  it('claims an inbound message once and records its outcome', async () => {
    expect(await store.claimInbound('ses-1', '2026-12-31T00:00:00Z')).toBe(true);
    expect(await store.claimInbound('ses-1', '2026-12-31T00:00:00Z')).toBe(false);
    await store.completeInbound('ses-1', 'logged');
    expect(await store.getInbound('ses-1')).toEqual({
      id: 'ses-1',
      state: 'done',
      outcome: 'logged',
    });
  });

  it('maps sent Message-IDs back to their interview', async () => {
    const record = {
      messageId: '0100018c@email.amazonses.com',
      interviewId: 'i-1',
      ownerEmail: 'sam@example.com',
      step: 'thank_you' as const,
      recipient: 'dana@acme.example',
      sentAt: '2026-12-03T21:05:00.000Z',
    };
    await store.putSentMessage(record);
    expect(await store.getSentMessage(record.messageId)).toEqual(record);
    expect(await store.getSentMessage('unknown@x')).toBeNull();
    // A reply may carry the id under another SES domain, or in angle brackets.
    expect(await store.getSentMessage('<0100018c@eu-west-1.amazonses.com>')).toEqual(record);
    expect(await store.getSentMessage('0100018c')).toEqual(record);
  });

  it('counts atomically under concurrency', async () => {
    const counts = await Promise.all(
      Array.from({ length: 8 }, () =>
        store.incrementCounter('new#sam#2026-12-01', '2026-12-03T00:00:00Z'),
      ),
    );
    expect([...counts].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
