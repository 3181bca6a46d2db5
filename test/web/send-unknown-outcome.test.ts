// A provider call that fails after the provider may have accepted the email (a timeout, a reset
// connection, a server error) counts as "may have gone out": the owner is asked, and no retry,
// takeover or second click sends a second copy. A refusal before acceptance sent nothing, and
// the retry sends it without asking.
import { describe, expect, it } from 'vitest';
import { fireStep } from '#app/fire-step.js';
import { sendApprovedStep } from '#app/send-step.js';
import { sendTakeoverName } from '#core/schedule-name.js';
import { STEP_LEASE_MS } from '#core/send-lease.js';
import {
  AFTER_HOURS,
  approveFields,
  get,
  link,
  linkDeps,
  OPEN_HOURS,
  post,
  seedInterview,
} from './support.js';

const PRIYA = 'priya@northwind.example';
const TOM = 'tom.becker@northwind.example';

const copiesTo = (sent: { to: { address: string }[] }[], address: string) =>
  sent.filter((email) => email.to.some((to) => to.address === address)).length;

describe('a provider call with an unknown outcome', () => {
  it('an accepted email whose answer was lost is asked about, never sent twice', async () => {
    const { deps, mailer, scheduler, clock } = await linkDeps(OPEN_HOURS);
    const stored = await seedInterview(deps);
    const path = await link(deps, 'approve', stored.id, 'thank_you');
    const step = await deps.store.getStep(stored.id, 'thank_you');
    if (!step) throw new Error('no step');
    // Priya's draft reaches the provider, but its answer never comes back.
    mailer.loseAnswerOn.add(1);
    const answered = await post(deps, path, approveFields(step));
    expect(answered.body).toContain('This may already have reached Priya Natarajan: send again?');
    expect([copiesTo(mailer.sent, PRIYA), copiesTo(mailer.sent, TOM)]).toEqual([1, 1]);
    const waiting = await deps.store.getStep(stored.id, 'thank_you');
    expect(waiting?.status).toBe('approved');
    expect(waiting?.drafts[0]?.attemptedAt).toBeTruthy();
    expect(waiting?.drafts[0]?.sentMessageId ?? null).toBeNull();
    expect(waiting?.drafts[1]?.sentMessageId).toBeTruthy();
    expect(scheduler.live.has(sendTakeoverName(stored.id, 'thank_you'))).toBe(false);

    // The owner's form sent again, the step schedule firing, a run after the lease: no copy.
    const again = await post(deps, path, approveFields(step));
    expect(again.body).toContain('send again?');
    await fireStep(deps, { interviewId: stored.id, step: 'thank_you' });
    clock.advance(STEP_LEASE_MS + 60_000);
    await fireStep(deps, { interviewId: stored.id, step: 'thank_you' });
    expect((await sendApprovedStep(deps, stored.id, 'thank_you')).status).toBe('unsure');
    expect(copiesTo(mailer.sent, PRIYA)).toBe(1);
    expect((await get(deps, path)).body).toContain('send again?');

    // The owner says it went out: finished, still one copy.
    const stamp = waiting?.drafts[0]?.attemptedAt ?? '';
    const kept = await post(deps, path, { intent: 'keep', attempted_0: stamp });
    expect(kept.body).toContain('<h1>Sent</h1>');
    expect(copiesTo(mailer.sent, PRIYA)).toBe(1);
    expect((await deps.store.getStep(stored.id, 'thank_you'))?.status).toBe('sent');
  });

  it('a queued send whose provider answer is lost waits on the owner; firing again sends nothing', async () => {
    const { deps, mailer, clock } = await linkDeps(AFTER_HOURS);
    const stored = await seedInterview(deps);
    const path = await link(deps, 'approve', stored.id, 'thank_you');
    const step = await deps.store.getStep(stored.id, 'thank_you');
    if (!step) throw new Error('no step');
    expect((await post(deps, path, approveFields(step))).body).toContain('Queued for');
    clock.set((await deps.store.getStep(stored.id, 'thank_you'))?.sendAt ?? '');
    mailer.loseAnswerOn.add(2);
    const fired = await fireStep(deps, { interviewId: stored.id, step: 'thank_you' });
    expect(fired.outcome).toBe('send_unsure');
    expect([copiesTo(mailer.sent, PRIYA), copiesTo(mailer.sent, TOM)]).toEqual([1, 1]);
    await fireStep(deps, { interviewId: stored.id, step: 'thank_you' });
    clock.advance(STEP_LEASE_MS + 60_000);
    await fireStep(deps, { interviewId: stored.id, step: 'thank_you' });
    expect([copiesTo(mailer.sent, PRIYA), copiesTo(mailer.sent, TOM)]).toEqual([1, 1]);
    expect((await get(deps, path)).body).toContain(
      'This may already have reached Tom Becker: send again?',
    );
  });

  it('a refusal (the content rejected) sent nothing: its attempt is withdrawn and the retry sends it', async () => {
    const { deps, mailer } = await linkDeps(OPEN_HOURS);
    const stored = await seedInterview(deps, {}, { thank_you: { status: 'approved' } });
    mailer.refuseAs = 'rejected';
    mailer.failOn.add(1);
    const first = await sendApprovedStep(deps, stored.id, 'thank_you');
    expect(first.status).toBe('failed');
    const step = await deps.store.getStep(stored.id, 'thank_you');
    expect(step?.status).toBe('approved');
    expect(step?.drafts.map((draft) => draft.attemptedAt ?? null)).toEqual([null, null]);
    expect(mailer.sent).toHaveLength(0);
    expect((await sendApprovedStep(deps, stored.id, 'thank_you')).status).toBe('sent');
    expect([copiesTo(mailer.sent, PRIYA), copiesTo(mailer.sent, TOM)]).toEqual([1, 1]);
  });
});
