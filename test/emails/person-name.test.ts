// People are greeted by the name they use; a mailbox never becomes a name.
import { describe, expect, it } from 'vitest';
import { composeAcknowledgement, composeDrafts } from '#app/compose.js';
import { greeting, mailbox, personName, seekerName } from '#render/person-name.js';
import { config, interview, owner, plan } from './fixtures.js';

describe('personName and greeting', () => {
  it('turns a directory-style "LAST, First" into the name people use', () => {
    expect(personName('LEE, JAE-WON')).toEqual({
      full: 'Jae-won Lee',
      first: 'Jae-won',
      guessed: true,
    });
    expect(personName('Natarajan, Priya')).toEqual({
      full: 'Priya Natarajan',
      first: 'Priya',
      guessed: true,
    });
    expect(greeting('LEE, JAE-WON', 'jaewon.lee@example.com')).toBe('Hi Jae-won,');
  });

  it('keeps honorifics, titles and suffixes out of the greeting', () => {
    expect(greeting('Dr. Tom Becker')).toBe('Hi Tom,');
    expect(greeting('Ms Ana Lopez, PhD')).toBe('Hi Ana,');
    expect(greeting('Prof. Ines Duarte')).toBe('Hi Ines,');
    // Only a title and a family name: no first name to use.
    expect(greeting('Dr. Becker')).toBe('Hello,');
    expect(greeting('J. Smith')).toBe('Hello,');
  });

  it('leaves names written properly as they are, and is not a guess then', () => {
    expect(personName('Jean-Pierre Martin')).toEqual({
      full: 'Jean-Pierre Martin',
      first: 'Jean-Pierre',
      guessed: false,
    });
    expect(personName("o'brien")?.full).toBe("O'Brien");
    expect(personName('Priya Nair | Larkspur Analytics')?.full).toBe('Priya Nair');
    expect(personName('Priya Nair (she/her)')?.full).toBe('Priya Nair');
  });

  it('greets "Hello," for a bare address and never turns a mailbox into a name', () => {
    expect(personName('mvandenberg@corp.example', 'mvandenberg@corp.example')).toBeNull();
    expect(personName('mvandenberg', 'mvandenberg@corp.example')).toBeNull();
    expect(personName('jd', 'jd@corp.example')).toBeNull();
    expect(personName('priya.nair', 'priya.nair@corp.example')).toBeNull();
    // The name a first.last address was made from is still a name.
    expect(personName('Priya Nair', 'priya.nair@corp.example')?.full).toBe('Priya Nair');
    expect(personName('', 'jd@corp.example')).toBeNull();
    expect(greeting('jd@corp.example', 'jd@corp.example')).toBe('Hello,');
    expect(mailbox('jd@corp.example', 'jd@corp.example')).toEqual({ address: 'jd@corp.example' });
  });

  it("signs with the configured name, else the forward's display name, else none", () => {
    expect(seekerName({ name: 'Sam Rivera', email: 's@x.example' }, { seekerName: 'S R' })).toBe(
      'Sam Rivera',
    );
    expect(seekerName({ name: null, email: 'sam@x.example' }, { seekerName: 'Sam Okafor' })).toBe(
      'Sam Okafor',
    );
    expect(
      seekerName({ name: null, email: 'sokafor84@x.example' }, { seekerName: 'sokafor84' }),
    ).toBeNull();
    expect(seekerName({ name: null, email: 'sam@x.example' }, null)).toBeNull();
  });
});

describe('names in drafts and the acknowledgement', () => {
  const people = interview({
    interviewers: [
      { name: 'LEE, JAE-WON', email: 'jaewon.lee@corp.example', timezone: null },
      { name: 'mvandenberg@corp.example', email: 'mvandenberg@corp.example', timezone: null },
      { name: 'Ines Duarte', email: 'ines@corp.example', timezone: null },
    ],
  });

  it('greets each person by the name they use, "Hello," without one', () => {
    const drafts = composeDrafts(people, owner, 'thank_you');
    expect(drafts.map((d) => d.body.split('\n')[0])).toEqual(['Hi Jae-won,', 'Hello,', 'Hi Ines,']);
    expect(drafts.map((d) => d.interviewerName)).toEqual([
      'Jae-won Lee',
      'mvandenberg@corp.example',
      'Ines Duarte',
    ]);
  });

  it('signs "Best regards" alone when the seeker has no name, never a mailbox', () => {
    const [draft] = composeDrafts(people, { ...owner, name: null }, 'thank_you');
    expect(draft?.body.trimEnd().endsWith('Best regards')).toBe(true);
    const [named] = composeDrafts(
      { ...people, seekerName: 'Sam Okafor' },
      { ...owner, name: null },
      'thank_you',
    );
    expect(named?.body.trimEnd().endsWith('Best regards,\nSam Okafor')).toBe(true);
  });

  it('marks guessed names in the acknowledgement, next to Fix details', async () => {
    const deps = {
      config,
      linkBaseUrl: 'https://links.example.net',
      clock: { now: () => new Date('2026-03-01T12:00:00Z') },
      store: { putLinkToken: async () => {} },
    } as unknown as Parameters<typeof composeAcknowledgement>[0];
    const email = await composeAcknowledgement(deps, { interview: people, steps: plan(), owner });
    expect(email.text).toMatch(
      /Jae-won Lee <jaewon\.lee@corp\.example> \(Is "Jae-won Lee" right\? Fix details: https:/,
    );
    expect(email.text).toContain('mvandenberg@corp.example (no name, so the drafts say "Hello,")');
    expect(email.text).not.toContain('Is "Ines Duarte" right?');
    expect(email.html).toContain('Is &quot;Jae-won Lee&quot; right?');
  });
});
