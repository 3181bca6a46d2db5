// A person copied in by a verb at the start of a sentence ("Copying A here.", "Adding A to this
// thread.") is named without the verb, and the next sentence's pronoun says they are the one
// the seeker meets, even after what they do ("she manages X and is the person you'll be talking with").

import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Noor Halvorsen', address: 'noor.h@mail.example' };
const writer = { name: 'Caspian Reyes', address: 'caspian.reyes@birchline.example' };
const names = (latest: string) =>
  readPeople(peopleInput(latest, { seeker, writer, organisation: 'birchline' })).interviewers.map(
    (i) => i.name,
  );

describe('copied in, then the one the seeker meets', () => {
  it.each([
    "Copying Ottilie Banda here. She runs our payments reliability group and is the person you'll be talking with next.",
    "Adding Ottilie Banda to this thread. He leads the data platform and is who you'll meet on Friday.",
    "Cc'ing Ottilie Banda. They head up our ML team and are the one you'll be chatting with at 3.",
    'Including Ottilie Banda on this note: she is the person you will speak with on Monday.',
  ])('%s', (text) => {
    expect(names(`Hi Noor,\n\nThe team would like to continue. ${text}\n\nBest,\nCaspian`)).toEqual(
      ['Ottilie Banda'],
    );
  });
});
