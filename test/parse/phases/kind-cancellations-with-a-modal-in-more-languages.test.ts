// A cancellation written with a verb of regret or need and the infinitive ("Lamentamos tener que
// cancelar", "temos de cancelar", "nous devons annuler", "dobbiamo annullare", "müssen wir …
// absagen", "moeten we … annuleren"): the interview is called off.
import { describe, expect, it } from 'vitest';
import { kindOf } from '../support/kind-input.js';

describe('a cancellation with a modal and the infinitive', () => {
  it.each([
    'Lamentamos tener que cancelar la entrevista del martes 9 a las 10:00 con Inés Vidal.',
    'Sentimos cancelar la entrevista del martes 9 a las 10:00.',
    'Infelizmente temos de cancelar a entrevista de terça-feira, 9 de fevereiro, às 10h.',
    'Lamentamos ter de cancelar a entrevista de terça-feira às 10h.',
    "Nous devons malheureusement annuler l'entretien du mardi 9 février à 10h.",
    'Purtroppo dobbiamo annullare il colloquio di martedì 9 febbraio alle 10:00.',
    'Leider müssen wir das Gespräch am Dienstag, 09.02., um 10 Uhr absagen.',
    'Helaas moeten we het gesprek van dinsdag 9 februari om 10.00 uur annuleren.',
  ])('%s', (text) => {
    expect(kindOf('Entrevista', text)).toBe('cancelled');
  });
});
