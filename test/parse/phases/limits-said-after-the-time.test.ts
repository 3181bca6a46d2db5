// A limit said after its time: "You'll have until Friday at 5pm to submit it". The time is when
// the work is due, not a meeting; an interview time beside it is still read.
import { describe, expect, it } from 'vitest';
import { at } from '../support/at.js';
import { timeOfText } from '../support/time-of-text.js';

// Monday 14 December 2026, 09:00 in New York.
const base = at('2026-12-14T09:00:00-05:00');
const startOf = (text: string) => timeOfText(text, base, 'America/New_York').start;

describe('a time the work is due by', () => {
  it.each([
    "Please do the attached case study. You'll have until Friday at 5pm to submit your write-up.",
    'The exercise link stays open; you have till Thursday 9am to send it back.',
    'Take your time: by Wednesday at noon to upload the finished notebook is fine.',
  ])('%s', (text) => {
    expect(startOf(text)).toBeNull();
  });

  it('keeps the interview time beside the limit', () => {
    expect(
      startOf(
        "You'll have until Tuesday at 5pm to submit the exercise, and we'll walk through it together on Thursday at 2pm.",
      ),
    ).toBe('2026-12-17T19:00:00.000Z');
  });
});
