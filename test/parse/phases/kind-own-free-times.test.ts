// The writer lists their own free times and asks which one suits ("voici mes disponibilités",
// "lequel vous convient"): nothing is booked until the seeker picks one, even when the mail
// already carries the call's link. Said in several languages.
import { describe, expect, it } from 'vitest';
import { kindOf } from '../support/kind-input.js';

describe("the writer's own free times to choose from", () => {
  it.each([
    [
      'Entretien',
      'Voici mes disponibilités pour un appel de 30 minutes avec Loïc Ferrand : jeudi 4 février à 10h30, vendredi 5 février à 15h. Dites-moi lequel vous convient, le lien Zoom reste le même.',
    ],
    [
      'Premier contact',
      'Je vous transmets mes disponibilités (heure de Bruxelles) : lundi 8 à 9h, mardi 9 à 17h. Laquelle vous arrangerait ?',
    ],
    [
      'Entretien',
      'Vous pouvez aussi réserver directement l’un de ces créneaux : mercredi 10 à 14h ou jeudi 11 à 11h.',
    ],
    [
      'Interview',
      "Here's my availability for a chat with Oren next week: Tue 2pm or Thu 10am ET. Which one works for you?",
    ],
    [
      'Entrevista',
      'Te comparto mi disponibilidad para la llamada con Marisa: martes 9 a las 10:00 o jueves 11 a las 16:00. ¿Cuál te viene mejor?',
    ],
    [
      'Entrevista',
      'Segue minha disponibilidade para a conversa com o Caio: terça 9 às 10h ou quinta 11 às 15h. Qual fica melhor para você?',
    ],
    [
      'Colloquio',
      'Ecco le mie disponibilità per la call con Ilaria: martedì 9 alle 10:00 oppure giovedì 11 alle 14:30. Quale ti va meglio?',
    ],
    [
      'Vorstellungsgespräch',
      'Anbei meine freien Termine für das Gespräch mit Frau Brandl: Dienstag, 9. März, 10 Uhr oder Donnerstag, 11. März, 14 Uhr. Welcher davon passt Ihnen?',
    ],
    [
      'Sollicitatiegesprek',
      'Hieronder mijn beschikbaarheid voor het gesprek met Joost: dinsdag 9 maart om 10.00 of donderdag 11 maart om 14.00. Welke daarvan past jou?',
    ],
  ])('%s: %s', (subject, text) => {
    expect(kindOf(subject, text)).toBe('not_interview');
  });

  it.each([
    [
      'Entretien confirmé',
      "J'ai bloqué mes disponibilités de jeudi pour vous : votre entretien avec Loïc Ferrand est confirmé le jeudi 4 février à 10h30.",
    ],
    [
      'Interview',
      'Thanks for sending your availability. Your interview with Oren is confirmed for Tuesday at 2pm ET.',
    ],
    [
      'Entrevista',
      'Gracias por confirmar. Tu entrevista con Marisa está confirmada para el martes 9 a las 10:00.',
    ],
  ])('a booking beside the same words stays booked: %s', (subject, text) => {
    expect(kindOf(subject, text)).toBe('scheduled');
  });
});
