// Every email and every link page rendered in headless Chromium at 375 px and 1200 px, with the
// screenshots kept under test/artifacts/ (gitignored). The pages are served with their real
// headers, so the Content-Security-Policy applies; forms are submitted by clicking, as a person would.
import { mkdir } from 'node:fs/promises';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '#adapters/dynamo/keys.js';
import {
  composeAcknowledgement,
  composeLimitNotice,
  composeNotUnderstood,
  composePlanNotice,
  composeRelay,
  composeReminder,
} from '#app/compose.js';
import { hashToken } from '#core/tokens.js';
import { handleLinkRequest } from '#web/link-request.js';
import { HOSTILE, interview, owner, plan, step } from '../emails/fixtures.js';
import { launchChromium } from '../support/chromium.js';
import {
  AFTER_HOURS,
  type LinkDeps,
  type LinkPagesServer,
  link,
  linkDeps,
  seedInterview,
  serveLinkPages,
} from './support.js';

const ARTIFACTS = new URL('../artifacts/', import.meta.url);
const WIDTHS = [375, 1200] as const;

let browser: Browser;
let env: LinkDeps;
let server: LinkPagesServer;
let origin: string;

beforeAll(async () => {
  await mkdir(new URL('emails/', ARTIFACTS), { recursive: true });
  await mkdir(new URL('pages/', ARTIFACTS), { recursive: true });
  browser = await launchChromium();
  env = await linkDeps(AFTER_HOURS);
  server = await serveLinkPages(env.deps);
  origin = server.origin;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page and collects what would mean it is broken: CSP refusals, script, overflow. */
async function open(width: number, dark = false) {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    colorScheme: dark ? 'dark' : 'light',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('dialog', async (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return { page, context, problems };
}

async function overflow(page: Page): Promise<number> {
  // Strings, not functions: they run in the page, and this project has no DOM types.
  return page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
}

async function shoot(page: Page, file: string) {
  await page.screenshot({ path: new URL(file, ARTIFACTS).pathname, fullPage: true });
}

describe('emails in Chromium', () => {
  it('every owner email fits 375 px and 1200 px, light and dark', async () => {
    const deps = env.deps;
    const subject = interview();
    const emails = {
      acknowledgement: await composeAcknowledgement(deps, {
        interview: subject,
        steps: plan(),
        owner,
      }),
      prep: await composeReminder(deps, { interview: subject, step: step('prep'), owner }),
      'thank-you': await composeReminder(deps, {
        interview: subject,
        step: step('thank_you'),
        owner,
      }),
      'follow-up': await composeReminder(deps, {
        interview: subject,
        step: step('follow_up'),
        owner,
      }),
      call: await composeReminder(deps, { interview: subject, step: step('call'), owner }),
      'close-out': await composeReminder(deps, {
        interview: subject,
        step: step('close_out'),
        owner,
      }),
      'not-understood': await composeNotUnderstood(deps, {
        owner,
        subject: 'Fwd: Quick chat next week?',
        missing: ['the date and time', 'the company'],
      }),
      moved: await composePlanNotice(deps, {
        owner,
        interview: subject,
        steps: plan(),
        change: 'moved',
      }),
      cancelled: await composePlanNotice(deps, {
        owner,
        interview: subject,
        steps: plan(),
        change: 'cancelled',
      }),
      relay: await composeRelay(deps, {
        owner,
        interview: subject,
        from: { name: 'Priya Natarajan', address: 'priya@northwind.example' },
        subject: 'Re: Thank you – Senior Platform Engineer interview',
        text: 'Hi Sam,\n\nThanks for the note. We are wrapping up interviews this week and will be in touch by Friday.\n\nBest,\nPriya',
        inReplyTo: 'abc@email.amazonses.com',
      }),
      'not-an-interview': await composeNotUnderstood(deps, {
        owner,
        subject: 'Fwd: We received your application',
        missing: [],
        notInterview: true,
      }),
      'thank-you-no-addresses': await composeReminder(deps, {
        interview: interview({
          interviewers: [{ name: "Conor O'Brien", email: null, timezone: null }],
        }),
        step: step('thank_you'),
        owner,
      }),
      'limit-too-large': await composeLimitNotice(deps, {
        owner,
        reason: 'too_large',
        subject: 'Fwd: Interview',
      }),
      'hostile-acknowledgement': await composeAcknowledgement(deps, {
        interview: interview({
          company: HOSTILE,
          role: HOSTILE,
          interviewers: [{ name: HOSTILE, email: 'eve@example.com', timezone: null }],
        }),
        steps: plan(),
        owner,
      }),
    };
    for (const width of WIDTHS) {
      for (const dark of width === 375 ? [false, true] : [false]) {
        const { page, context, problems } = await open(width, dark);
        for (const [name, email] of Object.entries(emails)) {
          await page.setContent(email.html ?? '', { waitUntil: 'load' });
          expect(await overflow(page), `${name} at ${width}px`).toBeLessThanOrEqual(0);
          // Injected markup stays text: no element came from a value.
          expect(await page.locator('script, img, iframe').count(), name).toBe(0);
          await shoot(page, `emails/${name}-${width}${dark ? '-dark' : ''}.png`);
        }
        expect(problems).toEqual([]);
        await context.close();
      }
    }
  });
});

describe('link pages in Chromium', () => {
  it('every page fits both widths, has labels for its fields, and runs under the CSP', async () => {
    const deps = env.deps;
    const stored = await seedInterview(deps);
    const hostile = await seedInterview(deps, {
      id: 'int-hostile',
      sourceMessageId: 'hostile',
      company: HOSTILE,
      role: HOSTILE,
      interviewers: [{ name: `Eve ${HOSTILE}`, email: 'eve@example.com', timezone: null }],
      notes: [HOSTILE],
    });
    const pages: Record<string, string> = {
      approve: await link(deps, 'approve', stored.id, 'thank_you'),
      skip: await link(deps, 'skip', stored.id, 'follow_up'),
      'heard-back': await link(deps, 'heard_back', stored.id, 'thank_you'),
      snooze: await link(deps, 'snooze', stored.id, 'call'),
      done: await link(deps, 'done', stored.id, 'call'),
      'cancel-plan': await link(deps, 'cancel_plan', stored.id),
      'fix-details': await link(deps, 'fix_details', stored.id),
      'add-notes': await link(deps, 'add_notes', stored.id, 'prep'),
      'looks-right': await link(deps, 'looks_right', stored.id),
      'manual-entry': await link(deps, 'manual_entry', null),
      'hostile-approve': await link(deps, 'approve', hostile.id, 'thank_you'),
      'hostile-fix-details': await link(deps, 'fix_details', hostile.id),
      'hostile-add-notes': await link(deps, 'add_notes', hostile.id, 'prep'),
      unknown: `/l/${'x'.repeat(43)}`,
      used: await link(deps, 'skip', stored.id, 'close_out'),
      expired: await link(deps, 'heard_back', stored.id, 'call'),
    };
    const expectedStatus: Record<string, number> = { unknown: 404, used: 410, expired: 410 };
    await handleLinkRequest(deps, {
      method: 'POST',
      path: pages.used ?? '',
      query: {},
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    const expiredHash = hashToken(pages.expired?.split('/').pop() ?? '');
    const record = await deps.store.getLinkToken(expiredHash);
    if (!record) throw new Error('no token');
    await env.table.doc.send(
      new UpdateCommand({
        TableName: env.table.tableName,
        Key: keys.linkToken(expiredHash),
        UpdateExpression: 'SET expiresAt = :past',
        ExpressionAttributeValues: { ':past': '2026-01-01T00:00:00.000Z' },
      }),
    );
    for (const width of WIDTHS) {
      const { page, context, problems } = await open(width);
      for (const [name, path] of Object.entries(pages)) {
        const response = await page.goto(`${origin}${path}`);
        expect(response?.status(), name).toBe(expectedStatus[name] ?? 200);
        expect(await overflow(page), `${name} at ${width}px`).toBeLessThanOrEqual(0);
        expect(await page.locator('script, img, iframe').count(), name).toBe(0);
        expect(await page.locator('h1').count(), name).toBe(1);
        const unlabeled = await page.evaluate<number>(
          `[...document.querySelectorAll('input:not([type=hidden]), textarea, select')]
            .filter((field) => !document.querySelector('label[for="' + field.id + '"]')).length`,
        );
        expect(unlabeled, name).toBe(0);
        // The stylesheet applied: the CSP allowed it by hash.
        const styled = await page.evaluate<string>(
          "getComputedStyle(document.querySelector('main')).maxWidth",
        );
        expect(styled, name).not.toBe('none');
        await shoot(page, `pages/${name}-${width}.png`);
      }
      // The expected console errors are the error pages' own 404/410 statuses.
      expect(problems.filter((p) => !/status of 4(04|10)/.test(p))).toEqual([]);
      await context.close();
    }
    expect(env.mailer.sent).toHaveLength(0);
  });

  it('clicking through approve queues after hours, then "Send now anyway" sends once', async () => {
    const deps = env.deps;
    const stored = await seedInterview(deps, { id: 'int-click', sourceMessageId: 'click' });
    const path = await link(deps, 'approve', stored.id, 'thank_you');
    const before = env.mailer.sent.length;
    for (const width of WIDTHS) {
      const { page, context, problems } = await open(width);
      await page.goto(`${origin}${path}`);
      if (width === 375) {
        await page.getByLabel('Message').first().fill('Hi Priya,\n\nThank you for today.\n\nSam');
        await page.getByRole('button', { name: 'Send' }).click();
        await page.waitForLoadState('load');
        await expect
          .poll(() => page.locator('h1').textContent())
          .toContain('Queued for Wed 09:00 their time');
      }
      await shoot(page, `pages/approve-queued-${width}.png`);
      if (width === 1200) {
        await page.getByRole('button', { name: 'Send now anyway' }).click();
        await page.waitForLoadState('load');
        expect(await page.locator('h1').textContent()).toBe('Sent');
        await shoot(page, `pages/approve-sent-${width}.png`);
        await page.goBack();
        await page.reload();
        expect(await page.locator('h1').textContent()).toBe('Already sent');
      }
      expect(problems).toEqual([]);
      await context.close();
    }
    expect(env.mailer.sent.length - before).toBe(2);
    expect(env.mailer.sent.at(-2)?.text).toBe('Hi Priya,\n\nThank you for today.\n\nSam');
  });

  it('snooze and fix details submit from the page and show their result', async () => {
    const deps = env.deps;
    const stored = await seedInterview(deps, { id: 'int-forms', sourceMessageId: 'forms' });
    const { page, context, problems } = await open(375);
    await page.goto(`${origin}${await link(deps, 'snooze', stored.id, 'call')}`);
    await page.getByRole('button', { name: 'In 3 days' }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('h1').textContent()).toBe('Snoozed');
    await shoot(page, 'pages/snoozed-375.png');

    await page.goto(`${origin}${await link(deps, 'fix_details', stored.id)}`);
    await page.getByLabel('Company').fill('Northwind Traders');
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('h1').textContent()).toBe('Details saved');
    await shoot(page, 'pages/details-saved-375.png');
    expect((await deps.store.getInterview(stored.id))?.company).toBe('Northwind Traders');

    // Cancelling: "Keep the plan" comes first and changes nothing; the red button cancels.
    const cancel = await link(deps, 'cancel_plan', stored.id);
    await page.goto(`${origin}${cancel}`);
    const red = await page.evaluate<string>(
      "getComputedStyle(document.querySelector('button.danger')).backgroundColor",
    );
    expect(await page.locator('button.danger').textContent()).toBe('Cancel the plan');
    expect(red).toBe('rgb(185, 28, 28)');
    await page.getByRole('button', { name: 'Keep the plan' }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('h1').textContent()).toBe('Nothing changed: the plan goes on');
    await shoot(page, 'pages/plan-kept-375.png');
    expect((await deps.store.getInterview(stored.id))?.status).toBe('active');
    expect(problems).toEqual([]);
    await context.close();
  });
});
