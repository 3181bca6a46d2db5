// Approve & send on the in-memory ports: the drafts go to the interviewer from the owner's
// sending address, once; an interview whose interviewer already answered sends nothing.
import { describe, expect, it } from 'vitest';
import { fireStep } from '#app/fire-step.js';
import { heardBack } from '#app/plan-changes.js';
import { approveStep } from '#app/send-step.js';
import { filledIn } from '../support/filled-drafts.js';
import { LINA, worldWithInterview } from './world.js';

/** An interview whose thank-you reminder went out, with its drafts ready to review. */
async function remindedWorld() {
  const w = await worldWithInterview('<confirm-10@bw.example>');
  const { interview } = w;
  const due = w.steps.find((step) => step.kind === 'thank_you')?.dueAt;
  if (!due) throw new Error('the plan has no thank-you');
  w.clock.set(due);
  await fireStep(w.deps, { interviewId: interview.id, step: 'thank_you' });
  const step = await w.store.getStep(interview.id, 'thank_you');
  if (!step) throw new Error('the thank-you vanished');
  w.mailer.sent.length = 0;
  return { ...w, interview, drafts: filledIn(step.drafts) };
}

describe('approveStep', () => {
  it('sends the approved drafts to the interviewer from the sending address, once', async () => {
    const { deps, store, mailer, interview, drafts } = await remindedWorld();
    const result = await approveStep(deps, interview.id, 'thank_you', drafts, { sendNow: true });
    expect(result.status).toBe('sent');
    expect(mailer.sent).toHaveLength(1);
    const [email] = mailer.sent;
    expect(email?.to.map((to) => to.address)).toEqual(['omar@brightwater.example']);
    expect(email?.from.address).toBe(LINA.sendingAddress);
    expect(email?.bcc?.map((bcc) => bcc.address)).toEqual([LINA.email]);
    expect(await store.getSentMessage(email?.messageId ?? '')).toMatchObject({
      interviewId: interview.id,
      step: 'thank_you',
    });
    const again = await approveStep(deps, interview.id, 'thank_you', drafts, { sendNow: true });
    expect(again.status).toBe('already_sent');
    expect(mailer.sent).toHaveLength(1);
  });

  it('sends nothing once the interviewer has answered', async () => {
    const { deps, store, mailer, interview, drafts } = await remindedWorld();
    await heardBack(deps, interview.id);
    const result = await approveStep(deps, interview.id, 'thank_you', drafts, { sendNow: true });
    expect(result).toEqual({ status: 'heard_back', outcome: null });
    expect(mailer.sent.filter((email) => email.origin === 'owner')).toEqual([]);
    expect((await store.getStep(interview.id, 'thank_you'))?.status).not.toBe('sent');
  });
});
