// The end of an interview and a move said in passing: a bare hour after the words that close a day
// ("we should be finished around 3"), the start restated as a range ("the slot is 11-11:45"), a
// move written as "from <old> to <new>", a shift whose "back" stands after the meeting ("pushed
// your 3pm call back by 30 minutes"), "by a day" (no deadline), the same in German, French and
// Spanish, a day of the month after a weekday ("Wed 16th"), and a zone after "sharp".
import { describe, expect, it } from 'vitest';
import { at } from '../support/at.js';
import { kindOf } from '../support/kind-input.js';
import { timeOfText } from '../support/time-of-text.js';

const zone = 'America/Chicago';
const base = at('2027-02-05T09:00:00-06:00');

const timeOf = (text: string) => timeOfText(text, base, zone);

describe('a bare hour after the words that close the day is the end', () => {
  it.each([
    [
      'Your on-site is Tuesday, February 9, starting at 9:30 am; we should be finished around 3.',
      '2027-02-09T15:30:00.000Z',
      '2027-02-09T21:00:00.000Z',
    ],
    [
      'The loop kicks off Wednesday 2/10 at 10am and is expected to end by 1.',
      '2027-02-10T16:00:00.000Z',
      '2027-02-10T19:00:00.000Z',
    ],
    [
      'Thursday Feb 11: a 1pm start, a campus tour, then the panel, ending by 4:30pm.',
      '2027-02-11T19:00:00.000Z',
      '2027-02-11T22:30:00.000Z',
    ],
  ])('%s', (text, start, end) => {
    expect(timeOf(text)).toEqual({ start, end });
  });

  it('"…, done by 1:45" after a list of sessions', () => {
    expect(
      timeOf(
        'Wednesday (Feb 10), all Central:\n9:30 Coffee with Noor\n10:15 Pairing with Ivo\n1:00 Closing chat with Ada, done by 1:40',
      ),
    ).toEqual({ start: '2027-02-10T15:30:00.000Z', end: '2027-02-10T19:40:00.000Z' });
  });

  it('a bare count after the same words is no time ("finished in 3 rounds")', () => {
    expect(
      timeOf('Booked for Tuesday 2/9 at 9:30 am. Most candidates are done with 3 rounds.').end,
    ).toBe(null);
  });
});

describe('the start written again as a range gives the end', () => {
  it('"Monday 2/8 at 11 Central … the slot on her calendar is 11-11:45"', () => {
    expect(
      timeOf('Confirmed for Monday 2/8 at 11 Central. The slot on her calendar is 11-11:45.'),
    ).toEqual({ start: '2027-02-08T17:00:00.000Z', end: '2027-02-08T17:45:00.000Z' });
  });
});

describe('a move written as "from <old> to <new>"', () => {
  it.each([
    ["We've shifted your chat on Friday 2/12 from 10am to 11:30am CT.", '2027-02-12T17:30:00.000Z'],
    [
      "Quick change: I bumped Friday's interview from 1pm to 2:30pm (90 minutes later).",
      '2027-02-12T20:30:00.000Z',
    ],
  ])('%s', (text, start) => {
    expect(timeOf(text)).toEqual({ start, end: null });
  });

  it('a move to a new day with its range keeps the range', () => {
    expect(timeOf("We've moved your interview to Friday 2/12, from 10 to 11am CT.")).toEqual({
      start: '2027-02-12T16:00:00.000Z',
      end: '2027-02-12T17:00:00.000Z',
    });
  });
});

describe('a shift said after the meeting, and by a day', () => {
  it('"pushed your Tuesday 2/9 3pm CT call back by 30 minutes"', () => {
    expect(
      timeOf('Ana needs more time, so we pushed your Tuesday 2/9 3pm CT call back by 30 minutes.')
        .start,
    ).toBe('2027-02-09T21:30:00.000Z');
  });

  it('"move the interview by a day, so it is now Wednesday" gives Wednesday, not a deadline', () => {
    expect(
      timeOf(
        "The team asked to move the interview by a day, so it's now Wednesday 2/10 at 9:30am CT.",
      ).start,
    ).toBe('2027-02-10T15:30:00.000Z');
  });

  it.each([
    'Omar asked us to push the interview by a day; it is now Wednesday, same time (9:30am CT).',
    "The hiring manager is travelling, so we're pushing the interview by a week, to Tuesday the 16th at 2pm.",
  ])('a move by a day or a week is a move: %s', (text) => {
    expect(kindOf('Your interview', text)).toBe('rescheduled');
  });

  it('a deadline by a day is still one', () => {
    expect(timeOf('Please return the exercise by Monday 2/8 at 5pm.').start).toBe(null);
  });
});

describe('moves and shifts in the other languages', () => {
  it.each([
    [
      'Wir müssen das Gespräch am Dienstag, 09.02., um 11 Uhr leider um eine halbe Stunde nach hinten verschieben.',
      '2027-02-09T17:30:00.000Z',
    ],
    [
      "Votre entretien de mardi 9 février à 11h est décalé d'une heure.",
      '2027-02-09T18:00:00.000Z',
    ],
    [
      'Tu entrevista del martes 9 de febrero se ha movido de las 9:00 a las 10:15.',
      '2027-02-09T16:15:00.000Z',
    ],
  ])('%s', (text, start) => {
    expect(timeOf(text).start).toBe(start);
  });

  it('"se ha movido" is a move', () => {
    expect(
      kindOf('Entrevista', 'Tu entrevista del martes se ha movido al miércoles a las 10:00.'),
    ).toBe('rescheduled');
  });
});

describe('a move said with the verb before the meeting', () => {
  it.each([
    "Omar's flight changed, so we slid your call from Monday to Tuesday, still 10am CT.",
    'Bumping your screen with Ana up a day: it is now Monday 2/8 at 1pm CT.',
  ])('%s', (text) => {
    expect(kindOf('Re: your interview', text)).toBe('rescheduled');
  });

  it('moving to another room is no move of the time', () => {
    expect(
      kindOf(
        'Your interview',
        'Your interview is confirmed for Monday 2/8 at 1pm CT. We moved the desk plants, so you will see a new lobby.',
      ),
    ).toBe('scheduled');
  });
});

describe('a length in Danish and Norwegian hours after its label', () => {
  it.each([
    [
      'Tidspunkt: mandag den 8. februar kl. 10.00\nVarighed: 1 time',
      '2027-02-08T16:00:00.000Z',
      '2027-02-08T17:00:00.000Z',
    ],
    [
      'Tid: tirsdag 9. februar kl. 09.30\nVarighet: ca. 1,5 timer',
      '2027-02-09T15:30:00.000Z',
      '2027-02-09T17:00:00.000Z',
    ],
  ])('%s', (text, start, end) => {
    expect(timeOf(text)).toEqual({ start, end });
  });

  it('"time" without the label is no length', () => {
    expect(timeOf('Tidspunkt: mandag den 8. februar kl. 10.00. Det tager 1 time.').end).toBe(null);
  });
});

describe('a weekday and a day of the month without "the"', () => {
  it.each([
    ['Noor will phone you Tue 9th at 10am CT.', '2027-02-09T16:00:00.000Z'],
    ['Booked with Noor for Wed (10th) at 2pm CT.', '2027-02-10T20:00:00.000Z'],
  ])('%s', (text, start) => {
    expect(timeOf(text).start).toBe(start);
  });
});

describe('a weekday a week later, said on that weekday', () => {
  it('"Friday week" on a Friday is two Fridays on', () => {
    expect(timeOf('Noor is booked for Friday week at 11am CT.').start).toBe(
      '2027-02-19T17:00:00.000Z',
    );
  });

  it('"Tuesday week" on a Friday is the Tuesday after next', () => {
    expect(timeOf('Booked: Tuesday week at 11am CT with Noor.').start).toBe(
      '2027-02-16T17:00:00.000Z',
    );
  });
});

describe('the zone of a time', () => {
  it('"at 4 sharp (ET)": the zone after the word that stresses the hour', () => {
    expect(timeOf('See you Thursday 2/11 at 4 sharp (ET).').start).toBe('2027-02-11T21:00:00.000Z');
  });
});
