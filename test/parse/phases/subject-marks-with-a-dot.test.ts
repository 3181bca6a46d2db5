// Subject marks written with a dot before the colon ("Tr. :", "Fwd.:", "Re.:"): still a forward or
// a reply, and no part of the title a cancellation or a company is read from.
import { describe, expect, it } from 'vitest';
import { subjectSaysForward } from '#parse/forward.js';
import { kindOf } from '../support/kind-input.js';

describe('a forward or reply mark with a dot', () => {
  it.each(['Tr. : Entretien mardi', 'Fwd.: Interview on Monday', 'Re.: Tr. : Entretien'])(
    '"%s" says forward',
    (subject) => {
      expect(subjectSaysForward(subject)).toBe(true);
    },
  );

  it('"Re. :" alone is a reply, not a forward', () => {
    expect(subjectSaysForward('Re. : Entretien mardi')).toBe(false);
  });

  it('a calendar\'s "Annulé :" title after "Tr. :" still calls the meeting off', () => {
    expect(
      kindOf('Tr. : Annulé : Échange avec Inès Caron', 'Jeudi 4 mars, 10h–10h30 (heure de Paris).'),
    ).toBe('cancelled');
  });
});
