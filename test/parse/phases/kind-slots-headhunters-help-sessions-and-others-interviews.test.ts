// Hard negatives in other languages: an Italian list of slots to choose from, a Swedish
// headhunter's first call, a Spanish help session for a test, and the seeker's note that an
// interview in their calendar is someone else's.
import { describe, expect, it } from 'vitest';
import { kindOf } from '../support/kind-input.js';

describe('slots offered to choose from (Italian)', () => {
  it.each([
    'Ti propongo tre date per il colloquio con la dott.ssa Neri: lunedì 8 alle 9:30, martedì 9 alle 14:00 o giovedì 11 alle 16:00. Link Teams: https://teams.example.net/l/neri-88',
    'Buongiorno, per il colloquio tecnico con Marco Ferri Le propongo alcune possibilità: 12/04 ore 10, 13/04 ore 15. Quale delle due opzioni preferisce?',
  ])('%s', (text) => {
    expect(kindOf('Colloquio', text)).toBe('not_interview');
  });

  it('a booked Italian interview stays booked', () => {
    expect(
      kindOf(
        'Conferma colloquio',
        'Le confermo il colloquio con la dott.ssa Neri lunedì 8 alle 9:30 su Teams.',
      ),
    ).toBe('scheduled');
  });
});

describe("a headhunter's first call (Swedish)", () => {
  it.each([
    'Hej Karin! Jag är researcher och rekryterare på Norrsken Search. Skulle måndag kl. 10.30 passa dig för ett kort samtal? Teams: https://teams.example.net/l/ns-k',
    'Jag har ett uppdrag som CFO hos en av våra kunder. Har du tid för ett förutsättningslöst samtal på fredag kl. 9? https://zoom.example/j/4410',
  ])('%s', (text) => {
    expect(kindOf('Uppdrag', text)).toBe('not_interview');
  });
});

describe('a help session for a test that is not assessed', () => {
  it.each([
    [
      'Prueba para hacer en casa',
      'Tienes hasta el viernes a las 20:00. El martes a las 18:00 Pablo Ruiz abre una sesión de dudas por Meet: https://meet.example.com/pr-dudas',
    ],
    [
      'Your case study',
      'Deadline is Friday 6pm ET. Ana Silva will answer questions live on Wednesday at 1pm on Zoom (https://zoom.example/j/3301); no one is evaluated there.',
    ],
  ])('%s', (subject, text) => {
    expect(kindOf(subject, text)).toBe('not_interview');
  });
});

describe("someone else's interview in the seeker's calendar", () => {
  it.each([
    "Reminder: Jonas - interview at Brightfield, Tue 10:00-11:00. Jonas's interview, not mine - text him good luck. Meet: https://meet.example.com/jo-bf",
    'Påminnelse: Eriks jobbintervju hos Statnett kl. 13. Det er Eriks intervju, ikke mitt – ring ham etterpå.',
    'Påminnelse: Lisas intervju på Volvo kl. 14.00 – inte min intervju, bara så jag kommer ihåg att ringa henne.',
  ])('%s', (text) => {
    expect(kindOf('Reminder', text)).toBe('not_interview');
  });
});
