// People a sentence about the coming meeting names, however it is phrased: no lead phrase is
// needed when the sentence has a word for taking part and a word for what is to come. A sentence
// about reaching, sending or scheduling names nobody who takes part, and a past one neither.

import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Ayodele Bankole', address: 'ayo.bankole@mail.example' };
const writer = { name: 'Greta Lindholm', address: 'greta.lindholm@fernhollow.example' };
const interviewers = (latest: string) =>
  readPeople(peopleInput(latest, { seeker, writer, organisation: 'fernhollow' }))
    .interviewers.map((i) => i.name)
    .sort();
const say = (sentence: string) =>
  `Hi Ayodele,\n\nYou're booked for Tuesday 16 March, 10:00-11:00 AM Eastern.\n${sentence}\n\nBest,\nGreta Lindholm\nTalent Acquisition Partner`;

describe('a full name in a sentence about the coming meeting', () => {
  it.each([
    ["It'll be Matteo Rinaldi and Yusuf Demir on the call."],
    ['First up is Matteo Rinaldi, our data lead; Yusuf Demir takes over for the second half.'],
    ['Two engineers are on it: Matteo Rinaldi, who built our billing engine, and Yusuf Demir.'],
    ['Matteo Rinaldi will be on the line, and Yusuf Demir is going to sit in too.'],
  ])('%s', (sentence) => {
    expect(interviewers(say(sentence))).toEqual(['Matteo Rinaldi', 'Yusuf Demir']);
  });

  it("the writer who says it'll be themselves and another is on it too", () => {
    expect(
      interviewers(
        `Hi Ayodele,\n\nYou're booked for Tuesday 16 March, 10:00-11:00 AM Eastern. It'll be myself and Matteo Rinaldi on the call.\n\nGreta Lindholm\nEngineering Manager`,
      ),
    ).toEqual(['Greta Lindholm', 'Matteo Rinaldi']);
  });
});

describe('the writer as the subject of the coming meeting', () => {
  const direct = (sentence: string) =>
    `Hi Ayodele,\n\nDoes Tuesday 16 March, 10:00-10:45 AM Eastern work? Matteo Rinaldi will sit in too. ${sentence}\n\nGreta Lindholm\nHead of Infrastructure`;

  it.each([
    ["We'll mostly talk through a system you've built."],
    ["I'll chat with you about the team's roadmap first."],
  ])('%s', (sentence) => {
    expect(interviewers(direct(sentence))).toEqual(['Greta Lindholm', 'Matteo Rinaldi']);
  });

  it.each([
    ["I'll just be on the invite to keep things on track."],
    ["I'll send the video link for the call the day before."],
  ])('%s', (sentence) => {
    expect(interviewers(direct(sentence))).toEqual(['Matteo Rinaldi']);
  });
});

describe('names in sentences that are not about who takes part', () => {
  it.each([
    ['Matteo Rinaldi will send you the video link for the call the day before.'],
    ['If you have questions before the call, Matteo Rinaldi will be happy to help.'],
    ['Matteo Rinaldi will be in touch to schedule the panel.'],
    ['Matteo Rinaldi enjoyed the call with you last week and would like to keep in touch.'],
  ])('%s', (sentence) => {
    expect(interviewers(say(`${sentence} You will meet Yusuf Demir.`))).toEqual(['Yusuf Demir']);
  });
});

describe('a sentence that says who holds the meeting it refers to', () => {
  it.each([
    [
      'Our reliability lead, Ottilie Brandvold (copied), who will be conducting it, asked us for a later slot.',
    ],
    ['Ottilie Brandvold is going to host it from our Bergen office.'],
  ])('%s', (sentence) => {
    expect(
      interviewers(
        `Hi Ayodele,\n\nWe have to shift your technical interview to Thursday 18 March, 2:00-3:00 PM Eastern. ${sentence}\n\nBest,\nGreta Lindholm\nTalent Acquisition Partner`,
      ),
    ).toEqual(['Ottilie Brandvold']);
  });
});

describe('the writer and another, or a schedule told in the present', () => {
  it.each([
    ['It would be myself and Idris Kamara, who runs our pricing desk.'],
    ['Idris Kamara and I will both be on: he takes the modelling half.'],
  ])('%s', (sentence) => {
    expect(
      interviewers(
        `Hi Ayodele,\n\nCould you do Tuesday 16 March, 10:00-11:00 AM Eastern? ${sentence}\n\nGreta Lindholm\nHead of Pricing`,
      ),
    ).toEqual(['Greta Lindholm', 'Idris Kamara']);
  });

  it('a person who takes a later slot of the day', () => {
    expect(
      interviewers(
        'Hi Ayodele,\n\nThe first hour (9:00-10:00 AM ET) is with Matteo Rinaldi. After lunch, Yusuf Demir, Staff Engineer, takes the 1:00 to 1:45 PM ET slot.\n\nGreta Lindholm\nTalent Acquisition Partner',
      ),
    ).toEqual(['Matteo Rinaldi', 'Yusuf Demir']);
  });
});

describe('questions asked in the meeting are no sign of only arranging', () => {
  it('"he\'ll be on the call with me and will ask the harder questions"', () => {
    expect(
      interviewers(
        "Hi Ayodele,\n\nI have Tuesday 16 March, 10:00-10:45 AM Eastern open for a working session with me. I've copied Matteo Rinaldi from our billing team; he'll be on the call with me and will likely ask the tougher SQL questions.\n\nGreta Lindholm\nHead of Data",
      ),
    ).toEqual(['Greta Lindholm', 'Matteo Rinaldi']);
  });
});
