// The link pages against dynalite: GETs never change anything, POSTs act exactly once, tokens are
// bound to their owner, action and step, and every page carries the security headers.
import { describe, expect, it } from 'vitest';
import { composeDrafts } from '#app/compose.js';
import { hashToken } from '#core/tokens.js';
import { owner } from '../emails/fixtures.js';
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

function tokenHash(path: string): string {
  return hashToken(path.split('/').pop() ?? '');
}

function expectSecurityHeaders(headers: Record<string, string>) {
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('script-src');
  expect(csp).not.toContain('unsafe-inline');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['cache-control']).toBe('no-store');
  expect(headers['content-type']).toBe('text/html; charset=utf-8');
}

describe('GET shows and never changes anything', () => {
  it('renders every action page without touching steps, tokens or mail', async () => {
    const { deps, mailer, scheduler } = await linkDeps();
    const stored = await seedInterview(deps);
    const paths = [
      await link(deps, 'approve', stored.id, 'thank_you'),
      await link(deps, 'skip', stored.id, 'thank_you'),
      await link(deps, 'heard_back', stored.id, 'thank_you'),
      await link(deps, 'snooze', stored.id, 'call'),
      await link(deps, 'done', stored.id, 'call'),
      await link(deps, 'cancel_plan', stored.id),
      await link(deps, 'fix_details', stored.id),
      await link(deps, 'add_notes', stored.id, 'prep'),
      await link(deps, 'looks_right', stored.id),
      await link(deps, 'manual_entry', null),
    ];
    const before = await deps.store.listSteps(stored.id);
    for (const path of paths) {
      // Twice, as a link scanner and then the person would.
      for (const _ of [1, 2]) {
        const response = await get(deps, path);
        expect(response.statusCode, path).toBe(200);
        expectSecurityHeaders(response.headers);
        expect(response.body).not.toMatch(/<script/i);
        expect(response.body).toContain('<html lang="en">');
      }
      const token = await deps.store.getLinkToken(tokenHash(path));
      expect(token?.usedAt ?? null).toBeNull();
    }
    expect(await deps.store.listSteps(stored.id)).toEqual(before);
    expect((await deps.store.getInterview(stored.id))?.status).toBe('active');
    expect(mailer.sent).toHaveLength(0);
    expect(scheduler.live.size).toBe(0);
  });

  it('HEAD answers like GET without a body', async () => {
    const { deps } = await linkDeps();
    const stored = await seedInterview(deps);
    const path = await link(deps, 'approve', stored.id, 'thank_you');
    const { handleLinkRequest } = await import('#web/link-request.js');
    const response = await handleLinkRequest(deps, {
      method: 'HEAD',
      path,
      query: {},
      headers: {},
      body: null,
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('');
  });
});

describe('approve & send', () => {
  it('shows each draft editable with its recipient, and sends the edited text', async () => {
    const { deps, mailer } = await linkDeps(OPEN_HOURS);
    const stored = await seedInterview(deps);
    const path = await link(deps, 'approve', stored.id, 'thank_you');
    const page = await get(deps, path);
    expect(page.body).toContain('priya@northwind.example');
    expect(page.body).toContain('tom.becker@northwind.example');
    expect(page.body).toContain('name="subject_0"');
    expect(page.body).toContain('name="body_1"');
    expect(page.body).toContain('method="post"');
    // Each draft is shown whole: its box has a row for every line, sign-off included.
    for (const match of page.body.matchAll(
      /<textarea class="draft-body"[^>]* rows="(\d+)"[^>]*>([^<]*)</g,
    )) {
      const lines = (match[2] ?? '').split('\n').length;
      expect(Number(match[1])).toBeGreaterThan(lines);
    }
    expect(page.body).toMatch(/now: <strong>Priya Natarajan and Tom Becker<\/strong>/);

    const step = await deps.store.getStep(stored.id, 'thank_you');
    if (!step) throw new Error('no step');
    const fields = approveFields(step);
    fields.body_0 = 'Hi Priya,\n\nThanks again, edited by hand.\n\nSam';
    const response = await post(deps, path, fields);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<h1>Sent</h1>');
    // What comes next, so the owner is not left wondering: the follow-up, in the owner's zone.
    expect(response.body).toMatch(/Next: <strong>Follow-up note, Tue 10 Mar, 09:00 EDT<\/strong>/);
    expect(mailer.sent.map((m) => m.to[0]?.address)).toEqual([
      'priya@northwind.example',
      'tom.becker@northwind.example',
    ]);
    expect(mailer.sent[0]?.text).toBe('Hi Priya,\n\nThanks again, edited by hand.\n\nSam');
    expect(mailer.sent[0]?.from).toEqual({ name: owner.name, address: owner.sendingAddress });
    expect(mailer.sent[0]?.bcc).toEqual([{ name: owner.name, address: owner.email }]);
    expect((await deps.store.getStep(stored.id, 'thank_you'))?.status).toBe('sent');
    expect((await deps.store.getLinkToken(tokenHash(path)))?.usedAt).not.toBeNull();

    // A retried POST and a later GET both say it already went, and send nothing.
    const again = await post(deps, path, fields);
    expect(again.statusCode).toBe(200);
    expect(again.body).toContain('Already sent');
    expect((await get(deps, path)).body).toContain('Already sent');
    expect(mailer.sent).toHaveLength(2);
  });

  it('with no interviewer address there is no form to send, only the way to add one', async () => {
    const { deps } = await linkDeps(OPEN_HOURS);
    const stored = await seedInterview(deps, {
      interviewers: [{ name: 'Ana Lopez', email: null, timezone: null }],
    });
    const page = await get(deps, await link(deps, 'approve', stored.id, 'thank_you'));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>No one to send to yet</h1>');
    expect(page.body).toContain('<strong>Add their addresses</strong>');
    expect(page.body).not.toContain('<form');
  });

  it('ten concurrent POSTs send each draft exactly once', async () => {
    const { deps, mailer } = await linkDeps(OPEN_HOURS);
    const stored = await seedInterview(deps);
    const path = await link(deps, 'approve', stored.id, 'thank_you');
    const step = await deps.store.getStep(stored.id, 'thank_you');
    if (!step) throw new Error('no step');
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => post(deps, path, approveFields(step))),
    );
    expect(mailer.sent).toHaveLength(2);
    expect(new Set(mailer.sent.map((m) => m.to[0]?.address)).size).toBe(2);
    for (const response of responses) {
      expect(response.statusCode).toBe(200);
      expect(response.body).toMatch(/Sent|Already sent|Already being sent/);
    }
    expect(responses.filter((r) => r.body.includes('<h1>Sent</h1>'))).toHaveLength(1);
    expect((await deps.store.getStep(stored.id, 'thank_you'))?.status).toBe('sent');
  });

  it('queues outside their business hours, says when, and can send now anyway', async () => {
    const { deps, mailer, scheduler } = await linkDeps(AFTER_HOURS);
    const stored = await seedInterview(deps);
    const path = await link(deps, 'approve', stored.id, 'thank_you');
    const step = await deps.store.getStep(stored.id, 'thank_you');
    if (!step) throw new Error('no step');
    const queued = await post(deps, path, approveFields(step));
    expect(queued.statusCode).toBe(200);
    // Tuesday 22:00 in Chicago → the next opening is Wednesday 09:00 their time.
    expect(queued.body).toContain('Wed 09:00 their time');
    expect(queued.body).toContain('Send now anyway');
    expect(mailer.sent).toHaveLength(0);
    expect(scheduler.live.size).toBe(1);
    expect((await get(deps, path)).body).toContain('Wed 09:00 their time');

    // An edit submitted again while queued replaces the queued text.
    const requeued = await post(deps, path, {
      ...approveFields(step),
      body_1: 'Edited while queued',
    });
    expect(requeued.body).toContain('Wed 09:00 their time');
    expect(mailer.sent).toHaveLength(0);

    const sent = await post(deps, path, { intent: 'send_now' });
    expect(sent.body).toContain('<h1>Sent</h1>');
    expect(mailer.sent).toHaveLength(2);
    expect(mailer.sent[1]?.text).toBe('Edited while queued');
  });

  it('re-checks heard back: nothing goes out once the interviewer answered', async () => {
    const { deps, mailer } = await linkDeps(OPEN_HOURS);
    const stored = await seedInterview(deps);
    const path = await link(deps, 'approve', stored.id, 'thank_you');
    const step = await deps.store.getStep(stored.id, 'thank_you');
    if (!step) throw new Error('no step');
    await deps.store.updateInterview(stored.id, { status: 'heard_back' }, ['active']);
    const response = await post(deps, path, approveFields(step));
    expect(response.body).toContain('You heard back');
    expect(mailer.sent).toHaveLength(0);
  });

  it('a failed send shows the error, sends nothing twice and the link still works', async () => {
    const { deps, mailer } = await linkDeps(OPEN_HOURS);
    const stored = await seedInterview(deps);
    const path = await link(deps, 'approve', stored.id, 'thank_you');
    const step = await deps.store.getStep(stored.id, 'thank_you');
    if (!step) throw new Error('no step');
    mailer.failNext = 1;
    const failed = await post(deps, path, approveFields(step));
    expect(failed.statusCode).toBe(502);
    expect(failed.body).toContain('SES throttled the request');
    expect(failed.body).toContain('name="subject_0"');
    expect((await deps.store.getLinkToken(tokenHash(path)))?.usedAt ?? null).toBeNull();
    expect((await get(deps, path)).body).toContain('The last try did not go out');
    const retried = await post(deps, path, approveFields(step));
    expect(retried.body).toContain('<h1>Sent</h1>');
    expect(mailer.sent).toHaveLength(2);
  });

  it('an interrupted send (past the lease) can be finished; what went out is not sent again', async () => {
    const { deps, mailer } = await linkDeps(OPEN_HOURS);
    const stored = await seedInterview(deps);
    const path = await link(deps, 'approve', stored.id, 'thank_you');
    const step = await deps.store.getStep(stored.id, 'thank_you');
    if (!step) throw new Error('no step');
    const [first, second] = step.drafts;
    if (!first || !second) throw new Error('two drafts expected');
    // A run claimed the step, sent the first draft and died ten minutes ago.
    await deps.store.transitionStep(stored.id, 'thank_you', ['reminded'], 'sending', {
      drafts: [{ ...first, sentMessageId: 'earlier@email.amazonses.com' }, second],
      updatedAt: new Date(Date.parse(OPEN_HOURS) - 10 * 60_000).toISOString(),
    });
    const page = await get(deps, path);
    expect(page.body).toContain('already sent');
    expect(page.body).toContain('name="subject_1"');
    const response = await post(deps, path, approveFields(step));
    expect(response.body).toContain('<h1>Sent</h1>');
    expect(mailer.sent.map((m) => m.to[0]?.address)).toEqual(['tom.becker@northwind.example']);
  });

  it('a send still inside its lease shows as being sent', async () => {
    const { deps, mailer } = await linkDeps(OPEN_HOURS);
    const stored = await seedInterview(deps);
    const path = await link(deps, 'approve', stored.id, 'thank_you');
    await deps.store.transitionStep(stored.id, 'thank_you', ['reminded'], 'sending', {
      updatedAt: OPEN_HOURS,
    });
    expect((await get(deps, path)).body).toContain('Already being sent');
    expect((await post(deps, path, { intent: 'send_now' })).body).toContain('Already being sent');
    expect(mailer.sent).toHaveLength(0);
  });

  it('rejects an empty subject with the form again and sends nothing', async () => {
    const { deps, mailer } = await linkDeps(OPEN_HOURS);
    const stored = await seedInterview(deps);
    const path = await link(deps, 'approve', stored.id, 'thank_you');
    const step = await deps.store.getStep(stored.id, 'thank_you');
    if (!step) throw new Error('no step');
    const response = await post(deps, path, { ...approveFields(step), subject_1: '  ' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('The subject to Tom Becker is empty.');
    expect(mailer.sent).toHaveLength(0);
  });

  it('refuses to send while a placeholder is left, says which, and keeps the text', async () => {
    const { deps, mailer } = await linkDeps(OPEN_HOURS);
    const stored = await seedInterview(deps, {
      interviewers: [
        { name: 'Ines Duarte', email: 'ines@northwind.example', timezone: null },
        { name: 'Priya Natarajan', email: 'priya@northwind.example', timezone: null },
      ],
    });
    const path = await link(deps, 'approve', stored.id, 'thank_you');
    const step = await deps.store.getStep(stored.id, 'thank_you');
    if (!step) throw new Error('no step');
    const fields = approveFields(step);
    expect(fields.body_0).toContain('[one thing you talked about with Ines]');
    fields.body_1 = (fields.body_1 ?? '').replace(
      '[one thing you talked about with Priya]',
      'your Kafka migration',
    );
    fields.body_0 = `${fields.body_0}\nP.S. edited by hand`;
    const refused = await post(deps, path, fields);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain(
      'The message to Ines Duarte still has &quot;[one thing you talked about with Ines]&quot;',
    );
    expect(refused.body).not.toContain('with Priya]&quot;');
    // What the seeker typed is still there.
    expect(refused.body).toContain('P.S. edited by hand');
    expect(refused.body).toContain('your Kafka migration');
    expect(mailer.sent).toHaveLength(0);
    expect((await deps.store.getStep(stored.id, 'thank_you'))?.status).toBe('reminded');

    fields.body_0 = (fields.body_0 ?? '').replace(
      '[one thing you talked about with Ines]',
      'the on-call rotation',
    );
    const sent = await post(deps, path, fields);
    expect(sent.statusCode).toBe(200);
    expect(mailer.sent.map((m) => m.text).join('\n')).not.toContain('[one thing');
  });
});

describe('recipients', () => {
  it('never sends to an unticked recipient; the ticked ones get their drafts', async () => {
    const { deps, mailer } = await linkDeps(OPEN_HOURS);
    const stored = await seedInterview(deps);
    const path = await link(deps, 'approve', stored.id, 'thank_you');
    const page = await get(deps, path);
    expect(page.body).toContain('name="send_0" value="yes" checked');
    expect(page.body).toContain('name="send_1" value="yes" checked');
    const step = await deps.store.getStep(stored.id, 'thank_you');
    if (!step) throw new Error('no step');
    // Priya unticked: an unticked box is absent from the submitted form.
    const fields = { ...approveFields(step), recipients: 'chosen', send_1: 'yes' };
    const response = await post(deps, path, fields);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Tom Becker');
    expect(mailer.sent.map((m) => m.to[0]?.address)).toEqual(['tom.becker@northwind.example']);
    const after = await deps.store.getStep(stored.id, 'thank_you');
    expect(after?.status).toBe('sent');
    expect(after?.drafts.map((d) => [d.selected, d.sentMessageId !== null])).toEqual([
      [false, false],
      [true, true],
    ]);
  });

  it('refuses a send with no one ticked, keeping the text', async () => {
    const { deps, mailer } = await linkDeps(OPEN_HOURS);
    const stored = await seedInterview(deps);
    const path = await link(deps, 'approve', stored.id, 'thank_you');
    const step = await deps.store.getStep(stored.id, 'thank_you');
    if (!step) throw new Error('no step');
    const fields = { ...approveFields(step), recipients: 'chosen', body_0: 'Kept words' };
    const response = await post(deps, path, fields);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Tick at least one recipient');
    expect(response.body).toContain('Kept words');
    expect(mailer.sent).toHaveLength(0);
  });

  it('the follow-up goes to the coordinator, the interviewers are offered unticked', async () => {
    const { deps, mailer } = await linkDeps(OPEN_HOURS);
    const stored = await seedInterview(
      deps,
      { coordinator: { name: 'Dana Whitfield', email: 'dana@northwind.example' } },
      { thank_you: { status: 'sent' }, follow_up: { status: 'reminded' } },
    );
    const drafts = composeDrafts(stored, owner, 'follow_up');
    await deps.store.transitionStep(stored.id, 'follow_up', ['reminded'], 'reminded', { drafts });
    expect(drafts.map((d) => [d.interviewerEmail, d.selected])).toEqual([
      ['dana@northwind.example', true],
      ['priya@northwind.example', false],
      ['tom.becker@northwind.example', false],
    ]);
    expect(drafts[0]?.body.startsWith('Hi Dana,')).toBe(true);
    const path = await link(deps, 'approve', stored.id, 'follow_up');
    const page = await get(deps, path);
    expect(page.body).toContain('now: <strong>Dana Whitfield</strong>');
    const step = await deps.store.getStep(stored.id, 'follow_up');
    if (!step) throw new Error('no step');
    await post(deps, path, { ...approveFields(step), recipients: 'chosen', send_0: 'yes' });
    expect(mailer.sent.map((m) => m.to[0]?.address)).toEqual(['dana@northwind.example']);
  });
});

describe('tokens', () => {
  it('answers unknown, malformed, expired and used tokens with clear 4xx pages', async () => {
    const { deps, clock } = await linkDeps();
    const stored = await seedInterview(deps);
    const unknown = await get(deps, `/l/${'A'.repeat(43)}`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('This link doesn&#39;t work');
    expectSecurityHeaders(unknown.headers);
    expect((await get(deps, '/l/short')).statusCode).toBe(404);
    expect((await get(deps, '/elsewhere')).statusCode).toBe(404);

    const skip = await link(deps, 'skip', stored.id, 'follow_up');
    expect((await post(deps, skip, {})).body).toContain('Skipped');
    const used = await post(deps, skip, {});
    expect(used.statusCode).toBe(410);
    expect(used.body).toContain('already used');
    expect((await get(deps, skip)).statusCode).toBe(410);

    const later = await link(deps, 'cancel_plan', stored.id);
    clock.set('2026-04-10T17:00:00Z'); // 37 days later: past the 30-day expiry
    const expired = await post(deps, later, {});
    expect(expired.statusCode).toBe(410);
    expect(expired.body).toContain('expired');
    expect((await deps.store.getInterview(stored.id))?.status).toBe('active');
  });

  it("a token for one owner never touches another owner's interview", async () => {
    const { deps, mailer } = await linkDeps(OPEN_HOURS);
    const theirs = await seedInterview(deps, {
      id: 'int-other',
      ownerEmail: 'someone@else.example',
    });
    const path = await link(deps, 'cancel_plan', theirs.id, null, owner.email);
    expect((await get(deps, path)).statusCode).toBe(404);
    expect((await post(deps, path, {})).statusCode).toBe(404);
    const approve = await link(deps, 'approve', theirs.id, 'thank_you', owner.email);
    expect((await post(deps, approve, { intent: 'send_now' })).statusCode).toBe(404);
    expect((await deps.store.getInterview(theirs.id))?.status).toBe('active');
    expect(mailer.sent).toHaveLength(0);
  });

  it('a token does only its own action on its own step', async () => {
    const { deps, mailer } = await linkDeps(OPEN_HOURS);
    const stored = await seedInterview(deps);
    const step = await deps.store.getStep(stored.id, 'thank_you');
    if (!step) throw new Error('no step');
    const skipFollowUp = await link(deps, 'skip', stored.id, 'follow_up');
    // Approve fields posted to a skip link only skip the step the link names.
    await post(deps, skipFollowUp, approveFields(step, 'send_now'));
    expect(mailer.sent).toHaveLength(0);
    expect((await deps.store.getStep(stored.id, 'follow_up'))?.status).toBe('skipped');
    expect((await deps.store.getStep(stored.id, 'thank_you'))?.status).toBe('reminded');
  });
});

describe('plan changes', () => {
  it('skip, heard back, done, snooze and cancel each change the plan', async () => {
    const { deps, clock } = await linkDeps(OPEN_HOURS);
    const stored = await seedInterview(deps);
    const done = await post(deps, await link(deps, 'done', stored.id, 'call'), {});
    expect(done.body).toContain('the close-out on Tue 24 Mar tells you');
    expect((await deps.store.getStep(stored.id, 'call'))?.status).toBe('done');

    const other = await seedInterview(deps, { id: 'int-2', sourceMessageId: 's2' });
    const snoozeLink = await link(deps, 'snooze', other.id, 'call');
    expect((await post(deps, snoozeLink, { days: '9' })).statusCode).toBe(400);
    const snoozed = await post(deps, snoozeLink, { days: '3' });
    expect(snoozed.body).toContain('Snoozed');
    const call = await deps.store.getStep(other.id, 'call');
    expect(call?.status).toBe('snoozed');
    expect(Date.parse(call?.dueAt ?? '')).toBeGreaterThanOrEqual(
      clock.now().getTime() + 3 * 24 * 3600 * 1000 - 60_000,
    );

    const heard = await post(deps, await link(deps, 'heard_back', other.id, 'call'), {});
    expect(heard.body).toContain('Plan stopped');
    expect((await deps.store.getInterview(other.id))?.status).toBe('heard_back');
    // Links that change a stopped plan say so and do nothing.
    const late = await post(deps, await link(deps, 'skip', other.id, 'follow_up'), {});
    expect(late.statusCode).toBe(409);

    const third = await seedInterview(deps, { id: 'int-3', sourceMessageId: 's3' });
    await post(deps, await link(deps, 'cancel_plan', third.id), {});
    expect((await deps.store.getInterview(third.id))?.status).toBe('cancelled');
    const steps = await deps.store.listSteps(third.id);
    expect(steps.filter((s) => s.status === 'scheduled')).toHaveLength(0);
  });

  it('the cancel page marks cancelling as destructive and Keep the plan changes nothing', async () => {
    const { deps, mailer } = await linkDeps(OPEN_HOURS);
    const stored = await seedInterview(deps);
    const path = await link(deps, 'cancel_plan', stored.id);
    const page = (await get(deps, path)).body;
    expect(page).toMatch(
      /<button type="submit" class="danger" name="intent" value="confirm">Cancel the plan<\/button>/,
    );
    expect(page).toMatch(
      /<button type="submit" name="intent" value="keep">Keep the plan<\/button>/,
    );
    const kept = await post(deps, path, { intent: 'keep' });
    expect(kept.statusCode).toBe(200);
    expect(kept.body).toContain('the plan goes on');
    expect((await deps.store.getInterview(stored.id))?.status).toBe('active');
    expect((await deps.store.getLinkToken(tokenHash(path)))?.usedAt ?? null).toBeNull();
    // The same link still cancels afterwards.
    await post(deps, path, { intent: 'confirm' });
    expect((await deps.store.getInterview(stored.id))?.status).toBe('cancelled');
    expect(mailer.sent).toHaveLength(0);
  });

  it('fix details saves names and addresses and moves the plan with a new time', async () => {
    const { deps } = await linkDeps(OPEN_HOURS);
    const stored = await seedInterview(deps, {
      start: '2026-03-10T14:00:00-05:00',
      end: '2026-03-10T15:00:00-05:00',
    });
    const path = await link(deps, 'fix_details', stored.id);
    const page = await get(deps, path);
    expect(page.body).toContain('value="2026-03-10"');
    expect(page.body).toContain('value="14:00"');
    const bad = await post(deps, path, {
      company: 'X',
      role: '',
      date: '2026-13-01',
      time: '9',
      timezone: 'Mars/Base',
      interviewers: '',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('YYYY-MM-DD');
    const saved = await post(deps, path, {
      company: 'Northwind',
      role: 'Staff Engineer',
      date: '2026-03-12',
      time: '10:30',
      timezone: 'Europe/Berlin',
      interviewers: 'Priya Natarajan <priya@northwind.example>\nAna Lopez <ana@northwind.example>',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.body).toContain('the plan moved with it');
    // The used link is replaced by a fresh one to change something else.
    const again = /href="(\/l\/[\w-]{43})"/.exec(saved.body)?.[1];
    expect(again).toBeDefined();
    expect(again).not.toBe(path);
    expect((await get(deps, again ?? '')).body).toContain('value="Northwind"');
    const updated = await deps.store.getInterview(stored.id);
    expect(updated?.company).toBe('Northwind');
    expect(updated?.timezone).toBe('Europe/Berlin');
    expect(updated?.start && new Date(updated.start).toISOString()).toBe(
      '2026-03-12T09:30:00.000Z',
    );
    expect(updated?.end && new Date(updated.end).toISOString()).toBe('2026-03-12T10:30:00.000Z');
    expect(updated?.interviewers.map((p) => p.email)).toEqual([
      'priya@northwind.example',
      'ana@northwind.example',
    ]);
  });

  it('add notes saves the decision date and topics', async () => {
    const { deps } = await linkDeps(OPEN_HOURS);
    const stored = await seedInterview(deps, {
      start: '2026-03-10T14:00:00-05:00',
      end: null,
      notes: [],
      decisionBy: null,
    });
    const path = await link(deps, 'add_notes', stored.id, 'prep');
    const saved = await post(deps, path, {
      decisionBy: '2026-03-20',
      topics: 'your event-sourcing rollout\n\nhiring plans',
    });
    expect(saved.body).toContain('Notes saved');
    const updated = await deps.store.getInterview(stored.id);
    expect(updated?.decisionBy).toBe('2026-03-20');
    expect(updated?.notes).toEqual(['your event-sourcing rollout', 'hiring plans']);
  });

  it('add notes takes a topic per person, and the thank-you drafts use them', async () => {
    const { deps } = await linkDeps(OPEN_HOURS);
    const stored = await seedInterview(deps, {
      interviewers: [
        { name: 'Ines Duarte', email: 'ines@northwind.example', timezone: null },
        { name: 'Priya Natarajan', email: 'priya@northwind.example', timezone: null },
      ],
    });
    const path = await link(deps, 'add_notes', stored.id, null);
    const page = await get(deps, path);
    expect(page.body).toContain('What you talked about with Ines Duarte');
    expect(page.body).toContain('name="topic_1"');
    await post(deps, path, { topic_0: 'their design reviews', topic_1: '', topics: '' });
    const updated = await deps.store.getInterview(stored.id);
    expect(updated?.interviewers.map((p) => p.topic)).toEqual(['their design reviews', null]);
    const drafts = (await deps.store.getStep(stored.id, 'thank_you'))?.drafts ?? [];
    expect(drafts[0]?.body).toContain('our conversation about your design reviews.');
    expect(drafts[1]?.body).toContain('[one thing you talked about with Priya]');
  });

  it('manual entry logs the interview once and sends the acknowledgement', async () => {
    const { deps, mailer } = await linkDeps(OPEN_HOURS);
    const path = await link(deps, 'manual_entry', null);
    const fields = {
      company: 'Contoso',
      role: 'Data Engineer',
      date: '2026-03-20',
      time: '15:00',
      duration: '45',
      timezone: 'America/Denver',
      interviewers: 'Lee Chen <lee@contoso.example>',
      decisionBy: '',
      topics: 'their streaming platform',
    };
    expect((await post(deps, path, { ...fields, company: '' })).statusCode).toBe(400);
    const logged = await post(deps, path, fields);
    expect(logged.statusCode).toBe(200);
    expect(logged.body).toContain('Plan started');
    const all = await deps.store.listInterviewsByOwner(owner.email);
    expect(all).toHaveLength(1);
    expect(all[0]?.company).toBe('Contoso');
    expect(new Date(all[0]?.start ?? '').toISOString()).toBe('2026-03-20T21:00:00.000Z');
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]?.to[0]?.address).toBe(owner.email);
    expect(mailer.sent[0]?.subject).toContain('Data Engineer at Contoso');
    expect((await post(deps, path, fields)).statusCode).toBe(410);
  });
});

describe('requests that are not a form submission', () => {
  it('refuses other methods, content types and oversized bodies', async () => {
    const { deps, mailer } = await linkDeps(OPEN_HOURS);
    const stored = await seedInterview(deps);
    const path = await link(deps, 'cancel_plan', stored.id);
    const { handleLinkRequest } = await import('#web/link-request.js');
    const base = { path, query: {}, headers: {}, body: null };
    const put = await handleLinkRequest(deps, { ...base, method: 'PUT' });
    expect(put.statusCode).toBe(405);
    const json = await handleLinkRequest(deps, {
      ...base,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.statusCode).toBe(415);
    const big = await handleLinkRequest(deps, {
      ...base,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `x=${'a'.repeat(200_000)}`,
    });
    expect(big.statusCode).toBe(413);
    expect((await deps.store.getInterview(stored.id))?.status).toBe('active');
    expect(mailer.sent).toHaveLength(0);
  });
});
