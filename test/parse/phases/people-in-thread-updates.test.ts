// People a thread's update changes or introduces: the one the seeker's CV was passed on to, the
// one who cannot make it (and whoever steps in, said in the next sentence), the person on the
// line under a booking's time, and a panel called a "two-on-one".

import { describe, expect, it } from 'vitest';
import { findNames } from '#parse/names.js';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Tamsin Achterberg', address: 'tamsin.a@mail.example' };
const writer = { name: 'Odile Marchand', address: 'odile.marchand@kestrelwood.example' };
const interviewers = (
  latest: string,
  more: { history?: string; cc?: { name: string; address: string }[] } = {},
) =>
  readPeople(
    peopleInput(
      latest,
      { seeker, writer, organisation: 'kestrelwood', cc: more.cc },
      more.history ? { history: more.history, historyAuthor: writer } : {},
    ),
  )
    .interviewers.map((i) => i.name)
    .sort();

describe('the person a message passes the seeker on to', () => {
  it.each([
    [
      "I've forwarded your résumé to Kalani Brightwater, who heads our lab, and she'd love to have a chat with you next week.",
    ],
    [
      "I've passed your portfolio along to Kalani Brightwater, our design lead, and she'd like a call with you on Friday.",
    ],
  ])('%s', (sentence) => {
    expect(
      interviewers('Great, Thursday at 3 works.\n\nOdile', {
        history: `Hi Tamsin,\n\n${sentence} Which afternoon suits you?\n\nOdile Marchand\nTalent Partner`,
      }),
    ).toEqual(['Kalani Brightwater']);
  });
});

describe('an interviewer who cannot make it', () => {
  const tomas = [{ name: 'Tomas Brandt', address: 'tomas.brandt@kestrelwood.example' }];

  it.each([
    ["Quick note: Tomas is double-booked at 2 on Wednesday, so I've moved you to 4pm."],
    ["Tomas's out sick today, so we'll need to find another slot."],
  ])('still interviews at the new time: %s', (sentence) => {
    expect(interviewers(`Hi Tamsin,\n\n${sentence}\n\nOdile`, { cc: tomas })).toEqual([
      'Tomas Brandt',
    ]);
  });

  it.each([
    [
      'Tomas had a personal matter come up and will be off next week. Ngozi Eze has agreed to run your technical round in his place.',
    ],
    ['Tomas will be away on Monday. Ngozi Eze kindly offered to step in, same time and link.'],
  ])('is replaced by whoever the next sentence says takes over: %s', (sentences) => {
    expect(
      interviewers(`Hi Tamsin,\n\n${sentences}\n\nOdile`, {
        history: 'Hi Tamsin,\n\nInterviewer: Tomas Brandt, Staff Engineer\n\nOdile',
      }),
    ).toEqual(['Ngozi Eze']);
  });
});

describe("the line under a booking's time", () => {
  it.each([
    [
      'Monday, 8 March, 2:00 - 2:45 PM Eastern\nKeoni Halvorsen, Head of Data Platform\nVideo call, link to follow',
    ],
    ['Wed 17 Feb | 09:30–10:15 CET\nKeoni Halvorsen – Engineering Manager'],
  ])('%s', (block) => {
    expect(
      interviewers(
        `Hi Tamsin,\n\nYou're confirmed:\n\n${block}\n\nThanks,\nOdile Marchand\nRecruiter`,
      ),
    ).toEqual(['Keoni Halvorsen']);
  });

  it('a line under the time that only names a place is nobody', () => {
    expect(
      interviewers(
        "Hi Tamsin,\n\nMonday, 8 March, 2:00 - 2:45 PM Eastern\nHarbour Point, Level 4\n\nYou'll meet Keoni Halvorsen.\n\nOdile",
      ),
    ).toEqual(['Keoni Halvorsen']);
  });
});

describe('a panel named by its shape', () => {
  it.each([
    ["It'll be a two-on-one with Ravi Menon and Ilse Vogt, our research lead."],
    ["It's going to be a three-on-one with Ravi Menon, Ilse Vogt and Bao Tran."],
  ])('%s', (sentence) => {
    const names = interviewers(
      `Hi Tamsin,\n\nYou're set for Friday 12 March, 11:00-12:00 Eastern. ${sentence}\n\nOdile`,
    );
    expect(names).toContain('Ravi Menon');
    expect(names).toContain('Ilse Vogt');
  });
});

describe("a body's name is no person's", () => {
  it.each([
    ['Ana Ruiz, who sits on our Community Partners Board, will join.', ['Ana Ruiz']],
    ['Ana Ruiz chairs the Westbrook Riverside Council.', ['Ana Ruiz']],
  ])('%s', (text, names) => {
    expect(findNames(text).map((n) => n.name)).toEqual(names);
  });
});

describe('a line that is only people, each with a job title in brackets', () => {
  const roster = (line: string) =>
    interviewers(
      `Hi Tamsin,\n\nSecond interview, Thursday 11 March, 1:30-2:15pm.\n${line}\n\nOdile Marchand`,
    );

  it('names everyone on it, the writer too', () => {
    expect(
      roster('Odile Marchand (Head of Research) and Ilse Vogt (Principal Scientist).'),
    ).toEqual(['Ilse Vogt', 'Odile Marchand']);
  });

  it('a recruiter on it only arranges', () => {
    expect(roster('Ilse Vogt (Staff Engineer), Odile Marchand (Talent Partner)')).toEqual([
      'Ilse Vogt',
    ]);
  });

  it('a line with more than names on it is no roster', () => {
    expect(roster('Thanks to Ilse Vogt (Staff Engineer) for the referral.')).toEqual([
      'Odile Marchand',
    ]);
  });
});

describe('the writer first in the list of people met', () => {
  it.each([
    ["I'd like you to come in and meet the team: me, plus Kofi Mensah, who runs our night shift."],
    ["We'd like you to meet two of us on the floor — myself, plus Kofi Mensah, our shift lead."],
  ])('%s', (sentence) => {
    expect(
      interviewers(
        `Hi Tamsin,\n\n${sentence} Monday at 2 works.\n\nOdile Marchand\nOperations Director`,
      ),
    ).toEqual(['Kofi Mensah', 'Odile Marchand']);
  });
});

describe('names in Han script after a title, in the sentence that says who holds the interview', () => {
  it.each([
    [
      '二次面接は、開発部長の山口 健太（kenta.yamaguchi@kestrelwood.example）と、デザイナーの中村 彩が担当いたします。',
    ],
    ['面接は代表取締役 山口 健太、取締役COO 中村 彩が担当する予定です。'],
  ])('%s', (sentence) => {
    expect(
      interviewers(
        `田中 様\n\nお世話になっております。\n${sentence}\nよろしくお願いいたします。\n\n採用担当 小川`,
      ),
    ).toEqual(['中村 彩', '山口 健太']);
  });
});

describe('Han names on a line that runs on into the one saying who will hear the seeker out', () => {
  it.each([
    [
      '当日は、開発部長の山口 健太（kenta.yamaguchi@kestrelwood.example）と、\nデザイナーの中村 彩の2名がお話を伺います。',
    ],
    ['当日は、代表取締役の山口 健太、\nCOOの中村 彩の２名がお話をうかがいます。'],
  ])('%s', (sentence) => {
    expect(
      interviewers(
        `田中 様\n\nお世話になっております。\n${sentence}\n私（小川）は冒頭のみ同席いたします。\nよろしくお願いいたします。\n\n採用担当 小川`,
      ),
    ).toEqual(['中村 彩', '山口 健太']);
  });
});
