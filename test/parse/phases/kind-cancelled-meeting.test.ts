// A forwarded cancellation of the one meeting the message is about is a cancellation, whether or
// not it says "interview": a seeker forwards only interview mail. A cancellation of something
// else beside a booked interview leaves the booking standing.
import { describe, expect, it } from 'vitest';
import { parseEmail, toExtraction } from '#parse/parse-email.js';
import { kindOf } from '../support/kind-input.js';

describe('a cancellation that names the meeting but no interview word', () => {
  it.each([
    [
      'Fwd: Thursday',
      'Hi Ines, your meeting with Rafael on Thursday at 11 AM has been cancelled. Apologies!',
    ],
    [
      'Re: Monday',
      'So sorry Kofi – I have to cancel our call on Monday at 4pm, a board meeting landed on top of it.',
    ],
    ['Fwd: quick sync', 'Marta has canceled this event.\nFriday, March 5 · 9:30 – 10:00am'],
    ['TR: Point mardi', 'Notre réunion de mardi à 14 h avec Hélène est annulée.'],
    ['WG: Kennenlernen', 'Unser Treffen am Freitag um 10 Uhr mit Sven wurde abgesagt.'],
    ['RV: Charla', 'La cita del jueves a las 12:00 con Pilar ha sido cancelada.'],
    ['Fwd: kennismaking', 'De kennismaking van woensdag om 15.00 uur met Joost is geannuleerd.'],
  ])('%s', (subject, text) => {
    expect(kindOf(subject, text, { jobSigns: true })).toBe('cancelled');
  });

  it.each([
    ['Fwd: Canceled: Coffee chat with Wen', 'Thursday, February 11 · 8:30 – 9:00am'],
    [
      'Cancelled event: Catch-up with Obi @ Tue Mar 2, 2027 1pm - 1:30pm (EST)',
      'Tuesday Mar 2, 2027 1pm',
    ],
    ['WG: Abgesagt: Austausch mit Lena', 'Dienstag, 2. März 2027 13:00–13:30'],
    ['TR: Annulé : Échange avec Paul', 'mardi 2 mars 2027 13:00–13:30'],
    ['転送: キャンセル済み: 佐藤さんとの打ち合わせ', '3月2日(火) 13:00〜13:30'],
  ])('a calendar title that says cancelled: %s', (subject, text) => {
    expect(kindOf(subject, text, { jobSigns: true })).toBe('cancelled');
  });

  it('a cancellation that rebooks is a move', () => {
    expect(
      kindOf(
        'Canceled: Chat with Priya',
        'Priya has canceled this event. New time: Friday at 2pm, same link.',
      ),
    ).toBe('rescheduled');
  });
});

describe('the cancelling verb after the date, and the meeting named with its article', () => {
  it.each([
    ['WG: Termin', 'Leider müssen wir unser Treffen am Dienstag, 9. März um 15:00 Uhr absagen.'],
    ['Fwd: afspraak', 'Helaas moeten we onze afspraak van dinsdag 9 maart om 15.00 uur annuleren.'],
    ['VB: Tisdag', 'Tyvärr måste vi ställa in mötet tisdag 9 mars kl. 15.00.'],
    ['VS: Tirsdag', 'Vi må desværre aflyse mødet tirsdag den 9. marts kl. 15.'],
    ['VS: Tirsdag', 'Vi må dessverre avlyse møtet tirsdag 9. mars kl. 15.'],
  ])('%s: %s', (subject, text) => {
    expect(kindOf(subject, text, { jobSigns: true })).toBe('cancelled');
  });
});

describe('a cancellation of something else beside the booking leaves it booked', () => {
  it.each([
    'Your interview with Sam is confirmed for Tuesday at 3 PM. The office tour afterwards has been cancelled, so plan to leave by 4.',
    'Your call with Dana is confirmed for Tuesday at 2 PM. Note: the team lunch that day has been cancelled.',
    'Looking forward to talking tomorrow at 10. My 9am has been cancelled, so I could start earlier if you like.',
    "You're booked for Wednesday at 1pm with Aiko. The parking validation programme was cancelled last month; take the train.",
  ])('%s', (text) => {
    expect(kindOf('Next step', text)).toBe('scheduled');
  });

  it('an event called off is no interview', () => {
    expect(
      kindOf(
        'Careers open evening',
        'Our careers open evening on Thursday at 6 PM has been cancelled. The event will return in spring.',
        { jobSigns: false },
      ),
    ).toBe('not_interview');
  });

  it('an offer to cancel is no cancellation', () => {
    expect(
      kindOf(
        'Meeting with Dana',
        'Your meeting with Dana is booked for Tuesday at 2 PM. If you need to cancel, reply here.',
      ),
    ).toBe('scheduled');
  });
});

describe('a forwarded calendar cancellation without a calendar part', () => {
  it('keeps the cancelled meeting and its time', async () => {
    const raw = [
      'From: Wen Okafor <wen.okafor@mailbox.example>',
      'To: interviews@followups.example.dev',
      'Subject: Fwd: Canceled event: Coffee chat with Mirela @ Thu Feb 11, 2027 8:30am - 9am (EST)',
      'Date: Tue, 9 Feb 2027 19:02:00 -0500',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      '---------- Forwarded message ---------',
      'From: Google Calendar <calendar-notification@google.example>',
      'Date: Tue, Feb 9, 2027 at 6:40 PM',
      'Subject: Canceled event: Coffee chat with Mirela @ Thu Feb 11, 2027 8:30am - 9am (EST)',
      'To: <wen.okafor@mailbox.example>',
      '',
      'This event has been canceled and removed from your calendar.',
      '',
      'Coffee chat with Mirela',
      'Thursday Feb 11, 2027 ⋅ 8:30am – 9am',
      'Eastern Time - New York',
      '',
      'Organizer',
      'Mirela Dinu',
      'mirela.dinu@brackenhollow.example',
      '',
    ].join('\n');
    const parsed = toExtraction(
      await parseEmail(Buffer.from(raw), { timezone: 'America/New_York' }),
    );
    expect(parsed.kind).toBe('cancelled');
    expect(parsed.start).toBe('2027-02-11T08:30:00-05:00');
  });
});
