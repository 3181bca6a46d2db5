// A send that may already have reached someone waits on the owner: they get one email saying so,
// with the link that decides, whatever retries, takeovers or second runs follow; a new uncertain
// attempt asks again, and the owner's hourly cap on followup's mail holds.
import { describe, expect, it } from 'vitest';
import { fireStep } from '#app/fire-step.js';
import { sendApprovedStep } from '#app/send-step.js';
import { ownerRepliesCounter } from '#core/inbound/limits.js';
import { STEP_LEASE_MS } from '#core/send-lease.js';
import { owner } from '../emails/fixtures.js';
import {
  AFTER_HOURS,
  approveFields,
  get,
  link,
  linkDeps,
  post,
  queuedSendWithLostAnswer,
  seedInterview,
} from './support.js';

const TOM = 'tom.becker@northwind.example';

/** A queued thank-you whose second provider call (Tom's) is accepted but never answered. */
const unsureSend = queuedSendWithLostAnswer;

const toOwner = <T extends { to: { address: string }[] }>(sent: readonly T[]) =>
  sent.filter((email) => email.to.some((to) => to.address === owner.email));

describe('asking the owner about a send that may have gone out', () => {
  it('one system email with the link that decides, however often the send is retried', async () => {
    const { deps, mailer, clock, stored } = await unsureSend();
    const asked = toOwner(mailer.sent);
    expect(asked).toHaveLength(1);
    const note = asked[0];
    expect(note?.origin).toBe('system');
    expect(note?.subject).toMatch(/^Did it reach Tom Becker\?/);
    expect(note?.text).toContain('may already have reached Tom Becker');
    expect(note?.bcc ?? []).toEqual([]);

    // The schedule firing again, a direct retry, a run after the lease: no second email.
    await fireStep(deps, { interviewId: stored.id, step: 'thank_you' });
    expect((await sendApprovedStep(deps, stored.id, 'thank_you')).status).toBe('unsure');
    clock.advance(STEP_LEASE_MS + 60_000);
    await fireStep(deps, { interviewId: stored.id, step: 'thank_you' });
    expect((await sendApprovedStep(deps, stored.id, 'thank_you')).status).toBe('unsure');
    expect(toOwner(mailer.sent)).toHaveLength(1);

    // Its link opens the question, and the answer there sends once.
    const url = note?.text.match(/Send again, or mark it sent: +(\S+)/)?.[1] ?? '';
    const path = new URL(url).pathname;
    const page = await get(deps, path);
    expect(page.body).toContain('This may already have reached Tom Becker: send again?');
    const stamp = page.body.match(/name="attempted_1" value="([^"]+)"/)?.[1] ?? '';
    expect((await post(deps, path, { intent: 'resend', attempted_1: stamp })).body).toContain(
      '<h1>Sent</h1>',
    );
    expect(mailer.to(TOM)).toHaveLength(2);
    expect(toOwner(mailer.sent)).toHaveLength(1);
  });

  it('a new attempt that is uncertain again asks again, once', async () => {
    const { deps, mailer, clock, stored } = await unsureSend();
    clock.advance(60_000);
    const step = await deps.store.getStep(stored.id, 'thank_you');
    const stamp = step?.drafts[1]?.attemptedAt ?? '';
    // The owner says send again, and that call's answer is lost too.
    mailer.loseAnswerOn.add(4);
    const path = await link(deps, 'approve', stored.id, 'thank_you');
    const again = await post(deps, path, { intent: 'resend', attempted_1: stamp });
    expect(again.body).toContain('send again?');
    await fireStep(deps, { interviewId: stored.id, step: 'thank_you' });
    expect(toOwner(mailer.sent)).toHaveLength(2);
  });

  it("within the owner's hourly cap: over it, no email, and the step still waits on the page", async () => {
    const built = await linkDeps(AFTER_HOURS);
    const counter = ownerRepliesCounter(owner.email, built.clock.now());
    // The hour the send will run in (the queue opens later that day) already had its fill.
    const { deps, mailer, clock } = built;
    const stored = await seedInterview(deps);
    const path = await link(deps, 'approve', stored.id, 'thank_you');
    const step = await deps.store.getStep(stored.id, 'thank_you');
    if (!step) throw new Error('no step');
    await post(deps, path, approveFields(step));
    clock.set((await deps.store.getStep(stored.id, 'thank_you'))?.sendAt ?? '');
    const busy = ownerRepliesCounter(owner.email, clock.now());
    expect(busy.name).not.toBe(counter.name);
    for (let i = 0; i < deps.config.limits.maxRepliesPerOwnerPerHour; i++) {
      await deps.store.incrementCounter(busy.name, busy.expiresAt);
    }
    mailer.loseAnswerOn.add(2);
    expect((await fireStep(deps, { interviewId: stored.id, step: 'thank_you' })).outcome).toBe(
      'send_unsure',
    );
    expect(toOwner(mailer.sent)).toHaveLength(0);
    expect((await get(deps, path)).body).toContain('send again?');
  });
});
