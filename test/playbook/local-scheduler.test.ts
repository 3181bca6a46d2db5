import { describe, expect, it } from 'vitest';
import { LocalScheduler, MAX_ATTEMPTS } from '#adapters/scheduler/local-scheduler.js';
import type { ScheduledEvent, StepEvent } from '#ports/scheduler.js';
import { freshTable } from '../support/dynamo.js';
import { FakeClock } from './support.js';

async function setup() {
  const table = await freshTable();
  const clock = new FakeClock('2027-03-01T12:00:00Z');
  return { table, clock, scheduler: new LocalScheduler(table.doc, table.tableName, clock) };
}

const request = (name: string, at: string, step: StepEvent['step'] = 'prep') => ({
  name,
  at: new Date(at),
  timezone: 'America/New_York',
  payload: { interviewId: name, step },
});

describe('LocalScheduler on dynalite', () => {
  it('fires only what is due, in due order, and removes what fired', async () => {
    const { scheduler, clock } = await setup();
    await scheduler.schedule(request('b', '2027-03-02T10:00:00Z'));
    await scheduler.schedule(request('a', '2027-03-02T09:00:00Z'));
    await scheduler.schedule(request('c', '2027-03-05T09:00:00Z'));
    const fired: string[] = [];
    const fire = async (e: ScheduledEvent) => fired.push(JSON.stringify(e));

    expect(await scheduler.fireDue(fire)).toEqual([]);
    // Down for a day and a half: the first tick catches up on everything that came due.
    clock.set('2027-03-03T00:00:00Z');
    const events = await scheduler.fireDue(fire);
    expect(events).toEqual([
      { interviewId: 'a', step: 'prep' },
      { interviewId: 'b', step: 'prep' },
    ]);
    expect(fired.map((e) => JSON.parse(e).interviewId)).toEqual(['a', 'b']);
    expect((await scheduler.pending()).map((s) => s.name)).toEqual(['c']);
    // Nothing fires twice.
    expect(await scheduler.fireDue(fire)).toEqual([]);
  });

  it('a schedule with the same name moves instead of doubling; cancel removes it', async () => {
    const { scheduler, clock } = await setup();
    await scheduler.schedule(request('x', '2027-03-02T09:00:00Z'));
    await scheduler.schedule(request('x', '2027-03-09T09:00:00Z'));
    expect(await scheduler.pending()).toHaveLength(1);
    clock.set('2027-03-03T00:00:00Z');
    expect(await scheduler.fireDue(async () => {})).toEqual([]);
    await scheduler.cancel('x');
    await scheduler.cancel('x'); // a second cancel is fine
    clock.set('2027-04-01T00:00:00Z');
    expect(await scheduler.fireDue(async () => {})).toEqual([]);
  });

  it('a schedule moved while it fires is kept at its new time', async () => {
    const { scheduler, clock } = await setup();
    await scheduler.schedule(request('m', '2027-03-02T09:00:00Z', 'thank_you'));
    clock.set('2027-03-02T09:00:00Z');
    await scheduler.fireDue(async () => {
      await scheduler.schedule(request('m', '2027-03-04T14:00:00Z', 'thank_you'));
    });
    expect((await scheduler.pending()).map((s) => s.at)).toEqual(['2027-03-04T14:00:00.000Z']);
  });

  it('a failed run is retried with backoff, and parked after repeated failures', async () => {
    const { scheduler, clock } = await setup();
    await scheduler.schedule(request('f', '2027-03-02T09:00:00Z'));
    clock.set('2027-03-02T09:00:00Z');
    const failing = async () => {
      throw new Error('mail down');
    };
    expect(await scheduler.fireDue(failing)).toEqual([]);
    expect((await scheduler.pending())[0]?.attempts).toBe(1);
    // Not again before the backoff (30 s) has passed.
    const calls: ScheduledEvent[] = [];
    const record = async (e: ScheduledEvent) => {
      calls.push(e);
    };
    clock.advance(29_000);
    expect(await scheduler.fireDue(record)).toEqual([]);
    clock.advance(1_000);
    expect(await scheduler.fireDue(record)).toEqual([{ interviewId: 'f', step: 'prep' }]);
    expect(calls).toHaveLength(1);

    await scheduler.schedule(request('g', '2027-03-02T09:00:00Z'));
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await scheduler.fireDue(failing);
      clock.advance(24 * 60 * 60 * 1000);
    }
    expect(await scheduler.pending()).toEqual([]);
  });

  it('start() runs the loop until stop()', async () => {
    const { scheduler, clock } = await setup();
    await scheduler.schedule(request('loop', '2027-03-02T09:00:00Z'));
    clock.set('2027-03-02T09:00:00Z');
    const fired = new Promise<ScheduledEvent>((resolve) => {
      scheduler.start(async (e) => resolve(e), 10);
    });
    expect(await fired).toEqual({ interviewId: 'loop', step: 'prep' });
    await scheduler.stop();
    // Removal happens after the run; once stopped, nothing is left.
    expect(await scheduler.pending()).toEqual([]);
  });
});
