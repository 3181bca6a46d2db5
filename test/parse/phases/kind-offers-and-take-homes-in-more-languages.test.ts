// An offer made in words ("siamo felici di offrirti la posizione", "vous proposer le poste") with a
// call about its details, and a take-home with a deadline in other languages ("tienes hasta el
// viernes a las 23:59 para entregarla", a test "disponível a partir de" a time, optional help
// hours ("plantão")): none is an interview to plan, whatever time, person or link stands beside it.
import { describe, expect, it } from 'vitest';
import { at } from '../support/at.js';
import { kindOf } from '../support/kind-input.js';
import { timeOfText } from '../support/time-of-text.js';

describe('an offer made in words, and its call', () => {
  it.each([
    [
      'Offerta',
      'Ciao Noor, siamo felici di offrirti la posizione di Analista! Ti chiamo giovedì alle 11 per i dettagli dell’offerta.',
    ],
    [
      'Offre',
      'Bonjour Noor, nous sommes ravis de vous proposer le poste de chef de projet. Je vous appelle jeudi à 11h.',
    ],
    [
      'Angebot',
      'Hallo Noor, wir freuen uns, Ihnen die Stelle anbieten zu können. Ich rufe Sie am Donnerstag um 11 Uhr an.',
    ],
    [
      'Oferta',
      'Hola Noor, queremos ofrecerte el puesto de analista. Te llamo el jueves a las 11:00 para hablar de los detalles de la oferta.',
    ],
    [
      'Proposta',
      'Olá Noor, queremos oferecer-lhe a vaga de analista. Ligo na quinta-feira às 11h para os detalhes da proposta.',
    ],
  ])('%s', (subject, text) => {
    expect(kindOf(subject, text)).toBe('not_interview');
  });
});

describe('a take-home and its hours in other languages', () => {
  it('a Spanish exercise with a deadline is no interview', () => {
    expect(
      kindOf(
        'Siguiente paso',
        'Como siguiente paso te enviamos un caso práctico. Tienes hasta el viernes 12 a las 23:59 para entregarlo.',
      ),
    ).toBe('not_interview');
  });

  // Monday 5 April 2027, 09:00 in São Paulo.
  const base = at('2027-04-05T09:00:00-03:00');
  it.each([
    'A prova fica disponível a partir de segunda-feira, 12/04, às 9h.',
    'Teremos um plantão de dúvidas aberto a todos os candidatos na terça-feira, 13/04, das 18h às 18h30.',
  ])('no interview time: %s', (text) => {
    expect(timeOfText(text, base, 'America/Sao_Paulo').start).toBeNull();
  });
});
