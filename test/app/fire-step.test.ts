// fireStep on the in-memory ports: a due step reminds its owner once; anything else is refused.
import { describe, expect, it } from 'vitest';
import { fireStep } from '#app/fire-step.js';
import { LINA, worldWithInterview } from './world.js';

async function loggedWorld() {
  const w = await worldWithInterview('<confirm-9@bw.example>');
  const thankYou = w.steps.find((step) => step.kind === 'thank_you');
  if (!thankYou) throw new Error('the plan has no thank-you');
  return { ...w, thankYou };
}

describe('fireStep', () => {
  it('reminds the owner of a due thank-you once, with a draft for the interviewer', async () => {
    const { deps, store, mailer, clock, interview, thankYou } = await loggedWorld();
    clock.set(thankYou.dueAt);
    const event = { interviewId: interview.id, step: 'thank_you' } as const;
    expect(await fireStep(deps, event)).toEqual({ outcome: 'reminded' });
    expect(mailer.sent.map((email) => email.to.map((to) => to.address))).toEqual([[LINA.email]]);
    const step = await store.getStep(interview.id, 'thank_you');
    expect(step?.status).toBe('reminded');
    expect(step?.drafts.map((draft) => draft.interviewerEmail)).toEqual([
      'omar@brightwater.example',
    ]);
    // Delivered twice: the second finds it done.
    expect(await fireStep(deps, event)).toEqual({ outcome: 'already_reminded' });
    expect(mailer.sent).toHaveLength(1);
  });

  it('refuses a step that is not due yet, and leaves it scheduled', async () => {
    const { deps, store, mailer, clock, interview, thankYou } = await loggedWorld();
    clock.set(new Date(Date.parse(thankYou.dueAt) - 60 * 60_000));
    expect(await fireStep(deps, { interviewId: interview.id, step: 'thank_you' })).toEqual({
      outcome: 'not_due',
    });
    expect(mailer.sent).toEqual([]);
    expect((await store.getStep(interview.id, 'thank_you'))?.status).toBe('scheduled');
  });
});
