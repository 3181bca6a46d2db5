// The owner's page, calendar feed and weekly digest on dynalite, through the link handler as the
// Function URL and `followup dev` call it: what an owner sees and changes, and that two owners
// never reach each other's data through a page, a form, a feed or a token.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { AppDeps } from '#app/deps.js';
import { fireScheduled } from '#app/fire-scheduled.js';
import { issueLink, ownerPageLink } from '#app/links.js';
import { logInterviewFromFields } from '#app/log-interview.js';
import { AppConfig } from '#core/config.js';
import { type Owner, Owner as OwnerSchema } from '#core/domain.js';
import { SWITCHED_OFF } from '#core/planner.js';
import { digestScheduleName, scheduleName } from '#core/schedule-name.js';
import { hashToken } from '#core/tokens.js';
import { handleLinkRequest } from '#web/link-request.js';
import { fakeDeps } from '../support/fakes.js';
import { get, post } from '../web/support.js';

const lena = OwnerSchema.parse({
  email: 'lena.vogel@post.example',
  name: 'Lena Vogel',
  timezone: 'Europe/Berlin',
  sendingAddress: 'lena@replies.example.dev',
});
const omar = OwnerSchema.parse({
  email: 'omar.haddad@inbox.example',
  name: 'Omar Haddad',
  timezone: 'America/Chicago',
  sendingAddress: 'omar@replies.example.dev',
});
const config = AppConfig.parse({
  domain: 'replies.example.dev',
  inboundAddress: 'interviews@replies.example.dev',
  owners: [lena, omar],
});

/** Monday 5 April 2027, 12:00 in Berlin. */
const MONDAY = '2027-04-05T10:00:00Z';

async function world() {
  const built = await fakeDeps({ now: MONDAY, config, linkBaseUrl: 'https://pages.example.net' });
  const { deps } = built;
  const lenaInterview = await logInterviewFromFields(deps, {
    owner: lena,
    sourceMessageId: 'harbor-1@mail.example',
    fields: {
      company: 'Harbor Analytics',
      role: 'Data Engineer',
      start: '2027-04-08T13:00:00Z',
      end: '2027-04-08T14:00:00Z',
      timezone: 'Europe/Berlin',
      interviewers: [{ name: 'Yuki Sato', email: 'yuki@harbor.example' }],
    },
  });
  const omarInterview = await logInterviewFromFields(deps, {
    owner: omar,
    sourceMessageId: 'quarry-1@mail.example',
    fields: {
      company: 'Quarry Labs',
      role: 'Site Reliability Engineer',
      start: '2027-04-09T16:00:00Z',
      end: '2027-04-09T17:00:00Z',
      timezone: 'America/Chicago',
      interviewers: [{ name: 'Dana Whitfield', email: 'dana@quarry.example' }],
    },
  });
  return {
    ...built,
    lenaId: lenaInterview.interview.id,
    omarId: omarInterview.interview.id,
  };
}

async function pagePath(deps: AppDeps, owner: Owner): Promise<string> {
  return new URL(await ownerPageLink(deps, owner.email)).pathname;
}

/** Fires the step's schedule as the scheduler would, at the step's own time. */
async function fireAtDue(
  w: Awaited<ReturnType<typeof world>>,
  id: string,
  kind: 'prep' | 'thank_you',
) {
  const step = await w.deps.store.getStep(id, kind);
  w.clock.set(step?.dueAt ?? '');
  return fireScheduled(w.deps, { interviewId: id, step: kind });
}

describe("the owner's page", () => {
  it('shows only its owner’s interviews with state, next step and what needs them, without script', async () => {
    const w = await world();
    await fireAtDue(w, w.lenaId, 'prep');
    await fireAtDue(w, w.lenaId, 'thank_you');
    const page = await get(w.deps, await pagePath(w.deps, lena));
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).not.toContain('script-src');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).not.toMatch(/<script/i);
    expect(page.body).toContain('Data Engineer at Harbor Analytics');
    expect(page.body).toContain('Plan running');
    expect(page.body).toContain('Your thank-you note is ready: a draft to review and send.');
    expect(page.body).toContain('Review &amp; send');
    expect(page.body).toMatch(/Next: Thank-you note, /);
    expect(page.body).toContain('Thank-you note: drafts sent to you for review.');
    expect(page.body).toContain('Prep reminder: reminder sent to you.');
    // Times in Lena's zone, and nothing of Omar's.
    expect(page.body).toContain('Thu 8 Apr, 15:00 GMT+2');
    expect(page.body).not.toContain('Quarry');
    expect(page.body).not.toContain(w.omarId);

    const other = await get(w.deps, await pagePath(w.deps, omar));
    expect(other.body).toContain('Site Reliability Engineer at Quarry Labs');
    expect(other.body).not.toContain('Harbor');
    expect(other.body).toContain('Nothing needs you now.');
  });

  it('a button mints a fresh link to act; another owner’s interview id in the form opens nothing', async () => {
    const w = await world();
    await fireAtDue(w, w.lenaId, 'thank_you');
    const path = await pagePath(w.deps, lena);
    const open = await post(w.deps, path, {
      intent: 'open',
      interview: w.lenaId,
      step: 'thank_you',
      action: 'approve',
    });
    expect(open.statusCode).toBe(303);
    const approve = await get(w.deps, open.headers.location ?? '');
    expect(approve.statusCode).toBe(200);
    expect(approve.body).toContain('yuki@harbor.example');

    // Omar's interview through Lena's page: refused, and no link for it exists.
    const crossed = await post(w.deps, path, {
      intent: 'open',
      interview: w.omarId,
      step: 'thank_you',
      action: 'approve',
    });
    expect(crossed.statusCode).toBe(404);
    expect(crossed.headers.location).toBeUndefined();
    expect(crossed.body).toContain('not on your page');
    expect(crossed.body).not.toContain('Quarry');
    // An action the page does not offer is refused too.
    const odd = await post(w.deps, path, {
      intent: 'open',
      interview: w.lenaId,
      step: 'thank_you',
      action: 'cancel_plan',
    });
    expect(odd.statusCode).toBe(404);
  });

  it('only an owner-page token opens a page, and only its owner’s', async () => {
    const w = await world();
    // A link for one of Lena's interviews is an interview page, never her page.
    const view = await issueLink(w.deps, {
      action: 'looks_right',
      ownerEmail: lena.email,
      interviewId: w.lenaId,
      step: null,
    });
    expect((await get(w.deps, new URL(view).pathname)).body).not.toContain('Your interviews');
    // A page token tied to an interview (never minted so, but forged into the table) is no link.
    const token = 'A'.repeat(43);
    await w.deps.store.putLinkToken({
      hash: hashToken(token),
      action: 'owner_page',
      ownerEmail: lena.email,
      interviewId: w.omarId,
      step: null,
      singleUse: false,
      expiresAt: '2027-05-01T00:00:00Z',
      usedAt: null,
      createdAt: MONDAY,
    });
    expect((await get(w.deps, `/l/${token}`)).statusCode).toBe(404);
    // Expired after 30 days, like the other links.
    const path = await pagePath(w.deps, lena);
    w.clock.advance(30 * 24 * 3600_000 + 1000);
    expect((await get(w.deps, path)).statusCode).toBe(410);
  });

  it('a cross-site form cannot change anything', async () => {
    const w = await world();
    const response = await handleLinkRequest(w.deps, {
      method: 'POST',
      path: await pagePath(w.deps, lena),
      query: {},
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'sec-fetch-site': 'cross-site',
      },
      body: 'intent=pause',
    });
    expect(response.statusCode).toBe(403);
    expect((await w.deps.owners.get(lena.email))?.paused).toBeFalsy();
  });

  it('pause sends nothing until resume, for that owner only; resume lets what fell due go', async () => {
    const w = await world();
    const path = await pagePath(w.deps, lena);
    const paused = await post(w.deps, path, { intent: 'pause' });
    expect(paused.statusCode).toBe(200);
    expect(paused.body).toContain('Resume all reminders');
    expect((await w.deps.owners.get(lena.email))?.paused).toBe(true);
    expect((await w.deps.owners.get(omar.email))?.paused).toBeFalsy();

    const before = w.mailer.sent.length;
    expect((await fireAtDue(w, w.lenaId, 'prep')).outcome).toBe('paused');
    expect(w.mailer.sent.length).toBe(before);
    expect((await w.deps.store.getStep(w.lenaId, 'prep'))?.status).toBe('scheduled');
    await post(w.deps, path, { intent: 'resume' });
    expect((await w.deps.owners.get(lena.email))?.paused).toBe(false);
    const prep = w.scheduler.live.get(scheduleName(w.lenaId, 'prep'));
    expect(prep && prep.at.getTime() <= w.clock.now().getTime()).toBe(true);
    expect((await fireScheduled(w.deps, { interviewId: w.lenaId, step: 'prep' })).outcome).toBe(
      'reminded',
    );
    // Omar's plan was never paused.
    expect((await fireAtDue(w, w.omarId, 'prep')).outcome).toBe('reminded');
  });

  it('settings are checked field by field and change nothing when wrong', async () => {
    const w = await world();
    const response = await post(w.deps, await pagePath(w.deps, lena), {
      intent: 'settings',
      name: 'Lena Vogel',
      signature: '',
      timezone: 'Mars/Olympus',
      waking_start: '22:00',
      waking_end: '07:00',
      step_prep: 'on',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Time zone: not a valid IANA time zone');
    expect(response.body).toContain('Waking hours: start must be before end');
    expect(await w.deps.owners.get(lena.email)).toEqual(lena);
  });

  it('saved settings move the pending schedules; a step switched off is skipped, back on returns', async () => {
    const w = await world();
    const path = await pagePath(w.deps, lena);
    const all = {
      step_prep: 'on',
      step_thank_you: 'on',
      step_follow_up: 'on',
      step_close_out: 'on',
    };
    const saved = await post(w.deps, path, {
      intent: 'settings',
      name: 'Lena V.',
      signature: 'Lena Vogel\nData engineer',
      timezone: 'America/New_York',
      waking_start: '07:30',
      waking_end: '22:00',
      ...all,
      digest: 'on',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.body).toMatch(/Settings saved; \d+ planned steps moved to match\./);
    const stored = await w.deps.owners.get(lena.email);
    expect(stored).toMatchObject({
      name: 'Lena V.',
      signature: 'Lena Vogel\nData engineer',
      timezone: 'America/New_York',
      wakingHours: { start: '07:30', end: '22:00' },
      stepsOff: ['call'],
      weeklyDigest: true,
    });
    // The follow-up now comes at 09:00 New York time, and its schedule moved with it.
    const followUp = await w.deps.store.getStep(w.lenaId, 'follow_up');
    expect(
      DateTime.fromISO(followUp?.dueAt ?? '', { zone: 'America/New_York' }).toFormat('HH:mm'),
    ).toBe('09:00');
    expect(w.scheduler.live.get(scheduleName(w.lenaId, 'follow_up'))?.at.toISOString()).toBe(
      new Date(followUp?.dueAt ?? '').toISOString(),
    );
    const call = await w.deps.store.getStep(w.lenaId, 'call');
    expect(call).toMatchObject({ status: 'skipped', reason: SWITCHED_OFF });
    expect(w.scheduler.live.has(scheduleName(w.lenaId, 'call'))).toBe(false);
    // Omar's plan did not move.
    expect(w.scheduler.live.get(scheduleName(w.omarId, 'follow_up'))?.timezone).toBe(
      'America/Chicago',
    );
    // The digest is scheduled for next Monday at the start of her waking hours.
    const digest = w.scheduler.digests.get(digestScheduleName(lena.email));
    expect(digest?.payload).toEqual({ kind: 'digest', ownerEmail: lena.email });
    expect(
      DateTime.fromJSDate(digest?.at ?? new Date(0), { zone: 'America/New_York' }).toFormat(
        'ccc HH:mm',
      ),
    ).toBe('Mon 07:30');

    await post(w.deps, path, {
      intent: 'settings',
      name: 'Lena V.',
      signature: '',
      timezone: 'America/New_York',
      waking_start: '07:30',
      waking_end: '22:00',
      ...all,
      step_call: 'on',
    });
    expect((await w.deps.store.getStep(w.lenaId, 'call'))?.status).toBe('scheduled');
    expect(w.scheduler.live.has(scheduleName(w.lenaId, 'call'))).toBe(true);
    expect((await w.deps.owners.get(lena.email))?.signature).toBeUndefined();
    expect(w.scheduler.digests.has(digestScheduleName(lena.email))).toBe(false);
  });
});

describe('the calendar feed', () => {
  it('is a private text/calendar address of all the owner’s plans that follows them as they move', async () => {
    const w = await world();
    const path = await pagePath(w.deps, lena);
    const made = await post(w.deps, path, { intent: 'feed' });
    const feedUrl = /id="feed" readonly value="([^"]+)"/.exec(made.body)?.[1] ?? '';
    expect(feedUrl).toMatch(/^https:\/\/pages\.example\.net\/l\/[A-Za-z0-9_-]{43}$/);
    const feedPath = new URL(feedUrl).pathname;
    const feed = await get(w.deps, feedPath);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(feed.body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(feed.body).toContain('SUMMARY:Interview: Data Engineer at Harbor Analytics');
    expect(feed.body).toContain(`UID:${w.lenaId}-follow_up@replies.example.dev`);
    expect(feed.body).not.toContain('Quarry');
    expect(feed.body).not.toContain(w.omarId);

    const followUpStart = (body: string) =>
      new RegExp(`UID:${w.lenaId}-follow_up@[^\\r]+\\r\\nDTSTAMP:[^\\r]+\\r\\nDTSTART:(\\w+)`).exec(
        body,
      )?.[1];
    const before = followUpStart(feed.body);
    await post(w.deps, path, {
      intent: 'settings',
      name: 'Lena Vogel',
      signature: '',
      timezone: 'Asia/Tokyo',
      waking_start: '08:00',
      waking_end: '21:00',
      step_prep: 'on',
      step_thank_you: 'on',
      step_follow_up: 'on',
      step_call: 'on',
      step_close_out: 'on',
    });
    const after = followUpStart((await get(w.deps, feedPath)).body);
    expect(after).toBeDefined();
    expect(after).not.toBe(before);

    // The feed address only reads; Omar's feed holds none of Lena's plans.
    expect((await post(w.deps, feedPath, { intent: 'pause' })).statusCode).toBe(405);
    expect((await w.deps.owners.get(lena.email))?.paused).toBeFalsy();
    const omarFeed = await issueLink(w.deps, {
      action: 'calendar_feed',
      ownerEmail: omar.email,
      interviewId: null,
      step: null,
    });
    const theirs = await get(w.deps, new URL(omarFeed).pathname);
    expect(theirs.body).toContain('Quarry Labs');
    expect(theirs.body).not.toContain('Harbor');
  });
});

describe('the weekly digest', () => {
  it('goes out once a week when switched on: what needs the owner and the week ahead', async () => {
    const w = await world();
    await w.deps.owners.update({ ...lena, weeklyDigest: true });
    const event = { kind: 'digest' as const, ownerEmail: lena.email };
    const before = w.mailer.sent.length;
    expect((await fireScheduled(w.deps, event)).outcome).toBe('sent');
    const digest = w.mailer.sent.at(-1);
    expect(w.mailer.sent.length).toBe(before + 1);
    expect(digest?.to).toEqual([{ name: 'Lena Vogel', address: lena.email }]);
    expect(digest?.subject).toBe('Your week ahead');
    expect(digest?.text).toContain('THIS WEEK');
    expect(digest?.text).toMatch(
      /Thu 8 Apr, 15:00 GMT\+2: interview, Data Engineer at Harbor Analytics/,
    );
    expect(digest?.text).toContain('Prep reminder, Data Engineer at Harbor Analytics');
    expect(digest?.text).not.toContain('Quarry');
    expect(digest?.text).toMatch(
      /Act on any of it from your page: https:\/\/pages\.example\.net\/l\//,
    );
    // Its next run is next Monday morning.
    const next = w.scheduler.digests.get(digestScheduleName(lena.email));
    expect(next?.at.toISOString()).toBe('2027-04-12T06:00:00.000Z');

    // A second delivery in the same week sends nothing more.
    w.clock.advance(3 * 3600_000);
    expect((await fireScheduled(w.deps, event)).outcome).toBe('duplicate');
    expect(w.mailer.sent.length).toBe(before + 1);
    // The next week it goes out again, now with a draft waiting.
    await fireAtDue(w, w.lenaId, 'thank_you');
    w.clock.set('2027-04-12T06:00:00Z');
    expect((await fireScheduled(w.deps, event)).outcome).toBe('sent');
    expect(w.mailer.sent.at(-1)?.subject).toBe('Your week: 1 thing needs you');
    expect(w.mailer.sent.at(-1)?.text).toContain('Your thank-you note is ready');

    // Paused: nothing; switched off: nothing, and no next run.
    w.clock.set('2027-04-19T06:00:00Z');
    await w.deps.owners.update({ ...lena, weeklyDigest: true, paused: true });
    expect((await fireScheduled(w.deps, event)).outcome).toBe('paused');
    await w.deps.owners.update({ ...lena, weeklyDigest: false });
    w.clock.set('2027-04-26T06:00:00Z');
    expect((await fireScheduled(w.deps, event)).outcome).toBe('digest_off');
    expect(w.mailer.to(lena.email).filter((m) => m.subject.startsWith('Your week'))).toHaveLength(
      2,
    );
  });
});
