import { describe, expect, it } from 'vitest';
import { approveStep, sendApprovedStep } from '#app/send-step.js';
import type { Draft, Step } from '#core/domain.js';
import { STEP_LEASE_MS } from '#core/send-lease.js';
import { OWNER, type RecordingScheduler, sampleInterview, testDeps } from './support.js';

function drafts(): Draft[] {
  return [
    {
      interviewerName: 'Dana Li',
      interviewerEmail: 'dana@acme.example',
      subject: 'Thank you',
      body: 'Hi Dana, thanks!',
      sentMessageId: null,
    },
    {
      interviewerName: 'Ravi Shah',
      interviewerEmail: 'ravi@acme.example',
      subject: 'Thank you\r\nBcc: evil@example.com',
      body: 'Hi Ravi, thanks!',
      sentMessageId: null,
    },
  ];
}

function reminded(interviewId: string, overrides: Partial<Step> = {}): Step {
  return {
    interviewId,
    kind: 'thank_you',
    audience: 'interviewer',
    dueAt: '2027-03-09T21:00:00.000Z',
    status: 'reminded',
    scheduleName: null,
    drafts: drafts(),
    sendAt: null,
    lastError: null,
    updatedAt: '2027-03-09T21:00:00.000Z',
    ...overrides,
  };
}

// Wednesday 2027-03-10 11:00 in New York: business hours for a New York panel.
const OPEN = '2027-03-10T16:00:00Z';
const newYorkPanel = sampleInterview({
  interviewers: [
    { name: 'Dana Li', email: 'dana@acme.example', timezone: null },
    { name: 'Ravi Shah', email: 'ravi@acme.example', timezone: null },
  ],
});

describe('approveStep and sendApprovedStep', () => {
  it('sends each draft once from the sending address, Reply-To it, Bcc the owner', async () => {
    const { deps, mailer } = await testDeps({ now: OPEN });
    await deps.store.createInterview(newYorkPanel);
    await deps.store.putStepIfAbsent(reminded(newYorkPanel.id));

    const result = await approveStep(deps, newYorkPanel.id, 'thank_you', drafts(), {
      sendNow: false,
    });
    expect(result.status).toBe('sent');
    expect(mailer.sent).toHaveLength(2);
    for (const email of mailer.sent) {
      expect(email.from).toEqual({ name: OWNER.name, address: OWNER.sendingAddress });
      expect(email.replyTo).toEqual([{ name: OWNER.name, address: OWNER.sendingAddress }]);
      expect(email.bcc).toEqual([{ name: OWNER.name, address: OWNER.email }]);
    }
    expect(mailer.sent.map((e) => e.to[0]?.address)).toEqual([
      'dana@acme.example',
      'ravi@acme.example',
    ]);
    // A newline in the subject cannot smuggle a header.
    expect(mailer.sent[1]?.subject).toBe('Thank you Bcc: evil@example.com');

    const step = await deps.store.getStep(newYorkPanel.id, 'thank_you');
    expect(step?.status).toBe('sent');
    expect(step?.drafts.map((d) => d.sentMessageId)).toEqual(mailer.sent.map((e) => e.messageId));
    const record = await deps.store.getSentMessage(mailer.sent[0]?.messageId ?? '');
    expect(record).toMatchObject({ interviewId: newYorkPanel.id, recipient: 'dana@acme.example' });

    // A double click, a retried request: nothing goes out again.
    const again = await approveStep(deps, newYorkPanel.id, 'thank_you', drafts(), {
      sendNow: true,
    });
    expect(again.status).toBe('already_sent');
    expect(await sendApprovedStep(deps, newYorkPanel.id, 'thank_you')).toEqual({
      status: 'already_sent',
    });
    expect(mailer.sent).toHaveLength(2);
  });

  it('two concurrent sends of the same step send once', async () => {
    const { deps, mailer } = await testDeps({ now: OPEN });
    await deps.store.createInterview(newYorkPanel);
    await deps.store.putStepIfAbsent(reminded(newYorkPanel.id, { status: 'approved' }));
    const outcomes = await Promise.all([
      sendApprovedStep(deps, newYorkPanel.id, 'thank_you'),
      sendApprovedStep(deps, newYorkPanel.id, 'thank_you'),
      sendApprovedStep(deps, newYorkPanel.id, 'thank_you'),
    ]);
    expect(outcomes.filter((o) => o.status === 'sent')).toHaveLength(1);
    expect(mailer.sent).toHaveLength(2);
  });

  it('queues outside business hours: Saturday → Monday 09:00 in the interviewers zone', async () => {
    // Saturday 2027-03-13 10:00 New York.
    const { deps, mailer, scheduler } = await testDeps({ now: '2027-03-13T15:00:00Z' });
    await deps.store.createInterview(newYorkPanel);
    await deps.store.putStepIfAbsent(reminded(newYorkPanel.id));
    const result = await approveStep(deps, newYorkPanel.id, 'thank_you', drafts(), {
      sendNow: false,
    });
    // Monday 2027-03-15 09:00 EDT (the clocks changed on Sunday) = 13:00Z.
    expect(result).toMatchObject({ status: 'queued', sendAt: '2027-03-15T13:00:00.000Z' });
    expect(mailer.sent).toHaveLength(0);
    const live = (scheduler as RecordingScheduler).live;
    const queued = [...live.values()][0];
    expect(queued?.at.toISOString()).toBe('2027-03-15T13:00:00.000Z');
    expect(queued?.payload).toEqual({ interviewId: newYorkPanel.id, step: 'thank_you' });
    const step = await deps.store.getStep(newYorkPanel.id, 'thank_you');
    expect(step).toMatchObject({ status: 'approved', sendAt: '2027-03-15T13:00:00.000Z' });

    // "Send now" overrides the queue.
    const now = await approveStep(deps, newYorkPanel.id, 'thank_you', drafts(), { sendNow: true });
    expect(now.status).toBe('sent');
    expect(mailer.sent).toHaveLength(2);
  });

  it('a failed send goes back to approved with the error; the retry sends only what is left', async () => {
    const { deps, mailer } = await testDeps({ now: OPEN });
    await deps.store.createInterview(newYorkPanel);
    await deps.store.putStepIfAbsent(reminded(newYorkPanel.id, { status: 'approved' }));
    mailer.failOn.add(2);
    const first = await sendApprovedStep(deps, newYorkPanel.id, 'thank_you');
    expect(first.status).toBe('failed');
    const step = await deps.store.getStep(newYorkPanel.id, 'thank_you');
    expect(step?.status).toBe('approved');
    expect(step?.lastError).toMatch(/unavailable/);
    expect(step?.drafts[0]?.sentMessageId).toBe(mailer.sent[0]?.messageId);
    expect(step?.drafts[1]?.sentMessageId).toBeNull();

    // Re-approving (the page submitted again) keeps what already went out.
    const retry = await approveStep(deps, newYorkPanel.id, 'thank_you', drafts(), {
      sendNow: true,
    });
    expect(retry.status).toBe('sent');
    expect(mailer.sent.map((e) => e.to[0]?.address)).toEqual([
      'dana@acme.example',
      'ravi@acme.example',
    ]);
  });

  it('a send stuck in progress is finished by approving again once its run is surely dead', async () => {
    const { deps, mailer, clock } = await testDeps({ now: OPEN });
    await deps.store.createInterview(newYorkPanel);
    const stuck = drafts().map((d, i) => (i === 0 ? { ...d, sentMessageId: 'out-1@ses' } : d));
    await deps.store.putStepIfAbsent(
      reminded(newYorkPanel.id, { status: 'sending', drafts: stuck, updatedAt: OPEN }),
    );
    expect(
      (await approveStep(deps, newYorkPanel.id, 'thank_you', drafts(), { sendNow: true })).status,
    ).toBe('in_progress');
    clock.advance(STEP_LEASE_MS);
    const result = await approveStep(deps, newYorkPanel.id, 'thank_you', drafts(), {
      sendNow: true,
    });
    expect(result.status).toBe('sent');
    expect(mailer.sent.map((e) => e.to[0]?.address)).toEqual(['ravi@acme.example']);
    expect(result.outcome).toEqual({
      status: 'sent',
      messageIds: ['out-1@ses', mailer.sent[0]?.messageId],
    });
  });

  it('never sends after the interviewer answered, nor an unapproved step', async () => {
    const { deps, mailer } = await testDeps({ now: OPEN });
    await deps.store.createInterview({ ...newYorkPanel, status: 'heard_back' });
    await deps.store.putStepIfAbsent(reminded(newYorkPanel.id, { status: 'approved' }));
    expect(await sendApprovedStep(deps, newYorkPanel.id, 'thank_you')).toEqual({
      status: 'heard_back',
    });
    const result = await approveStep(deps, newYorkPanel.id, 'thank_you', drafts(), {
      sendNow: true,
    });
    expect(result.status).toBe('heard_back');

    const other = await testDeps({ now: OPEN });
    await other.deps.store.createInterview(newYorkPanel);
    await other.deps.store.putStepIfAbsent(reminded(newYorkPanel.id));
    expect(await sendApprovedStep(other.deps, newYorkPanel.id, 'thank_you')).toEqual({
      status: 'not_approved',
    });
    expect(mailer.sent).toHaveLength(0);
    expect(other.mailer.sent).toHaveLength(0);
  });

  it('refuses drafts without any interviewer address', async () => {
    const { deps, mailer } = await testDeps({ now: OPEN });
    await deps.store.createInterview(newYorkPanel);
    await deps.store.putStepIfAbsent(reminded(newYorkPanel.id));
    const noAddress = drafts().map((d) => ({ ...d, interviewerEmail: null }));
    const result = await approveStep(deps, newYorkPanel.id, 'thank_you', noAddress, {
      sendNow: true,
    });
    expect(result.status).toBe('no_recipients');
    expect(mailer.sent).toHaveLength(0);
    expect((await deps.store.getStep(newYorkPanel.id, 'thank_you'))?.status).toBe('reminded');
  });

  it('keeps to the cap of sends per interview', async () => {
    const { deps, mailer } = await testDeps({ now: OPEN });
    deps.config = { ...deps.config, playbook: { ...deps.config.playbook, maxInterviewerSends: 1 } };
    await deps.store.createInterview(newYorkPanel);
    await deps.store.putStepIfAbsent(reminded(newYorkPanel.id, { status: 'sent' }));
    await deps.store.putStepIfAbsent(
      reminded(newYorkPanel.id, { kind: 'follow_up', status: 'approved' }),
    );
    const outcome = await sendApprovedStep(deps, newYorkPanel.id, 'follow_up');
    expect(outcome.status).toBe('failed');
    expect(mailer.sent).toHaveLength(0);
  });
});
