import { describe, expect, it } from 'vitest';
import { logInterview } from '#app/log-interview.js';
import { handleStepEvent } from '#handlers/step.js';
import { OWNER, parsedFrom, testDeps } from './support.js';

describe('the step handler', () => {
  it('rejects a malformed event without throwing (no retry) and logs it', async () => {
    const { deps, logs } = await testDeps();
    for (const bad of [null, 'x', {}, { interviewId: 'a', step: 'lunch' }, { interviewId: '' }]) {
      expect(await handleStepEvent(deps, bad)).toEqual({ outcome: 'rejected:bad_event' });
    }
    expect(logs.filter((l) => l.event === 'step.bad_event')).toHaveLength(5);
  });

  it('fires the step named by the schedule input', async () => {
    const { deps, clock, mailer } = await testDeps({ now: '2027-03-01T12:00:00Z' });
    const { interview, steps } = await logInterview(deps, {
      owner: deps.config.owners[0] ?? (undefined as never),
      parsed: parsedFrom({
        company: 'Acme',
        role: 'Engineer',
        start: '2027-03-09T14:00:00-05:00',
        end: '2027-03-09T15:00:00-05:00',
        timezone: 'America/New_York',
        meetingUrl: null,
        interviewers: [{ name: 'Dana Li', email: 'dana@acme.example' }],
      }),
      sourceMessageId: 'm-1',
    });
    clock.set(steps[0]?.dueAt ?? '');
    const input = JSON.parse(JSON.stringify({ interviewId: interview.id, step: 'prep' }));
    expect(await handleStepEvent(deps, input)).toEqual({ outcome: 'reminded' });
    expect(mailer.sent.map((e) => e.to[0]?.address)).toEqual([OWNER.email]);
  });
});
