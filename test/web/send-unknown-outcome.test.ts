// A provider call that fails after the provider may have accepted the email (a timeout, a reset
// connection, a server error) counts as "may have gone out": the owner is asked, and no retry,
// takeover or second click sends a second copy. A refusal before acceptance sent nothing, and
// the retry sends it without asking.
import { describe, expect, it } from 'vitest';
import { fireStep } from '#app/fire-step.js';
import { ownerPageLink } from '#app/links.js';
import { sendApprovedStep } from '#app/send-step.js';
import { sendTakeoverName } from '#core/schedule-name.js';
import { STEP_LEASE_MS, wentOut } from '#core/send-lease.js';
import { owner } from '../emails/fixtures.js';
import {
  approveFields,
  get,
  link,
  linkDeps,
  OPEN_HOURS,
  post,
  queuedSendWithLostAnswer,
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
    const { deps, mailer, clock, stored, path } = await queuedSendWithLostAnswer();
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

  it('"It went out" records the draft as sent, confirmed by the owner: the page, the close-out and the owner\'s page count that person as thanked', async () => {
    const { deps, mailer, clock } = await linkDeps(OPEN_HOURS);
    const stored = await seedInterview(deps);
    const path = await link(deps, 'approve', stored.id, 'thank_you');
    const step = await deps.store.getStep(stored.id, 'thank_you');
    if (!step) throw new Error('no step');
    mailer.loseAnswerOn.add(1);
    await post(deps, path, approveFields(step));
    const stamp = (await deps.store.getStep(stored.id, 'thank_you'))?.drafts[0]?.attemptedAt;
    expect((await post(deps, path, { intent: 'keep', attempted_0: stamp ?? '' })).body).toContain(
      '<h1>Sent</h1>',
    );

    const kept = await deps.store.getStep(stored.id, 'thank_you');
    const priya = kept?.drafts[0];
    expect(priya?.selected).not.toBe(false);
    expect(priya?.sentMessageId ?? null).toBeNull();
    expect(priya?.confirmedByOwnerAt).toBe(clock.now().toISOString());
    expect(kept?.drafts.map((draft) => wentOut(draft))).toEqual([true, true]);

    // The owner's page lists both as thanked.
    const page = await get(deps, new URL(await ownerPageLink(deps, owner.email)).pathname);
    expect(page.body).toMatch(/Thank-you note sent to Priya Natarajan, Tom Becker\./);

    // The close-out says so too, and nothing more went to Priya on the way.
    const closeOut = await deps.store.getStep(stored.id, 'close_out');
    clock.set(closeOut?.dueAt ?? '');
    const fired = await fireStep(deps, { interviewId: stored.id, step: 'close_out' });
    expect(fired.outcome).toBe('reminded');
    const closing = mailer.sent.at(-1);
    expect(closing?.to[0]?.address).toBe(owner.email);
    expect(closing?.text).toContain('You sent a thank-you to Priya Natarajan and Tom Becker.');
    expect(copiesTo(mailer.sent, PRIYA)).toBe(1);
  });
});
