// Single use means single use: the token is consumed by a conditional write before anything
// happens, so of 20 concurrent submissions exactly one acts; a fix-details chain never
// outlives its first link; addresses typed in by hand are reported and confirmed before use.
import { describe, expect, it } from 'vitest';
import type { LinkAction } from '#core/records.js';
import { hashToken } from '#core/tokens.js';
import { owner } from '../emails/fixtures.js';
import { approveFields, get, link, linkDeps, OPEN_HOURS, post, seedInterview } from './support.js';

const fixForm = (interviewers: string) => ({
  company: 'Northwind',
  role: 'Staff Engineer',
  date: '2026-03-12',
  time: '10:30',
  timezone: 'America/Chicago',
  interviewers,
});

async function race(
  action: LinkAction,
  kind: 'call' | null,
  form: Record<string, string>,
): Promise<{ statuses: number[]; bodies: string[]; deps: Awaited<ReturnType<typeof linkDeps>> }> {
  const built = await linkDeps(OPEN_HOURS);
  const stored = await seedInterview(built.deps);
  const path = await link(built.deps, action, stored.id, kind);
  const responses = await Promise.all(
    Array.from({ length: 20 }, () => post(built.deps, path, form)),
  );
  return {
    statuses: responses.map((r) => r.statusCode),
    bodies: responses.map((r) => r.body),
    deps: built,
  };
}

describe('20 concurrent POSTs of one single-use link: one acts', () => {
  it.each([
    [
      'fix_details',
      null,
      fixForm('Priya Natarajan <priya@northwind.example>\nEve <eve@evil.example>'),
    ],
    ['add_notes', null, { topics: 'their Kafka migration', decisionBy: '2026-03-20' }],
    ['cancel_plan', null, {}],
    ['snooze', 'call', { days: '3' }],
  ] as const)('%s', async (action, kind, form) => {
    const { statuses, bodies, deps } = await race(action, kind, form);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    // The others are refused: the link was used (410), or the plan it stopped is stopped (409).
    expect(statuses.filter((s) => s !== 200).every((s) => s === 410 || s === 409)).toBe(true);
    // Only the winner minted a follow-on link.
    const minted = bodies.filter((b) => /href="\/l\/[\w-]{43}"/.test(b));
    expect(minted.length).toBeLessThanOrEqual(1);
    if (action === 'fix_details') {
      // One report to the owner about the address typed in, not twenty.
      expect(deps.mailer.sent.filter((m) => /New recipients/.test(m.subject))).toHaveLength(1);
    }
  });
});

describe('fix details', () => {
  it('the link it hands back replaces the used one and ends when the first would have', async () => {
    const { deps, clock } = await linkDeps(OPEN_HOURS);
    const stored = await seedInterview(deps);
    const first = await link(deps, 'fix_details', stored.id);
    const firstRecord = await deps.store.getLinkToken(hashToken(first.split('/').pop() ?? ''));
    let path = first;
    for (let round = 0; round < 3; round++) {
      clock.advance(5 * 24 * 3600 * 1000);
      const saved = await post(deps, path, fixForm('Priya Natarajan <priya@northwind.example>'));
      expect(saved.statusCode).toBe(200);
      const next = /href="(\/l\/[\w-]{43})"/.exec(saved.body)?.[1] ?? '';
      const record = await deps.store.getLinkToken(hashToken(next.split('/').pop() ?? ''));
      expect(record?.expiresAt).toBe(firstRecord?.expiresAt);
      expect((await post(deps, path, fixForm('A <a@b.example>'))).statusCode).toBe(410);
      path = next;
    }
    clock.set(new Date(Date.parse(firstRecord?.expiresAt ?? '') + 1000));
    expect((await get(deps, path)).statusCode).toBe(410);
  });

  it('an address no forward named is reported to the owner and must be ticked before it gets a draft', async () => {
    const { deps, mailer } = await linkDeps(OPEN_HOURS);
    const stored = await seedInterview(deps);
    const known = stored.interviewers.map((p) => `${p.name} <${p.email}>`).join('\n');
    const saved = await post(
      deps,
      await link(deps, 'fix_details', stored.id),
      fixForm(`${known}\nMallory <mallory@evil.example>`),
    );
    expect(saved.statusCode).toBe(200);
    const report = mailer.sent.find((m) => /New recipients/.test(m.subject));
    expect(report?.to).toEqual([{ name: owner.name, address: owner.email }]);
    expect(report?.origin).toBe('system');
    expect(report?.text).toContain('mallory@evil.example');
    expect((await deps.store.getInterview(stored.id))?.unconfirmedRecipients).toEqual([
      'mallory@evil.example',
    ]);

    const approve = await link(deps, 'approve', stored.id, 'thank_you');
    const page = await get(deps, approve);
    expect(page.body).toContain('name="confirm_');
    const step = await deps.store.getStep(stored.id, 'thank_you');
    if (!step) throw new Error('no step');
    const index = step.drafts.findIndex((d) => d.interviewerEmail === 'mallory@evil.example');
    expect(index).toBeGreaterThanOrEqual(0);
    const before = mailer.sent.length;
    const refused = await post(deps, approve, approveFields(step));
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Tick the box to confirm mallory@evil.example');
    expect(mailer.sent).toHaveLength(before);

    // Ticked, and the placeholder a draft without a topic carries replaced by the seeker.
    const fields = approveFields(step);
    fields[`body_${index}`] = (fields[`body_${index}`] ?? '').replace(/\[[^\]]+\]/, 'the roadmap');
    const sent = await post(deps, approve, { ...fields, [`confirm_${index}`]: 'yes' });
    expect(sent.statusCode).toBe(200);
    expect(mailer.sent.some((m) => m.to[0]?.address === 'mallory@evil.example')).toBe(true);
    expect((await deps.store.getInterview(stored.id))?.unconfirmedRecipients).toEqual([]);
  });
});
