// The public corpus (../shared/corpus) and its scoring rules (its README), shared by the
// corpus test and the bench.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Extraction } from '#parse/types.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const corpusDir = process.env.FOLLOWUP_CORPUS ?? join(repoRoot, '..', 'shared', 'corpus');

export interface CorpusMessage {
  name: string;
  raw: Buffer;
  expected: Extraction;
}

export function corpusAvailable(): boolean {
  return existsSync(corpusDir);
}

export function loadCorpus(): CorpusMessage[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => ({
      name: f,
      raw: readFileSync(join(corpusDir, f)),
      expected: JSON.parse(
        readFileSync(join(corpusDir, f.replace(/\.eml$/, '.expected.json')), 'utf8'),
      ) as Extraction,
    }));
}

const LEGAL = /\b(?:inc|llc|ltd|gmbh|corp)\b/g;

/** company/role comparison: case-insensitive, no punctuation or legal suffixes, collapsed spaces. */
export function normaliseName(value: string | null): string | null {
  if (value === null) return null;
  return value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(LEGAL, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function sameInstant(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return Date.parse(a) === Date.parse(b);
}

function interviewerKeys(list: Extraction['interviewers']): string[] {
  return list.map((i) => (i.email ?? i.name).toLowerCase()).sort();
}

/** The fields that differ from the truth, by the corpus README's rules (empty = fully right). */
export function scoreFields(actual: Extraction, expected: Extraction): string[] {
  const wrong: string[] = [];
  if (actual.kind !== expected.kind) wrong.push('kind');
  if (!sameInstant(actual.start, expected.start)) wrong.push('start');
  if (!sameInstant(actual.end, expected.end)) wrong.push('end');
  if (normaliseName(actual.company) !== normaliseName(expected.company)) wrong.push('company');
  if (normaliseName(actual.role) !== normaliseName(expected.role)) wrong.push('role');
  if (
    JSON.stringify([...new Set(interviewerKeys(actual.interviewers))]) !==
    JSON.stringify([...new Set(interviewerKeys(expected.interviewers))])
  ) {
    wrong.push('interviewers');
  }
  if (actual.meetingUrl !== expected.meetingUrl) wrong.push('meetingUrl');
  return wrong;
}
