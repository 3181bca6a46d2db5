// Times and dates written out the way people write them in prose: the half of the day after the
// hour, French "heures", weeks counted from today, and zones named by their IANA name.
import { describe, expect, it } from 'vitest';
import { findDurations, findTimeRanges } from '#parse/clock-times.js';
import { findDates, resolveDate } from '#parse/dates.js';
import { parseEmail, toExtraction } from '#parse/parse-email.js';
import { zoneAt, zoneStatements } from '#parse/zones.js';
import { at } from '../support/at.js';

const clock = (text: string) =>
  findTimeRanges(text).map((r) => {
    const hm = (t: { hour: number; minute: number }) =>
      `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
    return r.finish ? `${hm(r.start)}-${hm(r.finish)}` : hm(r.start);
  });

describe('the half of the day written after the hour', () => {
  it.each([
    ['we can see you at 4 in the afternoon', '16:00'],
    ['shall we say seven in the morning your time?', '07:00'],
    ['half past nine in the morning works', '09:30'],
    ['the call starts at 11:15 in the morning', '11:15'],
    ['nos vemos a las 6 de la tarde', '18:00'],
    ['a entrevista é às 9 da manhã', '09:00'],
    ['ci vediamo alle 5 del pomeriggio', '17:00'],
    ['rendez-vous à 2 heures de l’après-midi', '14:00'],
    ['das Gespräch beginnt um 9 Uhr morgens', '09:00'],
    ["het gesprek is om 4 uur 's middags", '16:00'],
  ])('%s', (text, expected) => {
    expect(clock(text)).toEqual([expected]);
  });

  it('"après-midi" holds no noon', () => {
    expect(clock('jeudi après-midi, à 3 heures')).not.toContain('12:00');
  });
});

describe('French hours written "heures"', () => {
  it.each([
    ['rendez-vous à 16 heures au siège', ['16:00']],
    ['nous vous recevrons vers 9 heures 45', ['09:45']],
    ['le créneau de 11 heures à 12 heures est confirmé', ['11:00-12:00']],
  ])('%s', (text, expected) => {
    expect(clock(text)).toEqual(expected);
  });

  it('"de 2 heures" is a length, "à 8 heures" a clock reading', () => {
    expect(findDurations('un échange de 2 heures').map((d) => d.minutes)).toEqual([120]);
    expect(findDurations('rendez-vous à 8 heures').map((d) => d.minutes)).toEqual([]);
  });
});

describe('Japanese hours followed by a particle', () => {
  it.each([
    ['面接は3月2日（火）15時より行います', ['15:00']],
    ['11時から1時間ほど', ['11:00']],
    ['当日は9時半にお越しください', ['09:30']],
    ['13時に受付へお越しください', ['13:00']],
  ])('%s', (text, expected) => {
    expect(clock(text)).toEqual(expected);
  });

  it('"1時間" is a length, not one o’clock', () => {
    expect(clock('所要時間は約1時間です')).toEqual([]);
  });
});

describe('days counted ahead', () => {
  const base = at('2027-03-03T09:00:00-05:00');
  it.each([
    ['a week from today', { year: 2027, month: 3, day: 10 }],
    ['two weeks from tomorrow', { year: 2027, month: 3, day: 18 }],
    ['in a week', { year: 2027, month: 3, day: 10 }],
    ['in 4 days', { year: 2027, month: 3, day: 7 }],
  ])('%s', (text, expected) => {
    const [mention] = findDates(text, false);
    expect(mention && resolveDate(mention, base)).toEqual(expected);
  });
});

describe('a weekday of the next week', () => {
  // Wednesday 3 March 2027: "this Friday" is the 5th, a Friday of next week the 12th.
  const base = at('2027-03-03T09:00:00+01:00');
  it.each([
    ['Can you do Friday next week at 3pm?', 12],
    ['We have you down for Monday of next week.', 8],
    ['Rendez-vous vendredi de la semaine prochaine à 15 h.', 12],
    ['Das Gespräch ist am Freitag nächster Woche um 15 Uhr.', 12],
    ['La entrevista es el viernes de la próxima semana.', 12],
    ['Het gesprek is donderdag volgende week om 10.00 uur.', 11],
    ['Rozmowa odbędzie się w piątek w przyszłym tygodniu.', 12],
  ])('%s', (text, day) => {
    const [mention] = findDates(text, true);
    expect(mention && resolveDate(mention, base)).toEqual({ year: 2027, month: 3, day });
  });

  it('a weekday alone is still the coming one', () => {
    const [mention] = findDates('See you Friday at 3pm.', false);
    expect(mention && resolveDate(mention, base)).toEqual({ year: 2027, month: 3, day: 5 });
  });
});

describe('days counted ahead in other languages', () => {
  const base = at('2027-03-03T09:00:00+01:00');
  it.each([
    ['das Gespräch ist in drei Tagen', 3],
    ['nous vous verrons dans deux jours', 2],
    ['la reunión será dentro de dos días', 2],
    ['a entrevista será daqui a uma semana', 7],
    ['il colloquio è tra tre giorni', 3],
    ['het gesprek is over twee weken', 14],
  ])('%s', (text, days) => {
    const [mention] = findDates(text, true);
    expect(mention && resolveDate(mention, base)).toEqual({ year: 2027, month: 3, day: 3 + days });
  });

  it('reads the time of "Das Gespräch findet in zwei Tagen um 10 Uhr statt"', async () => {
    const raw = [
      'From: Lena Brandt <lena.brandt@post.example>',
      'To: Lena Brandt <lena.brandt@post.example>',
      'Subject: WG: Ihr Vorstellungsgespräch',
      'Date: Wed, 3 Mar 2027 09:00:00 +0100',
      'Content-Type: text/plain; charset=utf-8',
      '',
      '-----Ursprüngliche Nachricht-----',
      'Von: Jonas Weber <jonas.weber@falkwerk.example>',
      'Gesendet: Mittwoch, 3. März 2027 08:40',
      'Betreff: Ihr Vorstellungsgespräch',
      '',
      'Sehr geehrte Frau Brandt,',
      '',
      'Ihr Vorstellungsgespräch findet in zwei Tagen um 10 Uhr (MEZ) statt.',
    ].join('\r\n');
    const got = toExtraction(await parseEmail(raw, { timezone: 'America/New_York' }));
    expect(got.start).toBe('2027-03-05T10:00:00+01:00');
  });
});

describe('a zone written as its IANA name', () => {
  it('after a time and as a statement, but not inside a link', () => {
    const text = 'Starts 09:00 (Asia/Singapore).';
    expect(zoneAt(text, text.indexOf(' (A'))?.iana).toBe('Asia/Singapore');
    expect(zoneStatements('Time zone: America/Argentina/Buenos_Aires').map((z) => z.iana)).toEqual([
      'America/Argentina/Buenos_Aires',
    ]);
    expect(zoneStatements('https://cal.example/add?ctz=America/Denver')).toEqual([]);
    expect(zoneStatements('Shown in Europe/Nowhere')).toEqual([]);
  });

  it('a scheduling tool’s "(Europe/Lisbon)" sets the interview’s zone', async () => {
    const raw = [
      'From: Jo Park <jo.park@inbox.example>',
      'To: Jo Park <jo.park@inbox.example>',
      'Subject: Fwd: Interview confirmed',
      'Date: Tue, 2 Mar 2027 08:00:00 -0500',
      'Content-Type: text/plain; charset=utf-8',
      '',
      '---------- Forwarded message ---------',
      'From: Calendly-style bookings <no-reply@slots.example>',
      'Date: Tue, 2 Mar 2027 07:55:00 -0500',
      'Subject: Interview confirmed',
      '',
      'Your interview with Marta Vidal is confirmed.',
      'When: Thursday, March 11, 2027, 16:00 - 16:45 (Europe/Lisbon)',
    ].join('\r\n');
    const got = toExtraction(await parseEmail(raw, { timezone: 'America/New_York' }));
    expect(got.start).toBe('2027-03-11T16:00:00+00:00');
    expect(got.end).toBe('2027-03-11T16:45:00+00:00');
  });
});

describe('a weekday a week after the coming one', () => {
  // Thursday 4 March 2027.
  const base = at('2027-03-04T11:00:00-05:00');
  it.each([
    ['Shall we say a week from Tuesday, at 3pm?', { year: 2027, month: 3, day: 16 }],
    ['The panel is Monday week in the afternoon.', { year: 2027, month: 3, day: 15 }],
    ['How about the Friday after next for the onsite?', { year: 2027, month: 3, day: 12 }],
    ['We will see you a week on Saturday.', { year: 2027, month: 3, day: 13 }],
    ["L'entretien aura lieu lundi en huit à 10 h.", { year: 2027, month: 3, day: 15 }],
    ['Das Gespräch ist am Dienstag in einer Woche.', { year: 2027, month: 3, day: 16 }],
  ])('%s', (text, expected) => {
    const [mention] = findDates(text, false);
    expect(mention && resolveDate(mention, base)).toEqual(expected);
  });

  it('"weekly" after a weekday is no week later', () => {
    const [mention] = findDates('The Tuesday weekly sync moves to 4pm.', false);
    expect(mention && resolveDate(mention, base)).toEqual({ year: 2027, month: 3, day: 9 });
  });
});
