// A writer who wraps by hand may break a long line in the middle of a title ("…, head of the
// data" / "platform (address), and by B"): the line after still belongs to the lead's list, and
// the person joined there by "and"/"et" takes part too.
import { describe, expect, it } from 'vitest';
import { peopleInput, readPeople } from '../support/people-input.js';

const seeker = { name: 'Agnès Poulain', address: 'agnes.poulain@mail.example' };
const writer = { name: 'Louise Berthier', address: 'louise.berthier@cormoran.example' };
const people = (latest: string) =>
  readPeople(peopleInput(latest, { seeker, writer, organisation: 'cormoran' })).interviewers;

describe('a lead whose list runs past a wrapped line', () => {
  it('in French', () => {
    expect(
      people(
        [
          'Bonjour Agnès,',
          '',
          'Votre entretien est confirmé le mardi 16 mars à 10h.',
          'Vous serez reçue par Hugo Lestrade, directeur des opérations de la plateforme',
          'Logistique (hugo.lestrade@cormoran.example), et par Inès Boulanger,',
          'cheffe de projet (ines.boulanger@cormoran.example).',
          '',
          'Louise Berthier',
        ].join('\n'),
      ),
    ).toEqual([
      { name: 'Hugo Lestrade', email: 'hugo.lestrade@cormoran.example' },
      { name: 'Inès Boulanger', email: 'ines.boulanger@cormoran.example' },
    ]);
  });

  it('in Dutch, past a title in brackets, with the addresses from the Cc line', () => {
    const cc = [
      { name: 'Maarten van den Broek', address: 'maarten.vandenbroek@cormoran.example' },
      { name: 'Noor de Wit', address: 'noor.dewit@cormoran.example' },
    ];
    expect(
      readPeople(
        peopleInput(
          [
            'Beste Agnès,',
            '',
            'Het gesprek op dinsdag 16 maart om 10.00 uur wordt gevoerd door Maarten van den Broek',
            '(hoofd operations) en Noor de Wit (data-analist); beiden staan in de CC.',
            '',
            'Louise Berthier',
          ].join('\n'),
          { seeker, writer, organisation: 'cormoran', cc },
        ),
      ).interviewers,
    ).toEqual([
      { name: 'Maarten van den Broek', email: 'maarten.vandenbroek@cormoran.example' },
      { name: 'Noor de Wit', email: 'noor.dewit@cormoran.example' },
    ]);
  });

  it('in English', () => {
    expect(
      people(
        [
          'Hi Agnès,',
          '',
          'Your interview is confirmed for Tuesday, March 16 at 10 am.',
          "You'll meet Hugo Lestrade, who heads operations for our freight and parcel",
          'Platform group (hugo.lestrade@cormoran.example), and Inès Boulanger, a project',
          'lead on the same team.',
          '',
          'Louise Berthier',
        ].join('\n'),
      ),
    ).toEqual([
      { name: 'Hugo Lestrade', email: 'hugo.lestrade@cormoran.example' },
      { name: 'Inès Boulanger', email: null },
    ]);
  });
});
