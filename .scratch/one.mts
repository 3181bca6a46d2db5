import { readFileSync } from 'node:fs';
import { parseEmail, toExtraction } from '#parse/parse-email.js';
import { scoreFields } from '../test/parse/corpus.ts';
import { TRANSFORMATIONS } from '../test/parse/support/invariance.ts';

const [file, rewrite] = process.argv.slice(2);
let raw = readFileSync(file as string);
if (rewrite) raw = (TRANSFORMATIONS[rewrite] as (b: Buffer) => Buffer)(raw) as Buffer;
const exp = JSON.parse(readFileSync((file as string).replace(/\.eml$/, '.expected.json'), 'utf8'));
const parsed = await parseEmail(raw, { timezone: 'America/New_York' });
const got = toExtraction(parsed);
console.log(
  scoreFields(got, exp),
  JSON.stringify(got, null, 1),
  parsed.coordinator,
  parsed.warnings,
);
if (process.argv.includes('--raw')) console.log(raw.toString());
