// A reply that accepts the one slot a quoted message proposed ("Tuesday at 3 works") takes that
// slot with its date and zone; a time converted for the seeker ("for you in Chicago that works
// out to …", "11:00 here will be 5:00 in Toronto") is not the interview's own.
import { describe, expect, it } from 'vitest';
import { chooseTime, type TimeText } from '#parse/time-choice.js';
import { at } from '../support/at.js';

const base = at('2027-02-01T09:00:00-05:00');

function start(newest: string, ...quoted: string[]) {
  const texts: TimeText[] = [
    { source: 'text', text: newest, base },
    ...quoted.map((text) => ({ source: 'thread' as const, text, base })),
  ];
  const t = chooseTime({
    calendar: null,
    texts,
    body: newest,
    base,
    baseIsForward: false,
    zone: 'America/New_York',
    companyAddresses: [],
  });
  return [t.start?.toOffsetISO() ?? null, t.end?.toOffsetISO() ?? null];
}

describe('the one slot proposed, accepted by its weekday and hour', () => {
  it('"Tuesday at 3 works" under "Tuesday, February 9 at 3:00 PM Mountain"', () => {
    expect(
      start(
        'Tuesday at 3 works nicely, thank you!',
        'Would Tuesday, February 9 at 3:00 PM Mountain suit you? Plan on about 50 minutes.',
      ),
    ).toEqual(['2027-02-09T15:00:00-07:00', '2027-02-09T15:50:00-07:00']);
  });

  it('declining it keeps the reply’s own time', () => {
    expect(
      start(
        "I can't do Tuesday at 3, sorry. Could we do Wednesday, February 10 at 11 AM ET instead?",
        'Would Tuesday, February 9 at 3:00 PM Mountain suit you?',
      )[0],
    ).toBe('2027-02-10T11:00:00-05:00');
  });
});

describe('a conversion for the seeker', () => {
  it('"for you in Chicago that works out to …" after the meeting’s own time', () => {
    expect(
      start(
        'When: Thursday Feb 11, 9:30 until 10:45 in the morning, Pacific time -- for you in Chicago that works out to 11:30-12:45.',
      ),
    ).toEqual(['2027-02-11T09:30:00-08:00', '2027-02-11T10:45:00-08:00']);
  });

  it('"11:00 here will be 5:00 in Toronto" is no new time', () => {
    expect(
      start(
        'Your interview is on Friday 12 February at 11:00 CET. Note that 11:00 here will be 5:00 in the morning in Toronto.',
      )[0],
    ).toBe('2027-02-12T11:00:00+01:00');
  });
});
