// A sentence a mail client hard-wrapped ("… joins us and" / "will run the case study") is one
// sentence for the people phase: a line break between two small letters ends nothing, and the
// phrases read across it.
import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Rafaela Quint', address: 'rafaela.quint@mail.example' };
const writer = { name: 'Otis Brannigan', address: 'otis.brannigan@fernvale.example' };
const names = (latest: string) =>
  readPeople(
    peopleInput(latest, {
      seeker,
      writer,
      organisation: 'fernvale',
      cc: [{ name: 'Ingrid Solheim', address: 'ingrid.solheim@fernvale.example' }],
    }),
  )
    .interviewers.map((i) => i.name)
    .sort();

describe('a sentence wrapped over lines', () => {
  it('a pronoun and its verb on two lines', () => {
    expect(
      names(
        "Hi Rafaela,\n\nI've copied Ingrid Solheim here. She looks after our clinical data team and\nwill run the case study with you on Monday at 2pm.\n\nOtis\nRecruiting Coordinator",
      ),
    ).toEqual(['Ingrid Solheim']);
  });

  it('a lead split between its words', () => {
    expect(
      names(
        "Hi Rafaela,\n\nYou're set for Monday at 2pm. Joining me on the\ncall will be our data lead, Ingrid Solheim.\n\nOtis",
      ),
    ).toEqual(['Ingrid Solheim', 'Otis Brannigan']);
  });

  it('a line that ends a sentence of its own still ends it', () => {
    expect(
      names(
        'Hi Rafaela,\n\nYou will meet Ingrid Solheim on Monday at 2pm\nthe recruiting team will send the invite.\n\nOtis\nRecruiting Coordinator',
      ),
    ).toEqual(['Ingrid Solheim']);
  });
});

describe('a name wrapped between its given and family name', () => {
  it('"… I have copied Ingrid" / "Solheim, our data lead, who …" is one person', () => {
    expect(
      names(
        'Hi Rafaela,\n\nYou will speak with me first on Monday at 2pm, about twenty minutes. I have copied Ingrid\nSolheim, our clinical data lead, who will interview you after me.\n\nOtis',
      ),
    ).toEqual(['Ingrid Solheim', 'Otis Brannigan']);
  });

  it('a sentence that opens on the next line stays its own', () => {
    expect(
      names(
        'Hi Rafaela,\n\nYou are booked for Monday at 2pm with our clinical data lead, Ingrid Solheim\nPlease bring your portfolio.\n\nOtis\nRecruiting Coordinator',
      ),
    ).toEqual(['Ingrid Solheim']);
  });
});
