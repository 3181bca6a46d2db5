// What the local runtime answers in the SMTP session for each outcome: a drop is a 550 with
// the reason, everything else a 250 that says in words what happened (never a bare name).
import { describe, expect, it } from 'vitest';
import { AppConfig } from '#core/config.js';
import type { DeliveryOutcome } from '../../cli/dev/inbound-delivery.js';
import { explainInbound } from '../../cli/dev/inbound-explanation.js';

const owner = {
  email: 'ada@example.org',
  name: 'Ada',
  timezone: 'Europe/Lisbon',
  sendingAddress: 'ada@mail.localhost',
};
const config = AppConfig.parse({
  domain: 'mail.localhost',
  inboundAddress: 'interviews@mail.localhost',
  owners: [owner],
});

function explain(result: DeliveryOutcome, from: string | null = owner.email) {
  return explainInbound({
    result,
    from,
    recipients: ['interviews@mail.localhost'],
    owners: config.owners,
    config,
  });
}

describe('explainInbound', () => {
  it('answers an owner’s command with the command, in words', () => {
    const told = explain({ outcome: 'command', command: 'pause' });
    expect(told.code).toBe(250);
    expect(told.reply).toBe('the pause command; the answer went to ada@example.org');
  });

  it('says the limit an over-limit forward hit, from the outcome itself', () => {
    const told = explain({ outcome: 'daily_limit', count: 8, limit: 7 });
    expect(told.reply).toMatch(/reached the limit of 7 new interviews a day/);
  });

  it('refuses dropped mail with a 550 and the reason, a stranger with how to accept them', () => {
    const stranger = explain({ outcome: 'dropped', reason: 'unknown_sender' }, 'eve@example.net');
    expect(stranger.code).toBe(550);
    expect(stranger.terminal).toMatch(/npx followup owners add eve@example\.net/);
    const forged = explain({ outcome: 'dropped', reason: 'dmarc_failed' });
    expect(forged).toMatchObject({ code: 550, reply: '5.7.1 not logged: refused (dmarc_failed)' });
  });

  it('tells a failure that will be retried from one that was parked', () => {
    expect(explain({ outcome: 'retry_later' }).terminal).toMatch(/retried when followup dev/);
    expect(explain({ outcome: 'failed' }).terminal).toMatch(/parked in inbound\/failed/);
  });
});
