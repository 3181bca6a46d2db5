// A bare day of the month without its month or weekday, in the languages that write one ("le 15
// à 14h", "am 15. um 14 Uhr", "el día 15 a las 10:30"): the next such day from the message, but
// only right before the clock it is joined to, where the number can be nothing else.
import { describe, expect, it } from 'vitest';
import { findDates } from '#parse/dates.js';
import { at } from '../support/at.js';
import { timeOfText } from '../support/time-of-text.js';

// Wednesday 20 January 2027, 08:30 in Paris; the 4th is in February, the 28th in January.
const base = at('2027-01-20T08:30:00+01:00');
const startOf = (text: string) => timeOfText(text, base, 'Europe/Paris').start;

describe('a bare day of the month before its clock', () => {
  it.each([
    ["Nous vous recevrons le 28 à 15h dans nos bureaux d'Annecy.", '2027-01-28T14:00:00.000Z'],
    ['Wir sehen uns am 28. um 15 Uhr in der Zentrale.', '2027-01-28T14:00:00.000Z'],
    ['La cita queda el día 28 a las 15:00 en la oficina.', '2027-01-28T14:00:00.000Z'],
    ['Ci vediamo il 28 alle 15:00 in sede.', '2027-01-28T14:00:00.000Z'],
    ['We zien je op de 28e om 15.00 uur op kantoor.', '2027-01-28T14:00:00.000Z'],
    ['A entrevista fica para o dia 28 às 15h.', '2027-01-28T14:00:00.000Z'],
    // A day already past this month is next month's.
    ["L'entretien aura lieu le 4 à 10h30.", '2027-02-04T09:30:00.000Z'],
    ['Das Gespräch ist am 4. um 10 Uhr.', '2027-02-04T09:00:00.000Z'],
  ])('%s', (text, start) => {
    expect(startOf(text)).toBe(start);
  });

  it.each([
    'Le poste compte 15 à 20 personnes.',
    'Am 15. Tag der Probezeit gibt es ein Gespräch.',
    'il 28 per cento dei candidati',
  ])('a number that no clock follows is no day: %s', (text) => {
    expect(findDates(text, true).filter((d) => d.kind === 'dayOfMonth')).toEqual([]);
  });
});
