// Conventions of mail written outside the US, each reader alone on phrases written here: the
// order of numeric dates, the half of the day written before a Japanese hour, the words that
// move or call off a meeting, and a reference number in brackets after a job title.
import { describe, expect, it } from 'vitest';
import { findTimeRanges } from '#parse/clock-times.js';
import { numericOrderEvidence } from '#parse/dates.js';
import { parseEmail, toExtraction } from '#parse/parse-email.js';
import { cleanRole } from '#parse/role.js';
import { kindOf } from '../support/kind-input.js';

const clock = (text: string) =>
  findTimeRanges(text).map((r) => {
    const hm = (t: { hour: number; minute: number }) =>
      `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
    return r.finish ? `${hm(r.start)}-${hm(r.finish)}` : hm(r.start);
  });

describe('the order of a numeric date', () => {
  it('is day first in a message written in another language, even with no zone and no month name', () => {
    expect(numericOrderEvidence('Votre entretien aura lieu le 04/03/2027 à 10h.')).toBe(true);
    expect(numericOrderEvidence('Ihr Gespräch: 05/02/2027, 9:00')).toBe(true);
    expect(numericOrderEvidence('Ci vediamo giovedì 06/05/2027 in sede')).toBe(true);
  });

  it('says nothing for an English text, and a date readable one way still decides', () => {
    expect(numericOrderEvidence('Your interview is on 03/04/2027 at 10am.')).toBeNull();
    expect(numericOrderEvidence('Entretien le 03/25/2027 à 10h')).toBe(false);
  });

  it('a French confirmation with "Date : 04/03/2027" and no zone is the 4th of March, read in the default zone', async () => {
    const raw = [
      'From: Léa Martin <lea.martin@atelier-nord.example>',
      'To: paul.durand@mail.example',
      'Subject: Entretien pour le poste de Comptable',
      'Date: Mon, 22 Feb 2027 10:00:00 +0100',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Bonjour Paul,',
      '',
      'Je vous confirme votre entretien :',
      'Date : 04/03/2027',
      'Heure : 10h00 - 11h00',
      '',
      'Léa Martin',
      'Atelier Nord',
      '',
    ].join('\n');
    const x = toExtraction(await parseEmail(Buffer.from(raw), { timezone: 'America/New_York' }));
    expect(x.start).toBe('2027-03-04T10:00:00-05:00');
  });
});

describe('the half of the day written before a Japanese hour', () => {
  it('"午後2時〜午後3時" is 14:00-15:00, "午前10時30分" is 10:30, and "午後1時〜2時" a range', () => {
    expect(clock('3月4日（木）午後2時〜午後3時')).toEqual(['14:00-15:00']);
    expect(clock('面接は午前10時30分からです')).toEqual(['10:30']);
    expect(clock('午後1時〜2時')).toEqual(['13:00-14:00']);
  });
});

describe('words that move or call off a booked meeting', () => {
  it('German nouns and "ausweichen" move it', () => {
    expect(
      kindOf('Terminverlegung', 'Wir müssen leider umplanen: neuer Vorschlag Dienstag, 9 Uhr.'),
    ).toBe('rescheduled');
    expect(
      kindOf(
        'Ihr Vorstellungsgespräch',
        'Könnten wir stattdessen auf Mittwoch, den 3. März, um 11 Uhr ausweichen? Das Gespräch bleibt gleich.',
      ),
    ).toBe('rescheduled');
  });

  it('"desconvocada", "não poderá ser realizada", "non potrà svolgersi", "ne pourra pas avoir lieu" call it off', () => {
    expect(
      kindOf(
        'Entrevista del martes',
        'Le informamos de que la entrevista del martes a las 10:00 queda desconvocada.',
      ),
    ).toBe('cancelled');
    expect(
      kindOf(
        'Sua entrevista',
        'Infelizmente a entrevista de quinta às 14h não poderá ser realizada.',
      ),
    ).toBe('cancelled');
    expect(
      kindOf(
        'Colloquio di lunedì',
        'Purtroppo il colloquio di lunedì alle 15 non potrà svolgersi.',
      ),
    ).toBe('cancelled');
    expect(
      kindOf(
        'Votre entretien',
        "L'entretien prévu jeudi à 9h ne pourra pas avoir lieu, le poste étant pourvu.",
      ),
    ).toBe('cancelled');
  });

  it('a Japanese notice that fixes one of the candidate dates is a booking', () => {
    expect(
      kindOf(
        '面接日程確定のご連絡',
        'ご回答いただいた候補日の中から、下記の日程で面接を確定いたしました。',
      ),
    ).toBe('scheduled');
    // Asking for candidate dates stays a request.
    expect(
      kindOf(
        '面接日程のご相談',
        'ご都合の良い候補日を3つほどお知らせください。確定後、改めてご案内いたします。',
        {
          timeIsOffer: true,
        },
      ),
    ).toBe('not_interview');
  });
});

describe('a reference number in brackets after a job title', () => {
  it('is left out in each language, abbreviated or not', () => {
    expect(cleanRole('Tecnico di laboratorio (rif. MI-22/07)', true)).toBe(
      'Tecnico di laboratorio',
    );
    expect(cleanRole('Technicien support (réf. 2027-118)', true)).toBe('Technicien support');
    expect(cleanRole('Sachbearbeiter Einkauf (Kennziffer 4471)', true)).toBe(
      'Sachbearbeiter Einkauf',
    );
    expect(cleanRole('Analista de datos (referencia AD-9)', true)).toBe('Analista de datos');
  });
});
