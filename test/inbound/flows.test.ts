// The inbound pipeline end to end: SES-shaped delivery → RawMail → the real parser → trust →
// dispatch → DynamoStore on dynalite, LocalScheduler, recording Mailer. One flow per path.
import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { composeDrafts } from '#app/compose.js';
import { fireScheduled } from '#app/fire-scheduled.js';
import { approveStep } from '#app/send-step.js';
import { Owner } from '#core/domain.js';
import { filledIn } from '../support/filled-drafts.js';
import {
  attachedForward,
  calendarForward,
  directMessage,
  inlineForward,
} from './support/emails.js';
import { allLogLines, INBOUND, inboundWorld, KIM, MEI, PASS, SAM } from './support/harness.js';

const fixture = (name: string) =>
  readFile(new URL(`../fixtures/corpus/${name}`, import.meta.url), 'utf8');

const sam = { name: SAM.name, address: SAM.email };
const kim = { name: KIM.name, address: KIM.email };
const priya = { name: 'Priya Nair', address: 'priya.nair@larkspuranalytics.example' };
const dana = { name: 'Dana Whitfield', address: 'dana.whitfield@larkspuranalytics.example' };

/** The Larkspur confirmation (corpus 01) forwarded by Sam on Mon 9 Nov 2026, 12:40 EST. */
const larkspurNow = '2026-11-09T17:41:00Z';

function lines(logs: { event: string; fields: Record<string, unknown> }[], id: string) {
  return logs.filter((entry) => entry.fields.id === id);
}

afterAll(() => {
  // Across every flow above, no log line carries a full email address (masked ones look like
  // "s***@gmail.com").
  const text = JSON.stringify(allLogLines);
  expect(allLogLines.flat().length).toBeGreaterThan(0);
  expect(text.match(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}/g) ?? []).toEqual([]);
});

describe('new interview', () => {
  it('logs the interview, plans its steps and acknowledges, threaded under the forward', async () => {
    const world = await inboundWorld({ now: larkspurNow });
    const { id, outcome } = await world.deliver(
      await fixture('01-gmail-recruiter-this-thursday.eml'),
    );
    expect(outcome).toBe('logged');

    const [interview, ...others] = await world.deps.store.listInterviewsByOwner(SAM.email);
    expect(others).toEqual([]);
    expect(interview).toMatchObject({
      ownerEmail: SAM.email,
      company: 'Larkspur Analytics',
      status: 'active',
    });
    expect(Date.parse(interview?.start ?? '')).toBe(Date.parse('2026-11-12T15:00:00-05:00'));
    expect(interview?.interviewers.map((p) => p.email)).toContain(priya.address);
    const steps = await world.deps.store.listSteps(interview?.id ?? '');
    expect(steps.length).toBeGreaterThan(0);
    expect((await world.scheduler.pending()).length).toBeGreaterThan(0);

    expect(world.mailer.sent).toHaveLength(1);
    const ack = world.mailer.sent[0];
    expect(ack?.to).toEqual([{ name: SAM.name, address: SAM.email }]);
    expect(ack?.from.address).toBe('followup@followups.example.dev');
    expect(ack?.subject).toContain('Larkspur Analytics');
    expect(ack?.inReplyTo).toBe('CAfU0I+ZbLWAo5NrndO38hy5Z=676z5EKEGzUw5L@mail.gmail.com');

    // One structured line for the event, with the outcome and no full addresses or bodies.
    const logged = lines(world.logs, id);
    expect(logged.map((entry) => entry.event)).toEqual(['inbound.handled']);
    expect(logged[0]?.fields).toMatchObject({ outcome: 'logged', from: 's***@gmail.com' });
    const text = JSON.stringify(world.logs);
    expect(text).not.toContain(SAM.email);
    expect(text).not.toContain(priya.address);
    expect(text).not.toContain('warehouse-to-lakehouse');
  });

  it('does nothing on a second delivery of the same SES message', async () => {
    const world = await inboundWorld({ now: larkspurNow });
    const raw = await fixture('01-gmail-recruiter-this-thursday.eml');
    const first = await world.deliver(raw, { id: 'ses-dup-1' });
    const second = await world.deliver(raw, { id: 'ses-dup-1' });
    expect([first.outcome, second.outcome]).toEqual(['logged', 'duplicate']);
    expect(world.mailer.sent).toHaveLength(1);
    expect(await world.deps.store.listInterviewsByOwner(SAM.email)).toHaveLength(1);
    expect(await world.deps.store.getInbound('ses-dup-1')).toMatchObject({
      state: 'done',
      outcome: 'logged',
    });
  });

  it('redoes a delivery whose earlier attempt died mid-way, completing the plan it left half-made', async () => {
    const world = await inboundWorld({ now: larkspurNow });
    const raw = await fixture('01-gmail-recruiter-this-thursday.eml');
    // The earlier attempt dies while scheduling the plan's second step.
    const schedule = world.scheduler.schedule.bind(world.scheduler);
    let calls = 0;
    world.scheduler.schedule = async (request) => {
      calls += 1;
      if (calls === 2) throw new Error('container killed');
      return schedule(request);
    };
    await expect(world.deliver(raw, { id: 'ses-crashed' })).rejects.toThrow('container killed');
    expect(world.mailer.sent).toEqual([]);
    expect(await world.scheduler.pending()).toHaveLength(1);

    const redo = await world.deliver(raw, { id: 'ses-crashed' });
    expect(redo.outcome).toBe('logged');
    const [interview, ...others] = await world.deps.store.listInterviewsByOwner(SAM.email);
    expect(others).toEqual([]);
    const steps = await world.deps.store.listSteps(interview?.id ?? '');
    const pending = steps.filter((step) => step.status === 'scheduled');
    expect(pending.length).toBeGreaterThan(1);
    expect((await world.scheduler.pending()).length).toBe(pending.length);
    expect(world.mailer.sent).toHaveLength(1);
    expect(lines(world.logs, 'ses-crashed').at(-1)?.fields).toMatchObject({
      outcome: 'logged',
      redo: true,
    });
  });

  it('a retry after the mailer failed mid-way finishes the work: one interview, one acknowledgement', async () => {
    const world = await inboundWorld({ now: larkspurNow });
    const raw = await fixture('01-gmail-recruiter-this-thursday.eml');
    const send = world.mailer.send.bind(world.mailer);
    world.mailer.send = async () => {
      throw new Error('SES throttled');
    };
    await expect(world.deliver(raw, { id: 'ses-retry' })).rejects.toThrow('SES throttled');
    expect(await world.deps.store.getInbound('ses-retry')).toMatchObject({ state: 'processing' });
    expect(lines(world.logs, 'ses-retry').map((entry) => entry.event)).toEqual(['inbound.failed']);

    world.mailer.send = send;
    const retry = await world.deliver(raw, { id: 'ses-retry' });
    expect(retry.outcome).toBe('logged');
    expect(await world.deps.store.listInterviewsByOwner(SAM.email)).toHaveLength(1);
    expect(world.mailer.sent).toHaveLength(1);
    expect(await world.deps.store.getInbound('ses-retry')).toMatchObject({ state: 'done' });
  });

  it('acknowledges a second forward of the same confirmation without logging it twice', async () => {
    const world = await inboundWorld({ now: larkspurNow });
    const raw = await fixture('01-gmail-recruiter-this-thursday.eml');
    await world.deliver(raw);
    const again = await world.deliver(raw.replace('<CAfU0I+', '<second-forward-CAfU0I+'));
    expect(again.outcome).toBe('already_logged');
    expect(await world.deps.store.listInterviewsByOwner(SAM.email)).toHaveLength(1);
    expect(world.mailer.sent).toHaveLength(2);
  });
});

describe('rescheduled', () => {
  it('finds the interview by company + interviewer + nearby date, moves it and tells the owner', async () => {
    const world = await inboundWorld({ now: '2027-01-11T15:00:00Z' });
    const original = inlineForward({
      from: sam,
      to: INBOUND,
      messageId: 'quarry-original@mail.gmail.com',
      date: 'Mon, 11 Jan 2027 10:00:00 -0500',
      subject: 'Interview – Senior iOS Engineer',
      original: {
        from: { name: 'Celeste Amari', address: 'celeste.amari@quarrylane.example' },
        to: sam,
        date: 'Mon, Jan 11, 2027 at 9:12 AM',
        subject: 'Interview – Senior iOS Engineer',
        body: [
          'Hi Sam,',
          '',
          'Your live coding interview for the Senior iOS Engineer role at Quarry Lane Software is confirmed',
          'for Tuesday, January 19, 2027 at 2:00 PM ET (60 minutes).',
          'Interviewer: Felipe Andrade, iOS Tech Lead (felipe.andrade@quarrylane.example)',
          'Zoom: https://quarrylane.zoom.example/j/81234509876',
          '',
          'Best,',
          'Celeste',
          '--',
          'Celeste Amari | Recruiter | Quarry Lane Software',
        ].join('\r\n'),
      },
    });
    expect((await world.deliver(original)).outcome).toBe('logged');
    const [before] = await world.deps.store.listInterviewsByOwner(SAM.email);
    expect(Date.parse(before?.start ?? '')).toBe(Date.parse('2027-01-19T14:00:00-05:00'));
    const stepsBefore = await world.deps.store.listSteps(before?.id ?? '');

    world.clock.set('2027-01-15T17:03:00Z');
    const moved = await world.deliver(await fixture('09-gmail-rescheduled.eml'));
    expect(moved.outcome).toBe('rescheduled');
    const after = await world.deps.store.getInterview(before?.id ?? '');
    expect(Date.parse(after?.start ?? '')).toBe(Date.parse('2027-01-21T11:30:00-05:00'));
    expect(await world.deps.store.listInterviewsByOwner(SAM.email)).toHaveLength(1);
    const stepsAfter = await world.deps.store.listSteps(before?.id ?? '');
    const dueOf = (kind: string, steps: typeof stepsAfter) =>
      steps.find((step) => step.kind === kind)?.dueAt;
    expect(dueOf('thank_you', stepsAfter)).not.toBe(dueOf('thank_you', stepsBefore));

    const notice = world.mailer.sent.at(-1);
    expect(notice?.to[0]?.address).toBe(SAM.email);
    expect(notice?.subject).toMatch(/^Moved:/);
  });
});

describe('updated calendar invitation', () => {
  it('finds the interview by calendar UID first, even when nothing else matches', async () => {
    const world = await inboundWorld({ now: '2027-03-01T15:00:00Z' });
    const organizer = { name: 'Rachel Green', address: 'rachel.green@summitpeak.example' };
    const invite = (
      sequence: number,
      start: string,
      end: string,
      who: { name: string; address: string },
    ) =>
      calendarForward({
        from: sam,
        to: INBOUND,
        messageId: `summit-${sequence}@mail.gmail.com`,
        date: 'Mon, 1 Mar 2027 10:00:00 -0500',
        subject: sequence === 0 ? 'Invitation: Platform interview' : 'Updated invitation',
        note: 'fyi',
        event: {
          uid: '7kq2-summitpeak-interview-0042@summitpeak.example',
          sequence,
          summary:
            sequence === 0 ? 'Summitpeak: Platform Engineer interview' : 'Interview (updated)',
          start,
          end,
          tzid: 'America/New_York',
          organizer,
          attendees: [{ name: SAM.name, address: SAM.email }, who],
        },
      });
    const arun = { name: 'Arun Iyer', address: 'arun.iyer@summitpeak.example' };
    const bea = { name: 'Bea Lopez', address: 'bea.lopez@summitpeak.example' };
    expect(
      (await world.deliver(invite(0, '20270312T100000', '20270312T110000', arun))).outcome,
    ).toBe('logged');
    const [interview] = await world.deps.store.listInterviewsByOwner(SAM.email);
    expect(interview?.calendarUid).toBe('7kq2-summitpeak-interview-0042@summitpeak.example');

    // The update names another interviewer and another title: only the UID ties it.
    world.clock.set('2027-03-04T16:00:00Z');
    const update = await world.deliver(invite(1, '20270316T140000', '20270316T150000', bea));
    expect(update.outcome).toBe('rescheduled');
    expect(await world.deps.store.listInterviewsByOwner(SAM.email)).toHaveLength(1);
    const moved = await world.deps.store.getInterview(interview?.id ?? '');
    expect(Date.parse(moved?.start ?? '')).toBe(Date.parse('2027-03-16T14:00:00-04:00'));
    expect(world.mailer.sent.at(-1)?.subject).toMatch(/^Moved:/);
  });
});

describe('cancelled', () => {
  it('cancels the plan of the matching interview and tells the owner', async () => {
    const world = await inboundWorld({ now: '2027-01-28T15:00:00Z' });
    const mei = { name: MEI.name, address: MEI.email };
    const confirmation = inlineForward({
      from: mei,
      to: INBOUND,
      messageId: 'fernhill-confirm@outlook.com',
      date: 'Thu, 28 Jan 2027 10:00:00 -0500',
      subject: 'Interview scheduled: Marketing Analytics Manager',
      original: {
        from: { name: 'Fernhill Outdoors Careers', address: 'careers@fernhilloutdoors.example' },
        to: mei,
        date: 'Thu, Jan 28, 2027 at 9:00 AM',
        subject: 'Interview scheduled: Marketing Analytics Manager',
        body: [
          'Hello Mei,',
          '',
          'Your interview for the Marketing Analytics Manager position at Fernhill Outdoors is scheduled',
          'for Friday, February 5, 2027 from 1:00 PM to 1:45 PM EST with Bianca Torres.',
          '',
          'Fernhill Outdoors Talent Acquisition',
        ].join('\r\n'),
      },
    });
    expect((await world.deliver(confirmation)).outcome).toBe('logged');
    const [interview] = await world.deps.store.listInterviewsByOwner(MEI.email);

    world.clock.set('2027-02-03T22:31:00Z');
    const cancelled = await world.deliver(await fixture('10-outlook-ats-cancelled.eml'));
    expect(cancelled.outcome).toBe('cancelled');
    expect((await world.deps.store.getInterview(interview?.id ?? ''))?.status).toBe('cancelled');
    const steps = await world.deps.store.listSteps(interview?.id ?? '');
    expect(
      steps.every((step) => ['cancelled', 'sent', 'done', 'skipped'].includes(step.status)),
    ).toBe(true);
    expect(world.mailer.sent.at(-1)?.subject).toMatch(/^Cancelled:/);

    // The same notice again (forwarded twice, or a retry after a crash) gets the same answer.
    const again = await world.deliver(await fixture('10-outlook-ats-cancelled.eml'));
    expect(again.outcome).toBe('cancelled');
    expect(world.mailer.sent.at(-1)?.subject).toMatch(/^Cancelled:/);

    // Nothing of the cancelled plan fires later.
    const before = world.mailer.sent.length;
    world.clock.set('2027-04-01T12:00:00Z');
    await world.scheduler.fireDue((event) => fireScheduled(world.deps, event));
    expect(world.mailer.sent).toHaveLength(before);
  });

  it('says so when no interview matches the cancellation', async () => {
    const world = await inboundWorld({ now: '2027-02-03T22:31:00Z' });
    const result = await world.deliver(await fixture('10-outlook-ats-cancelled.eml'));
    expect(result.outcome).toBe('cancel_unmatched');
    expect(world.mailer.sent).toHaveLength(1);
    expect(world.mailer.sent[0]?.to[0]?.address).toBe(MEI.email);
  });
});

describe('not an interview', () => {
  it('answers "This doesn\'t look like an interview" with the manual-entry link, not a list of missing fields', async () => {
    const world = await inboundWorld({ now: '2026-11-20T15:00:00Z' });
    const result = await world.deliver(await fixture('11-gmail-application-receipt.eml'));
    expect(result.outcome).toBe('not_interview');
    expect(await world.deps.store.listInterviewsByOwner(SAM.email)).toEqual([]);
    const reply = world.mailer.sent[0];
    expect(reply?.to[0]?.address).toBe(SAM.email);
    expect(reply?.text).toMatch(/^This doesn't look like an interview\n/);
    expect(reply?.text).not.toContain("couldn't find everything a plan needs");
    expect(reply?.text).toMatch(
      /Enter the interview: +https:\/\/links\.followups\.example\.dev\/l\//,
    );
  });
});

describe('trust', () => {
  it('drops a spoofed owner (verdicts FAIL) with a log line and no reply', async () => {
    const world = await inboundWorld({ now: larkspurNow });
    const { id, outcome } = await world.deliver(
      await fixture('01-gmail-recruiter-this-thursday.eml'),
      {
        verdicts: { ...PASS, spf: 'FAIL', dkim: 'FAIL', dmarc: 'FAIL' },
      },
    );
    expect(outcome).toBe('dropped:not_authenticated');
    expect(world.mailer.sent).toEqual([]);
    expect(await world.deps.store.listInterviewsByOwner(SAM.email)).toEqual([]);
    expect(lines(world.logs, id)).toEqual([
      {
        level: 'warn',
        event: 'inbound.dropped',
        fields: expect.objectContaining({
          outcome: 'dropped:not_authenticated',
          reason: 'not_authenticated',
          from: 's***@gmail.com',
        }),
      },
    ]);
  });

  it('drops an unknown sender without a reply (no backscatter)', async () => {
    const world = await inboundWorld({ now: larkspurNow });
    const raw = directMessage({
      from: { name: 'Growth Hacker', address: 'promo@spam.example' },
      to: INBOUND,
      messageId: 'promo-1@spam.example',
      date: 'Mon, 9 Nov 2026 12:00:00 -0500',
      subject: 'Interview tips: book a call Thursday 3pm',
      body: 'Book your interview coaching call for Thursday at 3pm Eastern: https://spam.example/book',
    });
    const { outcome } = await world.deliver(raw);
    expect(outcome).toBe('dropped:unknown_sender');
    expect(world.mailer.sent).toEqual([]);
    expect(JSON.stringify(world.logs)).not.toContain('promo@spam.example');
  });
});

describe('limits', () => {
  it('refuses a giant message from an owner with a clear reply', async () => {
    const world = await inboundWorld({ now: larkspurNow, limits: { maxMessageBytes: 256 * 1024 } });
    const base = await fixture('01-gmail-recruiter-this-thursday.eml');
    // The confirmation plus 300 KB of attachment-like bulk after it.
    const giant = `${base}\r\n${'y'.repeat(300 * 1024)}\r\n`;
    const { outcome } = await world.deliver(giant);
    expect(outcome).toBe('too_large');
    expect(await world.deps.store.listInterviewsByOwner(SAM.email)).toEqual([]);
    expect(world.mailer.sent).toHaveLength(1);
    expect(world.mailer.sent[0]?.to[0]?.address).toBe(SAM.email);
    expect(world.mailer.sent[0]?.subject).toMatch(/^Too big/);
    expect(world.mailer.sent[0]?.subject).toContain('Chat with Priya');
  });

  it("an owner's message of millions of tiny lines is answered unread: within the byte limit, over the parsing budget", async () => {
    const world = await inboundWorld({ now: larkspurNow });
    const base = await fixture('01-gmail-recruiter-this-thursday.eml');
    // 9.9 MB of 3-byte lines: decoding it would cost a minute; counting its lines, milliseconds.
    const lines = Math.floor((9.9 * 1024 * 1024) / 3);
    const flood = `${base}\r\n${'a\r\n'.repeat(lines)}`;
    expect(Buffer.byteLength(flood)).toBeLessThan(world.deps.config.limits.maxMessageBytes);
    const { outcome } = await world.deliver(flood);
    expect(outcome).toBe('too_large');
    expect(await world.deps.store.listInterviewsByOwner(SAM.email)).toEqual([]);
    expect(world.mailer.sent.map((email) => email.subject)).toEqual([
      expect.stringMatching(/^Too big.*Chat with Priya/),
    ]);
    expect(world.mailer.sent[0]?.text).toContain('150,000 lines');
  });

  it('drops a giant message from a stranger without reading or answering it', async () => {
    const world = await inboundWorld({ now: larkspurNow, limits: { maxMessageBytes: 1024 } });
    const raw = directMessage({
      from: { name: 'X', address: 'x@stranger.example' },
      to: INBOUND,
      messageId: 'big@stranger.example',
      date: 'Mon, 9 Nov 2026 12:00:00 -0500',
      subject: 'hello',
      body: 'z'.repeat(10_000),
    });
    expect((await world.deliver(raw)).outcome).toBe('dropped:unknown_sender');
    expect(world.mailer.sent).toEqual([]);
  });

  it('stops logging new interviews past the daily limit and says so', async () => {
    const world = await inboundWorld({
      now: larkspurNow,
      limits: { maxNewInterviewsPerOwnerPerDay: 1 },
    });
    const confirmation = (n: number) =>
      inlineForward({
        from: sam,
        to: INBOUND,
        messageId: `limit-${n}@mail.gmail.com`,
        date: 'Mon, 9 Nov 2026 12:40:31 -0500',
        subject: `Interview ${n}`,
        original: {
          from: { name: 'Robin Hale', address: `robin@company${n}.example` },
          to: sam,
          date: 'Mon, Nov 9, 2026 at 10:14 AM',
          subject: `Interview ${n}`,
          body: `Hi Sam,\r\n\r\nConfirming your interview at Company${n} on Wednesday, November 18, 2026 at ${n + 1}:00 PM ET with Robin Hale (robin@company${n}.example).\r\n\r\nRobin`,
        },
      });
    expect((await world.deliver(confirmation(1))).outcome).toBe('logged');
    expect((await world.deliver(confirmation(2))).outcome).toBe('daily_limit');
    expect(await world.deps.store.listInterviewsByOwner(SAM.email)).toHaveLength(1);
    expect(world.mailer.sent.at(-1)?.subject).toMatch(/^Daily limit/);
    // The next day in the owner's zone the count starts again.
    world.clock.set('2026-11-10T15:00:00Z');
    expect((await world.deliver(confirmation(3))).outcome).toBe('logged');
  });
});

describe('malformed MIME', () => {
  it('answers the owner instead of failing or going silent', async () => {
    const world = await inboundWorld({ now: larkspurNow });
    const broken = [
      'From: Sam Okafor <sam.okafor.dev@gmail.com>',
      `To: ${INBOUND}`,
      'Subject: Fwd: something',
      'Message-ID: <broken-1@mail.gmail.com>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="never-closed"',
      '',
      '--never-closed',
      'Content-Type: text/plain; charset="x-unknown-charset"',
      'Content-Transfer-Encoding: base64',
      '',
      '%%%% not base64 at all %%%%',
      '--never-closed',
      'Content-Type: message/rfc822',
      '',
      'garbage without headers',
    ].join('\r\n');
    const { outcome } = await world.deliver(broken);
    expect(['not_understood', 'not_interview', 'unreadable']).toContain(outcome);
    expect(world.mailer.sent).toHaveLength(1);
    expect(world.mailer.sent[0]?.to[0]?.address).toBe(SAM.email);
    expect(await world.deps.store.listInterviewsByOwner(SAM.email)).toEqual([]);
  });
});

describe('answers from interviewers', () => {
  async function loggedLarkspur() {
    const world = await inboundWorld({ now: larkspurNow });
    await world.deliver(await fixture('01-gmail-recruiter-this-thursday.eml'));
    const [interview] = await world.deps.store.listInterviewsByOwner(SAM.email);
    if (!interview) throw new Error('not logged');
    return { world, interview };
  }

  async function sendThankYou(world: Awaited<ReturnType<typeof inboundWorld>>, id: string) {
    const interview = await world.deps.store.getInterview(id);
    if (!interview) throw new Error('gone');
    const drafts = filledIn(composeDrafts(interview, Owner.parse(SAM), 'thank_you'));
    const result = await approveStep(world.deps, id, 'thank_you', drafts, { sendNow: true });
    expect(result.status).toBe('sent');
    const sent = world.mailer.sent.at(-1);
    expect(sent?.to[0]?.address).toBe(priya.address);
    return sent?.messageId ?? '';
  }

  it('a reply to a sent thank-you stops the follow-up and is relayed; later nothing is sent', async () => {
    const { world, interview } = await loggedLarkspur();
    world.clock.set('2026-11-12T21:30:00Z');
    const thankYouId = await sendThankYou(world, interview.id);

    world.clock.set('2026-11-13T14:05:00Z');
    const reply = directMessage({
      from: priya,
      to: `Sam Okafor <${SAM.sendingAddress}>`,
      messageId: 'priya-reply-1@larkspuranalytics.example',
      date: 'Fri, 13 Nov 2026 09:05:00 -0500',
      subject: 'Re: Thank you',
      inReplyTo: thankYouId,
      references: [thankYouId],
      body: 'Hi Sam,\r\n\r\nThanks for the note! We will share next steps by Friday.\r\n\r\nPriya',
    });
    const { outcome, id } = await world.deliver(reply, { recipients: [SAM.sendingAddress] });
    expect(outcome).toBe('reply_relayed');
    expect((await world.deps.store.getInterview(interview.id))?.status).toBe('heard_back');
    const followUp = await world.deps.store.getStep(interview.id, 'follow_up');
    expect(followUp?.status).toBe('cancelled');

    const relay = world.mailer.sent.at(-1);
    expect(relay?.to).toEqual([{ name: SAM.name, address: SAM.email }]);
    expect(relay?.from.name).toBe('Priya Nair via followup');
    expect(relay?.from.address.endsWith('@followups.example.dev')).toBe(true);
    expect(relay?.replyTo).toEqual([{ name: 'Priya Nair', address: priya.address }]);
    expect(relay?.text).toContain('next steps by Friday');
    expect(relay?.text).toContain('stopped the plan');
    expect(lines(world.logs, id)[0]?.fields).toMatchObject({ matchedBy: 'message_id' });

    // Past the follow-up's due time, firing everything due sends nothing more.
    const sentBefore = world.mailer.sent.length;
    world.clock.set('2027-01-31T12:00:00Z');
    await world.scheduler.fireDue((event) => fireScheduled(world.deps, event));
    expect(world.mailer.sent).toHaveLength(sentBefore);
  });

  it('matches by sender when the reply does not thread, and relays an out-of-office without stopping', async () => {
    const { world, interview } = await loggedLarkspur();
    world.clock.set('2026-11-13T14:05:00Z');
    const ooo = directMessage({
      from: priya,
      to: SAM.sendingAddress,
      messageId: 'ooo@larkspuranalytics.example',
      date: 'Fri, 13 Nov 2026 09:05:00 -0500',
      subject: 'Out of office',
      extraHeaders: ['Auto-Submitted: auto-replied'],
      body: 'I am out of the office until Monday.',
    });
    const first = await world.deliver(ooo, { recipients: [SAM.sendingAddress] });
    expect(first.outcome).toBe('auto_reply_relayed');
    expect(world.mailer.sent.at(-1)?.text).toContain('out of the office until Monday');
    expect(world.mailer.sent.at(-1)?.text).not.toContain('stopped the plan');
    expect((await world.deps.store.getInterview(interview.id))?.status).toBe('active');

    const fresh = directMessage({
      from: priya,
      to: SAM.sendingAddress,
      messageId: 'fresh@larkspuranalytics.example',
      date: 'Fri, 13 Nov 2026 10:05:00 -0500',
      subject: 'Next steps',
      body: 'Hi Sam, we would like to invite you to the final round.',
    });
    const second = await world.deliver(fresh, { recipients: [SAM.sendingAddress] });
    expect(second.outcome).toBe('reply_relayed');
    expect(lines(world.logs, second.id)[0]?.fields).toMatchObject({ matchedBy: 'sender' });
    expect((await world.deps.store.getInterview(interview.id))?.status).toBe('heard_back');
    expect(world.mailer.to(SAM.email)).toHaveLength(3);
  });

  it('a giant answer still stops the plan, and the owner is told it could not be relayed', async () => {
    const { world, interview } = await loggedLarkspur();
    world.deps.config.limits.maxMessageBytes = 64 * 1024;
    world.clock.set('2026-11-12T21:30:00Z');
    const thankYouId = await sendThankYou(world, interview.id);
    const giant = directMessage({
      from: priya,
      to: SAM.sendingAddress,
      messageId: 'priya-offer@larkspuranalytics.example',
      date: 'Fri, 13 Nov 2026 09:05:00 -0500',
      subject: 'Re: Thank you — offer attached',
      inReplyTo: thankYouId,
      body: `Please find the offer attached.\r\n${'QUJD'.repeat(40_000)}`,
    });
    const { outcome } = await world.deliver(giant, { recipients: [SAM.sendingAddress] });
    expect(outcome).toBe('reply_relayed');
    expect((await world.deps.store.getInterview(interview.id))?.status).toBe('heard_back');
    const relay = world.mailer.sent.at(-1);
    expect(relay?.to[0]?.address).toBe(SAM.email);
    expect(relay?.subject).toContain('offer attached');
    expect(relay?.text).toContain('could not be relayed');
    expect(relay?.text).not.toContain('QUJDQUJD');
  });

  it('drops mail to a sending address from someone no interview knows', async () => {
    const { world } = await loggedLarkspur();
    const sent = world.mailer.sent.length;
    const raw = directMessage({
      from: { name: 'Cold Caller', address: 'sales@vendor.example' },
      to: SAM.sendingAddress,
      messageId: 'cold@vendor.example',
      date: 'Fri, 13 Nov 2026 10:05:00 -0500',
      subject: 'Quick question',
      body: 'Do you have 5 minutes?',
    });
    const { outcome } = await world.deliver(raw, { recipients: [SAM.sendingAddress] });
    expect(outcome).toBe('dropped:unmatched_reply');
    expect(world.mailer.sent).toHaveLength(sent);
  });

  it("the owner forwarding the interviewer's answer counts as hearing back", async () => {
    const { world, interview } = await loggedLarkspur();
    world.clock.set('2026-11-16T15:00:00Z');
    const forward = inlineForward({
      from: sam,
      to: INBOUND,
      messageId: 'sam-fwd-answer@mail.gmail.com',
      date: 'Mon, 16 Nov 2026 10:00:00 -0500',
      subject: 'Re: Thank you',
      original: {
        from: priya,
        to: sam,
        date: 'Mon, Nov 16, 2026 at 9:30 AM',
        subject: 'Re: Thank you',
        body: 'Hi Sam,\r\n\r\nGreat talking to you. We are moving forward with other candidates for now, but we will keep you in mind.\r\n\r\nPriya',
      },
    });
    const before = world.mailer.sent.length;
    const { outcome } = await world.deliver(forward);
    expect(outcome).toBe('heard_back');
    expect((await world.deps.store.getInterview(interview.id))?.status).toBe('heard_back');
    // The owner is told the plan stopped, and only the owner.
    const notices = world.mailer.sent.slice(before);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.to.map((a) => a.address)).toEqual([SAM.email]);
    expect(notices[0]?.subject).toMatch(/^Heard back: /);
    expect(notices[0]?.text).toContain('I stopped the plan');
  });

  it('a forwarded-as-attachment answer that threads under a sent thank-you counts too', async () => {
    const { world, interview } = await loggedLarkspur();
    world.clock.set('2026-11-12T21:30:00Z');
    const thankYouId = await sendThankYou(world, interview.id);
    // Dana (the recruiter, not an interviewer) answered in the thread; only threading ties it.
    const original = directMessage({
      from: dana,
      to: `Sam Okafor <${SAM.email}>`,
      messageId: 'dana-answer@larkspuranalytics.example',
      date: 'Fri, 13 Nov 2026 09:05:00 -0500',
      subject: 'Re: Thank you',
      inReplyTo: thankYouId,
      references: [thankYouId],
      body: 'Hi Sam, Priya passed on your note. We will be in touch soon.',
    });
    const forward = attachedForward({
      from: sam,
      to: INBOUND,
      messageId: 'sam-fwd-attached@mail.gmail.com',
      date: 'Fri, 13 Nov 2026 10:00:00 -0500',
      subject: 'Re: Thank you',
      note: 'They answered!',
      original,
    });
    const { outcome } = await world.deliver(forward);
    expect(outcome).toBe('heard_back');
    expect((await world.deps.store.getInterview(interview.id))?.status).toBe('heard_back');
  });
});

describe('several owners', () => {
  it("keeps each owner's interviews, replies and changes apart", async () => {
    const world = await inboundWorld({ now: larkspurNow });
    await world.deliver(await fixture('01-gmail-recruiter-this-thursday.eml'));
    // Kim interviews with the same person at the same company, a day later.
    const kimForward = inlineForward({
      from: kim,
      to: INBOUND,
      messageId: 'kim-larkspur@example.net',
      date: 'Mon, 9 Nov 2026 11:45:00 -0600',
      subject: 'Chat with Priya',
      original: {
        from: dana,
        to: kim,
        date: 'Mon, Nov 9, 2026 at 10:30 AM',
        subject: 'Chat with Priya',
        body: 'Hi Kim,\r\n\r\nConfirming your chat with Priya Nair (priya.nair@larkspuranalytics.example) about the Senior Data Engineer role at Larkspur Analytics on Friday, November 13, 2026 at 2:00 PM Central, 45 minutes.\r\n\r\nVideo link: https://meet.example.com/lrk-kim\r\n\r\nDana',
      },
    });
    expect((await world.deliver(kimForward)).outcome).toBe('logged');
    const [samInterview] = await world.deps.store.listInterviewsByOwner(SAM.email);
    const [kimInterview] = await world.deps.store.listInterviewsByOwner(KIM.email);
    expect(samInterview?.id).not.toBe(kimInterview?.id);
    expect(world.mailer.to(KIM.email)).toHaveLength(1);

    // Sam's thank-you goes out; Priya's answer to it arrives at KIM's sending address: it must
    // not stop Sam's plan, and is matched (by sender) to Kim's interview only.
    world.clock.set('2026-11-12T21:30:00Z');
    const drafts = filledIn(composeDrafts(samInterview as never, Owner.parse(SAM), 'thank_you'));
    await approveStep(world.deps, samInterview?.id ?? '', 'thank_you', drafts, { sendNow: true });
    const samThankYou = world.mailer.sent.at(-1)?.messageId ?? '';
    const misdirected = directMessage({
      from: priya,
      to: KIM.sendingAddress,
      messageId: 'priya-to-kim@larkspuranalytics.example',
      date: 'Fri, 13 Nov 2026 09:05:00 -0500',
      subject: 'Re: Thank you',
      inReplyTo: samThankYou,
      body: 'Thanks!',
    });
    const result = await world.deliver(misdirected, { recipients: [KIM.sendingAddress] });
    expect(result.outcome).toBe('reply_relayed');
    expect((await world.deps.store.getInterview(kimInterview?.id ?? ''))?.status).toBe(
      'heard_back',
    );
    expect((await world.deps.store.getInterview(samInterview?.id ?? ''))?.status).toBe('active');
    expect(world.mailer.sent.at(-1)?.to[0]?.address).toBe(KIM.email);

    // Kim forwarding a cancellation for Larkspur never touches Sam's interview.
    const kimCancel = inlineForward({
      from: kim,
      to: INBOUND,
      messageId: 'kim-cancel@example.net',
      date: 'Tue, 10 Nov 2026 09:00:00 -0600',
      subject: 'Cancelled: Chat with Priya',
      original: {
        from: dana,
        to: kim,
        date: 'Tue, Nov 10, 2026 at 8:30 AM',
        subject: 'Cancelled: Chat with Priya',
        body: 'Hi Kim,\r\n\r\nUnfortunately we have to cancel your interview with Priya Nair at Larkspur Analytics on Thursday, November 12, 2026 at 3:00 PM Eastern. The role has been filled.\r\n\r\nDana',
      },
    });
    world.clock.set('2026-11-10T15:00:00Z');
    await world.deliver(kimCancel);
    expect((await world.deps.store.getInterview(samInterview?.id ?? ''))?.status).toBe('active');
    expect(
      world.mailer.to(SAM.email).every((email) => !email.subject.startsWith('Cancelled')),
    ).toBe(true);
  });
});
