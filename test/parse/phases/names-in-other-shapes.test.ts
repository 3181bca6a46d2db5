// Company and role written in shapes met in unseen forwards, on sentences written here: a mail
// domain that leaves a word of the company's name out, a title with a comma before the meeting
// word ("the X, Team onsite"), and a bilingual cancellation whose English names the job too.
import { describe, expect, it } from 'vitest';
import { findCompany } from '#parse/company.js';
import { findRole } from '#parse/role.js';

describe('a company domain that leaves a middle word of the name out', () => {
  it('copperleafutilities.example spells "Copperleaf Water Utilities" without "Water"', () => {
    const sender = { name: 'Scheduly', address: 'no-reply@scheduly.example' };
    expect(
      findCompany({
        texts: [
          "You're booked!\n\nIntro call - Field Data Coordinator\nwith Marta Quinlan, Copperleaf Water Utilities\n\nThursday, May 6\n",
        ],
        subjects: ['Booked: Intro call with Marta Quinlan'],
        companyAddresses: [
          sender,
          { name: 'Marta Quinlan', address: 'marta.quinlan@copperleafutilities.example' },
        ],
        sender,
      }).company,
    ).toBe('Copperleaf Water Utilities');
  });

  it('greywaterfoods.example spells "Greywater Fresh Foods" without "Fresh"', () => {
    const sender = { name: 'Bookwise', address: 'notifications@bookwise.example' };
    expect(
      findCompany({
        texts: [
          'Confirmed\n\nStore Operations Analyst - screening call\nwith Tomas Birch, Greywater Fresh Foods\n',
        ],
        subjects: ['Confirmed: screening call'],
        companyAddresses: [sender, { name: null, address: 'tomas.birch@greywaterfoods.example' }],
        sender,
      }).company,
    ).toBe('Greywater Fresh Foods');
  });
});

describe('a title with a comma before the meeting word', () => {
  for (const [sentence, role] of [
    [
      'Attached is the agenda for the Data Engineer III, Risk onsite at Bellhaven.',
      'Data Engineer III, Risk',
    ],
    [
      'Here is who you will meet on the Platform Engineer, Storage panel next week.',
      'Platform Engineer, Storage',
    ],
  ] as const)
    it(role, () => {
      expect(findRole({ texts: [sentence], titles: [], company: 'Bellhaven' }).role).toBe(role);
    });
});

describe('a bilingual cancellation: calling the meeting off is no rejection of the job', () => {
  it('the English "cancel your interview for the X position" is read like any other sentence', () => {
    const text =
      'Lamentablemente debemos cancelar su entrevista para el puesto de Analista de Crédito, prevista para el jueves.\n\n' +
      'Unfortunately, we need to cancel your interview for the Credit Analyst position on Thursday.';
    expect(findRole({ texts: [text], titles: [], company: null }).role).toBe('Credit Analyst');
  });

  it('a real rejection still gives way to the job the seeker is invited for', () => {
    const text =
      'Unfortunately, we have decided to move forward with other candidates for the Credit Analyst position. ' +
      'We would still love to interview you for our Risk Analyst opening.';
    expect(findRole({ texts: [text], titles: [], company: null }).role).toBe('Risk Analyst');
  });
});
