import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEmail, toExtraction } from '#parse/parse-email.js';
import { scoreFields } from '../test/parse/corpus.ts';

const dir = process.argv[2] ?? '/work/h-heldout/test/fixtures/parse/heldout';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.eml'))
  .sort();
let full = 0,
  start = 0,
  ivs = 0,
  negs = 0,
  negOk = 0;
for (const f of files) {
  const exp = JSON.parse(readFileSync(join(dir, f.replace(/\.eml$/, '.expected.json')), 'utf8'));
  const got = toExtraction(
    await parseEmail(readFileSync(join(dir, f)), { timezone: 'America/New_York' }),
  );
  const wrong = scoreFields(got, exp);
  if (!wrong.length) full++;
  if (!wrong.includes('start')) start++;
  if (!wrong.includes('interviewers')) ivs++;
  if (exp.kind === 'not_interview') {
    negs++;
    if (got.kind === 'not_interview') negOk++;
  }
  if (wrong.length && !process.argv.includes('--quiet')) {
    const show: Record<string, unknown> = {};
    for (const k of wrong) show[k] = [got[k as keyof typeof got], exp[k]];
    console.log(f, JSON.stringify(show));
  }
}
console.log(
  `fully right ${full}/${files.length}, start ${start}/${files.length}, interviewers ${ivs}/${files.length}, hard negatives unplanned ${negOk}/${negs}`,
);
