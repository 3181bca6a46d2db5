import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StepKind } from '#core/domain.js';
import { memoryLogger } from '#ports/logger.js';
import type { OutboxJsonEntry } from '../../cli/dev/outbox-page.js';
import type { DevRuntime } from '../../cli/dev/runtime.js';
import { launchChromium } from '../support/chromium.js';
import { smtpDeliver, startTestRuntime } from '../support/dev-runtime.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const CONFIRMATION = '01-gmail-recruiter-this-thursday.eml';
const OWNER = { email: 'sam.okafor.dev@gmail.com', name: 'Sam Okafor' };
const INTERVIEWER = 'priya.nair@larkspuranalytics.example';
const EDITED = 'Hi Priya, thank you — the lakehouse migration plan stuck with me. (edited in e2e)';

async function confirmation(): Promise<string> {
  const path = join(repo, 'test', 'fixtures', 'corpus', CONFIRMATION);
  return (await readFile(path, 'utf8')).replace(/\r?\n/g, '\r\n');
}

let dataDir: string;
let runtime: DevRuntime;
let browser: Browser;
const log = memoryLogger();

function start(now?: Date) {
  return startTestRuntime({ dataDir, owners: [OWNER], now, log: log.logger });
}

const base = () => `http://127.0.0.1:${runtime.httpPort}`;

async function outbox(): Promise<OutboxJsonEntry[]> {
  return (await (await fetch(`${base()}/outbox.json`)).json()) as OutboxJsonEntry[];
}

function smtpSend(from: string, to: string, raw: string) {
  return smtpDeliver(runtime.smtpPort, from, to, raw);
}

async function advance(hours: number) {
  const response = await fetch(`${base()}/dev/advance`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ hours }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as {
    now: string;
    fired: { interviewId: string; step: StepKind; outcome: string }[];
  };
}

async function theInterview() {
  const [interview, ...others] = await runtime.deps.store.listInterviewsByOwner(OWNER.email);
  expect(others).toEqual([]);
  if (!interview) throw new Error('no interview was logged');
  return interview;
}

/** Hours from the dev clock to just after an instant. */
function hoursUntil(iso: string, extraMinutes = 1) {
  return (Date.parse(iso) + extraMinutes * 60_000 - runtime.clock.now().getTime()) / 3_600_000;
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'followup-e2e-'));
  // Just after Sam forwarded the confirmation (its Date: Mon, 9 Nov 2026 12:40:31 -0500).
  runtime = await start(new Date('2026-11-09T17:41:00Z'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await runtime?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('followup dev, end to end', () => {
  let approveUrl: string;
  let sentMessageId: string;

  it('1–2. a confirmation forwarded over SMTP is acknowledged in the outbox', async () => {
    const info = await smtpSend(OWNER.email, 'interviews@localhost', await confirmation());
    expect(info.accepted).toEqual(['interviews@localhost']);
    const emails = await outbox();
    expect(emails).toHaveLength(1);
    const [ack] = emails;
    expect(ack?.to).toEqual([OWNER.email]);
    expect(ack?.from).toBe('followup@localhost');
    expect(`${ack?.subject}\n${ack?.text}`).toContain('Larkspur Analytics');
    expect(ack?.messageId).toMatch(/@localhost$/);
    const interview = await theInterview();
    expect(Date.parse(interview.start)).toBe(Date.parse('2026-11-12T15:00:00-05:00'));

    // /outbox shows it as the owner would see it: the HTML part rendered in its shadow root.
    const page = await browser.newPage();
    await page.goto(`${base()}/outbox`);
    const rendered = page.locator('section.email .email-body').first();
    expect(await rendered.evaluate((host) => host.shadowRoot?.textContent ?? '')).toContain(
      'Larkspur Analytics',
    );
    expect(await page.locator('section.email dd').first().textContent()).toContain(
      'followup@localhost',
    );
    await page.close();
  });

  it('3. advancing the clock to the thank-you sends its reminder with an approve link', async () => {
    const interview = await theInterview();
    const step = await runtime.deps.store.getStep(interview.id, 'thank_you');
    if (!step) throw new Error('no thank-you step was planned');
    const before = (await outbox()).length;
    const result = await advance(hoursUntil(step.dueAt));
    expect(result.fired.map((f) => f.step)).toContain('thank_you');
    const reminders = (await outbox()).slice(before).filter((e) => e.to.includes(OWNER.email));
    const reminder = reminders.find((e) => /thank/i.test(e.subject));
    if (!reminder)
      throw new Error(`no thank-you reminder among ${reminders.map((e) => e.subject)}`);
    const line = reminder.text.split('\n').find((l) => /(approve|review).*send/i.test(l));
    const url = line?.match(/https?:\/\/\S+\/l\/[A-Za-z0-9_-]+/)?.[0];
    if (!url) throw new Error(`no approve link in:\n${reminder.text}`);
    expect(url.startsWith(`${base()}/l/`)).toBe(true);
    approveUrl = url;
  });

  it('3b. at 375 px the dashboard says what needs the owner and opens the draft; the outbox fits', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    // Evaluated in the page (a string: the test's own types have no DOM).
    const overflow = () =>
      page.evaluate<{ scrollWidth: number; innerWidth: number }>(
        '({ scrollWidth: document.scrollingElement.scrollWidth, innerWidth: window.innerWidth })',
      );
    await page.goto(`${base()}/`);
    const todo = page.locator('.todo').first();
    expect(await todo.textContent()).toContain('Your thank-you note is ready');
    expect(await page.locator('body').textContent()).not.toMatch(/\b(reminded|heard_back)\b/);
    const dashboard = await overflow();
    expect(dashboard.scrollWidth, 'dashboard').toBeLessThanOrEqual(dashboard.innerWidth);

    await page.goto(`${base()}/outbox`);
    const outboxWidth = await overflow();
    expect(outboxWidth.scrollWidth, 'outbox').toBeLessThanOrEqual(outboxWidth.innerWidth);
    expect(await page.locator('iframe').count()).toBe(0);
    // Each HTML part takes the height it needs: nothing of it is cut off or scrolls inside.
    const parts = await page.locator('.email-body').evaluateAll((hosts) =>
      hosts.map((host) => ({
        text: host.shadowRoot?.textContent?.length ?? 0,
        cut: host.scrollHeight - host.clientHeight,
      })),
    );
    expect(parts.length).toBeGreaterThanOrEqual(2);
    for (const part of parts) {
      expect(part.text).toBeGreaterThan(100);
      expect(part.cut).toBeLessThanOrEqual(1);
    }

    // The dashboard's button opens the thank-you draft on its link page.
    await page.goto(`${base()}/`);
    await todo.getByRole('button', { name: 'Review & send' }).click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toMatch(/^\/l\//);
    expect(await page.locator('textarea').count()).toBeGreaterThan(0);
    const approve = await overflow();
    expect(approve.scrollWidth, 'approve page').toBeLessThanOrEqual(approve.innerWidth);
    await page.close();
  });

  it('4–6. the draft is edited and sent from the browser exactly once, the owner in Bcc', async () => {
    const page = await browser.newPage();
    const posts: { url: string; body: string | null; headers: Record<string, string> }[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') {
        posts.push({ url: request.url(), body: request.postData(), headers: request.headers() });
      }
    });
    const opened = await page.goto(approveUrl);
    expect(opened?.status()).toBe(200);
    const draft = page.locator('textarea').first();
    await draft.fill(EDITED);
    await page.getByRole('button', { name: /send/i }).first().click();
    await page.waitForLoadState('load');

    const toInterviewer = async () => (await outbox()).filter((e) => e.to.includes(INTERVIEWER));
    // Outside the interviewer's business hours the send is queued: move the clock to it.
    for (let i = 0; i < 5 && (await toInterviewer()).length === 0; i++) await advance(12);
    let sent = await toInterviewer();
    expect(sent).toHaveLength(1);
    const [email] = sent;
    expect(email?.text).toContain(EDITED);
    expect(email?.bcc).toContain(OWNER.email);
    expect(email?.from).toBe('sam.okafor.dev@localhost');
    expect(email?.replyTo).toEqual(['sam.okafor.dev@localhost']);
    sentMessageId = email?.messageId ?? '';

    // 6. Reload and resubmit, replay the exact POST, and open the link again: still one.
    await page.reload();
    const again = await page.goto(approveUrl);
    expect(again?.status()).toBeLessThan(500);
    const resend = page.getByRole('button', { name: /send/i });
    if ((await resend.count()) > 0) {
      await page.locator('textarea').first().fill(`${EDITED} (second try)`);
      await resend.first().click();
      await page.waitForLoadState('load');
    }
    const firstPost = posts[0];
    expect(firstPost).toBeDefined();
    if (firstPost) {
      const replay = await fetch(firstPost.url, {
        method: 'POST',
        headers: { 'content-type': firstPost.headers['content-type'] ?? '' },
        body: firstPost.body,
      });
      expect(replay.status).toBeLessThan(500);
    }
    await advance(24);
    sent = await toInterviewer();
    expect(sent).toHaveLength(1);
    await page.close();
  });

  it('7. the interviewer’s reply is relayed to the owner and the plan stops', async () => {
    const before = (await outbox()).length;
    const reply = [
      'From: Priya Nair <priya.nair@larkspuranalytics.example>',
      'To: Sam Okafor <sam.okafor.dev@localhost>',
      'Subject: Re: Thank you',
      `Date: ${runtime.clock.now().toUTCString()}`,
      'Message-ID: <reply-1@larkspuranalytics.example>',
      `In-Reply-To: <${sentMessageId}>`,
      `References: <${sentMessageId}>`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Thanks Sam! We would like to move you to the final round; expect a note from Dana.',
      '',
    ].join('\r\n');
    await smtpSend(INTERVIEWER, 'sam.okafor.dev@localhost', reply);
    const relayed = (await outbox()).slice(before);
    expect(relayed).toHaveLength(1);
    expect(relayed[0]?.to).toEqual([OWNER.email]);
    expect(relayed[0]?.text).toContain('move you to the final round');
    expect(relayed[0]?.replyTo).toContain(INTERVIEWER);
    const interview = await theInterview();
    expect(interview.status).toBe('heard_back');

    const followUp = await runtime.deps.store.getStep(interview.id, 'follow_up');
    const count = (await outbox()).length;
    // Past the follow-up, and on past the call and the close-out.
    await advance(
      Math.max(1, hoursUntil(followUp?.dueAt ?? runtime.clock.now().toISOString(), 60)),
    );
    await advance(24 * 30);
    expect((await outbox()).length).toBe(count);
  });

  it('8. a restart on the same data directory keeps all state', async () => {
    const interview = await theInterview();
    const steps = await runtime.deps.store.listSteps(interview.id);
    const emails = await outbox();
    const clockBefore = runtime.clock.now().getTime();
    await runtime.close();

    runtime = await start();
    expect(await theInterview()).toEqual(interview);
    expect(await runtime.deps.store.listSteps(interview.id)).toEqual(steps);
    expect(await outbox()).toEqual(emails);
    // Dev time continues from where it was (it does not fall back to real time).
    expect(runtime.clock.now().getTime()).toBeGreaterThanOrEqual(clockBefore);
    expect(runtime.clock.now().getTime() - clockBefore).toBeLessThan(3_600_000);
    const dashboard = await (await fetch(`${base()}/`)).text();
    expect(dashboard).toContain('Larkspur Analytics');
    expect(dashboard).toContain('They answered: plan stopped');
    // The used approve link still answers, and still sends nothing.
    const page = await browser.newPage();
    // Ports were picked at random, so the same link lives on the new port.
    const response = await page.goto(approveUrl.replace(/^http:\/\/[^/]+/, base()));
    expect(response?.status()).toBeLessThan(500);
    expect(await page.locator('textarea').count()).toBe(0);
    await page.close();
    expect(await outbox()).toEqual(emails);
  });
});
