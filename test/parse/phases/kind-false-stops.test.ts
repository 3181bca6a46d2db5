// A full stop after an abbreviation ("Dr.", "z. B.", "kl.", "ca.", "Nr.") or an ordinal or a
// dotted date ("am 12. März") ends no sentence: a cancellation clause that runs across one is read
// whole. A stop that does end a sentence still parts a cancellation from the booking beside it.
import { describe, expect, it } from 'vitest';
import { MASKED_STOP, withoutFalseStops } from '#parse/false-stops.js';
import { kindOf } from '../support/kind-input.js';

describe('stops that end no sentence, in the kind phase', () => {
  it.each([
    [
      'Ihr Vorstellungsgespräch',
      'Leider müssen wir das Gespräch mit Frau Dr. Albrecht am Mittwoch um 15 Uhr absagen.',
    ],
    [
      'Ihr Vorstellungsgespräch',
      'Wir müssen den Termin, d. h. das Kennenlernen mit unserem Teamleiter, leider absagen.',
    ],
    [
      'Kennenlernen',
      'Wir müssen das Treffen (ca. 45 Minuten, Raum Nr. 4) am Freitag leider absagen.',
    ],
    ['Ihr Termin bei uns', 'Der Termin am 14. April um 10:30 Uhr wurde storniert.'],
    ['Möte med oss', 'Mötet med Karin på torsdag kl. 14.00 har tyvärr ställts in.'],
    ['Møde', 'Mødet med Søren torsdag kl. 9.30 er desværre aflyst.'],
    ['Møte', 'Møtet med Ingrid fredag kl. 11 er dessverre avlyst.'],
  ])('%s: %s', (subject, text) => {
    expect(kindOf(subject, text, { jobSigns: true })).toBe('cancelled');
  });

  it('a stop that ends a sentence still parts a cancellation from the booking beside it', () => {
    expect(
      kindOf(
        'Interview',
        'Your interview with Dr. Okoye is confirmed for Tue. Mar. 9 at 10 a.m. The campus tour has been cancelled.',
      ),
    ).toBe('scheduled');
  });

  it('a pattern that spells an abbreviation with its stop still reads it masked', () => {
    expect(
      kindOf('Colloquio', 'Ti confermo il colloquio con la prof. Bianchi giovedì alle 17:00.'),
    ).toBe('not_interview');
  });

  it.each([
    ['Wir sehen uns am 12. März um 10 Uhr.', 'am 12\u2024 März'],
    [
      'Raum Nr. 4, ca. 30 Minuten, z. B. per Teams.',
      'Nr\u2024 4, ca\u2024 30 Minuten, z\u2024 B\u2024 per',
    ],
    ['måndag kl. 13.00', 'kl\u2024 13.00'],
    ['den 9.3. um 14 Uhr', '9.3\u2024 um'],
  ])('masks the stop in "%s"', (text, part) => {
    expect(withoutFalseStops(text)).toContain(part);
  });

  it.each([
    'We start at 10. Then lunch with the team.',
    'The offer is open until the 5. Please reply by then.',
    'Thanks for your time today. We will be in touch.',
    'See you at 4 p.m. Then we can talk.',
    'Things to do. Then we meet.',
  ])('keeps a stop that ends a sentence: %s', (text) => {
    expect(withoutFalseStops(text)).not.toContain(MASKED_STOP);
  });
});
