// Confidence and warnings alone: a warning for each guess, none for what was said, and none
// about the details of a message that is not an interview.
import { describe, expect, it } from 'vitest';
import { type ConfidenceInput, judgeConfidence } from '#parse/confidence.js';
import { at } from '../support/at.js';

const start = at('2027-05-03T10:00:00-04:00');

function input(overrides: Partial<ConfidenceInput> = {}): ConfidenceInput {
  return {
    kind: { kind: 'scheduled', reason: 'a booked time', guess: false },
    time: { start, sources: { start: 'text' }, warnings: [], relative: false, zoneStated: true },
    company: 'Halden Works',
    role: null,
    interviewers: 1,
    interviewersGuessed: false,
    reading: [],
    ...overrides,
  };
}

describe('judgeConfidence', () => {
  it('a confirmation that states everything: no warning, high confidence', () => {
    expect(judgeConfidence(input())).toEqual({ confidence: 0.85, warnings: [] });
    const calendar = input({
      time: {
        start,
        sources: { start: 'calendar' },
        warnings: [],
        relative: false,
        zoneStated: true,
      },
    });
    expect(judgeConfidence(calendar).confidence).toBe(0.95);
  });

  it('the time phase warnings are passed on, and a guessed zone lowers the confidence', () => {
    const guessedZone = input({
      time: {
        start,
        sources: { start: 'text' },
        warnings: ['no time zone was written; read in America/New_York'],
        relative: false,
        zoneStated: false,
      },
    });
    const judged = judgeConfidence(guessedZone);
    expect(judged.warnings).toEqual(['no time zone was written; read in America/New_York']);
    expect(judged.confidence).toBeLessThan(judgeConfidence(input()).confidence);
  });

  it('a kind that is a guess says so, with its reason', () => {
    const judged = judgeConfidence(
      input({
        kind: {
          kind: 'scheduled',
          reason: 'a calendar invitation with no sign of a job',
          guess: true,
        },
      }),
    );
    expect(judged.warnings).toEqual([
      'this may not be an interview (a calendar invitation with no sign of a job)',
    ]);
    expect(judged.confidence).toBeLessThan(0.7);
  });

  it('weak kind signals are no guess once a role and named interviewers are found', () => {
    const weak = { kind: 'scheduled' as const, reason: 'a booked time', guess: true };
    expect(
      judgeConfidence(input({ kind: weak, role: 'Site Reliability Engineer' })).warnings,
    ).toEqual([]);
    expect(
      judgeConfidence(
        input({ kind: weak, role: 'Site Reliability Engineer', interviewersGuessed: true }),
      ).warnings,
    ).toContain('this may not be an interview (a booked time)');
    expect(judgeConfidence(input({ kind: weak })).warnings).toContain(
      'this may not be an interview (a booked time)',
    );
  });

  it('interviewers: none named, or the sender assumed, each says so', () => {
    expect(judgeConfidence(input({ interviewers: 0 })).warnings).toEqual([
      'no interviewer was named',
    ]);
    expect(judgeConfidence(input({ interviewersGuessed: true })).warnings).toEqual([
      'nobody was named as the interviewer; the sender is assumed to be',
    ]);
  });

  it('not an interview: no warning about times or people it does not give', () => {
    const judged = judgeConfidence(
      input({
        kind: { kind: 'not_interview', reason: 'an outcome, not a booking', guess: false },
        time: {
          start,
          sources: { start: 'text' },
          warnings: ['no time zone was written; read in America/New_York'],
          relative: false,
          zoneStated: false,
        },
        interviewers: 0,
      }),
    );
    expect(judged.warnings).toEqual([]);
  });

  it('what was not read is always said', () => {
    const judged = judgeConfidence(
      input({
        kind: { kind: 'not_interview', reason: 'no interview time', guess: false },
        reading: ['only the first 64 KB of the text were read'],
      }),
    );
    expect(judged.warnings).toEqual(['only the first 64 KB of the text were read']);
  });
});
