// Defense in depth on the link pages: a cross-site form cannot act even with a valid link, and
// a malformed link path is a quiet 404.
import { describe, expect, it } from 'vitest';
import { handleLinkRequest } from '#web/link-request.js';
import { link, linkDeps, OPEN_HOURS, seedInterview } from './support.js';

function submit(
  deps: Awaited<ReturnType<typeof linkDeps>>['deps'],
  path: string,
  headers: Record<string, string>,
) {
  return handleLinkRequest(deps, {
    method: 'POST',
    path,
    query: {},
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: '',
  });
}

describe('cross-site POSTs', () => {
  it('refuse a POST another site started (Sec-Fetch-Site, else Origin) and change nothing', async () => {
    const { deps } = await linkDeps(OPEN_HOURS);
    const stored = await seedInterview(deps);
    const path = await link(deps, 'cancel_plan', stored.id);
    const refused: Record<string, string>[] = [
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { 'Sec-Fetch-Site': 'cross-site', origin: 'https://links.example.net' },
      { origin: 'https://evil.example' },
      { origin: 'https://links.example.net.evil.example' },
    ];
    for (const headers of refused) {
      expect((await submit(deps, path, headers)).statusCode, JSON.stringify(headers)).toBe(403);
    }
    expect((await deps.store.getInterview(stored.id))?.status).toBe('active');
  });

  it('accept our own page (same-origin), a typed or bookmarked request (none) and Origin fallback', async () => {
    const { deps } = await linkDeps(OPEN_HOURS);
    const accepted: Record<string, string>[] = [
      { 'sec-fetch-site': 'same-origin' },
      { 'sec-fetch-site': 'none' },
      { origin: 'https://links.example.net' },
      {},
    ];
    for (const headers of accepted) {
      const stored = await seedInterview(deps, {
        id: `int-${Math.random().toString(36).slice(2)}`,
        sourceMessageId: Math.random().toString(36),
      });
      const response = await submit(deps, await link(deps, 'cancel_plan', stored.id), headers);
      expect(response.statusCode, JSON.stringify(headers)).toBe(200);
      expect((await deps.store.getInterview(stored.id))?.status).toBe('cancelled');
    }
  });
});

describe('malformed link paths', () => {
  it('answer 404 without an error log line', async () => {
    const { deps, logs } = await linkDeps(OPEN_HOURS);
    for (const path of ['/l/%E0%A4%A', '/l/%', '/l/abc%zz', '/l/%2e%2e%2f']) {
      for (const method of ['GET', 'POST']) {
        const response = await handleLinkRequest(deps, {
          method,
          path,
          query: {},
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: '',
        });
        expect(response.statusCode, `${method} ${path}`).toBe(404);
      }
    }
    expect(logs.filter((entry) => entry.level === 'error')).toEqual([]);
  });
});
