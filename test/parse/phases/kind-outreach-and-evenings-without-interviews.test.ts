// A headhunter's first contact that proposes a time is a request, not a booking; an evening that
// says there are no interviews at it is an event, whatever else it mentions.
import { describe, expect, it } from 'vitest';
import { kindOf } from '../support/kind-input.js';

describe('first contact and evenings without interviews', () => {
  it.each([
    "I came across your work on stream processing. Would you be open to a 15-minute intro call? How does Tuesday at 11am PT look? Here's my Zoom: https://zoom.example/j/1",
    "I'm leading a retained search for a VP of Finance and your background stood out. Could we speak Wednesday at 9am ET?",
  ])('outreach: %s', (text) => {
    expect(kindOf('Quick chat?', text)).toBe('not_interview');
  });

  it.each([
    'Join our Autumn Open House on Thursday, 6:00 - 8:30 PM. It is a social evening: there are no interviews on the night.',
    'Meet the team on Friday at 5pm. There will not be any interviews, just drinks and demos.',
  ])('an evening: %s', (text) => {
    expect(kindOf("You're invited", text)).toBe('not_interview');
  });

  it('a booked interview that mentions an open house later is still booked', () => {
    expect(
      kindOf(
        'Interview confirmed',
        'Your interview is confirmed for Monday at 10am ET with Rosa Vidal. Our open house is next month.',
      ),
    ).toBe('scheduled');
  });
});

describe('a meeting that says it is no interview, and a job given to another candidate', () => {
  it.each([
    "Lunch on Friday at 12:30? To be clear, this isn't an interview - just two engineers talking shop.",
    "Happy to walk you through the team on Tuesday at 5pm; it's not part of any hiring process.",
  ])('%s', (text) => {
    expect(kindOf('Lunch', text)).toBe('not_interview');
  });

  it('the role offered to a candidate with more experience, after the interview on Monday at 10', () => {
    expect(
      kindOf(
        'Your application',
        'Thank you for the 10:00-11:00 conversation on Monday. The panel has decided to offer the position to an applicant with more sector experience.',
      ),
    ).toBe('not_interview');
  });
});

describe('a public panel to register for, and an interview cancelled by its day', () => {
  it('"Our virtual panel … Register at the link" is an event', () => {
    expect(
      kindOf(
        "You're invited: Life in Logistics (virtual panel)",
        'Our virtual panel is on Tuesday at 12pm ET on Zoom. Hear from two of our planners about their work. Register at the link.',
      ),
    ).toBe('not_interview');
  });

  it('"your virtual panel on Tuesday" is still an interview', () => {
    expect(
      kindOf('Interview', 'Your virtual panel on Tuesday at 2pm will be with Dana and Lee.'),
    ).toBe('scheduled');
  });

  it('"I\'ve cancelled Thursday\'s interview" cancels it', () => {
    expect(
      kindOf(
        'Re: Interview',
        "Thanks for telling us you've accepted another offer. I've cancelled Thursday's interview at 2pm with Priya.",
      ),
    ).toBe('cancelled');
  });
});
