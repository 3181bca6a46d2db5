// logInterview on the in-memory ports: the interview, its plan, one schedule per pending step.
import { describe, expect, it } from 'vitest';
import { InterviewInputError, logInterviewFromFields } from '#app/log-interview.js';
import { brightwater, LINA, world } from './world.js';

describe('logInterviewFromFields', () => {
  it('stores the interview and its plan, and schedules each pending step at its due time', async () => {
    const { deps, store, scheduler } = await world();
    const logged = await logInterviewFromFields(deps, {
      owner: LINA,
      fields: brightwater,
      sourceMessageId: '<confirm-7@brightwater.example>',
    });
    expect(logged.created).toBe(true);
    expect(logged.interview).toMatchObject({
      ownerEmail: LINA.email,
      company: 'Brightwater Labs',
      start: '2027-03-09T19:00:00.000Z',
      status: 'active',
    });
    expect(await store.listSteps(logged.interview.id)).toEqual(logged.steps);
    const pending = logged.steps.filter((step) => step.status === 'scheduled');
    expect(pending.map((step) => step.kind)).toContain('thank_you');
    expect(
      [...scheduler.live.values()].map((s) => [s.payload.step, s.at.toISOString()]).sort(),
    ).toEqual(pending.map((step) => [step.kind, step.dueAt]).sort());
  });

  it('logs the same message once: a repeat finds the interview and adds nothing', async () => {
    const { deps, store, scheduler } = await world();
    const input = { owner: LINA, fields: brightwater, sourceMessageId: '<confirm-7@bw.example>' };
    const first = await logInterviewFromFields(deps, input);
    const again = await logInterviewFromFields(deps, input);
    expect(again.created).toBe(false);
    expect(again.interview.id).toBe(first.interview.id);
    expect(await store.listSteps(first.interview.id)).toHaveLength(first.steps.length);
    expect(await store.listInterviewsByOwner(LINA.email)).toHaveLength(1);
    expect(scheduler.live.size).toBe(first.steps.filter((s) => s.status === 'scheduled').length);
  });

  it('refuses fields without a start, naming it, and stores nothing', async () => {
    const { deps, store, scheduler } = await world();
    const attempt = logInterviewFromFields(deps, {
      owner: LINA,
      fields: { ...brightwater, start: 'next Tuesday' },
      sourceMessageId: '<confirm-8@bw.example>',
    });
    await expect(attempt).rejects.toThrow(InterviewInputError);
    await expect(attempt).rejects.toThrow(/start/);
    expect(await store.listInterviewsByOwner(LINA.email)).toEqual([]);
    expect(scheduler.calls).toEqual([]);
  });
});
