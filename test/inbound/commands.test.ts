// Email commands end to end: an owner writes "status", "help", "pause" or "resume" to the
// inbound address and gets the answer by mail; a paused owner's plans send nothing until resume.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { fireScheduled } from '#app/fire-scheduled.js';
import { ownerCommand } from '#core/inbound/owner-command.js';
import { stepOf } from '../support/fakes.js';
import { directMessage } from './support/emails.js';
import { INBOUND, inboundWorld, KIM, SAM } from './support/harness.js';

const fixture = (name: string) =>
  readFile(new URL(`../fixtures/corpus/${name}`, import.meta.url), 'utf8');

const sam = { name: SAM.name, address: SAM.email };
const larkspurNow = '2026-11-09T17:41:00Z';
let seq = 0;

function command(subject: string, from = sam, body = '') {
  return directMessage({
    from,
    to: INBOUND,
    messageId: `command-${++seq}@mail.gmail.com`,
    date: 'Mon, 9 Nov 2026 12:45:00 -0500',
    subject,
    body,
  });
}

async function worldWithLarkspur() {
  const world = await inboundWorld({ now: larkspurNow });
  expect((await world.deliver(await fixture('01-gmail-recruiter-this-thursday.eml'))).outcome).toBe(
    'logged',
  );
  return world;
}

describe('ownerCommand', () => {
  it('is the subject word alone, in any case; replies and forwards are not commands', () => {
    expect(ownerCommand('STATUS')).toBe('status');
    expect(ownerCommand('  Pause. ')).toBe('pause');
    expect(ownerCommand('Re: pause')).toBeNull();
    expect(ownerCommand('Fwd: Status')).toBeNull();
    expect(ownerCommand('status of my application')).toBeNull();
    expect(ownerCommand(null)).toBeNull();
  });
});

describe('email commands', () => {
  it('status lists each interview with its state and next step, to the owner only', async () => {
    const world = await worldWithLarkspur();
    const result = await world.deliver(command('Status'));
    expect(result.outcome).toBe('command_status');
    const reply = world.mailer.sent.at(-1);
    expect(reply?.to.map((to) => to.address)).toEqual([SAM.email]);
    expect(reply?.subject).toBe('Your interviews');
    expect(reply?.text).toContain('Larkspur Analytics');
    expect(reply?.text).toContain('plan running');
    expect(reply?.text).toMatch(/Next: Prep reminder, \w{3} \d+ \w{3}, \d\d:\d\d/);
    expect(reply?.inReplyTo).toBe(`command-${seq}@mail.gmail.com`);
  });

  it('status of an owner without interviews says so; another owner sees none of Sam’s', async () => {
    const world = await worldWithLarkspur();
    await world.deliver(command('status', { name: KIM.name, address: KIM.email }));
    const reply = world.mailer.sent.at(-1);
    expect(reply?.to.map((to) => to.address)).toEqual([KIM.email]);
    expect(reply?.text).toContain('no interviews');
    expect(reply?.text).not.toContain('Larkspur');
  });

  it('help explains what to forward where and the commands', async () => {
    const world = await inboundWorld({ now: larkspurNow });
    expect((await world.deliver(command('HELP', sam, 'Sent from my phone'))).outcome).toBe(
      'command_help',
    );
    const text = world.mailer.sent.at(-1)?.text ?? '';
    expect(text).toContain(`Forward each interview invitation or confirmation to ${INBOUND}`);
    for (const word of ['status', 'pause', 'resume', 'help']) expect(text).toContain(word);
  });

  it('a command from a stranger gets nothing', async () => {
    const world = await inboundWorld({ now: larkspurNow });
    const result = await world.deliver(
      command('pause', { name: 'Someone', address: 'someone@elsewhere.example' }),
    );
    expect(result.outcome).not.toMatch(/^command_/);
    expect(world.mailer.sent).toEqual([]);
  });

  it('pause sends nothing while paused, loses nothing, and resume lets it go', async () => {
    const world = await worldWithLarkspur();
    const fire = () => world.scheduler.fireDue((event) => fireScheduled(world.deps, event));

    expect((await world.deliver(command('pause'))).outcome).toBe('command_pause');
    expect(world.mailer.sent.at(-1)?.subject).toBe('Paused');
    expect((await world.deps.owners.get(SAM.email))?.paused).toBe(true);
    // The sending address stays with the owner.
    expect((await world.deps.owners.bySendingAddress(SAM.sendingAddress))?.email).toBe(SAM.email);

    const [interview] = await world.deps.store.listInterviewsByOwner(SAM.email);
    const id = interview?.id ?? '';
    const sentBefore = world.mailer.sent.length;
    // Past the interview: the prep reminder and the thank-you fall due while paused.
    world.clock.set('2026-11-12T22:00:00Z');
    const fired = await fire();
    expect(fired.length).toBeGreaterThan(0);
    expect(world.mailer.sent).toHaveLength(sentBefore);
    expect((await world.deps.store.getStep(id, 'prep'))?.status).toBe('scheduled');
    // Still deferred, not dropped: a schedule for it waits.
    expect((await world.scheduler.pending()).map((item) => stepOf(item.payload))).toContain('prep');
    world.clock.set('2026-11-13T23:00:00Z');
    await fire();
    expect(world.mailer.sent).toHaveLength(sentBefore);

    // Status while paused says so.
    await world.deliver(command('status'));
    expect(world.mailer.sent.at(-1)?.text).toContain('paused');
    const beforeResume = world.mailer.sent.length;

    expect((await world.deliver(command('Resume'))).outcome).toBe('command_resume');
    expect(world.mailer.sent.at(-1)?.subject).toBe('Resumed');
    expect((await world.deps.owners.get(SAM.email))?.paused).toBe(false);
    await fire();
    const reminders = world.mailer.sent.slice(beforeResume + 1);
    expect(reminders.length).toBeGreaterThan(0);
    expect(reminders.every((email) => email.to.every((to) => to.address === SAM.email))).toBe(true);
    // Resumed after the interview started: the prep reminder is skipped, not sent late; the
    // thank-you, still in its time, is sent.
    expect(await world.deps.store.getStep(id, 'prep')).toMatchObject({
      status: 'skipped',
      reason: 'not sent late: the interview had already started',
    });
    expect((await world.deps.store.getStep(id, 'thank_you'))?.status).toBe('reminded');
  });
});
