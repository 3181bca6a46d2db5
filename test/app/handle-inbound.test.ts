// handleInbound on the in-memory ports with the real parser: an owner's forward of a
// confirmation is logged and acknowledged; the same delivery again does nothing.
import { describe, expect, it } from 'vitest';
import { handleInbound } from '#app/handle-inbound.js';
import type { Verdicts } from '#core/inbound/inbound-input.js';
import { LINA, world } from './world.js';

const forward = [
  `From: Lina Haddad <${LINA.email}>`,
  'To: interviews@followup.test',
  'Subject: Fwd: Your interview with Brightwater Labs',
  'Date: Tue, 2 Mar 2027 09:30:00 -0500',
  'Message-ID: <fwd-lina-1@inbox.example>',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  '',
  '---------- Forwarded message ---------',
  'From: Omar Siddiqui <omar@brightwater.example>',
  'Date: Mon, Mar 1, 2027 at 4:12 PM',
  'Subject: Your interview with Brightwater Labs',
  `To: Lina Haddad <${LINA.email}>`,
  '',
  'Hi Lina,',
  '',
  'Your interview for the Data Engineer role at Brightwater Labs is confirmed for',
  'Tuesday, March 9, 2027 at 2:00 PM Eastern Time. It will last 45 minutes.',
  '',
  'Join here: https://meet.example/brightwater',
  '',
  'Best,',
  'Omar Siddiqui',
  '',
].join('\r\n');

const passing: Verdicts = { spf: 'PASS', dkim: 'PASS', dmarc: 'PASS', spam: 'PASS', virus: 'PASS' };

describe('handleInbound', () => {
  it('logs an owner’s forward and acknowledges it; the same delivery again does nothing', async () => {
    const { deps, store, mailer, rawMail } = await world();
    rawMail.objects.set('inbound/d-1', new TextEncoder().encode(forward));
    const delivery = {
      id: 'd-1',
      rawKey: 'inbound/d-1',
      recipients: ['interviews@followup.test'],
      verdicts: passing,
    };

    const answer = await handleInbound(deps, delivery);
    expect(answer.outcome).toBe('logged');
    expect(answer.result).toMatchObject({ outcome: 'logged', created: true });
    const [interview, ...others] = await store.listInterviewsByOwner(LINA.email);
    expect(others).toEqual([]);
    expect(interview).toMatchObject({ company: 'Brightwater Labs', role: 'Data Engineer' });
    expect(Date.parse(interview?.start ?? '')).toBe(Date.parse('2027-03-09T14:00:00-05:00'));
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]?.to.map((to) => to.address)).toEqual([LINA.email]);
    expect(mailer.sent[0]?.inReplyTo).toBe('fwd-lina-1@inbox.example');

    expect((await handleInbound(deps, delivery)).outcome).toBe('duplicate');
    expect(mailer.sent).toHaveLength(1);
  });
});
