// Choosing the interview time alone: calendar parts first, then the texts in order of trust;
// a floating calendar time takes the zone the text states; the warnings name each guess.
import { describe, expect, it } from 'vitest';
import { chooseTime, readCalendars, type TimeText } from '#parse/time-choice.js';
import { at } from '../support/at.js';

const zone = 'America/Chicago';
const base = at('2027-04-05T09:00:00-05:00');

function ics(lines: string[], method = 'REQUEST'): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `METHOD:${method}`,
    'BEGIN:VEVENT',
    ...lines,
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
}

const floating = ics(['UID:loop-7', 'DTSTART:20270412T130000', 'DTEND:20270412T133000']);

function choose(texts: TimeText[], calendarTexts: string[] = [], body = texts[0]?.text ?? '') {
  const { calendar } = readCalendars(calendarTexts, zone);
  return chooseTime({
    calendar,
    texts,
    body,
    base,
    baseIsForward: false,
    zone,
    companyAddresses: [],
  });
}

describe('readCalendars', () => {
  it('a cancelled event next to a new one at another time: the new one replaces it', () => {
    const old = ics(
      ['UID:loop-7', 'STATUS:CANCELLED', 'DTSTART:20270409T150000Z', 'DTEND:20270409T153000Z'],
      'CANCEL',
    );
    const fresh = ics(['UID:loop-8', 'DTSTART:20270414T150000Z', 'DTEND:20270414T153000Z']);
    const { calendar, replacesCancelledEvent } = readCalendars([old, fresh], zone);
    expect(calendar?.uid).toBe('loop-8');
    expect(replacesCancelledEvent).toBe(true);
  });

  it('the same event twice counts once, and nothing readable gives no event', () => {
    expect(readCalendars([floating, floating], zone).replacesCancelledEvent).toBe(false);
    expect(readCalendars(['not a calendar'], zone).calendar).toBeNull();
  });
});

describe('chooseTime', () => {
  it.each([
    'The day opens with an info session from 9:00 to 9:45 AM on Tuesday, April 13. Your one-to-one interview with Dana follows at 10:30 AM for 45 minutes.',
    'Le mardi 13 avril commence par un webinaire de 9h00 à 9h45. Votre entretien avec Dana est ensuite confirmé à 10h30, pour 45 minutes.',
  ])('the time of an info session or webinar earlier that day is not the interview: %s', (text) => {
    const time = choose([{ source: 'text', text, base }]);
    expect(time.start?.toOffsetISO()).toBe('2027-04-13T10:30:00-05:00');
  });

  it('a floating calendar time is a wall time in the zone the text states', () => {
    const text = 'All times are Pacific Time. See you then.';
    const time = choose([{ source: 'text', text, base }], [floating]);
    expect(time.start?.toOffsetISO()).toBe('2027-04-12T13:00:00-07:00');
    expect(time.timezone).toBe('America/Los_Angeles');
    expect(time.sources).toEqual({ start: 'calendar', timezone: 'text' });
    expect(time.warnings).toEqual([]);
  });

  it('a floating calendar time takes the zone its own description states', () => {
    const described = ics([
      'UID:loop-8',
      'DTSTART:20270412T130000',
      'DTEND:20270412T133000',
      'DESCRIPTION:Two sessions back to back.\\n\\nAll times are Mountain - the lab is in Boulder.',
    ]);
    const time = choose([{ source: 'text', text: 'Invitation attached.', base }], [described]);
    expect(time.start?.toOffsetISO()).toBe('2027-04-12T13:00:00-06:00');
    expect(time.timezone).toBe('America/Denver');
  });

  it('a floating calendar time with no zone anywhere is read in the seeker zone, and says so', () => {
    const time = choose([{ source: 'text', text: 'Invitation attached.', base }], [floating]);
    expect(time.start?.toOffsetISO()).toBe('2027-04-12T13:00:00-05:00');
    expect(time.zoneStated).toBe(false);
    expect(time.warnings).toEqual([
      "the invitation's time carries no time zone; read in America/Chicago",
    ]);
  });

  it('a date written across the start of the time\'s line ("this Thursday," / "April 15, 10:30")', () => {
    const text =
      'Your interview is this\nThursday,\nApril 15, 10:30-11:15 AM CT, with the plant manager.';
    const time = choose([{ source: 'text', text, base }]);
    expect(time.start?.toOffsetISO()).toBe('2027-04-15T10:30:00-05:00');
  });

  it('a calendar time outranks the prose', () => {
    const time = choose(
      [{ source: 'text', text: 'We meet Friday 9 April at 4pm ET.', base }],
      [ics(['UID:x', 'DTSTART:20270412T180000Z', 'DTEND:20270412T183000Z'])],
    );
    expect(time.start?.toOffsetISO()).toBe('2027-04-12T18:00:00Z');
    expect(time.zoneStated).toBe(true);
  });

  it('a written time with its zone: no warning', () => {
    const time = choose([
      { source: 'text', text: 'Your interview is on April 8 at 2:30 pm ET.', base },
    ]);
    expect(time.start?.toOffsetISO()).toBe('2027-04-08T14:30:00-04:00');
    expect(time.sources.start).toBe('text');
    expect(time.warnings).toEqual([]);
  });

  it('a written time without a zone is read in the seeker zone, and says so', () => {
    const time = choose([
      { source: 'text', text: 'Your interview is on April 8 at 2:30 pm.', base },
    ]);
    expect(time.start?.toOffsetISO()).toBe('2027-04-08T14:30:00-05:00');
    expect(time.warnings).toEqual(['no time zone was written; read in America/Chicago']);
  });

  it('the newest text first; a time found only in the quoted thread says where it came from', () => {
    const time = choose([
      { source: 'text', text: 'Sounds good, see you then!', base },
      { source: 'thread', text: 'Shall we say April 9 at 11:00 am CT for the interview?', base },
    ]);
    expect(time.sources.start).toBe('thread');
    expect(time.warnings).toContain('the time was taken from the thread');
  });

  it('a relative date is marked, and one counted from the forward says so', () => {
    const { calendar } = readCalendars([], zone);
    const time = chooseTime({
      calendar,
      texts: [{ source: 'text', text: 'Can you do the interview tomorrow at 3pm CT?', base }],
      body: '',
      base,
      baseIsForward: true,
      zone,
      companyAddresses: [],
    });
    expect(time.relative).toBe(true);
    expect(time.sources.date).toBe('relative');
    expect(time.warnings).toContain(
      'the original message has no readable Date; its dates count from the forward',
    );
  });

  it('a reply naming only the start takes the length the quoted proposal gives that same time', () => {
    const time = choose([
      { source: 'text', text: 'April 9 at 11:00 am CT is perfect for me.', base },
      {
        source: 'thread',
        text: 'Could you do a 45-minute interview on April 9 at 11:00 am CT with our lead?',
        base,
      },
    ]);
    expect(time.sources.start).toBe('text');
    expect(time.end && time.start && (time.end.ts - time.start.ts) / 60_000).toBe(45);
    expect(time.sources.end).toBe('thread');
  });

  it('a counter-proposal keeps the length the thread gives the interview; a length nobody gave, none', () => {
    const time = choose([
      { source: 'text', text: 'April 9 at 11:00 am CT is perfect for me.', base },
      {
        source: 'thread',
        text: 'Could you do a 45-minute interview on April 12 at 3 pm CT?',
        base,
      },
    ]);
    expect(time.start?.toOffsetISO()).toBe('2027-04-09T11:00:00-05:00');
    expect(time.end?.toOffsetISO()).toBe('2027-04-09T11:45:00-05:00');
    const unsized = choose([
      { source: 'text', text: 'April 9 at 11:00 am CT is perfect for me.', base },
      { source: 'thread', text: 'Could you do an interview on April 12 at 3 pm CT?', base },
    ]);
    expect(unsized.end).toBeNull();
  });

  it('a newer text that moves the booking to a time without a date keeps the booked day and length', () => {
    const time = choose([
      { source: 'text', text: 'Done: I moved it to 3:30 pm CT, same day.', base },
      { source: 'thread', text: 'Confirmed: April 9 at 10:00 - 10:45 am CT with our lead.', base },
    ]);
    expect(time.start?.toOffsetISO()).toBe('2027-04-09T15:30:00-05:00');
    expect(time.end?.toOffsetISO()).toBe('2027-04-09T16:15:00-05:00');
    expect(time.sources).toMatchObject({ start: 'text', date: 'thread' });
    expect(time.warnings).toEqual(['the day was taken from the thread']);
  });

  it('a dateless time in a newer text that moves nothing leaves the booking alone', () => {
    const time = choose([
      { source: 'text', text: 'I will log in at 9:50 am CT to test my camera.', base },
      { source: 'thread', text: 'Confirmed: April 9 at 10:00 - 10:45 am CT with our lead.', base },
    ]);
    expect(time.start?.toOffsetISO()).toBe('2027-04-09T10:00:00-05:00');
  });

  it('a reply that names one of the offered slots by weekday and bare hour books that slot', () => {
    const time = choose([
      { source: 'text', text: 'Tuesday at 2 suits me best, thank you!', base },
      {
        source: 'thread',
        text: 'Could you do Monday, April 12 at 10am CT or Tuesday, April 13 at 2pm CT for a 45-minute call?',
        base,
      },
    ]);
    expect(time.start?.toOffsetISO()).toBe('2027-04-13T14:00:00-05:00');
    expect(time.offered).toBe(false);
  });

  it('a reply accepting one offered slot by its day alone books it; declining it books nothing', () => {
    const thread = {
      source: 'thread' as const,
      text: 'Would Monday, April 12 at 10am CT or Tuesday, April 13 at 2pm CT suit you?',
      base,
    };
    const accepted = choose([
      { source: 'text', text: 'Tuesday works for me, see you then.', base },
      thread,
    ]);
    expect(accepted.start?.toOffsetISO()).toBe('2027-04-13T14:00:00-05:00');
    const declined = choose([
      { source: 'text', text: 'Unfortunately Tuesday does not work for me.', base },
      thread,
    ]);
    expect(declined.start?.toOffsetISO()).not.toBe('2027-04-13T14:00:00-05:00');
  });

  it('no time anywhere: nothing, and no warning about a time', () => {
    const time = choose([{ source: 'text', text: 'Thanks for applying.', base }]);
    expect(time.start).toBeNull();
    expect(time.warnings).toEqual([]);
  });
});

describe('a time that a message offers instead of a cancelled one', () => {
  const text = (body: string): TimeText[] => [{ source: 'text', text: body, base }];

  it('"… instead" after a time makes it the new one, in English and other languages', () => {
    const english = choose(
      text(
        "We have to cancel tomorrow's 2:00 pm call. Priya can do Wednesday, April 7 at 10:30am CT instead, same length.",
      ),
    );
    expect(english.start?.toOffsetISO()).toBe('2027-04-07T10:30:00-05:00');
    const german = choose(
      text(
        'Den Termin morgen um 14:00 Uhr müssen wir leider absagen. Frau Brandt kann am 8.4.2027 um 11:00 Uhr stattdessen.',
      ),
    );
    expect(german.start?.toWallISO()).toBe('2027-04-08T11:00:00');
  });

  it('"X instead of Y": X is the new time and Y the old one', () => {
    const choice = choose(text('Let us meet on April 9 at 3pm CT instead of April 8 at 1pm CT.'));
    expect(choice.start?.toOffsetISO()).toBe('2027-04-09T15:00:00-05:00');
  });
});

describe('a "Date:" line in a confirmation is the interview, a quoted header is not', () => {
  const text = (body: string): TimeText[] => [{ source: 'text', text: body, base }];

  it('a labelled date line carrying the time, dotted or written out, is read', () => {
    expect(
      choose(
        text('Dear Lena,\n\nDate: Thursday, 15.04., 09:30–10:30 CET\nRoom: 4.12\n'),
      ).start?.toOffsetISO(),
    ).toBe('2027-04-15T09:30:00+02:00');
    expect(
      choose(
        text('Hi Omar,\n\nDate: Monday, April 12, 2027, 2:00 PM CT\nWith: Ada Brook\n'),
      ).start?.toOffsetISO(),
    ).toBe('2027-04-12T14:00:00-05:00');
  });

  it("a quoted message's header block (even spaced out) gives its sending time to nothing", () => {
    const quoted = [
      'Thursday at 3pm CT it is.',
      '',
      'From: Ada Brook <ada@firm.example>',
      '',
      'Date: Tuesday, April 6, 2027 at 9:15 AM',
      '',
      'Subject: Interview',
    ].join('\n');
    expect(choose(text(quoted)).start?.toOffsetISO()).toBe('2027-04-08T15:00:00-05:00');
    expect(
      choose(text('From: Ada Brook Date: Tuesday, April 6, 2027 at 9:15 AM To: Omar')).start,
    ).toBeNull();
  });
});

describe('Italian "due" is the number two, not a deadline', () => {
  it.each([
    'Ci risentiamo fra due giorni, alle 15:30, per il colloquio tecnico.',
    'Il colloquio durerà due ore e comincerà mercoledì 7 aprile alle 15:30.',
  ])('the time after it is the interview: %s', (text) => {
    const time = choose([{ source: 'text', text, base }]);
    expect(time.start?.toOffsetISO()).toBe('2027-04-07T15:30:00-05:00');
  });

  it('an English "due" before a day is still a deadline', () => {
    const text = 'Your written exercise is due Wednesday, April 7 at 3:30 PM.';
    expect(choose([{ source: 'text', text, base }]).start).toBeNull();
  });
});

describe('a new time asked for in a question is only proposed', () => {
  it.each([
    'Thursday is off for Priya now. Would you be free Friday at 11am instead?',
    'Le jeudi ne va plus pour Priya. Pourriez-vous plutôt vendredi à 11h ?',
    'Am Donnerstag kann Priya nicht mehr. Passt Ihnen stattdessen Freitag um 11 Uhr?',
  ])('%s', (text) => {
    const time = choose([{ source: 'text', text, base }]);
    expect(time.start?.toOffsetISO()).toBe('2027-04-09T11:00:00-05:00');
    expect(time.offered).toBe(true);
  });

  it('the same new time stated, or asked about with no word of a change, is booked', () => {
    for (const text of [
      'Thursday is off for Priya, so we moved you to Friday at 11am instead.',
      'Would Friday at 11am work for a first conversation?',
    ])
      expect(choose([{ source: 'text', text, base }]).offered).toBe(false);
  });
});
