// The playbook end to end on dynalite: logInterview → LocalScheduler → fireStep → approve & send,
// with a fake clock moved from schedule to schedule and a mailer that records every email.
import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { fireScheduled } from '#app/fire-scheduled.js';
import { fireStep, StepBusyError } from '#app/fire-step.js';
import { interviewIdFor, logInterview } from '#app/log-interview.js';
import {
  cancelPlan,
  heardBack,
  markStepDone,
  reschedule,
  skipStep,
  snooze,
  updateDetails,
} from '#app/plan-changes.js';
import { approveStep } from '#app/send-step.js';
import { STEP_LEASE_MS } from '#core/send-lease.js';
import { parseEmail } from '#parse/parse-email.js';
import type { StepEvent } from '#ports/scheduler.js';
import { stepOf } from '../support/fakes.js';
import { filledIn } from '../support/filled-drafts.js';
import { localDeps, OWNER, parsedFrom, type RecordingMailer } from './support.js';

const CORPUS = new URL('../fixtures/corpus/05-gmail-calendar-invite-ics', import.meta.url);
const corpus = JSON.parse(readFileSync(new URL(`${CORPUS}.expected.json`), 'utf8'));
// Forwarded on Tuesday 2026-12-01; the interview is Thursday 2026-12-10 11:00–12:00 New York.
const LOGGED_AT = '2026-12-01T15:00:00Z';
const SOURCE = '<invite-tidewater@mail.example>';

async function logged(now = LOGGED_AT, extra = {}) {
  const ctx = await localDeps({ now });
  const result = await logInterview(ctx.deps, {
    owner: ctx.deps.config.owners[0] ?? (undefined as never),
    parsed: parsedFrom(corpus, extra),
    sourceMessageId: SOURCE,
  });
  return { ...ctx, ...result, id: result.interview.id };
}

type Sent = RecordingMailer['sent'];
const reminders = (sent: Sent) =>
  sent.filter((e) => e.from.address === 'followup@followup.example');
const outreach = (sent: Sent) => sent.filter((e) => e.from.address === OWNER.sendingAddress);
const local = (iso: string) =>
  DateTime.fromISO(iso, { zone: 'America/New_York' }).toFormat('ccc yyyy-MM-dd HH:mm');

describe('the whole plan of a corpus message, walked with a moved clock', () => {
  it('reminds at each step, sends approved drafts once, and archives at the close-out', async () => {
    // The real corpus message through the real parser.
    const parsed = await parseEmail(readFileSync(new URL(`${CORPUS}.eml`)), {
      timezone: 'America/New_York',
    });
    expect(parsed.error).toBeNull();
    const ctx = await localDeps({ now: LOGGED_AT });
    const { interview, steps, created } = await logInterview(ctx.deps, {
      owner: ctx.deps.config.owners[0] ?? (undefined as never),
      parsed,
      sourceMessageId: parsed.outer.messageId ?? SOURCE,
    });
    const { deps, clock, mailer, local: scheduler } = ctx;
    const id = interview.id;
    expect(created).toBe(true);
    expect(steps.map((s) => [s.kind, s.status])).toEqual([
      ['prep', 'scheduled'],
      ['thank_you', 'scheduled'],
      ['follow_up', 'scheduled'],
      ['call', 'scheduled'],
      ['close_out', 'scheduled'],
    ]);
    expect(await scheduler.pending()).toHaveLength(5);

    const timeline: string[] = [];
    for (let guard = 0; guard < 20; guard++) {
      const [next] = await scheduler.pending();
      if (!next) break;
      clock.set(next.at);
      const fired = await scheduler.fireDue((event) => fireScheduled(deps, event));
      for (const event of fired) {
        timeline.push(`${stepOf(event)} @ ${local(clock.now().toISOString())}`);
        const step = await deps.store.getStep(id, stepOf(event));
        if (step?.audience === 'interviewer' && step.status === 'reminded') {
          // The owner clicks "Approve & send" on the reminder right away.
          const result = await approveStep(deps, id, stepOf(event), filledIn(step.drafts), {
            sendNow: false,
          });
          expect(result.status).toBe('sent');
        }
      }
    }
    expect(timeline).toEqual([
      'prep @ Wed 2026-12-09 18:00',
      'thank_you @ Thu 2026-12-10 13:00',
      'follow_up @ Thu 2026-12-17 09:00',
      'call @ Thu 2026-12-24 09:00',
      'close_out @ Thu 2027-01-07 09:00',
    ]);
    expect(reminders(mailer.sent)).toHaveLength(5);
    expect(outreach(mailer.sent).map((e) => e.to[0]?.address)).toEqual([
      'ines.park@tidewaterpay.example',
      'tobias.grant@tidewaterpay.example',
      // The follow-up goes to one person (no coordinator in this forward: the first interviewer).
      'ines.park@tidewaterpay.example',
    ]);
    const final = await deps.store.listSteps(id);
    expect(final.map((s) => s.status)).toEqual([
      'reminded',
      'sent',
      'sent',
      'reminded',
      'reminded',
    ]);
    expect((await deps.store.getInterview(id))?.status).toBe('closed');
    expect(await scheduler.pending()).toEqual([]);
  });

  it('logging the same forward again changes nothing and schedules nothing new', async () => {
    const { deps, id, local: scheduler } = await logged();
    const again = await logInterview(deps, {
      owner: deps.config.owners[0] ?? (undefined as never),
      parsed: parsedFrom(corpus),
      sourceMessageId: SOURCE,
    });
    expect(again.created).toBe(false);
    expect(again.interview.id).toBe(id);
    expect(id).toBe(interviewIdFor(OWNER.email, SOURCE));
    expect(again.steps).toHaveLength(5);
    expect(await scheduler.pending()).toHaveLength(5);
  });
});

describe('deliveries', () => {
  it('a step delivered twice reminds once, also when both arrive at the same moment', async () => {
    const { deps, clock, mailer, id, steps } = await logged();
    const prep = steps.find((s) => s.kind === 'prep');
    clock.set(prep?.dueAt ?? '');
    const event: StepEvent = { interviewId: id, step: 'prep' };
    const outcomes = await Promise.all(
      [fireStep(deps, event), fireStep(deps, event)].map((run) =>
        run.then(
          (o) => o.outcome,
          (error: Error) => error.name,
        ),
      ),
    );
    // The loser lost the compare-and-set, found the reminder in flight (and asks to be
    // delivered again later), or found it done.
    const [winner, loser] = outcomes.sort((a) => (a === 'reminded' ? -1 : 1));
    expect(winner).toBe('reminded');
    expect(['duplicate', 'StepBusyError', 'already_reminded']).toContain(loser);
    expect((await fireStep(deps, event)).outcome).toBe('already_reminded');
    expect(reminders(mailer.sent)).toHaveLength(1);
  });

  it('an early or out-of-order delivery fires nothing; the step fires when due', async () => {
    const { deps, clock, mailer, id, steps } = await logged();
    // The follow-up's event arrives while it is still the morning of the interview.
    clock.set('2026-12-10T14:00:00Z');
    expect((await fireStep(deps, { interviewId: id, step: 'follow_up' })).outcome).toBe('not_due');
    // The thank-you's arrives after the call's was handled: each step only answers to itself,
    // and a thank-you two weeks late is skipped, not sent.
    clock.set(steps.find((s) => s.kind === 'call')?.dueAt ?? '');
    expect((await fireStep(deps, { interviewId: id, step: 'call' })).outcome).toBe('reminded');
    expect((await fireStep(deps, { interviewId: id, step: 'thank_you' })).outcome).toBe('stale');
    expect(await deps.store.getStep(id, 'thank_you')).toMatchObject({
      status: 'skipped',
      reason: 'not sent late: too long after the interview',
    });
    expect(reminders(mailer.sent)).toHaveLength(1);
    // Unknown interviews and steps are answered, not thrown.
    expect((await fireStep(deps, { interviewId: 'nope', step: 'prep' })).outcome).toBe(
      'no_interview',
    );
  });

  it('a failed reminder is not lost: the step goes back and the retry reminds once', async () => {
    const { deps, clock, mailer, id, steps } = await logged();
    clock.set(steps.find((s) => s.kind === 'thank_you')?.dueAt ?? '');
    mailer.failOn.add(1);
    const event: StepEvent = { interviewId: id, step: 'thank_you' };
    await expect(fireStep(deps, event)).rejects.toThrow(/unavailable/);
    expect((await deps.store.getStep(id, 'thank_you'))?.status).toBe('scheduled');
    expect((await fireStep(deps, event)).outcome).toBe('reminded');
    expect((await fireStep(deps, event)).outcome).toBe('already_reminded');
    expect(reminders(mailer.sent)).toHaveLength(1);
  });

  it('a run that died after claiming the step: retried later, the reminder still goes out once', async () => {
    const { deps, clock, mailer, id, steps } = await logged();
    const due = steps.find((s) => s.kind === 'call')?.dueAt ?? '';
    clock.set(due);
    // What a run that crashed between its claim and the email leaves behind.
    await deps.store.transitionStep(id, 'call', ['scheduled'], 'reminded', {
      remindedAt: null,
      updatedAt: due,
    });
    const event: StepEvent = { interviewId: id, step: 'call' };
    // Within the lease the claimer may still be running: ask to be delivered again.
    await expect(fireStep(deps, event)).rejects.toThrow(StepBusyError);
    clock.advance(STEP_LEASE_MS);
    expect((await fireStep(deps, event)).outcome).toBe('reminded');
    expect((await fireStep(deps, event)).outcome).toBe('already_reminded');
    expect(reminders(mailer.sent)).toHaveLength(1);
    expect((await deps.store.getStep(id, 'call'))?.remindedAt).toBe(clock.now().toISOString());
  });

  it('a queued send whose run died is finished after the lease, without resending', async () => {
    const { deps, clock, mailer, id } = await logged();
    clock.set('2026-12-14T14:00:00Z');
    const drafts = [
      {
        interviewerName: 'Ines Park',
        interviewerEmail: 'ines.park@tidewaterpay.example',
        subject: 'Thank you',
        body: 'Thanks!',
        sentMessageId: 'already-out@ses',
      },
      {
        interviewerName: 'Tobias Grant',
        interviewerEmail: 'tobias.grant@tidewaterpay.example',
        subject: 'Thank you',
        body: 'Thanks!',
        sentMessageId: null,
      },
    ];
    // Died mid-send: the first draft went out and was recorded, the second did not.
    await deps.store.transitionStep(id, 'thank_you', ['scheduled'], 'sending', {
      drafts,
      sendAt: '2026-12-14T14:00:00.000Z',
      updatedAt: clock.now().toISOString(),
    });
    const event: StepEvent = { interviewId: id, step: 'thank_you' };
    // Within the lease the claimer may still be running: the takeover is scheduled for after it.
    expect((await fireStep(deps, event)).outcome).toBe('send_in_progress');
    clock.advance(STEP_LEASE_MS);
    expect((await fireStep(deps, event)).outcome).toBe('send_sent');
    expect(outreach(mailer.sent).map((e) => e.to[0]?.address)).toEqual([
      'tobias.grant@tidewaterpay.example',
    ]);
  });

  it('a queued send goes out when its schedule fires in business hours', async () => {
    const { deps, clock, mailer, id, local: scheduler } = await logged();
    // The owner approves the thank-you on Saturday morning.
    clock.set('2026-12-12T15:00:00Z');
    await fireStep(deps, { interviewId: id, step: 'thank_you' });
    const step = await deps.store.getStep(id, 'thank_you');
    const result = await approveStep(deps, id, 'thank_you', filledIn(step?.drafts ?? []), {
      sendNow: false,
    });
    expect(result).toMatchObject({ status: 'queued', sendAt: '2026-12-14T14:00:00.000Z' });
    expect(outreach(mailer.sent)).toHaveLength(0);
    clock.set('2026-12-14T14:00:00Z');
    const fired = await scheduler.fireDue((event) => fireScheduled(deps, event));
    expect(fired.map(stepOf)).toContain('thank_you');
    expect(outreach(mailer.sent)).toHaveLength(2);
    expect((await deps.store.getStep(id, 'thank_you'))?.status).toBe('sent');
    // A duplicate delivery of the queued send sends nothing more.
    expect((await fireStep(deps, { interviewId: id, step: 'thank_you' })).outcome).toBe(
      'already_sent',
    );
    expect(outreach(mailer.sent)).toHaveLength(2);
  });
});

describe('changes mid-plan', () => {
  it('a reschedule moves what is pending; the old time fires nothing', async () => {
    const { deps, clock, mailer, id, steps, local: scheduler } = await logged();
    const oldThankYou = steps.find((s) => s.kind === 'thank_you')?.dueAt ?? '';
    // The prep has gone out; then the interview moves from Thursday to the next Tuesday.
    clock.set(steps.find((s) => s.kind === 'prep')?.dueAt ?? '');
    await scheduler.fireDue((event) => fireScheduled(deps, event));
    const { moved } = await reschedule(deps, id, {
      start: '2026-12-15T15:00:00-05:00',
      end: '2026-12-15T16:00:00-05:00',
    });
    expect(moved.map((s) => s.kind)).toEqual(['thank_you', 'follow_up', 'call', 'close_out']);
    const after = Object.fromEntries(
      (await deps.store.listSteps(id)).map((s) => [s.kind, local(s.dueAt)]),
    );
    expect(after).toEqual({
      prep: 'Wed 2026-12-09 18:00',
      thank_you: 'Tue 2026-12-15 17:00',
      follow_up: 'Tue 2026-12-22 09:00',
      call: 'Tue 2026-12-29 09:00',
      close_out: 'Tue 2027-01-12 09:00',
    });
    // The schedules moved with them (one each, no duplicates).
    expect((await scheduler.pending()).map((s) => stepOf(s.payload))).toEqual([
      'thank_you',
      'follow_up',
      'call',
      'close_out',
    ]);
    // A late delivery for the old thank-you time fires nothing.
    clock.set(oldThankYou);
    expect((await fireStep(deps, { interviewId: id, step: 'thank_you' })).outcome).toBe('not_due');
    expect(await scheduler.fireDue((event) => fireScheduled(deps, event))).toEqual([]);
    expect(reminders(mailer.sent)).toHaveLength(1);
    // Repeating the same reschedule moves nothing.
    expect(
      (
        await reschedule(deps, id, {
          start: '2026-12-15T15:00:00-05:00',
          end: '2026-12-15T16:00:00-05:00',
        })
      ).moved,
    ).toEqual([]);
  });

  it('heard back mid-plan: everything pending stops, schedules are deleted, nothing is sent', async () => {
    const { deps, clock, mailer, id, steps, local: scheduler } = await logged();
    clock.set(steps.find((s) => s.kind === 'thank_you')?.dueAt ?? '');
    await scheduler.fireDue((event) => fireScheduled(deps, event));
    const thankYou = await deps.store.getStep(id, 'thank_you');
    expect(thankYou?.status).toBe('reminded');
    await heardBack(deps, id);
    await heardBack(deps, id); // twice is fine
    expect((await deps.store.getInterview(id))?.status).toBe('heard_back');
    // The thank-you had fired (reminded), the rest was scheduled: all stop. The prep, caught up
    // only after the interview, had been skipped rather than sent late.
    expect((await deps.store.listSteps(id)).map((s) => s.status)).toEqual([
      'skipped',
      'cancelled',
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
    expect(await scheduler.pending()).toEqual([]);
    // The approve link in the thank-you reminder no longer sends.
    const approve = await approveStep(deps, id, 'thank_you', thankYou?.drafts ?? [], {
      sendNow: true,
    });
    expect(approve.status).toBe('heard_back');
    // A delivery that was already in flight fires nothing.
    clock.set('2027-01-30T00:00:00Z');
    expect((await fireStep(deps, { interviewId: id, step: 'call' })).outcome).toBe(
      'interview_heard_back',
    );
    expect(outreach(mailer.sent)).toHaveLength(0);
    // Only the thank-you's reminder went out (the prep was caught up too late to help).
    expect(reminders(mailer.sent)).toHaveLength(1);
  });

  it('cancel stops the plan like heard-back', async () => {
    const { deps, id, local: scheduler } = await logged();
    await cancelPlan(deps, id);
    expect((await deps.store.getInterview(id))?.status).toBe('cancelled');
    expect(await scheduler.pending()).toEqual([]);
    expect((await deps.store.listSteps(id)).every((s) => s.status === 'cancelled')).toBe(true);
  });

  it('snoozing the call reminds again later and moves the close-out with it', async () => {
    const { deps, clock, mailer, id, steps, local: scheduler } = await logged();
    clock.set(steps.find((s) => s.kind === 'call')?.dueAt ?? '');
    await fireStep(deps, { interviewId: id, step: 'call' });
    // Snooze to 03:00 on Dec 30: lands at 08:00, inside the owner's waking hours.
    await snooze(deps, id, 'call', new Date('2026-12-30T08:00:00Z'));
    const call = await deps.store.getStep(id, 'call');
    expect(call).toMatchObject({ status: 'snoozed' });
    expect(local(call?.dueAt ?? '')).toBe('Wed 2026-12-30 08:00');
    expect(local((await deps.store.getStep(id, 'close_out'))?.dueAt ?? '')).toBe(
      'Thu 2027-01-07 09:00',
    );
    clock.set(call?.dueAt ?? '');
    const fired = await scheduler.fireDue((event) => fireScheduled(deps, event));
    expect(fired.map(stepOf)).toContain('call');
    expect((await deps.store.getStep(id, 'call'))?.status).toBe('reminded');
    expect(reminders(mailer.sent).length).toBeGreaterThanOrEqual(2);
  });

  it('skip and done take a step out with its schedule', async () => {
    const { deps, id, local: scheduler } = await logged();
    await skipStep(deps, id, 'follow_up');
    await markStepDone(deps, id, 'call');
    await skipStep(deps, id, 'follow_up');
    const statuses = Object.fromEntries(
      (await deps.store.listSteps(id)).map((s) => [s.kind, s.status]),
    );
    expect(statuses).toMatchObject({ follow_up: 'skipped', call: 'done' });
    expect((await scheduler.pending()).map((s) => stepOf(s.payload))).toEqual([
      'prep',
      'thank_you',
      'close_out',
    ]);
  });

  it('a decision date given later moves the call and the close-out', async () => {
    const { deps, id } = await logged();
    await updateDetails(deps, id, { decisionBy: '2026-12-18', company: 'Tidewater Pay' });
    const steps = Object.fromEntries((await deps.store.listSteps(id)).map((s) => [s.kind, s]));
    expect(local(steps.call?.dueAt ?? '')).toBe('Fri 2026-12-18 09:00');
    // Eight days stated, sixteen realistically: the close-out waits for that answer date.
    expect(local(steps.close_out?.dueAt ?? '')).toBe('Sat 2026-12-26 09:00');
    expect(steps.follow_up?.status).toBe('scheduled');
    // Moving it to the follow-up's day drops the follow-up; moving it back brings it back.
    await updateDetails(deps, id, { decisionBy: '2026-12-17' });
    expect((await deps.store.getStep(id, 'follow_up'))?.status).toBe('skipped');
    await updateDetails(deps, id, { decisionBy: '2026-12-28' });
    expect((await deps.store.getStep(id, 'follow_up'))?.status).toBe('scheduled');
    expect((await deps.store.getInterview(id))?.company).toBe('Tidewater Pay');
  });

  it('an interview logged late skips the past and thanks soon', async () => {
    // Forwarded the evening of the interview at 19:00.
    const { steps, local: scheduler } = await logged('2026-12-11T00:00:00Z');
    expect(steps.map((s) => [s.kind, s.status, local(s.dueAt)])).toEqual([
      ['prep', 'skipped', 'Wed 2026-12-09 18:00'],
      ['thank_you', 'scheduled', 'Thu 2026-12-10 19:05'],
      ['follow_up', 'scheduled', 'Thu 2026-12-17 09:00'],
      ['call', 'scheduled', 'Thu 2026-12-24 09:00'],
      ['close_out', 'scheduled', 'Thu 2027-01-07 09:00'],
    ]);
    expect(await scheduler.pending()).toHaveLength(4);
  });
});
