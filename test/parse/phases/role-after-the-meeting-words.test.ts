// A subject that opens with the meeting words and goes straight on to the title, with no dash or
// colon between: "Technical interview Data Engineer", "entrevista técnica Engenheira de Dados". The
// title is read only when it holds a job noun; a subject that names no job still gives none.
import { describe, expect, it } from 'vitest';
import { findRole } from '#parse/role.js';

const role = (subject: string) =>
  findRole({ texts: ['See you then.'], titles: [subject], company: null }).role;

describe('a title right after the meeting words of a subject', () => {
  it.each([
    ['Fwd: Phone interview Site Reliability Engineer', 'Site Reliability Engineer'],
    ['Nova data - entrevista técnica Analista de Sistemas', 'Analista de Sistemas'],
    ['Entretien technique Développeuse Python', 'Développeuse Python'],
    ['Colloquio tecnico Ingegnere del Software', 'Ingegnere del Software'],
  ])('%s', (subject, title) => {
    expect(role(subject)).toBe(title);
  });

  it.each(['Technical interview Confirmation', 'Interview Reminder', 'Entrevista técnica Amanhã'])(
    'no job noun, no title: %s',
    (subject) => {
      expect(role(subject)).toBe(null);
    },
  );
});
