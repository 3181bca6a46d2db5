// The public corpus, scored by its README's rules.
import { describe, expect, it } from 'vitest';
import { parseEmail, toExtraction } from '#parse/parse-email.js';
import { corpusAvailable, corpusDir, loadCorpus, scoreFields } from './corpus.js';

const present = corpusAvailable();
const required = process.env.CI === 'true';
if (!present)
  console.warn(`corpus not found at ${corpusDir}: set FOLLOWUP_CORPUS to run the corpus test`);

// In CI the corpus sits beside the clone: a missing folder is a failure, never a skip.
describe.runIf(required && !present)('public corpus in CI', () => {
  it(`is present at ${corpusDir}`, () => {
    expect(present).toBe(true);
  });
});

describe.skipIf(!present)('public corpus', () => {
  const messages = present ? loadCorpus() : [];

  it('holds the 80 public messages', () => {
    expect(messages.length).toBeGreaterThanOrEqual(80);
  });

  // Every message fully right; a wrong one fails with its wrong fields and what was read.
  it.each(messages.map((m) => [m.name, m] as const))('%s', async (_name, message) => {
    const parsed = await parseEmail(message.raw, { timezone: 'America/New_York' });
    expect(parsed.error).toBeNull();
    const extraction = toExtraction(parsed);
    expect({ wrong: scoreFields(extraction, message.expected), extraction }).toEqual({
      wrong: [],
      extraction,
    });
  });
});

describe('corpus scoring rules', () => {
  const base = {
    kind: 'scheduled' as const,
    company: 'Acme Robotics, Inc.',
    role: 'Backend Engineer (Go)',
    start: '2026-12-03T14:00:00-08:00',
    end: null,
    timezone: 'America/Los_Angeles',
    interviewers: [{ name: 'Jane Roe', email: 'Jane@Acme.example' }],
    meetingUrl: 'https://zoom.example/j/1',
  };

  it('compares instants, names without punctuation or legal suffixes, interviewers as sets', () => {
    const same = {
      ...base,
      company: 'acme robotics',
      role: 'backend engineer go',
      start: '2026-12-03T22:00:00Z',
      timezone: null,
      interviewers: [{ name: 'J. Roe', email: 'jane@acme.example' }],
    };
    expect(scoreFields(same, base)).toEqual([]);
  });

  it('names every wrong field', () => {
    const wrong = {
      ...base,
      kind: 'rescheduled' as const,
      start: '2026-12-03T14:00:00-05:00',
      end: '2026-12-03T15:00:00-08:00',
      meetingUrl: null,
    };
    expect(scoreFields(wrong, base)).toEqual(['kind', 'start', 'end', 'meetingUrl']);
  });
});
