// Drafts name the role and company only when known, cleaned of what a calendar title carries.
import { describe, expect, it } from 'vitest';
import { composeDrafts } from '#app/compose.js';
import { cleanCompany, cleanRole } from '#render/role-text.js';
import { interview, owner } from './fixtures.js';

const context = { seekerNames: ['Sam Okafor'], company: 'Northwind' };

describe('cleanRole and cleanCompany', () => {
  it("drops the seeker's name, interview words, requisition numbers and separators", () => {
    expect(cleanRole('Interview - Sam Okafor / Backend Engineer', context)).toEqual({
      text: 'Backend Engineer',
      changed: true,
    });
    expect(cleanRole('Backend Engineer (R-10442)', context).text).toBe('Backend Engineer');
    expect(cleanRole('Req #12345: Data Analyst', context).text).toBe('Data Analyst');
    expect(cleanRole('JR-2024-001 Product Manager', context).text).toBe('Product Manager');
    expect(cleanRole('Backend Engineer at Northwind', context).text).toBe('Backend Engineer');
    expect(cleanRole('the Staff SRE role', context).text).toBe('Staff SRE');
  });

  it('keeps a clean role as it is, and says so', () => {
    expect(cleanRole('Senior Platform Engineer', context)).toEqual({
      text: 'Senior Platform Engineer',
      changed: false,
    });
    expect(cleanRole('C# Developer', context).text).toBe('C# Developer');
    expect(cleanRole('Call Center Lead', context).text).toBe('Call Center Lead');
  });

  it('gives no role when nothing role-like is left', () => {
    expect(cleanRole('Sam Okafor', context).text).toBeNull();
    expect(cleanRole('Final Round Interview', context).text).toBeNull();
    expect(cleanRole('Phone screen: Sam Okafor <> Northwind', context).text).toBeNull();
    expect(cleanRole(null, context).text).toBeNull();
  });

  it('cleans the company of recruiting suffixes and the seeker', () => {
    expect(cleanCompany('Northwind Recruiting', context).text).toBe('Northwind');
    expect(cleanCompany('Sam Okafor / Northwind', context).text).toBe('Northwind');
    expect(cleanCompany('Acme, Inc.', context)).toEqual({ text: 'Acme, Inc.', changed: false });
  });
});

describe('role and company in drafts', () => {
  it('uses the cleaned role, never the calendar title', () => {
    const subject = interview({
      role: 'Interview - Sam Rivera / Backend Engineer',
      company: 'Northwind',
    });
    const [draft] = composeDrafts(subject, owner, 'thank_you');
    expect(draft?.body).toContain('about the Backend Engineer role at Northwind.');
    expect(draft?.body).not.toContain('Sam Rivera /');
    expect(draft?.subject).toBe('Thank you – Backend Engineer interview');
  });

  it('is written without them when neither is known', () => {
    const [draft] = composeDrafts(
      interview({ role: 'Sam Rivera', company: null }),
      owner,
      'thank_you',
    );
    expect(draft?.body).toContain('Thank you for taking the time to talk with me.');
    expect(draft?.body).not.toMatch(/Sam Rivera role|about the role/);
  });
});
