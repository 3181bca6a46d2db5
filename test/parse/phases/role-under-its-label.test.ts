// A card or a notice puts the label alone on its line and the job title on the next ("Position" /
// "Payments Backend Developer"). A table's header row flattened into lines reads the same way
// ("Title" / "Focus"), so only a title that reads like a job counts.
import { describe, expect, it } from 'vitest';
import { findRole } from '#parse/role.js';

const roleIn = (text: string) =>
  findRole({ texts: [text], titles: ['Your interview has been moved'], company: null }).role;

describe('a job title on the line under its label', () => {
  it.each([
    [
      'Stage\nFinal round\n\nRole\nPayments Backend Developer\n\nWhen\nMon, Mar 8',
      'Payments Backend Developer',
    ],
    [
      'Position:\nClinical Research Coordinator\n\nLocation\nBuilding C',
      'Clinical Research Coordinator',
    ],
    ['Vacancy\nWarehouse Shift Supervisor\nInterviewer\nDana Wu', 'Warehouse Shift Supervisor'],
  ])('%j', (text, role) => {
    expect(roleIn(text)).toBe(role);
  });

  it.each([
    'Time\nInterviewer\nTitle\nFocus\n9:00 – 9:45 AM\nLena Park',
    'Position\nSecond floor, by the lifts\n\nWhen\nTuesday 10am',
  ])('not a table header or a place: %j', (text) => {
    expect(roleIn(text)).toBeNull();
  });
});
