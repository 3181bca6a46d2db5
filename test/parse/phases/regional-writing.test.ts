// Regional ways of writing times, zones, titles and employers (Flemish, Swiss, Québécois, Latin
// American, Scandinavian), each reader alone, on phrases written here.

import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { findTimeRanges } from '#parse/clock-times.js';
import { findWhenCandidates } from '#parse/interview-time.js';
import { zoneStatements } from '#parse/zones.js';

const clock = (text: string) =>
  findTimeRanges(text).map((r) => {
    const hm = (t: { hour: number; minute: number }) =>
      `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
    return r.finish ? `${hm(r.start)}-${hm(r.finish)}` : hm(r.start);
  });
const zones = (text: string) => [...new Set(zoneStatements(text).map((z) => z.iana))];

describe('clock times written regionally', () => {
  it('Flemish "u" hour marks: "van 9u15 tot 10u", "om 16u"', () => {
    expect(clock('gesprek van 9u15 tot 10u in Gent')).toEqual(['09:15-10:00']);
    expect(clock('we zien je donderdag om 16u')).toEqual(['16:00']);
    // A "u" glued to a word is not an hour mark.
    expect(clock('sign up at jobs4u today')).toEqual([]);
  });

  it('a range joined by a single-letter "a" keeps its opening time: "9:30 a 10:45 hrs."', () => {
    expect(clock('Horario: 9:30 a 10:45 hrs.')).toEqual(['09:30-10:45']);
    expect(clock('de 16:00 a 17:00 horas')).toEqual(['16:00-17:00']);
    expect(clock('desde las 8:00 a.m. hasta el mediodía')[0]).toBe('08:00');
  });

  it('a dotted range after "kl." or "ore": "kl. 9.30–10.15", "ore 15.00-16.30"', () => {
    expect(clock('torsdag kl. 9.30–10.15 i Malmö')).toEqual(['09:30-10:15']);
    expect(clock('venerdì ore 15.00-16.30')).toEqual(['15:00-16:30']);
    // A dotted date after the same words is no time.
    expect(clock('kl. 12.03.2027')).toEqual([]);
  });
});

describe('meridiems and limits as written in Spanish and its neighbours', () => {
  it('"p. m." and "a. m." with a space inside are a half of the day', () => {
    expect(clock('a las 4:30 p. m.')).toEqual(['16:30']);
    expect(clock('de 9:00 a. m. a 12:00 p. m.')).toEqual(['09:00-12:00']);
  });

  it('a time after a deadline word is no meeting: "plazo", "a más tardar", "au plus tard", "uiterlijk"', () => {
    const context = {
      base: DateTime.fromISO('2027-02-01T09:00:00', { zone: 'Europe/Madrid' }),
      defaultZone: 'Europe/Madrid',
      dayFirst: true,
    };
    for (const text of [
      'Plazo: hasta el jueves 11 de febrero a las 6:00 p. m.',
      'Envíanos tu solución a más tardar el jueves 11 de febrero a las 18:00.',
      'Merci de rendre le devoir au plus tard le jeudi 11 février à 18h.',
      'Lever je opdracht uiterlijk donderdag 11 februari om 18.00 uur in.',
    ])
      expect(findWhenCandidates(text, context, null)).toEqual([]);
    expect(
      findWhenCandidates('La entrevista es el jueves 11 de febrero a las 18:00.', context, null),
    ).toHaveLength(1);
  });
});

describe('zones named by a country adjective or a regional phrase', () => {
  it('"heure suisse", "heure belge", "Belgische tijd", "ora svizzera"', () => {
    expect(zones('à 11h (heure suisse)')).toEqual(['Europe/Zurich']);
    expect(zones('vers 16 h, heure belge')).toEqual(['Europe/Brussels']);
    expect(zones('om 10u (Belgische tijd)')).toEqual(['Europe/Brussels']);
    expect(zones('alle 9.30, ora svizzera')).toEqual(['Europe/Zurich']);
  });

  it('Latin American phrases: "hora del centro", "hora chilena", "hora peruana"', () => {
    expect(zones('a las 10:00 (hora del centro)')).toEqual(['America/Mexico_City']);
    expect(zones('a las 15:00 hora chilena')).toEqual(['America/Santiago']);
    expect(zones('9:00 a.m., hora peruana')).toEqual(['America/Lima']);
  });
});
