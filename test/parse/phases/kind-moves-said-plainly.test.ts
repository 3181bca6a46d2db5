// A move said without a "reschedule" word: the new time "now" and the old one "instead of", or
// a passive move verb ("has been bumped to").
import { describe, expect, it } from 'vitest';
import { kindOf } from '../support/kind-input.js';

describe('a move said plainly', () => {
  it.each([
    'Your call with the hiring manager is now Wednesday at 4pm CT instead of Tuesday.',
    'The panel is now on the 22nd at 9:30 rather than the 20th.',
    'Quick note: your interview has been bumped to Monday at 10am PT.',
    'Your onsite has been shifted to the following Thursday, same time.',
    "L'entretien aura désormais lieu mardi à 10 h au lieu de lundi.",
    'La entrevista será ahora el martes a las 10:00 en lugar del lunes.',
  ])('%s', (text) => {
    expect(kindOf('Interview', text)).toBe('rescheduled');
  });

  it('"now" without an old time books the time', () => {
    expect(kindOf('Interview', 'You are now confirmed for Wednesday at 4pm CT.')).toBe('scheduled');
  });
});
