import { parseEmail } from '#parse/parse-email.js';
import { loadCorpus } from '../test/parse/corpus.ts';

const corpus = loadCorpus();
for (let r = 0; r < 3; r++)
  for (const m of corpus) await parseEmail(m.raw, { timezone: 'America/New_York' });
const before = process.cpuUsage();
for (let r = 0; r < 15; r++)
  for (const m of corpus) await parseEmail(m.raw, { timezone: 'America/New_York' });
const used = process.cpuUsage(before);
console.log(((used.user + used.system) / 1000 / (15 * corpus.length)).toFixed(2), 'ms cpu/msg');
