// A calendar's notification carries the organizer's words: "Marta here - I'll host this one" is
// said by Marta, who is met, though the mail came from the calendar's mailbox.

import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Ilse Brandt', address: 'ilse.brandt@mail.example' };
const writer = {
  name: 'Marta Quist (Google Calendar)',
  address: 'calendar-notification@google.example',
};
const names = (note: string) =>
  readPeople(
    peopleInput(
      `Screening - Ilse Brandt\nTuesday Jan 12, 2027 ⋅ 2pm – 3pm (Central Time - Chicago)\n\nGuests\nMarta Quist<mailto:marta.quist@heronway.example> - organizer Leo Hart<mailto:leo.hart@heronway.example> ilse.brandt@mail.example\n\n${note}\n\nInvitation from Google Calendar`,
      { seeker, writer, organisation: 'heronway' },
    ),
  ).interviewers.map((i) => i.name);

describe('the organizer who says "<name> here" in a calendar notification', () => {
  it.each([
    'Hi Ilse, Marta here - I will host this one. Leo Hart from the audio team joins for the last half hour.',
    "Marta here. I'll be leading it, and Leo Hart will join for the second half.",
  ])('%s', (note) => {
    expect(names(note)).toEqual(['Marta Quist', 'Leo Hart']);
  });
});
