// A message that moves its own time by a length: "your interview on Thursday at 2pm will now
// start 30 minutes later", "has been pushed back an hour", "commencera 30 minutes plus tard". The
// time written before the shift moves by it, its length kept; a time written after it only
// repeats the new one, and advice to arrive early moves nothing.
import { describe, expect, it } from 'vitest';
import { chooseTime } from '#parse/time-choice.js';
import { at } from '../support/at.js';
import { kindOf } from '../support/kind-input.js';

const base = at('2027-03-01T09:00:00-05:00');

function startAndEnd(text: string) {
  const t = chooseTime({
    calendar: null,
    texts: [{ source: 'text', text, base }],
    body: text,
    base,
    baseIsForward: false,
    zone: 'America/New_York',
    companyAddresses: [],
  });
  return [t.start?.toOffsetISO() ?? null, t.end?.toOffsetISO() ?? null];
}

describe('a shift of the time the same text gives', () => {
  it.each([
    [
      'Heads-up: your chat with the team on Wednesday, March 3 at 11am ET will now start 15 minutes later.',
      ['2027-03-03T11:15:00-05:00', null],
    ],
    [
      'Your call on Wednesday, March 3 at 11am ET now begins an hour earlier, at 10.',
      ['2027-03-03T10:00:00-05:00', null],
    ],
    [
      'Your panel on Wednesday, March 3, 1:00-2:30 PM ET has been pushed back by 30 minutes.',
      ['2027-03-03T13:30:00-05:00', '2027-03-03T15:00:00-05:00'],
    ],
    [
      'The screen on Wednesday, March 3 at 4pm ET was moved up half an hour; nothing else changes.',
      ['2027-03-03T15:30:00-05:00', null],
    ],
    [
      "Votre échange du mercredi 3 mars à 16 h (heure de New York) débutera 45 minutes plus tard qu'annoncé.",
      ['2027-03-03T16:45:00-05:00', null],
    ],
    [
      'Das Gespräch am Mittwoch, 3. März um 16 Uhr (New Yorker Zeit) fängt eine Stunde früher an.',
      ['2027-03-03T15:00:00-05:00', null],
    ],
    [
      'La llamada del miércoles 3 de marzo a las 16:00 (hora de Nueva York) ha sido adelantada 20 minutos.',
      ['2027-03-03T15:40:00-05:00', null],
    ],
  ])('%s', (text, expected) => {
    expect(startAndEnd(text)).toEqual(expected);
  });

  it('the new time written after the shift is the one taken, not shifted again', () => {
    expect(
      startAndEnd('Your call was pushed back an hour, to Wednesday, March 3 at 5:30 PM ET.')[0],
    ).toBe('2027-03-03T17:30:00-05:00');
  });

  it('advice to log in early is no shift', () => {
    expect(
      startAndEnd(
        'You are booked for Wednesday, March 3, 11:00-11:45 AM ET. Please join 10 minutes earlier to test your audio.',
      ),
    ).toEqual(['2027-03-03T11:00:00-05:00', '2027-03-03T11:45:00-05:00']);
  });

  it('the shift is a move, in the languages read', () => {
    for (const text of [
      "L'entretien de jeudi à 10 h commencera une heure plus tard.",
      'Das Interview am Donnerstag um 10 Uhr beginnt nun 30 Minuten später.',
      'Il colloquio di giovedì alle 10 inizierà 30 minuti più tardi.',
      'Het gesprek van donderdag om 10:00 begint 15 minuten eerder.',
    ])
      expect(kindOf('Interview', text)).toBe('rescheduled');
  });
});
