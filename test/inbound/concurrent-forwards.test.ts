// 500 simultaneous forwards of one confirmation, each with its own Message-ID (a mail rule
// firing many times, a client retrying): one interview is logged, every forward is answered,
// nothing is lost. Over the real inbound service and dynalite.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { directMessage } from './support/emails.js';
import { INBOUND, inboundWorld, SAM } from './support/harness.js';

const FORWARDS = 500;
const IN_FLIGHT = 8;

describe('simultaneous forwards of the same interview', () => {
  it(`${FORWARDS} forwards under different Message-IDs log one interview and are all answered`, async () => {
    const raw = await readFile(
      new URL('../fixtures/corpus/01-gmail-recruiter-this-thursday.eml', import.meta.url),
      'utf8',
    );
    const world = await inboundWorld({
      now: '2026-11-09T17:41:00Z',
      limits: { maxRepliesPerOwnerPerHour: 10 * FORWARDS },
    });
    const started = Date.now();
    // All are queued at once; at most IN_FLIGHT run at a time (like Lambda's concurrency: more
    // than that makes the test's one dynalite server drop connections).
    const results: { outcome: string }[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < FORWARDS) {
          const n = next++;
          const forward = raw.replace(
            /^Message-ID: <[^>]+>/m,
            `Message-ID: <fwd-${n}@mail.gmail.com>`,
          );
          results[n] = await world.deliver(forward);
        }
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `${FORWARDS} simultaneous forwards handled in ${seconds.toFixed(1)} s (${(FORWARDS / seconds).toFixed(0)}/s)`,
    );
    const outcomes = results.map((r) => r.outcome);
    expect(outcomes.filter((o) => o === 'logged')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'already_logged')).toHaveLength(FORWARDS - 1);
    expect(await world.deps.store.listInterviewsByOwner(SAM.email)).toHaveLength(1);
    // Every forward got its one answer, threaded under it.
    expect(world.mailer.sent).toHaveLength(FORWARDS);
    expect(new Set(world.mailer.sent.map((m) => m.inReplyTo)).size).toBe(FORWARDS);
  }, 600_000);
});

describe('threading only valid Message-IDs', () => {
  it('answers a forward whose Message-ID is not an id without threading under it', async () => {
    const world = await inboundWorld({ now: '2026-11-09T17:41:00Z' });
    for (const bad of ['<no at sign>', '<a@b> <c@d>', `<${'x'.repeat(300)}@long.example>`]) {
      const message = directMessage({
        from: { name: SAM.name, address: SAM.email },
        to: INBOUND,
        messageId: 'placeholder@x',
        date: 'Mon, 9 Nov 2026 12:45:00 -0500',
        subject: 'Hello',
        body: 'Nothing about an interview.',
      }).replace('Message-ID: <placeholder@x>', `Message-ID: ${bad}`);
      await world.deliver(message);
    }
    expect(world.mailer.sent).toHaveLength(3);
    for (const answer of world.mailer.sent) {
      expect(answer.inReplyTo).toBeUndefined();
      expect(answer.references).toBeUndefined();
    }
  });
});
