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

  it.each([
    'Lamentablemente tuvimos que mover la llamada con el equipo: queda para el lunes 8 a las 17:00.',
    'Te aviso que la entrevista ya no será el martes a las 9:00, sino el miércoles a las 12:30.',
  ])('Spanish, in the past tense or "no longer …, but …": %s', (text) => {
    expect(kindOf('Entrevista', text)).toBe('rescheduled');
  });

  it.each([
    'Your screening call was originally Monday at 11 but is now Tuesday at 1pm MT.',
    'The panel was first set for the 3rd and is now on the 4th at 9:30.',
    'Your chat with Ines is on Friday at 10 (it was Thursday at 4 before).',
  ])('the old time said beside the new one: %s', (text) => {
    expect(kindOf('Interview', text)).toBe('rescheduled');
  });

  it('a Swedish cancellation that cannot yet propose another time is no move', () => {
    expect(
      kindOf(
        'Intervju',
        'Tyvärr måste vi ställa in mötet på måndag kl. 13.00. Vi kan i dagsläget inte föreslå en ny tid.',
      ),
    ).toBe('cancelled');
  });

  it('"now" without an old time books the time', () => {
    expect(kindOf('Interview', 'You are now confirmed for Wednesday at 4pm CT.')).toBe('scheduled');
  });

  it.each([
    'Our CTO is travelling that week. Can we shift our panel to next Tuesday, same time?',
    'Something came up on my side. Could I push the screening call to Friday the 9th at 11am?',
  ])('a move asked for with the new day: %s', (text) => {
    expect(kindOf('Interview', text)).toBe('rescheduled');
  });

  it.each([
    'Can we move the call to Teams? It is still Monday at 9am.',
    'Your interview is booked for Monday 8 March at 2 PM. If you have to change the date, call our front desk.',
    'See you Thursday at 3pm ET. Should you need to change the slot, reply to this email.',
  ])('a move to another tool, or one the seeker may ask for, is no move: %s', (text) => {
    expect(kindOf('Interview', text)).toBe('scheduled');
  });
});

describe('a change that keeps the booked time', () => {
  it.each([
    'Change of plans: Priit is away, so Dalia Esposito will interview you instead. Same time (3pm ET), same link.',
    'Small change of plans - Marguerite joins instead of Ken; the time stays the same.',
    "Change of plans on the panel: Hugo replaces Anneke. The date and time don't change.",
  ])('is no move: %s', (text) => {
    expect(kindOf('Re: Interview on Thursday at 3pm ET', text)).toBe('scheduled');
  });

  it('a new day at the same time is still a move', () => {
    expect(
      kindOf(
        'Interview',
        "Change of plans: we've moved your interview to Friday at 3pm ET, same time, same link.",
      ),
    ).toBe('rescheduled');
  });
});
