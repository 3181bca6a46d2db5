// An employer that gives up the booked time ("unfortunately we can't do Tuesday anymore") and
// names the new one moves the interview; "unfortunately we …" alone is no rejection.
import { describe, expect, it } from 'vitest';
import { kindOf } from '../support/kind-input.js';

describe('a move after the old time is given up', () => {
  it.each([
    "Unfortunately we can't do Monday at 9 anymore. We've moved your interview to Thursday the 12th, 3pm ET, with the same panel.",
    'Unfortunately, we need to move your call with Rosa: it is now Friday at 10:30am PT.',
    "Unfortunately we'll have to push the interview. The new time is Tuesday 16 March at 1pm GMT.",
    'Unfortunately we had to reschedule your technical interview to Wednesday at 2pm CT.',
  ])('%s', (text) => {
    expect(kindOf('Re: your interview', text)).toBe('rescheduled');
  });

  it.each([
    'Unfortunately we have decided to move forward with other candidates. Thank you for interviewing with us on Tuesday at 2pm.',
    'Unfortunately, we will not be moving forward with your application after your interview on March 3 at 10am.',
    "Unfortunately we can't offer you the role. Thanks for meeting the team on Monday at 11am.",
  ])('a rejection that recalls the interview is still no booking: %s', (text) => {
    expect(kindOf('Your application', text)).toBe('not_interview');
  });
});
