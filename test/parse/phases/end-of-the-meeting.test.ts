// The end of a meeting said as when it wraps: "wrap by 2:15" without "up", and a bare time read on
// the clock of the start it closes ("start at 1:30 PM Mountain … wrap by 2:15").

import { describe, expect, it } from 'vitest';
import { findDurations } from '#parse/clock-times.js';
import { chooseWhen, findWhenCandidates } from '#parse/interview-time.js';
import { at } from '../support/at.js';

describe('when the meeting wraps', () => {
  it.each([
    ["We'll kick off at 10:00 AM Pacific on Thursday, March 4 and wrap by 10:40.", '10:40'],
    ["Let's start at 3:30 PM Central on Thursday, March 4 and wrap up at 4:15.", '16:15'],
  ])('%s', (text, end) => {
    const base = at('2027-03-01T09:00:00-05:00');
    const when = chooseWhen(
      text,
      findWhenCandidates(text, { base, defaultZone: 'America/New_York', dayFirst: false }, null),
    );
    expect(when?.end?.toWallISO().slice(11, 16)).toBe(end);
  });
});

describe("another thing's end beside the meeting", () => {
  it.each([
    'Your interview is at 2pm ET on Thursday, March 4. Parking validation ends at 5pm.',
    'Your interview is at 2pm ET on Thursday, March 4; note the front desk closes at 6pm.',
  ])('is no end of the meeting: %s', (text) => {
    const base = at('2027-03-01T09:00:00-05:00');
    const when = chooseWhen(
      text,
      findWhenCandidates(text, { base, defaultZone: 'America/New_York', dayFirst: false }, null),
    );
    expect(when?.start.toWallISO().slice(11, 16)).toBe('14:00');
    expect(when?.end).toBeNull();
  });
});

describe('a length inside a link is no length', () => {
  it('the base64 of a tracked link ("…/v1/aHR0cHM6…") says no hour', () => {
    expect(
      findDurations(
        'A short phone screen, 20 minutes at most. Book here: https://trk.mailer.example/c/v1/aHR0cHM6Ly9leGFtcGxl/q1',
      ).map((d) => d.minutes),
    ).toEqual([20]);
  });
});

describe('a longest length after a verb of length is the length', () => {
  it.each([
    ['The chat should take no more than 25 minutes.', [25]],
    ['It runs up to 40 minutes, so block an hour to be safe.', [40, 60]],
    ['Expect the screen to last at most 35 minutes.', [35]],
    ['Please arrive no more than 10 minutes early.', []],
    ['We reply within 30 minutes, up to 45 minutes on busy days.', []],
  ])('%s', (text, minutes) => {
    expect(findDurations(text).map((d) => d.minutes)).toEqual(minutes);
  });
});

describe('meetings of one length in a row last as long as all of them', () => {
  it.each([
    ['You have three back-to-back 40-minute sessions from 9am.', [120]],
    ['Expect two 50-minute interviews in a row, then lunch.', [100]],
    ['Two consecutive 30-minute chats with the founders.', [60]],
    ['Your call was pushed back 30 minutes.', []],
  ])('%s', (text, minutes) => {
    expect(findDurations(text).map((d) => d.minutes)).toEqual(minutes);
  });
});
