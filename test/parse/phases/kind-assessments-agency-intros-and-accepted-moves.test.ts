// An assessment to complete whose only times are a deadline and optional help sessions, an
// agency's first contact that pencils in a chat, and a move the people have already accepted.
import { describe, expect, it } from 'vitest';
import { kindOf } from '../support/kind-input.js';

describe('an assessment with no interview booked', () => {
  it.each([
    [
      'Your SQL exercise',
      'Here is the online assessment for the Analyst role: https://tests.example/q7. It stays open until Sunday 9pm PT. Stuck? Dana Okoro runs an optional Q&A on Teams at 4pm on Thursday: https://teams.example.net/l/qa-4410',
    ],
    [
      'Next stage',
      'Please complete the exercise by Monday at noon. Kofi Mensah hosts drop-in help on Friday, 1:00-2:00 PM over Zoom (https://zoom.example/j/5512) if the setup gives you trouble.',
    ],
    [
      'Ihre Bewerbung',
      'Anbei die Probeaufgabe für die Stelle. Abgabe bis Freitag, 18 Uhr. Bei Fragen bietet Jonas Weber am Mittwoch um 12 Uhr eine offene Sprechstunde per Teams an.',
    ],
    [
      'Votre candidature',
      "Voici l'exercice à rendre avant vendredi 17 h. Léa Martin tient une permanence facultative mardi à 12 h 30 sur Zoom.",
    ],
  ])('%s', (subject, text) => {
    expect(kindOf(subject, text)).toBe('not_interview');
  });

  it.each([
    'Your live coding assessment with Pia Lund is on Tuesday at 10am: https://zoom.example/j/77',
    'Your interview is confirmed for Tuesday at 10am. Before it, please complete the coding challenge.',
    'Wednesday at 9:45 is locked in with Omar Haddad; please also finish the take-home beforehand.',
  ])('a booked interview beside it stays booked: %s', (text) => {
    expect(kindOf('Next steps', text)).toBe('scheduled');
  });
});

describe("an agency's first contact", () => {
  it.each([
    "Hi Sam, I'm a recruiter with Bluepeak Search. I've penciled in Friday at 10:15 for a 15-minute intro; my Teams link is https://teams.example.net/l/bp-sam",
    "We're partnering directly with a 60-person robotics startup on a firmware lead hire. I've held Tuesday at 4pm for a short chat on Zoom: https://zoom.example/my/lena",
  ])('%s', (text) => {
    expect(kindOf('Firmware lead - quick chat', text)).toBe('not_interview');
  });

  it('an agency that books its client interview stays booked', () => {
    expect(
      kindOf(
        'Interview with Arbor',
        "I'm a recruiter at Lindqvist Partners: your interview with our client Arbor is confirmed for Tuesday at 3pm with their CTO.",
      ),
    ).toBe('scheduled');
  });
});

describe('a move the people have accepted', () => {
  it.each([
    "Done - you're on Monday the 14th at 11 now. Both panelists have approved the switch.",
    "Priya has OK'd the new time, so Thursday 3pm it is.",
    'Marco and Ines accepted the change: Wednesday, 2:30 PM, same Meet room.',
  ])('%s', (text) => {
    expect(kindOf('RE: Final round', text)).toBe('rescheduled');
  });
});
