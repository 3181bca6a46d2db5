// Clock readings and lengths in prose: the shapes of a range and of a duration.
import { describe, expect, it } from 'vitest';
import { findDurations, findTimeRanges } from '#parse/clock-times.js';

const hm = (t: { hour: number; minute: number } | null) =>
  t ? `${t.hour}:${String(t.minute).padStart(2, '0')}` : null;
const first = (text: string) => {
  const r = findTimeRanges(text)[0];
  return r ? [hm(r.start), hm(r.finish)] : null;
};

describe('findTimeRanges', () => {
  it('"between A and B" is a range, its half of the day taken from the closing time', () => {
    expect(first('we can talk between 4 and 5pm that day')).toEqual(['16:00', '17:00']);
    expect(first('Termin zwischen 9:15 und 10:00 Uhr')).toEqual(['9:15', '10:00']);
  });

  it('"and" joins two times only after "between"', () => {
    expect(findTimeRanges('at 9 and 11am we have standups').map((r) => hm(r.finish))).toEqual([
      null,
    ]);
  });

  it('a bare closing hour after a clear opening reading: "from 8:45 until 10"', () => {
    expect(first('the loop runs from 8:45 until 10 in room B')).toEqual(['8:45', '10:00']);
  });

  it('a bare number after a range word that is a day or a count is not a closing hour', () => {
    expect(first('moved from 10:30 to 12 January')).toEqual(['10:30', null]);
    expect(first('the room seats 10:30 to 12 people')?.[1]).toBeNull();
  });
});

describe('bare whole hours that the words around make clock readings', () => {
  it('"from 2 till 3 Eastern", "from 10 to 11", "from 11 until 12": a range of the working day', () => {
    expect(first('pencilled in for Thursday, from 2 till 3 Eastern')).toEqual(['14:00', '15:00']);
    expect(first('we meet from 10 to 11 on Monday')).toEqual(['10:00', '11:00']);
    expect(first('the call runs from 11 until 12.')).toEqual(['11:00', '12:00']);
  });

  it('a count after the closing number is no range: "from 2 to 3 people"', () => {
    expect(findTimeRanges('we expect from 2 to 3 people')).toEqual([]);
    expect(findTimeRanges('from 2 to 3 years of experience')).toEqual([]);
  });

  it('"at 2 Eastern", "at 10 PT": a zone after the hour', () => {
    expect(first('see you Thursday the 18th at 2 Eastern')).toEqual(['14:00', null]);
    expect(first('the screen is set for 10 PT, i.e. at 10 PT')).toEqual(['10:00', null]);
  });

  it('a date before "at": "the 18th at 10", "March 4 at 2", "4 March at 11"', () => {
    expect(first('your interview on the 18th at 10 with Ana')).toEqual(['10:00', null]);
    expect(first('booked for March 4 at 2 with Ana')).toEqual(['14:00', null]);
    expect(first('booked for 4 March at 11, room 2')).toEqual(['11:00', null]);
  });
});

describe('an hour with a leading zero is on the 24-hour clock', () => {
  it('is certain, and a morning hour is no afternoon guess', () => {
    expect(findTimeRanges('Tuesday, 9 March, 08:30 - 09:15 CAT')[0]?.certain).toBe(true);
    expect(first('Tuesday, 9 March, 08:30 - 09:15 CAT')).toEqual(['8:30', '9:15']);
    expect(first('please arrive at 07:45 sharp')).toEqual(['7:45', null]);
    expect(findTimeRanges('please arrive at 07:45 sharp')[0]?.certain).toBe(true);
  });

  it('an hour without the zero keeps its business-hours reading', () => {
    expect(first('please arrive at 7:45')).toEqual(['19:45', null]);
  });
});

describe('a clock reading in words', () => {
  it('British "half ten" is half past ten; "half past" and "quarter to" still read', () => {
    expect(first("I'll give you a ring at half ten on Tuesday")).toEqual(['10:30', null]);
    expect(first('we could start at half two pm')).toEqual(['14:30', null]);
    expect(first('come by at quarter to eleven')).toEqual(['10:45', null]);
  });

  it('"ten past four", "twenty-five past nine": minutes in words past the hour; "from ten to eleven" is no 10:50', () => {
    const read = (text: string) => findTimeRanges(text).map((r) => [r.start.hour, r.start.minute]);
    expect(read('see you at ten past four pm')).toEqual([[16, 10]]);
    expect(read('we start at twenty-five past nine')).toEqual([[9, 25]]);
    expect(read('the call runs from ten to eleven')).toEqual([]);
  });

  it('"half" before a count or a bare "quarter" is not a time', () => {
    expect(findTimeRanges('it takes half ten minutes less than before')).toEqual([]);
    expect(findTimeRanges('about a quarter two of them')).toEqual([]);
  });
});

describe('findDurations', () => {
  it('"a half-hour chat" and "a half hour" are thirty minutes', () => {
    expect(findDurations('a quick half-hour chat').map((d) => d.minutes)).toEqual([30]);
    expect(findDurations('plan on a half hour').map((d) => d.minutes)).toEqual([30]);
  });

  it('a length whose words a hard wrap splits over two lines: "an hour and a / half", "half an / hour"', () => {
    expect(
      findDurations('Block out roughly an hour and a\nhalf for the case study.').map(
        (d) => d.minutes,
      ),
    ).toEqual([90]);
    expect(findDurations('it runs for half an\nhour at most').map((d) => d.minutes)).toEqual([30]);
  });

  it('a length written "-long" is still the length: "an hour-long session", "a 45-minute-long call"', () => {
    expect(findDurations('It is an hour-long session.').map((d) => d.minutes)).toEqual([60]);
    expect(findDurations('a 45-minute-long call').map((d) => d.minutes)).toEqual([45]);
    expect(findDurations('a two-hour-long onsite').map((d) => d.minutes)).toEqual([120]);
  });

  it('quarters of an hour and minutes in words: "an hour and a quarter", "an hour and fifteen minutes"', () => {
    expect(findDurations('plan for about an hour and a quarter').map((d) => d.minutes)).toEqual([
      75,
    ]);
    expect(findDurations('it runs an hour and fifteen minutes').map((d) => d.minutes)).toEqual([
      75,
    ]);
    expect(findDurations('three quarters of an hour').map((d) => d.minutes)).toEqual([45]);
    expect(findDurations('one and a half hours on site').map((d) => d.minutes)).toEqual([90]);
  });

  it('a line wrapped between the number and its unit word still gives the length', () => {
    expect(
      findDurations('would like to meet you for 45\nminutes on Monday').map((d) => d.minutes),
    ).toEqual([45]);
    expect(findDurations('plan for about 1.5\n  hours in total').map((d) => d.minutes)).toEqual([
      90,
    ]);
    expect(findDurations('Room 45\nMonday').map((d) => d.minutes)).toEqual([]);
  });

  it.each([
    ['面接は3月4日（木）午後2時から45分ほどを予定しております。', [45]],
    ['所要時間：1時間半（途中休憩なし）', [90]],
    ['オンラインにて、2時間程度のワークショップ形式です。', [120]],
  ])('reads a Japanese length against the words around it: %s', (text, minutes) => {
    expect(findDurations(text).map((d) => d.minutes)).toEqual(minutes);
  });

  it.each([
    '開始は午前9時15分です。',
    '開始の10分前までにご入室ください。',
    '先方の都合により、開始を30分遅らせます。',
  ])('a clock minute or an amount before or after is no length: %s', (text) => {
    expect(findDurations(text)).toEqual([]);
  });

  it('Polish and Swedish units with a number: "około 30 minut", "cirka 2 timmar", "45 minutter"', () => {
    expect(findDurations('Rozmowa potrwa około 30 minut.').map((d) => d.minutes)).toEqual([30]);
    expect(findDurations('Intervjun tar cirka 2 timmar.').map((d) => d.minutes)).toEqual([120]);
    expect(findDurations('Samtalen varer 45 minutter.').map((d) => d.minutes)).toEqual([45]);
  });
});

describe('a lone a/p after the hour, and four digits on the 24-hour clock', () => {
  it('"@ 2p CT", "at 10a", "2-3p": a glued a or p after a word that leads to a time', () => {
    expect(first('Wed 3/17 @ 2p CT works')).toEqual(['14:00', null]);
    expect(first('see you Friday at 10a sharp')).toEqual(['10:00', null]);
    expect(first('we have you Friday 2-3p')).toEqual(['14:00', '15:00']);
  });

  it('"9:15a–10:05a", "4p-5p": a glued a or p before a dash and a second glued reading opens a range', () => {
    expect(first('Monday 3/8, 9:15a–10:05a works for us')).toEqual(['9:15', '10:05']);
    expect(first('panel is Tues 4p-5p, room 6')).toEqual(['16:00', '17:00']);
    expect(first('seats for 2a-3 people')).toBeNull();
  });

  it('"@ 4 CT": a bare hour after an at sign that a zone follows is a clock reading', () => {
    expect(first('Thu 3/11 @ 4 CT works')).toEqual(['16:00', null]);
    expect(first('email the team @ 4 people max')).toBeNull();
  });

  it('a letter after a number elsewhere is no half of the day: "Room 2a"', () => {
    expect(findTimeRanges('meet in Room 2a on the second floor')).toEqual([]);
  });

  it('"1400 ET", "0930 hrs": four digits read as a time only before a zone or "hrs"', () => {
    expect(first('your 1400 ET interview on Monday')).toEqual(['14:00', null]);
    expect(first('report at 0930 hrs to the gate')).toEqual(['9:30', null]);
    expect(findTimeRanges('the plant is at 1400 Gattis School Rd')).toEqual([]);
  });

  it('"1045h", "15:15hrs": the hour mark glued to the digits', () => {
    expect(first('we will ring you at 1045h tomorrow')).toEqual(['10:45', null]);
    expect(first('the panel sits at 15:15hrs on Friday')).toEqual(['15:15', null]);
  });
});

describe('a day of the month before a dash is no opening hour', () => {
  it('"Fri, Jan 15 — 3:15 p.m. until 4 p.m.": the range is the clock readings after the date', () => {
    expect(first('we have you Fri, Jan 15 — 3:15 p.m. until 4 p.m. Central')).toEqual([
      '15:15',
      '16:00',
    ]);
    expect(first('locked in for March 2 - 4:30 PM ET')).toEqual(['16:30', null]);
  });

  it('a bare hour with no month before it still opens a range: "Thursday, 9–10:30 am"', () => {
    expect(first('Thursday, 9–10:30 am works')).toEqual(['9:00', '10:30']);
  });
});
