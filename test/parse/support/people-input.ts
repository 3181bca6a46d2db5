// The people phase run alone on a recruiter's text: one forward layer from the seeker above the
// writer's message, as the pipeline hands it over.

import { fold } from '#parse/addresses.js';
import { collectPeople, type PeopleInput } from '#parse/people/collect.js';
import { weighEvidence } from '#parse/people/evidence.js';
import { decideRoles } from '#parse/people/roles.js';

interface Mailbox {
  name: string;
  address: string;
}

/** The input for `latest`, written by `writer` at `organisation` to `seeker`. */
export function peopleInput(
  latest: string,
  cast: { seeker: Mailbox; writer: Mailbox; organisation: string; cc?: Mailbox[] },
  overrides: Partial<PeopleInput> = {},
): PeopleInput {
  const { seeker, writer } = cast;
  return {
    latest,
    history: '',
    historyAuthor: null,
    notes: [],
    calendarText: '',
    titles: [],
    layers: [
      { from: seeker, to: [{ name: null, address: 'in@followups.example' }], cc: [], replyTo: [] },
      { from: writer, to: [seeker], cc: cast.cc ?? [], replyTo: [] },
    ],
    sender: writer,
    seekerAddresses: new Set([seeker.address, 'in@followups.example']),
    seekerNames: new Set([fold(seeker.name)]),
    organisations: new Set([cast.organisation]),
    calendar: null,
    ...overrides,
  };
}

/** Who interviews and who coordinates, as the people phase decides it. */
export function readPeople(input: PeopleInput) {
  const cast = collectPeople(input);
  return decideRoles(cast, weighEvidence(cast, { latest: input.latest, history: input.history }));
}

/**
 * The interviewers' names, sorted, that the people phase reads in `latest`: written by Kwame
 * Lindqvist at brightfold to the seeker Tove Achterberg.
 */
export function interviewerNames(latest: string): string[] {
  const seeker = { name: 'Tove Achterberg', address: 'tove.a@mail.example' };
  const writer = { name: 'Kwame Lindqvist', address: 'kwame@brightfold.example' };
  return readPeople(peopleInput(latest, { seeker, writer, organisation: 'brightfold' }))
    .interviewers.map((i) => i.name)
    .sort();
}
