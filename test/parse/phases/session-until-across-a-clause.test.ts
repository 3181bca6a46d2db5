// A session's opening time and its "until" with the people in between: "At 2:15 Priya Natarajan
// (priya@…), who leads QA, walks you through the plan until 3:00".
import { describe, expect, it } from 'vitest';
import { findTimeRanges } from '#parse/clock-times.js';

const ranges = (text: string) =>
  findTimeRanges(text).map((r) => [
    `${r.start.hour}:${String(r.start.minute).padStart(2, '0')}`,
    r.finish ? `${r.finish.hour}:${String(r.finish.minute).padStart(2, '0')}` : null,
  ]);

describe('a range opened and closed across a clause', () => {
  it('reads the opening and the "until" of one sentence as one session', () => {
    expect(
      ranges(
        'At 2:15 Priya Natarajan (priya.natarajan@harbor.example), who leads QA, walks you through the test plan until 3:00.',
      ),
    ).toEqual([['14:15', '15:00']]);
  });

  it('keeps each session of a two-person day', () => {
    expect(
      ranges(
        'At 9:30 you meet Tomasz Zielinski, our CFO, until 10:15. After a coffee, Lena Ortiz takes over from 10:30 to 11:00.',
      ),
    ).toEqual([
      ['9:30', '10:15'],
      ['10:30', '11:00'],
    ]);
  });

  it('does not join over a sentence end', () => {
    expect(ranges('Your interview is at 2:00 pm. Parking is free until 6:00 pm.')).toEqual([
      ['14:00', null],
      ['18:00', null],
    ]);
  });

  it('does not join an opening to an "until" hours later', () => {
    expect(
      ranges('We start at 9:00 am, and the office stays open for visitors until 5:30 pm'),
    ).toEqual([
      ['9:00', null],
      ['17:30', null],
    ]);
  });

  it('reads a bare hour after "starts at" with the "until" that closes it', () => {
    expect(ranges('Your interview starts at 11 and runs until 12:30 on Thursday.')).toEqual([
      ['11:00', '12:30'],
    ]);
  });
});
