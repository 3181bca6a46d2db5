import { readFileSync } from 'node:fs';
import { parseEmail } from '#parse/parse-email.js';

const p = await parseEmail(readFileSync(process.argv[2] as string), {
  timezone: 'America/New_York',
});
const { text, html, ...rest } = p as any;
console.log(
  JSON.stringify(
    rest,
    (_k, v) => (typeof v === 'string' && v.length > 300 ? `${v.slice(0, 300)}…` : v),
    1,
  ),
);
