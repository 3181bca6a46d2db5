// The owner's page in headless Chromium at 375 and 1200 px, light and dark: no horizontal
// overflow, no script, nothing the Content-Security-Policy refuses; its buttons work as forms.
// Screenshots under test/artifacts/pages/ (gitignored).
import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerPageLink } from '#app/links.js';
import { HOSTILE, owner } from '../emails/fixtures.js';
import { launchChromium } from '../support/chromium.js';
import {
  type LinkDeps,
  type LinkPagesServer,
  linkDeps,
  seedInterview,
  serveLinkPages,
} from './support.js';

const ARTIFACTS = new URL('../artifacts/pages/', import.meta.url);

let browser: Browser;
let env: LinkDeps;
let server: LinkPagesServer;
let origin: string;

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
  env = await linkDeps();
  server = await serveLinkPages(env.deps);
  origin = server.origin;
  // One ordinary interview with a draft waiting, and one with every field at its worst.
  await seedInterview(env.deps);
  await seedInterview(env.deps, {
    id: 'int-hostile',
    company: `${HOSTILE} Supercalifragilisticexpialidociousunbreakablecompanyname`,
    role: HOSTILE,
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the owner's page in Chromium", () => {
  it('fits 375 and 1200 px, light and dark, with no script and nothing refused', async () => {
    const path = new URL(await ownerPageLink(env.deps, owner.email)).pathname;
    for (const width of [375, 1200]) {
      for (const dark of [false, true]) {
        const context = await browser.newContext({
          viewport: { width, height: 900 },
          colorScheme: dark ? 'dark' : 'light',
        });
        const page = await context.newPage();
        const problems: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(message.text());
        });
        const response = await page.goto(`${origin}${path}`);
        expect(response?.status()).toBe(200);
        expect(await page.locator('script').count()).toBe(0);
        expect(await page.getByRole('button', { name: 'Review & send' }).count()).toBeGreaterThan(
          0,
        );
        expect(
          await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth'),
        ).toBeLessThanOrEqual(0);
        expect(problems).toEqual([]);
        await page.screenshot({
          path: new URL(`owner-page-${width}${dark ? '-dark' : ''}.png`, ARTIFACTS).pathname,
          fullPage: true,
        });
        await context.close();
      }
    }
  });

  it('its buttons are real forms: Review & send opens the approve page, Pause pauses', async () => {
    const path = new URL(await ownerPageLink(env.deps, owner.email)).pathname;
    const context = await browser.newContext({ viewport: { width: 375, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${origin}${path}`);
    await page.getByRole('button', { name: 'Review & send' }).first().click();
    await page.waitForURL(/\/l\/[A-Za-z0-9_-]{43}$/);
    expect(page.url()).not.toContain(path);
    expect(await page.locator('textarea').count()).toBeGreaterThan(0);

    await page.goto(`${origin}${path}`);
    await page.getByRole('button', { name: 'Pause all reminders' }).click();
    await page.getByText('Paused: nothing goes out until you resume.').waitFor();
    expect((await env.deps.owners.get(owner.email))?.paused).toBe(true);
    await page.screenshot({
      path: new URL('owner-page-paused-375.png', ARTIFACTS).pathname,
      fullPage: true,
    });
    await page.getByRole('button', { name: 'Resume all reminders' }).click();
    await page.getByText('Resumed:').waitFor();
    expect((await env.deps.owners.get(owner.email))?.paused).toBe(false);
    await context.close();
  });
});
