// An "Interview team" heading over its people, two list entries a wrap joined after an address
// ("… — a@x.example Wanjiru Kamau — …"), and family names that are words elsewhere ("Vos").
import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Tamsin Oduro', address: 'tamsin.oduro@mail.example' };
const writer = { name: 'Priya Halden', address: 'priya.halden@cobbleway.example' };
const names = (latest: string) =>
  readPeople(peopleInput(latest, { seeker, writer, organisation: 'cobbleway' }))
    .interviewers.map((i) => i.name)
    .sort();

describe('people in lists', () => {
  it('"Interview team" over bullets', () => {
    expect(
      names(
        'Interview confirmed\n\nDate & time\nMonday, March 8, 2027\n9:00 AM - 10:00 AM ET\n\nInterview team\n• Oisín Marlowe — Head of Hydrology\n• Beatriz Fenn — Senior Modeller\n\nPriya Halden\nRecruiting Coordinator',
      ),
    ).toEqual(['Beatriz Fenn', 'Oisín Marlowe']);
  });

  it('a name after an address starts the next entry', () => {
    expect(
      names(
        "Monday, March 8 at 9:00 AM ET.\n\nYou'll meet:\nOisín Marlowe — Head of Hydrology — oisin.marlowe@cobbleway.example Beatriz Fenn — Senior Modeller\n\nPriya Halden\nRecruiting Coordinator",
      ),
    ).toEqual(['Beatriz Fenn', 'Oisín Marlowe']);
  });

  it('"Vos" ends a name after a given name', () => {
    expect(
      names(
        "Monday, March 8 at 9:00 AM ET. You'll meet Ruud Vos, our hydrology lead.\n\nPriya Halden\nRecruiting Coordinator",
      ),
    ).toEqual(['Ruud Vos']);
  });
});
