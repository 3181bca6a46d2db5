import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEmail, toExtraction } from '#parse/parse-email.js';
import { scoreFields } from '../test/parse/corpus.ts';

const dir = process.argv[2] as string;
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const coordFile = join(dir, 'coordinators.json');
const coords: Record<string, { name: string; email: string | null } | null> = existsSync(coordFile)
  ? JSON.parse(readFileSync(coordFile, 'utf8'))
  : {};
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.eml') && (!only || f.startsWith(only)))
  .sort();
const fields = [
  'kind',
  'start',
  'end',
  'interviewers',
  'company',
  'role',
  'meetingUrl',
  'timezone',
  'coordinator',
];
const right: Record<string, number> = Object.fromEntries(fields.map((f) => [f, 0]));
let full = 0,
  negs = 0,
  negOk = 0;
for (const f of files) {
  const exp = JSON.parse(readFileSync(join(dir, f.replace(/\.eml$/, '.expected.json')), 'utf8'));
  const parsed = await parseEmail(readFileSync(join(dir, f)), { timezone: 'America/New_York' });
  const got = toExtraction(parsed);
  const wrong = scoreFields(got, exp);
  if (got.timezone !== exp.timezone) wrong.push('timezone');
  const ec = coords[f.replace(/\.eml$/, '')] ?? null;
  const gc = got.kind === 'not_interview' ? null : parsed.coordinator;
  const coordOk =
    ec === null
      ? gc === null
      : gc !== null &&
        (ec.email
          ? gc.email?.toLowerCase() === ec.email.toLowerCase()
          : gc.name?.toLowerCase() === ec.name.toLowerCase());
  if (!coordOk) wrong.push('coordinator');
  for (const k of fields) if (!wrong.includes(k)) right[k]++;
  const scored = wrong.filter((w) => w !== 'timezone' && w !== 'coordinator');
  if (!scored.length) full++;
  if (exp.kind === 'not_interview') {
    negs++;
    if (got.kind === 'not_interview') negOk++;
  }
  if (wrong.length && !process.argv.includes('--quiet')) {
    const show: Record<string, unknown> = {};
    for (const k of wrong)
      show[k] = k === 'coordinator' ? [gc, ec] : [got[k as keyof typeof got], exp[k]];
    console.log(f, JSON.stringify(show));
  }
}
console.log(
  `fully right (scored fields) ${full}/${files.length}; per field: ${fields.map((k) => `${k} ${right[k]}`).join(', ')}; hard negatives unplanned ${negOk}/${negs}`,
);
