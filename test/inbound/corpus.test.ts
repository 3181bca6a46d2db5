// Every public corpus message, delivered as its sender's own forward, gets exactly one answer
// to that owner and never an exception: the "never silence" promise across real client formats.
import { describe, expect, it } from 'vitest';
import { firstAddress, headerSection, headerValues } from '#app/inbound/raw-headers.js';
import { corpusAvailable, loadCorpus } from '../parse/corpus.js';
import { DOMAIN, inboundWorld } from './support/harness.js';

const OUTCOMES: Record<string, string[]> = {
  scheduled: ['logged', 'already_logged', 'not_understood', 'not_interview'],
  rescheduled: ['logged_from_reschedule', 'logged', 'not_understood', 'not_interview'],
  cancelled: ['cancel_unmatched', 'cancelled'],
  not_interview: ['not_interview'],
};

// In CI the corpus sits beside the clone: a missing folder is a failure, never a skip.
describe.runIf(process.env.CI === 'true' && !corpusAvailable())('the public corpus in CI', () => {
  it('is present', () => {
    expect(corpusAvailable()).toBe(true);
  });
});

describe.skipIf(!corpusAvailable())('the public corpus through the inbound pipeline', () => {
  it('answers every forward exactly once, to the owner who sent it', async () => {
    const corpus = loadCorpus();
    const senders = corpus.map((message) => {
      const section = headerSection(message.raw);
      return {
        message,
        from: firstAddress(headerValues(section, 'From')[0]) ?? '',
        date: Date.parse(headerValues(section, 'Date')[0] ?? ''),
      };
    });
    const owners = [...new Set(senders.map((s) => s.from))].map((email, i) => ({
      email,
      name: `Owner ${i + 1}`,
      timezone: 'America/New_York',
      sendingAddress: `owner${i + 1}@${DOMAIN}`,
    }));
    const world = await inboundWorld({ now: '2026-11-01T12:00:00Z', owners });
    const outcomes: string[] = [];
    for (const { message, from, date } of senders) {
      world.clock.set(new Date(date + 60_000).toISOString());
      const before = world.mailer.sent.length;
      const { outcome } = await world.deliver(message.raw);
      outcomes.push(`${message.name}: ${outcome}`);
      expect(OUTCOMES[message.expected.kind], `${message.name}: ${outcome}`).toContain(outcome);
      const replies = world.mailer.sent.slice(before);
      expect(
        replies.map((email) => email.to.map((to) => to.address)),
        message.name,
      ).toEqual([[from]]);
    }
    expect(outcomes).toHaveLength(corpus.length);
    // 80 messages through the whole pipeline on dynalite: minutes on a loaded machine.
  }, 300_000);
});
