// A subject that tags whose meeting it is with the candidate's short name in brackets after the
// title ("Backend Engineer (Ines K.)", "(I. Kowalczyk)", "(Ines)"): the name is no part of the job.
// A bracket that holds no known person's name stays part of the title.
import { describe, expect, it } from 'vitest';
import { findRole } from '#parse/role.js';

const role = (subject: string, people: string[]) =>
  findRole({ texts: ['Talk soon.'], titles: [subject], company: null, people }).role;

describe("a candidate's short name in brackets after the title", () => {
  it.each([
    ['Updated: Pairing session - Backend Engineer (Ines K.)', 'Backend Engineer'],
    ['Onsite loop | Senior Mobile Developer (I. Kowalczyk)', 'Senior Mobile Developer'],
    ['Hiring manager chat - Data Product Manager (Ines)', 'Data Product Manager'],
  ])('%s', (subject, title) => {
    expect(role(subject, ['Ines Kowalczyk', 'Rory Blake'])).toBe(title);
  });

  it('a bracket naming nobody in the message stays: "(Payments)"', () => {
    expect(role('Interview - Backend Engineer (Payments)', ['Ines Kowalczyk'])).toBe(
      'Backend Engineer (Payments)',
    );
  });
});
