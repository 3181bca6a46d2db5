// Tempting negatives in more languages, each with a time, a person and often a link: a German
// recruiter's time asked about and the invite promised once the seeker answers; a Polish tentative
// hold, said in words and sent as a calendar event whose STATUS is TENTATIVE; an Italian chat said
// to be no interview where nobody is hiring; a Swedish reference check with a former boss. Each
// beside the booked variant that must stay an interview.
import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '#parse/calendar.js';
import { at } from '../support/at.js';
import { kindOf } from '../support/kind-input.js';

function invite(overrides: Partial<CalendarEvent>): CalendarEvent {
  return {
    uid: 'hold-7@calendar.example',
    sequence: 0,
    method: 'REQUEST',
    cancelled: false,
    declined: false,
    tentative: false,
    start: at('2027-03-11T10:00:00+01:00'),
    end: null,
    timezone: 'Europe/Warsaw',
    floating: false,
    summary: 'Rozmowa rekrutacyjna',
    description: null,
    location: null,
    conference: [],
    people: [],
    ...overrides,
  };
}

describe('a German time asked about, the invitation still to come', () => {
  it.each([
    'Haben Sie am Mittwoch um 10 Uhr Zeit für ein erstes Gespräch mit Herrn Vogt?',
    'Hättest du Freitag, 14:30 Uhr, kurz Zeit? Sobald ich deine Rückmeldung habe, kommt die Einladung.',
    'Ich würde Sie gern kennenlernen. Sobald wir Ihre Bestätigung erhalten haben, senden wir Ihnen die Kalendereinladung für Dienstag, 9:00 Uhr.',
  ])('%s', (text) => {
    expect(kindOf('Ihre Bewerbung', text)).toBe('not_interview');
  });

  it('a booked German interview stays booked', () => {
    expect(
      kindOf(
        'Einladung zum Vorstellungsgespräch',
        'Hiermit bestätigen wir Ihr Vorstellungsgespräch am Mittwoch um 10 Uhr mit Herrn Vogt.',
      ),
    ).toBe('scheduled');
  });
});

describe('a Polish tentative hold', () => {
  it.each([
    'Wstępnie zarezerwowałem dla Pana czwartek 11 marca, 10:00–11:00, ale czekamy jeszcze na Karola Nowaka.',
    'Termin rozmowy z Ewą Mazur: wtorek 14:00. To jeszcze nie jest potwierdzone, dam znać jutro.',
    'Rozmowa techniczna (niepotwierdzona): piątek 9:30, Teams.',
  ])('%s', (text) => {
    expect(kindOf('Rozmowa rekrutacyjna', text)).toBe('not_interview');
  });

  it('a hold sent as a calendar request with STATUS:TENTATIVE books nothing', () => {
    const calendar = invite({ tentative: true });
    expect(
      kindOf('Rozmowa rekrutacyjna', 'Zablokowałam tymczasowo ten termin w kalendarzu.', {
        calendar,
      }),
    ).toBe('not_interview');
  });

  it('a confirmed request with the same words of a tentative booking elsewhere stays booked', () => {
    expect(
      kindOf(
        'Rozmowa rekrutacyjna',
        'Zapraszamy Panią na rozmowę rekrutacyjną, która odbędzie się w czwartek o 10:00.',
        { calendar: invite({}) },
      ),
    ).toBe('scheduled');
  });
});

describe('an Italian chat said to be no interview', () => {
  it.each([
    'Ti scrivo su suggerimento di Luca: non è un colloquio, solo due chiacchiere sul mestiere. Martedì alle 19 su Meet?',
    'Al momento non abbiamo posizioni aperte, ma ci vediamo volentieri venerdì alle 12:30 per un pranzo con Giulia Serra.',
  ])('%s', (text) => {
    expect(kindOf('Un saluto', text)).toBe('not_interview');
  });

  it('"non è un colloquio formale" is an informal interview, still booked', () => {
    expect(
      kindOf(
        'Colloquio conoscitivo',
        'Ti confermo il colloquio conoscitivo con Giulia Serra venerdì alle 12:30: non è un colloquio formale, è fissato in caffetteria.',
      ),
    ).toBe('scheduled');
  });
});

describe("a Swedish reference check is no interview of the seeker's", () => {
  it.each([
    'Nästa steg är referenstagning: jag ringer Per Lund på måndag kl. 9.00.',
    'Vi kommer att kontakta dina referenser under veckan, först Sara Ek på tisdag kl. 14.',
  ])('%s', (text) => {
    expect(kindOf('Nästa steg', text)).toBe('not_interview');
  });
});
