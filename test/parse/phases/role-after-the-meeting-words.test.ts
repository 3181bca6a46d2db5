// A subject that opens with the meeting words and goes straight on to the title, with no dash or
// colon between: "Technical interview Data Engineer", "entrevista técnica Engenheira de Dados". The
// title is read only when it holds a job noun; a subject that names no job still gives none. Also a
// title after the meeting's "for" ("your screening for Senior Data Analyst") and a step after its
// comma ("…, next conversation").
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

describe('a title named by the meeting, and the step after a comma', () => {
  it.each([
    ['Your video call for Payroll Specialist is booked.', 'Payroll Specialist'],
    ['Thanks for confirming your screening for Senior Data Analyst.', 'Senior Data Analyst'],
    ['You made it to the last round for Logistics Planner!', 'Logistics Planner'],
    ['Your interview with Dunmore Freight for Logistics Planner is tomorrow.', 'Logistics Planner'],
  ])('%s', (text, title) => {
    expect(findRole({ texts: [text], titles: ['Confirmed'], company: null }).role).toBe(title);
  });

  it('"Fwd: Ferncastle – Principal Product Designer, next conversation"', () => {
    expect(role('Fwd: Ferncastle – Principal Product Designer, next conversation')).toBe(
      'Principal Product Designer',
    );
  });
});
