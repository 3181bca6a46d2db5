// One interview through `followup dev`, the way a hurried seeker lives it: a panel day whose
// calendar names "LEE, JAE-WON", a bare address and a named person, forwarded the day after,
// with the decision (so the call) on 24 December. The drafts greet each person as they should,
// a draft with its gap left is refused, an unticked recipient gets nothing, nothing reaches the
// company on Christmas Day, and the close-out tells what actually happened.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxJsonEntry } from '../../cli/dev/outbox-page.js';
import type { DevRuntime } from '../../cli/dev/runtime.js';
import { launchChromium } from '../support/chromium.js';
import { smtpDeliver, startTestRuntime } from '../support/dev-runtime.js';

const OWNER = { email: 'noor.haddad@example.com', name: 'Noor Haddad' };
const ZONE = 'America/New_York';
const COMPANY = '@quillstone.example';
const JAE_WON = 'jaewon.lee@quillstone.example';
const BARE = 'rk@quillstone.example';
const INES = 'ines.duarte@quillstone.example';

let dataDir: string;
let runtime: DevRuntime;
let browser: Browser;

const base = () => `http://127.0.0.1:${runtime.httpPort}`;

async function outbox(): Promise<OutboxJsonEntry[]> {
  return (await (await fetch(`${base()}/outbox.json`)).json()) as OutboxJsonEntry[];
}

/** Everything that went to someone at the company (never the owner's own copies). */
async function toCompany(): Promise<OutboxJsonEntry[]> {
  return (await outbox()).filter((e) => e.to.some((address) => address.endsWith(COMPANY)));
}

async function advanceTo(localTime: string) {
  const target = DateTime.fromISO(localTime, { zone: ZONE }).toMillis();
  const hours = (target - runtime.clock.now().getTime()) / 3_600_000;
  expect(hours).toBeGreaterThan(0);
  const response = await fetch(`${base()}/dev/advance`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ hours }),
  });
  expect(response.status).toBe(200);
}

async function theInterview() {
  const [interview] = await runtime.deps.store.listInterviewsByOwner(OWNER.email);
  if (!interview) throw new Error('no interview was logged');
  return interview;
}

/** The newest email to the owner whose subject matches. */
async function ownerEmail(subject: RegExp): Promise<OutboxJsonEntry> {
  const found = (await outbox())
    .filter((e) => e.to.includes(OWNER.email) && subject.test(e.subject))
    .at(-1);
  if (!found) throw new Error(`no email to the owner matching ${subject}`);
  return found;
}

/** The link on the line of the plain text that starts with `label`. */
function linkAfter(text: string, label: string): string {
  const line = text.split('\n').find((l) => l.trim().startsWith(label));
  const url = line?.match(/https?:\/\/\S+\/l\/[A-Za-z0-9_-]+/)?.[0];
  if (!url) throw new Error(`no "${label}" link in:\n${text}`);
  return url;
}

function localDay(iso: string): string {
  return DateTime.fromISO(iso, { zone: ZONE }).toISODate() ?? '';
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'followup-e2e-holidays-'));
  // Friday 11 December, 10:00 in New York: the day after the panel.
  runtime = await startTestRuntime({
    dataDir,
    owners: [OWNER],
    timezone: ZONE,
    now: new Date('2026-12-11T15:00:00Z'),
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await runtime?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('a late-forwarded panel with the call on Christmas Eve, through followup dev', () => {
  let thankYouUrl: string;

  it('the acknowledgement lists the skipped prep with its reason and the call on 24 December', async () => {
    const raw = await readFile(
      new URL('./fixtures/panel-forwarded-late.eml', import.meta.url),
      'utf8',
    );
    await smtpDeliver(
      runtime.smtpPort,
      OWNER.email,
      'interviews@localhost',
      raw.replace(/\r?\n/g, '\r\n'),
    );
    const ack = await ownerEmail(/^Logged:/);
    expect(ack.text).toMatch(/Prep reminder: skipped, \w/);
    const interview = await theInterview();
    const call = await runtime.deps.store.getStep(interview.id, 'call');
    expect(localDay(call?.dueAt ?? '')).toBe('2026-12-24');
    expect((await runtime.deps.store.getStep(interview.id, 'prep'))?.status).toBe('skipped');
  });

  it('the thank-you drafts greet "Jae-won", "Hello," and Ines', async () => {
    await advanceTo('2026-12-11T10:30');
    const reminder = await ownerEmail(/thank-you/i);
    expect(reminder.text).toContain('Hi Jae-won,');
    expect(reminder.text).toContain('Hello,');
    expect(reminder.text).toContain('Hi Ines,');
    expect(reminder.text).not.toMatch(/Hi (LEE|Rk|rk)\b/);
    thankYouUrl = linkAfter(reminder.text, 'Review & send');
  });

  it('a draft with its gap left is refused, text kept; unticking sends to the others only', async () => {
    const page = await browser.newPage();
    await page.goto(thankYouUrl);
    const bodies = page.locator('textarea.draft-body');
    expect(await bodies.count()).toBe(3);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('body').textContent()).toContain('still has "[one thing');
    expect(await toCompany()).toEqual([]);
    // The text stays as it was, gaps and all.
    expect(await bodies.first().inputValue()).toContain('Hi Jae-won,');

    // The seeker fills in each gap in their own words and unticks the address with no name.
    for (let i = 0; i < 3; i++) {
      const body = bodies.nth(i);
      await body.fill(
        (await body.inputValue()).replace(/\[[^\]]+\]/g, 'the rollout of the new build farm'),
      );
    }
    await page.getByLabel(`Send to ${BARE}`).uncheck();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.waitForLoadState('load');
    await page.close();

    const sent = await toCompany();
    expect(sent.flatMap((e) => e.to).sort()).toEqual([INES, JAE_WON]);
    expect(sent.find((e) => e.to.includes(JAE_WON))?.text).toContain('Hi Jae-won,');
    expect(sent.find((e) => e.to.includes(INES))?.text).toContain('Hi Ines,');
  });

  it('the call reminder on 24 December; "Done, I called" records the call', async () => {
    // The follow-up's reminder came on 17 December; the seeker lets it wait.
    await advanceTo('2026-12-17T09:05');
    expect(localDay((await ownerEmail(/^Follow up/)).sentAt)).toBe('2026-12-17');
    await advanceTo('2026-12-24T09:05');
    const call = await ownerEmail(/^Make one call/);
    expect(localDay(call.sentAt)).toBe('2026-12-24');
    const page = await browser.newPage();
    await page.goto(linkAfter(call.text, 'Done, I called'));
    await page.locator('form button[type=submit]').first().click();
    await page.waitForLoadState('load');
    await page.close();
    const interview = await theInterview();
    expect((await runtime.deps.store.getStep(interview.id, 'call'))?.status).toBe('done');
  });

  it('a follow-up approved on Christmas Eve evening waits past Christmas and the weekend', async () => {
    await advanceTo('2026-12-24T17:30');
    const followUp = await ownerEmail(/^Follow up/);
    const page = await browser.newPage();
    await page.goto(linkAfter(followUp.text, 'Review & send'));
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('h1').textContent()).toMatch(/^Queued for Mon/);
    await page.close();

    const interview = await theInterview();
    const queued = await runtime.deps.store.getStep(interview.id, 'follow_up');
    expect(queued?.sendAt).toBe('2026-12-28T14:00:00.000Z'); // Monday 09:00 in New York

    // Christmas morning, when the business hours would have opened: nothing goes.
    const before = (await toCompany()).length;
    await advanceTo('2026-12-25T09:30');
    expect(await toCompany()).toHaveLength(before);
    await advanceTo('2026-12-26T09:30');
    await advanceTo('2026-12-27T09:30');
    expect(await toCompany()).toHaveLength(before);
    // Monday morning it goes, to the coordinator who arranged the interview.
    await advanceTo('2026-12-28T09:30');
    const sent = (await toCompany()).slice(before);
    expect(sent.flatMap((e) => e.to)).toEqual(['tomas.reyes@quillstone.example']);
    expect(localDay(sent[0]?.sentAt ?? '')).toBe('2026-12-28');
  });

  it('the close-out comes on the realistic answer date and tells what happened', async () => {
    const interview = await theInterview();
    const planned = await runtime.deps.store.getStep(interview.id, 'close_out');
    expect(localDay(planned?.dueAt ?? '')).toBe('2027-01-07');
    await advanceTo('2027-01-06T12:00');
    await expect(ownerEmail(/^Time to move on/)).rejects.toThrow();
    await advanceTo('2027-01-07T09:30');
    const closeOut = await ownerEmail(/^Time to move on/);
    expect(localDay(closeOut.sentAt)).toBe('2027-01-07');
    expect(closeOut.text).toContain('You sent a thank-you to Jae-won Lee and Ines Duarte.');
    expect(closeOut.text).toContain('You followed up with Tomás Reyes.');
    expect(closeOut.text).toContain('You marked the call done.');
    // The unticked address got nothing, and the close-out does not say it did.
    expect(closeOut.text).not.toMatch(new RegExp(`thank-you to [^.]*${BARE}`));
    expect((await theInterview()).status).toBe('closed');
  });
});
