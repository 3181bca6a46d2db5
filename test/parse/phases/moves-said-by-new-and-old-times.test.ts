// A move said by its new time with the old one beside it ("is now Friday at 1 (previously
// Thursday at 11)", "will take place on Monday rather than Friday"), a postponement to a named
// day, and "shift your 2pm interview with Dana to 3:30pm", where the time after "to" is the new one.
import { describe, expect, it } from 'vitest';
import { at } from '../support/at.js';
import { kindOf } from '../support/kind-input.js';
import { timeOfText } from '../support/time-of-text.js';

describe('a move said by the new time and the old', () => {
  it.each([
    'Quick update: your screen with Noor is now on Tuesday, March 2 at 4pm CT (previously Monday at 10am).',
    'Because of a clash, your panel will take place on Wednesday, March 3 from 1 to 4pm CT rather than this Friday.',
    'Your interview has been postponed to Thursday, March 4 at 11am CT. Same link.',
  ])('%s', (text) => {
    expect(kindOf('Interview', text)).toBe('rescheduled');
  });

  it('a postponement "until further notice" is no move', () => {
    expect(
      kindOf(
        'Interview',
        'Your interview on Tuesday at 4pm CT has been postponed until further notice.',
      ),
    ).not.toBe('rescheduled');
  });
});

describe('the time right after a move\'s "to" is the new one', () => {
  const base = at('2027-03-01T09:00:00-06:00');
  const startOf = (text: string) => timeOfText(text, base).start;

  it.each([
    [
      // Asked as a question, the move waits for the seeker (kind-moves-asked-as-questions.test.ts).
      'We need to push your Wednesday 9am CT chat with Noor Haddad to 10:30am CT the same day; she has already agreed.',
      '2027-03-03T16:30:00.000Z',
    ],
    [
      "We've bumped your 11am CT call with the team to Thursday at 2pm CT.",
      '2027-03-04T20:00:00.000Z',
    ],
  ])('%s', (text, start) => {
    expect(startOf(text)).toBe(start);
  });
});
