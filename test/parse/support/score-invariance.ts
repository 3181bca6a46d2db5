// Scores every rewrite on every corpus and held-out message (the invariance test runs a sample):
//   npx tsx test/parse/support/score-invariance.ts [rewrite-prefix] [--save DIR]
// prints, per rewrite, how many messages keep a fully-right extraction, then each failure;
// with --save, writes each failing rewritten message to DIR for a look.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEmail, toExtraction } from '#parse/parse-email.js';
import type { Extraction } from '#parse/types.js';
import { corpusDir, scoreFields } from '../corpus.js';
import { TRANSFORMATIONS } from './invariance.js';

const heldoutDir = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/parse/heldout');
const args = process.argv.slice(2);
const saveAt = args.indexOf('--save');
const saveDir = saveAt >= 0 ? args[saveAt + 1] : undefined;
const only = args.find((a, i) => !a.startsWith('--') && !(saveAt >= 0 && i === saveAt + 1));
if (saveDir) mkdirSync(saveDir, { recursive: true });

interface Score {
  right: number;
  tried: number;
  notApplicable: number;
  failures: string[];
}
const scores = new Map<string, Score>();
const wrongAsWritten: string[] = [];

for (const [label, dir] of [
  ['corpus', corpusDir],
  ['heldout', heldoutDir],
] as const) {
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()) {
    const raw = readFileSync(join(dir, file));
    const expected = JSON.parse(
      readFileSync(join(dir, file.replace(/\.eml$/, '.expected.json')), 'utf8'),
    ) as Extraction;
    // A message that reads wrongly as written is its own test's failure, not a rewrite's.
    const asWritten = await parseEmail(raw, { timezone: 'America/New_York' });
    if (asWritten.error || scoreFields(toExtraction(asWritten), expected).length > 0) {
      wrongAsWritten.push(`${label}/${file}`);
      continue;
    }
    for (const [name, transform] of Object.entries(TRANSFORMATIONS)) {
      if (only && !name.startsWith(only)) continue;
      const score = scores.get(name) ?? { right: 0, tried: 0, notApplicable: 0, failures: [] };
      scores.set(name, score);
      const rewritten = transform(raw);
      if (!rewritten) {
        score.notApplicable++;
        continue;
      }
      score.tried++;
      const parsed = await parseEmail(rewritten, { timezone: 'America/New_York' });
      const wrong = parsed.error ? ['error'] : scoreFields(toExtraction(parsed), expected);
      if (wrong.length === 0) score.right++;
      else {
        score.failures.push(`${label}/${file} ${name}: ${wrong.join(', ')}`);
        if (saveDir) writeFileSync(join(saveDir, `${name}__${file}`), rewritten);
      }
    }
  }
}

console.log(`left out, wrong as written: ${wrongAsWritten.length}`);
for (const [name, s] of scores)
  console.log(
    `${name.padEnd(18)} ${s.right}/${s.tried} fully right (not applicable: ${s.notApplicable})`,
  );
for (const s of scores.values()) for (const failure of s.failures) console.log(failure);
