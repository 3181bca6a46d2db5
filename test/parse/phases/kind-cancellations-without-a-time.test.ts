// A cancellation that names the meeting calls it off even when it gives no time ("we need to
// cancel Thursday's interview"): the plan for that interview must stop. One that turns the seeker
// down, or names no meeting, stays no interview.
import { describe, expect, it } from 'vitest';
import { parseEmail, toExtraction } from '#parse/parse-email.js';
import { kindOf } from '../support/kind-input.js';

const noTime = { hasTime: false };

describe('a cancellation without its time', () => {
  it.each([
    [
      'Fwd: Monday',
      "Sorry Ayo, I have to cancel Monday's interview: the hiring manager is out sick.",
    ],
    ['Interview cancelled', 'Hi Ruth, unfortunately we need to call this off for now.'],
    ['Fwd: Canceled: Panel with Dmitri and Ola', 'This event has been canceled.'],
    ['TR: Entretien', 'Je dois malheureusement annuler notre entretien de jeudi.'],
    ['WG: Gespräch', 'Leider müssen wir das Vorstellungsgespräch am Freitag absagen.'],
  ])('%s', (subject, text) => {
    expect(kindOf(subject, text, noTime)).toBe('cancelled');
  });

  it.each([
    [
      'Your application',
      'Thank you for interviewing with us. The position has been cancelled and we will not be moving forward with any candidates.',
    ],
    ['Weekly digest', 'The career fair meetup was cancelled because of the snow.'],
    ['Re: Thursday', 'Can we cancel the interview on Thursday? Something came up.'],
  ])('stays no interview: %s', (subject, text) => {
    expect(kindOf(subject, text, noTime)).toBe('not_interview');
  });

  it('a whole forward: cancelled, with no time and the company and role it names', async () => {
    const raw = [
      'From: Sam Seeker <sam.seeker@mail.example>',
      'To: interviews@followups.example.dev',
      'Date: Tue, 8 Dec 2026 10:20:00 -0500',
      'Subject: Fwd: Interview cancelled - Field Biologist',
      'Content-Type: text/plain; charset=utf-8',
      '',
      '---------- Forwarded message ---------',
      'From: Wren Halloway <wren@marshlight.example>',
      'Date: Tue, 8 Dec 2026 09:58:00 -0500',
      'Subject: Interview cancelled - Field Biologist',
      'To: Sam Seeker <sam.seeker@mail.example>',
      '',
      'Hi Sam,',
      '',
      "I'm sorry to tell you we need to cancel Wednesday's interview: the Field Biologist opening has been put on hold until the spring grant is decided.",
      '',
      'Wren Halloway',
      'Marshlight Conservancy',
      '',
    ].join('\n');
    const x = toExtraction(await parseEmail(Buffer.from(raw), { timezone: 'America/New_York' }));
    expect([x.kind, x.start, x.end, x.company, x.role]).toEqual([
      'cancelled',
      null,
      null,
      'Marshlight Conservancy',
      'Field Biologist',
    ]);
  });
});
