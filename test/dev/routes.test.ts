import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMailer } from '#adapters/local/outbox-mailer.js';
import type { AppDeps } from '#app/deps.js';
import { AppConfig } from '#core/config.js';
import type { Interview, Step } from '#core/domain.js';
import { hashToken } from '#core/tokens.js';
import { memoryLogger } from '#ports/logger.js';
import type { Store } from '#ports/store.js';
import { type HttpRequest, type HttpServer, startHttpServer } from '../../cli/dev/http-server.js';
import { devRoutes } from '../../cli/dev/routes.js';
import { freshTable } from '../support/dynamo.js';

const NOW = new Date('2026-11-12T22:00:00Z');
const config = AppConfig.parse({
  domain: 'localhost',
  inboundAddress: 'interviews@localhost',
  owners: [
    {
      email: 'sam@example.com',
      name: 'Sam <b>Okafor</b>',
      timezone: 'America/New_York',
      sendingAddress: 'sam@localhost',
    },
  ],
});

let server: HttpServer;
let store: Store;
let dir: string;
let base: string;
const advanced: number[] = [];
const linkRequests: HttpRequest[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'followup-routes-'));
  const table = await freshTable();
  store = table.store;
  const clock = { now: () => NOW };
  const outbox = await OutboxMailer.open({ dir, domain: 'localhost', clock });
  const interview: Interview = {
    id: 'int-1',
    ownerEmail: 'sam@example.com',
    sourceMessageId: 'm1@example.com',
    calendarUid: null,
    company: '<script>alert(1)</script> Larkspur',
    role: 'Senior Data Engineer',
    start: '2026-11-12T20:00:00.000Z',
    end: '2026-11-12T20:45:00.000Z',
    timezone: 'America/New_York',
    interviewers: [{ name: 'Priya Nair', email: 'priya@larkspur.example', timezone: null }],
    meetingUrl: null,
    notes: [],
    decisionBy: null,
    status: 'active',
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
  };
  await store.createInterview(interview);
  const step: Step = {
    interviewId: 'int-1',
    kind: 'thank_you',
    audience: 'interviewer',
    dueAt: '2026-11-12T21:45:00.000Z',
    status: 'reminded',
    scheduleName: null,
    drafts: [],
    sendAt: null,
    lastError: null,
    updatedAt: NOW.toISOString(),
  };
  await store.putStepIfAbsent(step);
  await outbox.send({
    origin: 'system',
    from: { name: 'followup', address: 'followup@localhost' },
    to: [{ name: 'Sam', address: 'sam@example.com' }],
    subject: 'Logged: <img src=x onerror=alert(1)>',
    text: 'Approve: http://127.0.0.1:8787/l/abc?x=1&y=2',
    html: '<p>Hello <a href="http://127.0.0.1:8787/l/abc">Approve</a></p>',
  });
  await outbox.send({
    origin: 'owner',
    from: { name: 'Sam', address: 'sam@localhost' },
    to: [{ name: 'Priya', address: 'priya@larkspur.example' }],
    cc: [{ address: 'cc@larkspur.example' }],
    bcc: [{ address: 'sam@example.com' }],
    replyTo: [{ address: 'sam@localhost' }],
    subject: 'Thank you',
    text: 'Hi Priya',
  });
  for (const owner of config.owners) await table.owners.addIfAbsent(owner);
  const deps = {
    store,
    owners: table.owners,
    clock,
    config,
    linkBaseUrl: 'http://127.0.0.1:1',
  } as unknown as AppDeps;
  server = await startHttpServer({
    host: '127.0.0.1',
    port: 0,
    log: memoryLogger().logger,
    handle: devRoutes({
      deps,
      outbox,
      smtpPort: 2525,
      advance: async (hours) => {
        advanced.push(hours);
        return { now: NOW.toISOString(), fired: [] };
      },
      nextDueAt: async () => '2026-11-13T14:00:00.000Z',
      linkHandler: async (request) => {
        linkRequests.push(request);
        return { statusCode: 200, headers: { 'content-type': 'text/plain' }, body: 'link page' };
      },
    }),
  });
  base = `http://127.0.0.1:${server.port}`;
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('dev HTTP routes', () => {
  it('/outbox.json lists every email oldest first, with plain-string addresses', async () => {
    const response = await fetch(`${base}/outbox.json`);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await response.json()) as Record<string, unknown>[];
    expect(body.map((e) => Object.keys(e).sort())).toEqual(
      Array(2).fill([
        'bcc',
        'cc',
        'from',
        'html',
        'id',
        'messageId',
        'replyTo',
        'sentAt',
        'subject',
        'text',
        'to',
      ]),
    );
    expect(body[1]).toMatchObject({
      from: 'sam@localhost',
      to: ['priya@larkspur.example'],
      cc: ['cc@larkspur.example'],
      bcc: ['sam@example.com'],
      replyTo: ['sam@localhost'],
      subject: 'Thank you',
      html: null,
      sentAt: NOW.toISOString(),
    });
    expect(body[0]?.subject).toBe('Logged: <img src=x onerror=alert(1)>');
  });

  it('/outbox renders each email escaped, HTML parts in their own shadow root, text links clickable', async () => {
    const page = await (await fetch(`${base}/outbox`)).text();
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('Logged: &lt;img src=x onerror=alert(1)&gt;');
    expect(page).not.toContain('<iframe');
    expect(page).toContain(
      '<div class="email-body"><template shadowrootmode="open"><p>Hello <a href="http://127.0.0.1:8787/l/abc">Approve</a></p></template></div>',
    );
    expect(page).toContain('<a href="http://127.0.0.1:8787/l/abc?x=1&amp;y=2"');
  });

  it('serves the raw .eml of an email', async () => {
    const [first] = (await (await fetch(`${base}/outbox.json`)).json()) as {
      id: string;
      messageId: string;
    }[];
    const response = await fetch(`${base}/outbox/${first?.id}.eml`);
    expect(response.headers.get('content-type')).toBe('message/rfc822');
    expect(await response.text()).toContain(`Message-ID: <${first?.messageId}>`);
    expect((await fetch(`${base}/outbox/99999999.eml`)).status).toBe(404);
  });

  it('/ shows interviews, what needs the owner now and step states in words, escaped', async () => {
    const page = await (await fetch(`${base}/`)).text();
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Larkspur');
    expect(page).toContain('Sam &lt;b&gt;Okafor&lt;/b&gt;');
    expect(page).toContain('<span class="status">Plan running</span>');
    expect(page).toContain(
      '<span class="what">Thank-you note</span> <span class="muted">Thu 12 Nov 2026, 16:45 EST</span> <span class="status">Draft waiting for you</span>',
    );
    expect(page).toContain('Your thank-you note is ready: a draft to review and send.');
    expect(page).toContain(
      '<form method="post" action="/dev/open"><input type="hidden" name="interview" value="int-1"><input type="hidden" name="step" value="thank_you"><input type="hidden" name="action" value="approve"><button type="submit">Review &amp; send</button></form>',
    );
    expect(page).not.toMatch(/>(reminded|active|heard_back|thank_you)</);
  });

  it('POST /dev/open mints a fresh link of that kind and sends the browser to its page', async () => {
    const open = (body: string) =>
      fetch(`${base}/dev/open`, {
        method: 'POST',
        body,
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    const response = await open('interview=int-1&step=thank_you&action=approve');
    expect(response.status).toBe(303);
    const token = /^\/l\/([A-Za-z0-9_-]+)$/.exec(response.headers.get('location') ?? '')?.[1];
    if (!token) throw new Error(`no link in ${response.headers.get('location')}`);
    expect(await store.getLinkToken(hashToken(token))).toMatchObject({
      action: 'approve',
      ownerEmail: 'sam@example.com',
      interviewId: 'int-1',
      step: 'thank_you',
      usedAt: null,
    });
    expect((await open('interview=int-1&step=thank_you&action=cancel_plan')).status).toBe(400);
    expect((await open('interview=nope&step=thank_you&action=approve')).status).toBe(404);
    expect((await open('interview=int-1&step=call&action=done')).status).toBe(404);
    expect((await fetch(`${base}/dev/open`)).status).toBe(405);
  });

  it('POST /dev/advance validates its body with clear 4xx answers', async () => {
    const post = (body: string) =>
      fetch(`${base}/dev/advance`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
      });
    const bad = [
      ['not json', /must be JSON/],
      ['{}', /hours/],
      ['{"hours": -1}', /more than 0/],
      ['{"hours": "3"}', /must be a number/],
      ['{"hours": 1, "extra": true}', /extra/],
      ['{"hours": 100000}', /at most/],
    ] as const;
    for (const [body, message] of bad) {
      const response = await post(body);
      expect(response.status, body).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(message);
    }
    expect(advanced).toEqual([]);
    const ok = await post('{"hours": 36.5}');
    expect(ok.status).toBe(200);
    expect(advanced).toEqual([36.5]);
    expect((await fetch(`${base}/dev/advance`)).status).toBe(405);
  });

  it('POST /dev/welcome reads its body the same way: JSON, an address, an owner', async () => {
    const post = (body: string) => fetch(`${base}/dev/welcome`, { method: 'POST', body });
    const answers = [
      ['{email', 400, /must be JSON like \{"email"/],
      ['{"email": "not an address"}', 400, /invalid body/],
      ['{"email": "nobody@example.org"}', 404, /nobody@example\.org is not an owner/],
    ] as const;
    for (const [body, status, message] of answers) {
      const response = await post(body);
      expect(response.status, body).toBe(status);
      expect(((await response.json()) as { error: string }).error).toMatch(message);
    }
  });

  it('hands every other path to the link handler, as a LinkRequest', async () => {
    const response = await fetch(`${base}/l/tok123?step=thank_you&x=%3Cb%3E`, {
      method: 'POST',
      body: 'draft=Hello+there',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(await response.text()).toBe('link page');
    const request = linkRequests.at(-1);
    expect(request).toMatchObject({
      method: 'POST',
      path: '/l/tok123',
      query: { step: 'thank_you', x: '<b>' },
      body: 'draft=Hello+there',
    });
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
  });

  it('refuses request bodies over 1 MB', async () => {
    const response = await fetch(`${base}/l/tok`, { method: 'POST', body: 'x'.repeat(1_100_000) });
    expect(response.status).toBe(413);
  });

  it('/dev/info says where to send mail and who the owners are', async () => {
    const info = (await (await fetch(`${base}/dev/info`)).json()) as Record<string, unknown>;
    expect(info).toMatchObject({
      now: NOW.toISOString(),
      inboundAddress: 'interviews@localhost',
      smtpPort: 2525,
      owners: [{ email: 'sam@example.com', sendingAddress: 'sam@localhost' }],
      nextDueAt: '2026-11-13T14:00:00.000Z',
    });
  });
});
