// Clock and kind words of more languages and styles: a Polish "godz. 10.30", a military
// "0900h-1000h" range, a Dutch meeting that "niet doorgaat" or "vervalt", and a Spanish move in the
// past tense ("se movió al lunes").
import { describe, expect, it } from 'vitest';
import { findTimeRanges } from '#parse/clock-times.js';
import { kindOf } from '../support/kind-input.js';

const hm = (t: { hour: number; minute: number } | null) =>
  t ? `${t.hour}:${String(t.minute).padStart(2, '0')}` : null;
const ranges = (text: string) => findTimeRanges(text).map((r) => [hm(r.start), hm(r.finish)]);

describe('clock readings', () => {
  it('"godz. 9.15" in Polish', () => {
    expect(ranges('Termin: wtorek, 09.03.2027, godz. 9.15 czasu polskiego')).toEqual([
      ['9:15', null],
    ]);
  });

  it('"0900h-1000h": a range of four-digit times, a phone number none', () => {
    expect(ranges('Panel: 0900h-1000h Mountain')).toEqual([['9:00', '10:00']]);
    expect(ranges('Call the desk on 555-0900 ET')).toEqual([]);
  });
});

describe('kinds', () => {
  it.each([
    'Helaas moet ik je laten weten dat het gesprek van dinsdag om 10.00 uur niet doorgaat.',
    'Het gesprek van dinsdag 9 maart om 10.00 uur vervalt.',
  ])('called off in Dutch: %s', (text) => {
    expect(kindOf('Gesprek', text)).toBe('cancelled');
  });

  it('moved in the Spanish past tense', () => {
    expect(
      kindOf(
        'Entrevista',
        'Ya no será el jueves a las 17:00; la entrevista se movió al lunes a las 9:30.',
      ),
    ).toBe('rescheduled');
  });
});
