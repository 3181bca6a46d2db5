import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type PlanFlags, runPlan } from '../../cli/commands/plan.js';
import { readCommandLine } from '../support/command-line.js';

const corpus = (name: string) => new URL(`../fixtures/corpus/${name}`, import.meta.url).pathname;

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err.push(String(chunk));
    return true;
  });
  return { out, err };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('followup plan', () => {
  it('--json prints one object: the parse and every step in due order, with offsets', async () => {
    const { out } = capture();
    const code = await runPlan(corpus('05-gmail-calendar-invite-ics.eml'), {
      tz: 'America/New_York',
      now: '2026-12-04T23:05:00Z',
      json: true,
    });
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    const plan = JSON.parse(out[0] ?? '');
    expect(plan.interview).toMatchObject({
      company: 'Tidewater Payments',
      start: expect.stringMatching(/^2026-12-10T1[16]:00/),
    });
    expect(
      plan.steps.map((s: { kind: string; dueAt: string; to: string }) => [s.kind, s.dueAt, s.to]),
    ).toEqual([
      ['prep', '2026-12-09T18:00:00-05:00', 'owner'],
      ['thank_you', '2026-12-10T13:00:00-05:00', 'interviewer'],
      ['follow_up', '2026-12-17T09:00:00-05:00', 'interviewer'],
      ['call', '2026-12-24T09:00:00-05:00', 'owner'],
      ['close_out', '2027-01-07T09:00:00-05:00', 'owner'],
    ]);
    expect(plan.expectAnswer).toMatchObject({
      decisionDate: '2026-12-24',
      realisticDate: '2027-01-07',
    });
  });

  it('a forward after the interview skips what is past', async () => {
    const { out } = capture();
    await runPlan(corpus('05-gmail-calendar-invite-ics.eml'), {
      tz: 'America/New_York',
      now: '2026-12-10T22:00:00Z', // 17:00, five hours after the interview ended
      json: true,
    });
    const plan = JSON.parse(out[0] ?? '');
    expect(plan.skipped.map((s: { kind: string }) => s.kind)).toEqual(['prep']);
    expect(plan.steps[0]).toMatchObject({ kind: 'thank_you', dueAt: '2026-12-10T17:05:00-05:00' });
  });

  it('prints a readable timeline in the seeker zone', async () => {
    const { out } = capture();
    await runPlan(corpus('06-outlook-web-ics-london.eml'), {
      tz: 'America/New_York',
      now: '2026-12-04T23:05:00Z',
    });
    const text = out.join('');
    expect(text).toContain('When:        Tue 8 Dec 2026, 14:00–15:00 GMT (Europe/London)');
    expect(text).toContain('Tue 8 Dec 2026, 09:00–10:00 EST (America/New_York), for you');
    expect(text).toContain('Plan if forwarded Fri 4 Dec 2026, 18:05 EST (America/New_York):');
    expect(text).toMatch(/Mon 7 Dec 2026, 18:00 EST\s+prep/);
    expect(text).toContain('realistically, expect an answer by Tue 5 Jan 2027.');
    expect(text).not.toMatch(/confidence/i);
  });

  it('takes --now as a date (midnight in --tz) or a date and time without an offset', async () => {
    const file = corpus('05-gmail-calendar-invite-ics.eml');
    for (const [given, expected] of [
      ['2026-12-04', '2026-12-04T00:00:00-05:00'],
      ['2026-12-04T18:05', '2026-12-04T18:05:00-05:00'],
      ['2026-12-04 18:05', '2026-12-04T18:05:00-05:00'],
      ['2026-12-04T23:05:00Z', '2026-12-04T18:05:00-05:00'],
    ]) {
      const read = await readCommandLine(['plan', file, '--json', '--now', given as string]);
      expect(read.code, given).toBe(0);
      const { out } = capture();
      await runPlan(file, read.ran?.args.at(-1) as PlanFlags);
      vi.restoreAllMocks();
      expect(JSON.parse(out[0] ?? '').now, given).toBe(expected);
    }
  });

  it('says plainly when the email is not an interview', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'followup-plan-')), 'order.eml');
    writeFileSync(
      file,
      'From: Ana <ana@shop.example>\r\nTo: sam@example.com\r\nSubject: Your order shipped\r\nDate: Mon, 30 Nov 2026 10:00:00 -0500\r\n\r\nYour parcel is on its way.\r\n',
    );
    const { out } = capture();
    expect(await runPlan(file, { tz: 'America/New_York' })).toBe(1);
    expect(out.join('')).toBe(
      'Not an interview: this email does not schedule, move or cancel one, so forwarding it would plan nothing.\n',
    );
  });

  it('answers bad input clearly', async () => {
    const file = corpus('05-gmail-calendar-invite-ics.eml');
    const zone = await readCommandLine(['plan', file, '--tz', 'Mars/Olympus']);
    const now = await readCommandLine(['plan', file, '--now', 'tomorrow']);
    expect([zone.code, zone.ran, now.code, now.ran]).toEqual([2, null, 2, null]);
    expect(zone.err).toContain('not a valid IANA time zone');
    expect(now.err).toContain('expected a date or a date and time');
    const { err } = capture();
    expect(await runPlan('/nonexistent.eml', { tz: 'America/New_York' })).toBe(1);
    expect(err.join('')).toMatch(/nonexistent\.eml: cannot read it \(no such file\)/);
  });

  it('a cancellation plans nothing, and says why', async () => {
    const { out } = capture();
    const code = await runPlan(corpus('10-outlook-ats-cancelled.eml'), {
      tz: 'America/New_York',
      now: '2026-12-04T23:05:00Z',
      json: true,
    });
    expect(code).toBe(1);
    const plan = JSON.parse(out[0] ?? '');
    expect(plan.steps).toEqual([]);
    expect(plan.notPlanned).toMatch(/cancellation/);
  });
});
