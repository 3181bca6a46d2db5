// A send whose run dies (or stalls) while the mail service has a draft: the takeover never sends
// that draft again on its own; the review page asks the owner, and only their answer acts.
import { describe, expect, it } from 'vitest';
import { fireStep } from '#app/fire-step.js';
import { sendApprovedStep } from '#app/send-step.js';
import { sendTakeoverName } from '#core/schedule-name.js';
import { STEP_LEASE_MS } from '#core/send-lease.js';
import type { Mailer, OutgoingEmail, SentEmail } from '#ports/mailer.js';
import { approveFields, get, link, linkDeps, OPEN_HOURS, post, seedInterview } from './support.js';

const PRIYA = 'priya@northwind.example';
const TOM = 'tom.becker@northwind.example';

/**
 * A mail service whose first call stalls until `release()` (forever if never released), either
 * before it takes the email or after. Later calls go straight through.
 */
function stallingMailer(inner: Mailer, when: 'before_accepting' | 'after_accepting') {
  let reached: () => void = () => {};
  let release: () => void = () => {};
  const stalled = new Promise<void>((resolve) => {
    reached = resolve;
  });
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let calls = 0;
  const mailer: Mailer = {
    async send(email: OutgoingEmail): Promise<SentEmail> {
      calls += 1;
      if (calls > 1) return inner.send(email);
      if (when === 'after_accepting') {
        const sent = await inner.send(email);
        reached();
        await gate;
        return sent;
      }
      reached();
      await gate;
      return inner.send(email);
    },
  };
  return { mailer, stalled, release };
}

async function sendingDies(when: 'before_accepting' | 'after_accepting') {
  const built = await linkDeps(OPEN_HOURS);
  const { deps } = built;
  const stored = await seedInterview(deps);
  const path = await link(deps, 'approve', stored.id, 'thank_you');
  const step = await deps.store.getStep(stored.id, 'thank_you');
  if (!step) throw new Error('no step');
  const stall = stallingMailer(built.mailer, when);
  // The owner's click, in a run that stops in the middle of the first provider call.
  const dying = post({ ...deps, mailer: stall.mailer }, path, approveFields(step));
  await stall.stalled;
  return { ...built, stored, path, dying, release: stall.release };
}

/** What went to interviewers (the owner is also told, once, that a send waits on them). */
const drafts = <T extends { origin: string }>(sent: readonly T[]) =>
  sent.filter((email) => email.origin === 'owner');

const to = (sent: { to: { address: string }[] }[], address: string) =>
  sent.filter((email) => email.to.some((t) => t.address === address)).length;

describe('exactly once across a crash mid-send', () => {
  it('the safety net takes the send over after the lease and asks about the draft the provider had', async () => {
    const { deps, mailer, scheduler, clock, stored, path } = await sendingDies('after_accepting');
    // A send made at once keeps a takeover schedule until it finishes.
    const net = scheduler.live.get(sendTakeoverName(stored.id, 'thank_you'));
    expect(net?.payload).toEqual({ interviewId: stored.id, step: 'thank_you' });
    expect(net && net.at.getTime() - clock.now().getTime()).toBeGreaterThan(STEP_LEASE_MS);

    // Within the lease the page says it is being sent.
    expect((await get(deps, path)).body).toContain('Already being sent');
    clock.set(net?.at ?? clock.now());
    const fired = await fireStep(deps, { interviewId: stored.id, step: 'thank_you' });
    expect(fired.outcome).toBe('send_unsure');
    // Tom's draft had never been handed over: it went. Priya's had: it was not sent again.
    expect(to(mailer.sent, PRIYA)).toBe(1);
    expect(to(mailer.sent, TOM)).toBe(1);
    const waiting = await deps.store.getStep(stored.id, 'thank_you');
    expect(waiting?.status).toBe('approved');
    expect(waiting?.sendAt).toBeNull();

    // The schedule firing again, or the owner's old form sent again, changes nothing.
    expect((await fireStep(deps, { interviewId: stored.id, step: 'thank_you' })).outcome).toBe(
      'not_due',
    );
    const page = await get(deps, path);
    expect(page.body).toContain('This may already have reached Priya Natarajan: send again?');
    expect(page.body).not.toContain('name="subject_0"');
    const stale = await post(deps, path, approveFields(waiting ?? (await neverStep())));
    expect(stale.body).toContain('send again?');
    expect(drafts(mailer.sent)).toHaveLength(2);

    // Only the owner's explicit answer sends again, once.
    const stamp = waiting?.drafts[0]?.attemptedAt ?? '';
    const resent = await post(deps, path, { intent: 'resend', attempted_0: stamp });
    expect(resent.body).toContain('<h1>Sent</h1>');
    expect(to(mailer.sent, PRIYA)).toBe(2);
    expect((await deps.store.getStep(stored.id, 'thank_you'))?.status).toBe('sent');
    const twice = await post(deps, path, { intent: 'resend', attempted_0: stamp });
    expect(twice.body).toContain('Already sent');
    expect(to(mailer.sent, PRIYA)).toBe(2);
  });

  it('"it went out" finishes the step without sending; an answer to an older attempt decides nothing', async () => {
    const { deps, mailer, clock, stored, path } = await sendingDies('before_accepting');
    clock.advance(STEP_LEASE_MS);
    // The owner opens the link after the lease: approving again takes over, sends Tom's draft
    // and asks about Priya's.
    const step = await deps.store.getStep(stored.id, 'thank_you');
    const again = await post(deps, path, approveFields(step ?? (await neverStep())));
    expect(again.body).toContain('This may already have reached Priya Natarajan');
    expect(to(mailer.sent, TOM)).toBe(1);
    expect(to(mailer.sent, PRIYA)).toBe(0);

    const wrong = await post(deps, path, { intent: 'resend', attempted_0: OPEN_HOURS });
    expect(wrong.body).toContain('send again?');
    expect(drafts(mailer.sent)).toHaveLength(1);

    const stamp = (await deps.store.getStep(stored.id, 'thank_you'))?.drafts[0]?.attemptedAt;
    const kept = await post(deps, path, { intent: 'keep', attempted_0: stamp ?? '' });
    expect(kept.body).toContain('<h1>Sent</h1>');
    expect(drafts(mailer.sent)).toHaveLength(1);
    expect((await deps.store.getStep(stored.id, 'thank_you'))?.status).toBe('sent');
  });

  it('a run that lost the step to a takeover writes nothing and sends nothing more', async () => {
    const { deps, mailer, clock, stored, dying, release } = await sendingDies('after_accepting');
    clock.advance(STEP_LEASE_MS);
    const fired = await fireStep(deps, { interviewId: stored.id, step: 'thank_you' });
    expect(fired.outcome).toBe('send_unsure');
    // The stalled run wakes up: its provider call returns, but the step is no longer its own.
    release();
    const late = await dying;
    expect(late.statusCode).toBe(200);
    expect(to(mailer.sent, PRIYA)).toBe(1);
    expect(to(mailer.sent, TOM)).toBe(1);
    const step = await deps.store.getStep(stored.id, 'thank_you');
    expect(step?.status).toBe('approved');
    expect(step?.drafts[0]?.sentMessageId ?? null).toBeNull();
    // Its record for reply matching was still written: an answer from Priya stops the plan.
    const priyaMail = mailer.sent.find((email) => email.to[0]?.address === PRIYA);
    expect(await deps.store.getSentMessage(priyaMail?.messageId ?? '')).toMatchObject({
      interviewId: stored.id,
      recipient: PRIYA,
    });
  });

  it('a claim stamped in the future (the clock moved back) is taken over at once', async () => {
    const { deps, mailer, clock } = await linkDeps(OPEN_HOURS);
    const stored = await seedInterview(deps);
    const future = new Date(clock.now().getTime() + 6 * 3_600_000).toISOString();
    await deps.store.transitionStep(stored.id, 'thank_you', ['reminded'], 'sending', {
      updatedAt: future,
      sendRun: 'a-run-on-a-clock-that-was-ahead',
    });
    const fired = await fireStep(deps, { interviewId: stored.id, step: 'thank_you' });
    expect(fired.outcome).toBe('send_sent');
    expect(mailer.sent.map((email) => email.to[0]?.address)).toEqual([PRIYA, TOM]);
  });

  it('a failed provider call withdraws its attempt: the retry sends it without asking', async () => {
    const { deps, mailer } = await linkDeps(OPEN_HOURS);
    const stored = await seedInterview(deps, {}, { thank_you: { status: 'approved' } });
    mailer.failOn.add(1);
    expect((await sendApprovedStep(deps, stored.id, 'thank_you')).status).toBe('failed');
    const step = await deps.store.getStep(stored.id, 'thank_you');
    expect(step?.drafts.map((draft) => draft.attemptedAt ?? null)).toEqual([null, null]);
    expect((await sendApprovedStep(deps, stored.id, 'thank_you')).status).toBe('sent');
    expect(mailer.sent.map((email) => email.to[0]?.address)).toEqual([PRIYA, TOM]);
  });
});

async function neverStep(): Promise<never> {
  throw new Error('step missing');
}
