// The job named as what the seeker would become ("joining us as a …", "to be our new …"), and a
// title cut out of a bracketed reference.
import { describe, expect, it } from 'vitest';
import { cleanRole, findRole } from '#parse/role.js';

const role = (text: string) =>
  findRole({ texts: [text], titles: ['Interview'], company: null }).role;

describe('the job the seeker would take', () => {
  it.each([
    [
      'We would be glad to talk about joining us as a Site Reliability Engineer.',
      'Site Reliability Engineer',
    ],
    ['Thanks for applying to be our next Director of Operations.', 'Director of Operations'],
    ['You have been shortlisted to be the new Finance Manager.', 'Finance Manager'],
    [
      'Keen to hear more about you joining the team as an Account Executive (Mid-Market).',
      'Account Executive (Mid-Market)',
    ],
  ])('%s', (text, expected) => {
    expect(role(text)).toBe(expected);
  });

  it('"as a" before words that are no job names none', () => {
    expect(role('Joining us as a Friend of the Museum gets you early entry.')).toBeNull();
  });
});

describe('terms of employment before the title', () => {
  it.each([
    [
      'We are pleased to invite you to interview for the full-time Store Supervisor position.',
      'Store Supervisor',
    ],
    ['Thank you for applying for the 6-month Lab Technician role.', 'Lab Technician'],
    [
      'Your candidacy for the tenure-track Lecturer in Statistics position',
      'Lecturer in Statistics',
    ],
  ])('%s', (text, expected) => {
    expect(role(text)).toBe(expected);
  });
});

describe('a bracket closed around a title', () => {
  it('drops the closing bracket of a reference that opened before the title', () => {
    expect(cleanRole('Night Shift Lead)', true)).toBe('Night Shift Lead');
    expect(cleanRole('Data Engineer (Streaming)', true)).toBe('Data Engineer (Streaming)');
  });
});

describe("a booking form's question about the job, and the seeker's answer", () => {
  it.each([
    [
      'Your answers\nWhich position is this booking for? Warehouse Shift Supervisor\n',
      'Warehouse Shift Supervisor',
    ],
    [
      'Invitee questions\nWhat job are you applying to?\nClinical Research Coordinator\n',
      'Clinical Research Coordinator',
    ],
  ])('%s', (text, expected) => {
    expect(role(text)).toBe(expected);
  });

  it('an answer that names no job is none', () => {
    expect(role('What role suits you best?\nPlease Reply Soon\n')).toBeNull();
  });
});

describe('an event title whose names are taken out', () => {
  it('leaves no stage with a bracket opened at its end as the role', () => {
    expect(
      findRole({
        texts: [''],
        titles: ['Hiring manager session (Pia Lund / Ola Berg)'],
        company: null,
        people: ['Pia Lund', 'Ola Berg'],
      }).role,
    ).toBeNull();
  });
});

describe('an agency writing of its client, and a shortlist', () => {
  it.each([
    [
      "I'm reaching out for Corvane Foods about their Payroll Team Lead vacancy.",
      'Payroll Team Lead',
    ],
    [
      'Great news: you have been shortlisted for Senior Hydrologist at our Perth office.',
      'Senior Hydrologist',
    ],
    ['You are being considered for the Regional Sales Director post.', 'Regional Sales Director'],
  ])('%s', (text, expected) => {
    expect(role(text)).toBe(expected);
  });

  it('being considered for something that is no job names none', () => {
    expect(role('You are being considered for Early Access to the Portal.')).toBeNull();
  });
});

describe("a subject's initials spelled out in the text", () => {
  const roleOf = (subject: string, text: string) =>
    findRole({ texts: [text], titles: [subject], company: null }).role;

  it('the words whose first letters spell them, with the same grade', () => {
    expect(
      roleOf(
        'Onsite loop (SRE III)',
        'The hiring team wants to move you to the onsite for Site Reliability Engineer III, and I have the calendars.',
      ),
    ).toBe('Site Reliability Engineer III');
  });

  it('keeps the initials when the text spells something else', () => {
    expect(
      roleOf(
        'Onsite loop (SRE III)',
        'Great news, the Site Review Event team wants to meet you Friday.',
      ),
    ).toBe('SRE III');
  });
});
