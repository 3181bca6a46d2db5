// Rejections, requests to pick a slot and events said in the other ways each language says them:
// another tense ("valt att gå vidare med en annan kandidat"), a filled post, "one of the following
// times" with words in between. Each beside a concrete time, a person and often a link, and each
// no interview to plan; the confirmations that use the same words stay booked.
import { describe, expect, it } from 'vitest';
import { kindOf } from '../support/kind-input.js';

describe('a rejection in other words is no booking, even with a feedback call on offer', () => {
  it.each([
    'Vi har tyvärr valt att gå vidare med en annan kandidat. Vill du ha återkoppling kan du ringa Maja Ek på onsdag kl. 9.30.',
    'Efter noggrant övervägande har vi beslutat att inte gå vidare med din ansökan. Tjänsten är nu tillsatt.',
    'Rollen har redan blivit tillsatt, men Nils Berg berättar gärna mer på fredag kl. 15.00 via Teams.',
    'Vi har dessverre besluttet å ikke gå videre med søknaden din. Du kan ringe Ola Dahl torsdag kl. 14 for en kort tilbakemelding.',
    'Stillingen er nå besatt. Takk for samtalen tirsdag kl. 10.',
    'Vi har desværre valgt ikke at gå videre med din ansøgning. Ring gerne til Ida Kjær fredag kl. 11.',
    'Stillingen er allerede blevet besat, men tak for din tid mandag kl. 13.',
    'Abbiamo deciso di proseguire con un altro profilo. Se desidera un riscontro, Sara Villa è disponibile giovedì alle 16:00 su Teams.',
    'La posizione è già stata coperta; la ringraziamo per il colloquio di martedì alle 10:00.',
  ])('%s', (text) => {
    expect(kindOf('Re: din ansökan', text)).toBe('not_interview');
  });
});

describe('a request to pick one of several slots, with words between the verb and the slot', () => {
  it.each([
    'Välj gärna en av följande tider för samtalet med Maja Ek: tisdag kl. 10.00 eller onsdag kl. 14.00.',
    'Vælg venligst et af disse tidspunkter til samtalen med Ida Kjær: tirsdag kl. 9.00 eller torsdag kl. 15.00.',
    'Velg gjerne et av følgende tidspunkter for intervjuet med Ola Dahl: mandag kl. 10 eller onsdag kl. 13.',
    'Kies via onze planner hieronder een tijdslot voor je gesprek met Joris Smit: maandag 10:00 of dinsdag 15:30.',
    'Graag horen we welke het wordt: een van de volgende momenten voor je gesprek, maandag 10:00 of dinsdag 15:30.',
    'Bitte teilen Sie uns einen der folgenden Termine für Ihr Gespräch mit Herrn Brandt mit: Montag, 10:00 Uhr oder Dienstag, 15:30 Uhr.',
    "Merci de nous indiquer le créneau qui vous convient le mieux pour l'entretien avec Paul Girard : lundi 10h ou mardi 15h30.",
  ])('%s', (text) => {
    expect(kindOf('Interview', text)).toBe('not_interview');
  });
});

describe('an open Q&A to join is an event', () => {
  it('"join two of our engineering leads for an open Q&A about the team"', () => {
    expect(
      kindOf(
        'Meet us',
        'Join two of our engineering leads, Ruth Ames and Cal Ortiz, for an open Q&A about the team on Tuesday at 6pm ET. Zoom: https://zoom.us/j/1',
      ),
    ).toBe('not_interview');
  });
});

describe('a confirmation that uses the same words stays booked', () => {
  it.each([
    'Tack för att du valde en tid! Din intervju med Maja Ek är bokad till onsdag kl. 9.30.',
    'Tak fordi du valgte et tidspunkt. Din jobsamtale med Ida Kjær er bekræftet til fredag kl. 11.',
    'Fijn dat je een moment hebt gekozen. Je sollicitatiegesprek met Joris Smit is bevestigd op maandag om 10:00.',
    "Merci d'avoir choisi le créneau qui vous convient : votre entretien avec Paul Girard est confirmé pour lundi à 10h.",
    'Vielen Dank, dass Sie einen der vorgeschlagenen Termine gewählt haben: Ihr Vorstellungsgespräch ist für Montag, 10:00 Uhr bestätigt.',
    'Your interview with Ruth Ames is confirmed for Tuesday at 2pm ET; the last ten minutes are an open Q&A with her.',
    'Vi har beslutat att gå vidare med dig: din intervju med Nils Berg är bokad till fredag kl. 15.00.',
  ])('%s', (text) => {
    expect(kindOf('Interview', text)).toBe('scheduled');
  });
});

describe('a move said by its old and new times, and a cancellation that promises a new time later', () => {
  it('"the screen originally set for Monday at 9 is now Wednesday at 1" is a move', () => {
    expect(
      kindOf(
        'Interview update',
        'Sorry for the juggling: your screen originally set for Monday at 9am CT is now Wednesday at 1pm CT.',
      ),
    ).toBe('rescheduled');
  });

  it('"we\'ll get back to you with a new time" after a cancellation is no move', () => {
    expect(
      kindOf(
        'Interview',
        "We have to cancel Monday's 9am CT interview, as Hana is travelling. We'll get back to you with a new time soon.",
      ),
    ).toBe('cancelled');
  });
});

describe('an English rejection said as a decision not to go on', () => {
  it.each([
    'After your conversation with Hana Ito on Tuesday at 3pm, the panel has decided not to move forward.',
    "We've opted not to proceed further; Hana Ito is happy to share feedback on Friday at 11am CT.",
    'The team has decided to go in a different direction. Thank you for Tuesday at 3pm.',
  ])('%s', (text) => {
    expect(kindOf('Your application', text)).toBe('not_interview');
  });

  it('a decision not to go on with one meeting is no rejection', () => {
    expect(
      kindOf(
        'Interview',
        "We've decided not to proceed with the phone screen and will go straight to your onsite interview on Friday at 11am CT.",
      ),
    ).toBe('scheduled');
  });
});

describe('rejections in es, fr, nl and it said as not going on', () => {
  it.each([
    'Te escribo para contarte que no seguiremos adelante con tu candidatura. Javier Gil puede llamarte el jueves a las 10:00 para comentarlo.',
    'Tras valorarlo, hemos decidido no continuar con el proceso. Gracias por la entrevista del lunes a las 9:00.',
    'Nous avons le regret de vous annoncer que nous avons retenu une autre candidature. Léa Morel peut vous rappeler jeudi à 10h.',
    'Helaas hebben we besloten niet verder te gaan. Je kunt donderdag om 10:00 bellen met Femke Mulder voor feedback.',
    'Purtroppo non possiamo andare avanti con la tua candidatura. Paolo Sala ti chiama giovedì alle 10.',
  ])('%s', (text) => {
    expect(kindOf('Candidatura', text)).toBe('not_interview');
  });

  it.each([
    'Nos alegra decirte que seguiremos adelante con tu candidatura: tu entrevista con Javier Gil está confirmada para el jueves a las 10:00.',
    'Nous avons retenu votre candidature : votre entretien avec Léa Morel est confirmé jeudi à 10h.',
    'We hebben besloten je uit te nodigen: je gesprek met Femke Mulder is bevestigd op donderdag om 10:00.',
  ])('the same words without the "not" book the interview: %s', (text) => {
    expect(kindOf('Entrevista', text)).toBe('scheduled');
  });
});
