// Moves said by labels or by a length of time, and cancellations that deny a new time: "we won't
// propose a new time" names the words of a move but moves nothing.
import { describe, expect, it } from 'vitest';
import { kindOf } from '../support/kind-input.js';

describe('a move said by labels or by how far it moved', () => {
  it.each([
    'Slot changed.\n\nWas: Mon 2027-02-01 13:00 CET\nNow: Wed 2027-02-03 09:00 CET',
    'Your screen with us\nWAS\tFri 12 March, 4:30 PM ET\nNOW\tMon 15 March, 11:00 AM ET',
    'Instead of 3pm on Friday, it will now be 4:30pm on Monday.',
    "Heads up: we're pushing your panel 30 minutes later because of a fire drill.",
    "We're moving your screen 15 minutes earlier so it ends before the all-hands.",
  ])('%s', (text) => {
    expect(kindOf('Interview', text)).toBe('rescheduled');
  });

  it('a line that was something, then one that starts with "now" in prose, is no move', () => {
    expect(
      kindOf(
        'Interview',
        'Your interview is on Tuesday at 2pm.\nIt was great to chat on 3 March.\nNow, a few notes on parking.',
      ),
    ).toBe('scheduled');
  });
});

// (Polish says the denied time in the genitive, "nowego terminu", which no move word reads.)
describe('a cancellation that denies a new time is no move', () => {
  it.each([
    [
      'Interview',
      'We have to cancel your interview on Monday at 11am ET. We will not be proposing a new date.',
    ],
    [
      'Intervju',
      'Intervjuet ditt onsdag 10. mars kl. 14.00 (norsk tid) må dessverre avlyses. Vi kan ikke tilby et nytt tidspunkt nå.',
    ],
    [
      'Intervju',
      'Samtalen fredag 5. mars kl. 10.00 (norsk tid) blir dessverre ikke noe av. Ingen nye tidspunkt er satt opp.',
    ],
    [
      'Jobsamtale',
      'Din jobsamtale onsdag den 10. marts kl. 14.00 (dansk tid) er desværre aflyst, og vi kan ikke give dig et nyt tidspunkt.',
    ],
    [
      'Intervju',
      'Din intervju onsdag 10 mars kl. 14.00 (svensk tid) är tyvärr inställd, och vi har ingen ny tid att erbjuda.',
    ],
    [
      'Vorstellungsgespräch',
      'Leider müssen wir das Gespräch am Mittwoch, 10. März um 14:00 Uhr (deutscher Zeit) absagen.',
    ],
    [
      'Entretien',
      "Nous devons annuler l'entretien du mercredi 10 mars à 14h (heure de Paris) et ne pouvons pas vous proposer un nouveau créneau.",
    ],
    [
      'Entrevista',
      'Tenemos que cancelar la entrevista del miércoles 10 de marzo a las 14:00 (hora de Madrid); no podemos ofrecerte una nueva fecha.',
    ],
    [
      'Entrevista',
      'Precisamos cancelar a entrevista de quarta-feira, 10 de março, às 14h (hora de Lisboa) e não conseguimos marcar uma nova data.',
    ],
    [
      'Colloquio',
      'Dobbiamo annullare il colloquio di mercoledì 10 marzo alle 14:00 (ora italiana) e per ora non possiamo proporti un nuovo orario.',
    ],
    [
      'Gesprek',
      'We moeten het gesprek van woensdag 10 maart om 14.00 uur (Nederlandse tijd) helaas annuleren; een nieuwe datum is er nog niet, dus geen nieuw tijdstip.',
    ],
    [
      'Rozmowa kwalifikacyjna',
      'Musimy odwołać rozmowę kwalifikacyjną w środę 10 marca o godz. 14:00 (czasu polskiego) i nie możemy zaproponować nowego terminu.',
    ],
  ])('%s: %s', (subject, text) => {
    expect(kindOf(subject, text)).toBe('cancelled');
  });

  it('a cancellation that gives the new time is still a move', () => {
    expect(
      kindOf(
        'Intervju',
        'Intervjuet tirsdag kl. 09.00 (norsk tid) må avlyses, men vi har et nytt tidspunkt: torsdag 11. mars kl. 13.00.',
      ),
    ).toBe('rescheduled');
  });
});

describe('a new time said not to exist is no move either', () => {
  it.each([
    [
      'Interview',
      'Your interview on Monday at 11am ET is cancelled. There is no new date for now.',
    ],
    [
      'Entretien',
      "Votre entretien du mercredi 10 mars à 14h (heure de Paris) est annulé ; aucune nouvelle date n'est prévue.",
    ],
    [
      'Entrevista',
      'Tu entrevista del miércoles 10 de marzo a las 14:00 (hora de Madrid) queda cancelada; por ahora no hay nueva fecha.',
    ],
    [
      'Colloquio',
      "Il colloquio di mercoledì 10 marzo alle 14:00 (ora italiana) è annullato e al momento non c'è una nuova data.",
    ],
    [
      'Entrevista',
      'A entrevista de quarta-feira, 10 de março, às 14h (hora de Lisboa) foi cancelada. Não temos, por enquanto, uma nova data.',
    ],
    [
      'Intervju',
      'Intervjun onsdag 10 mars kl. 14.00 (svensk tid) är inställd. Någon ny tid får du tyvärr inte i dag.',
    ],
  ])('%s: %s', (subject, text) => {
    expect(kindOf(subject, text)).toBe('cancelled');
  });
});
