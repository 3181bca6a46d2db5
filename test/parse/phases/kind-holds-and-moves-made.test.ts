// A time only held for an interview that is not booked yet, and a move the sender has already
// made in the invitation while asking about it. Also events that say they have no bearing on
// selection, receipts named as such, and a calendar place that is only a link.
import { describe, expect, it } from 'vitest';
import { findMeetingUrl } from '#parse/meeting-url.js';
import { kindOf } from '../support/kind-input.js';

describe('a tentative hold is not a booking', () => {
  it.each([
    "Please hold next Monday 10am–1pm for a likely panel; I'll confirm the exact time once I hear back.",
    "We've tentatively booked Friday at 11am for your site visit, pending the hiring manager's sign-off.",
    'Could you hold Tuesday 3–5pm for a possible onsite? The invite goes out once the panel is confirmed.',
    'Für das Vorstellungsgespräch habe ich Donnerstag, 14 Uhr vorläufig für Sie geblockt.',
    "Je vous bloque provisoirement jeudi à 14 h pour l'entretien, sous réserve de confirmation.",
    'Te reservo de forma provisional el jueves a las 10:00 para la entrevista.',
  ])('%s', (text) => {
    expect(kindOf('Interview', text)).toBe('not_interview');
  });

  it.each([
    "Can you keep next Tuesday morning (9–12) clear for a potential final round? Nothing's final yet.",
    'Blocking Friday 2–5pm tentatively for your site visit; exact times to follow.',
    "We'd like you in on the 14th from 10 to 2 for the panel, but the slot isn't confirmed yet.",
    "Your onsite would be Wednesday 10am–3pm; the itinerary will follow once it's finalised.",
    "Thursday 1–4pm looks likely for the onsite; I'll share the confirmed timing on Monday.",
  ])('said otherwise: %s', (text) => {
    expect(kindOf('Onsite', text)).toBe('not_interview');
  });

  it('a booked onsite whose agenda follows later stays booked', () => {
    expect(
      kindOf(
        'Onsite',
        "Your onsite is confirmed for Tuesday 10am–2pm. The itinerary will follow once it's finalised.",
      ),
    ).toBe('scheduled');
  });

  it('a booked time with a detail still to confirm stays booked', () => {
    expect(
      kindOf(
        'Interview',
        "Your onsite is confirmed for Tuesday 3–5pm; I'll confirm the room by Monday.",
      ),
    ).toBe('scheduled');
  });
});

describe('a move the sender already made in the invitation', () => {
  it('asks about the new time and says the invite is changed: rescheduled', () => {
    expect(
      kindOf(
        'Re: Interview',
        'Would 10:30 on Friday suit you rather than 9? I have already changed the calendar invitation.',
        { timeIsOffer: true },
      ),
    ).toBe('rescheduled');
    expect(
      kindOf(
        'Re: Interview',
        'I went ahead and moved the invite – 2pm Wednesday instead of 4pm, same link.',
      ),
    ).toBe('rescheduled');
  });

  it.each([
    'Is 4:30 on Monday OK rather than 2? The calendar invitation has already been changed.',
    "Could we go with 1pm Friday instead of 10am? I'm sending you a revised invite now.",
    '¿Te viene bien el martes a las 16:00 en vez de a las 12:00? Ya he cambiado la convocatoria.',
    'Serait-ce possible mardi à 16 h au lieu de 12 h ? Nous avons déjà modifié le rendez-vous.',
    'Passt Ihnen Dienstag um 16 Uhr anstatt 12 Uhr? Ich habe die Einladung bereits aktualisiert.',
  ])('in other words: %s', (text) => {
    expect(kindOf('Re: Interview', text, { timeIsOffer: true })).toBe('rescheduled');
  });

  it('an invitation updated with a link only is no move', () => {
    expect(
      kindOf(
        'Interview',
        'Your interview is on Wednesday at 2pm. I have updated the invite with the video link.',
      ),
    ).toBe('scheduled');
  });
});

describe('Japanese: an event outside selection, a receipt', () => {
  it('a company briefing that "has no effect on selection" is no interview', () => {
    expect(
      kindOf(
        'オンライン会社説明会のご案内',
        '参加は任意です。選考には一切影響しません。\n日時：3月4日（木）18:00〜19:00\n面接の日程は書類選考の後にご連絡します。',
      ),
    ).toBe('not_interview');
  });

  it('a subject that calls it an entry receipt', () => {
    expect(
      kindOf(
        '【ハヤセ工業】エントリー受付のお知らせ',
        'エントリーありがとうございます。\n受付日時：2027年3月2日 14:05\n面接については追ってご連絡いたします。',
      ),
    ).toBe('not_interview');
  });
});

describe('a calendar place that is only a link', () => {
  it("is the meeting link, on a tool's own host too", () => {
    expect(findMeetingUrl(['https://rooms.bookly.example/x/4471-qq', 'Hi Sam'])).toBe(
      'https://rooms.bookly.example/x/4471-qq',
    );
  });

  it('not in running text, and never a link to change the booking', () => {
    expect(findMeetingUrl(['See https://rooms.bookly.example/x/4471-qq for details'])).toBeNull();
    expect(findMeetingUrl(['https://bookly.example/reschedule/4471-qq'])).toBeNull();
  });
});

describe('a cancellation said as who called it off, or as gone from the calendar', () => {
  it.each([
    'Dev Raman has called off the portfolio review on Friday at 10am.',
    "I'm afraid Lina called off tomorrow's panel at 2pm; she'll be in touch.",
    'Your interview on Friday at 10am has been removed from both schedules.',
  ])('%s', (text) => {
    expect(kindOf('Interview update', text)).toBe('cancelled');
  });

  it('a slot that would leave the calendar only if declined is no cancellation', () => {
    expect(
      kindOf(
        'Interview',
        'Your interview is confirmed for Friday at 10am. Declining removes it from your calendar.',
      ),
    ).toBe('scheduled');
  });
});

describe('thanks for the availability is no request for it (Italian)', () => {
  it.each([
    'Grazie per la disponibilità: il colloquio con Marta Ricci è fissato per giovedì alle 15:00.',
    'Gentile Pat, grazie mille per la disponibilità! Ci vediamo giovedì alle 15:00 in sede per il colloquio.',
  ])('%s', (text) => {
    expect(kindOf('Colloquio', text)).toBe('scheduled');
  });

  it.each([
    'Per organizzare il colloquio, mi indichi la sua disponibilità per giovedì o venerdì mattina.',
    'Fammi sapere la tua disponibilità nei prossimi giorni per un primo colloquio.',
    'Quali sono le sue disponibilità per un colloquio la settimana prossima?',
  ])('a request: %s', (text) => {
    expect(kindOf('Colloquio', text)).toBe('not_interview');
  });
});
