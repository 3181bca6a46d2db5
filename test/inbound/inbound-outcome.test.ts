// The inbound outcomes are a closed union: a name the pipeline does not know is a type error,
// and each outcome has one name in the logs, the ledger and the handler's answer.
import { describe, expect, it } from 'vitest';
import { dropped, type InboundOutcome, outcomeName } from '#app/inbound/inbound-outcome.js';

describe('InboundOutcome', () => {
  it('names an outcome by its kind, a drop by its reason and a command by its word', () => {
    expect(outcomeName({ outcome: 'cancelled', interviewId: 'i-1' })).toBe('cancelled');
    expect(outcomeName(dropped('unmatched_reply'))).toBe('dropped:unmatched_reply');
    expect(outcomeName({ outcome: 'command', command: 'pause' })).toBe('command_pause');
  });

  it('keeps the verdicts on a drop only when there were some to keep', () => {
    expect(dropped('own_mail')).toEqual({ outcome: 'dropped', reason: 'own_mail' });
    expect(dropped('no_sender', null)).toEqual({
      outcome: 'dropped',
      reason: 'no_sender',
      verdicts: null,
    });
  });

  it('refuses, at compile time, a misspelt outcome or one without its fields', () => {
    // @ts-expect-error: no such outcome
    const misspelt: InboundOutcome = { outcome: 'loged', interviewId: 'i-1' };
    // @ts-expect-error: a reschedule says how many steps moved
    const incomplete: InboundOutcome = { outcome: 'rescheduled', interviewId: 'i-1' };
    // @ts-expect-error: not a reason to drop mail for
    const badReason = dropped('too_boring');
    expect([misspelt, incomplete, badReason]).toHaveLength(3);
  });
});
