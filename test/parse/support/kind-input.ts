// One message's kind signals built by hand: a concrete time, job signs, nothing else unless given.
import { decideKind, type KindInput } from '#parse/kind.js';

export function kindInput(
  subject: string,
  text: string,
  overrides: Partial<KindInput> = {},
): KindInput {
  return {
    subject,
    text,
    note: '',
    calendar: null,
    replacesCancelledEvent: false,
    hasTime: true,
    timeIsOffer: false,
    jobSigns: true,
    ...overrides,
  };
}

export function kindOf(subject: string, text: string, overrides: Partial<KindInput> = {}): string {
  return decideKind(kindInput(subject, text, overrides)).kind;
}
