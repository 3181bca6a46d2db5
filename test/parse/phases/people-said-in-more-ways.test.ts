// Who the seeker meets, said in ways met in round 13's fresh mail (each written here in other
// words): the writer's own meeting ("the call Ravi and I had lined up with you", "joining me on
// the call", "I'll ring your mobile"), each person's share of a panel, someone whose clash moves
// the interview, the Scandinavian "du skulle ha møtt", and a clause whose verb has a subject of
// its own ("a driver will collect you") saying nothing of the person named before it.
import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Ilse Varga', address: 'ilse.varga@mail.example' };
const writer = { name: 'Corinne Adebayo', address: 'corinne.adebayo@saltmarsh.example' };
const names = (latest: string, signature = 'Corinne') =>
  readPeople(
    peopleInput(`Hi Ilse,\n\n${latest}\n\n${signature}`, {
      seeker,
      writer,
      organisation: 'saltmarsh',
    }),
  )
    .interviewers.map((i) => i.name)
    .sort();

describe('the writer takes part', () => {
  it('"the call Ravi Menon and I had lined up with you" (a cancellation)', () => {
    expect(
      names(
        'I am sorry to say we need to cancel the call Ravi Menon and I had lined up with you on Friday at 11.',
      ),
    ).toEqual(['Corinne Adebayo', 'Ravi Menon']);
  });

  it('"Joining me on the call will be our head of design, X"', () => {
    expect(
      names(
        "You're booked for Friday 12 March at 11:00. Joining me on the call will be our head of design, Ravi Menon (ravi.menon@saltmarsh.example).",
      ),
    ).toEqual(['Corinne Adebayo', 'Ravi Menon']);
  });

  it('"I\'ll ring your mobile at 4pm" holds the phone screen', () => {
    expect(
      names(
        "Let's do a quick intro call on Friday 12 March: I'll ring your mobile at 4pm.",
        'Corinne Adebayo\nTalent Acquisition Partner',
      ),
    ).toEqual(['Corinne Adebayo']);
  });
});

describe('other people', () => {
  it("each one's share of a panel: 'will take the … part', 'will go through a … with you'", () => {
    expect(
      names(
        'Friday 12 March, 10:00-11:30. Ravi Menon <ravi.menon@saltmarsh.example> leads our billing platform and will take the architecture part; then Dagny Holt, a principal engineer, will go through a debugging exercise with you.\n\nI will not be on the call myself.',
      ),
    ).toEqual(['Dagny Holt', 'Ravi Menon']);
  });

  it('someone whose clash moves the interview was to hold it', () => {
    expect(
      names(
        'Ravi Menon, our Head of Data (copied), has been pulled into a board review, so Friday at 10:00 no longer works for him. Could we move to Monday 15 March at 10:00?',
      ),
    ).toEqual(['Ravi Menon']);
  });

  it('a clause with a subject of its own says nothing of the person named before it', () => {
    expect(
      names(
        'Your visit is Friday 12 March. Dagny Holt (copied) will sort out your train tickets; a driver will collect you from the station. You will meet Ravi Menon at 10:00.',
      ),
    ).toEqual(['Ravi Menon']);
  });

  it.each([
    'Dessverre må vi avlyse intervjuet fredag kl. 10. Du skulle ha møtt Ravi Menon og Dagny Holt fra prosjektkontoret.',
    'Desværre må vi aflyse samtalen fredag kl. 10. Du skulle have mødt Ravi Menon og Dagny Holt fra projektkontoret.',
    'Tyvärr måste vi ställa in intervjun på fredag kl. 10. Du skulle ha träffat Ravi Menon och Dagny Holt från projektkontoret.',
  ])('the people a cancelled meeting was with: %s', (text) => {
    expect(names(text, 'Corinne Adebayo\nHR')).toEqual(['Dagny Holt', 'Ravi Menon']);
  });
});
