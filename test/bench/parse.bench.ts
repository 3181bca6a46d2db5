// Parse speed over the public corpus, and what a bare date library (chrono-node on the
// decoded text) gets right on the same messages, as the baseline the parser must beat.
import { cpus, loadavg } from 'node:os';
import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { decodeMime } from '#parse/mime.js';
import { parseEmail, toExtraction } from '#parse/parse-email.js';
import { corpusAvailable, corpusDir, loadCorpus, scoreFields } from '../parse/corpus.js';

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

export default async function parseBench() {
  if (!corpusAvailable()) {
    console.log(`corpus not found at ${corpusDir}; set FOLLOWUP_CORPUS`);
    return;
  }
  const corpus = loadCorpus();
  const options = { timezone: 'America/New_York' };

  // Accuracy: every field by the corpus README's rules.
  let fullyRight = 0;
  let startsRight = 0;
  for (const message of corpus) {
    const wrong = scoreFields(
      toExtraction(await parseEmail(message.raw, options)),
      message.expected,
    );
    if (wrong.length === 0) fullyRight++;
    if (!wrong.includes('start')) startsRight++;
  }

  // Speed: warm up, then time each parse on its own, many rounds.
  for (let i = 0; i < 5; i++) for (const m of corpus) await parseEmail(m.raw, options);
  const rounds = 40;
  const times: number[] = [];
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  for (let round = 0; round < rounds; round++) {
    for (const message of corpus) {
      const t = performance.now();
      await parseEmail(message.raw, options);
      times.push(performance.now() - t);
    }
  }
  const cpu = process.cpuUsage(cpuBefore);
  const wall = performance.now() - started;
  times.sort((a, b) => a - b);

  // Baseline: chrono-node alone on the decoded text (plain part, else HTML as text), with the
  // forward's Date as reference and the corpus default zone; its first result with an hour.
  let chronoStarts = 0;
  let chronoAnyStarts = 0;
  let chronoMs = 0;
  for (const message of corpus) {
    const decoded = await decodeMime(message.raw);
    const t = performance.now();
    const reference = decoded.headers.date ? new Date(decoded.headers.date) : new Date();
    const offset = DateTime.fromJSDate(reference, { zone: 'America/New_York' }).offset;
    const results = chrono.parse(
      decoded.text,
      { instant: reference, timezone: offset },
      { forwardDate: true },
    );
    const first = results.find((r) => r.start.isCertain('hour'));
    chronoMs += performance.now() - t;
    const expected = message.expected.start;
    if (first && expected && first.start.date().getTime() === Date.parse(expected)) chronoStarts++;
    else if (!first && expected === null) chronoStarts++;
    // Upper bound: some result chrono found is the right instant (if something could pick it).
    if (expected ? results.some((r) => r.start.date().getTime() === Date.parse(expected)) : !first)
      chronoAnyStarts++;
  }

  const n = corpus.length;
  console.log(`corpus: ${n} messages (${corpusDir})`);
  console.log(
    `accuracy: ${fullyRight}/${n} fully right by the corpus scoring rules; ${startsRight}/${n} starts right`,
  );
  console.log(
    `parse time per message: median ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms, max ${(times[times.length - 1] as number).toFixed(2)} ms`,
  );
  console.log(
    `  (${times.length} timed parses: ${rounds} rounds over the corpus after 5 warm-up rounds, one message at a time, performance.now() around each parseEmail call, raw bytes in memory)`,
  );
  console.log(
    `throughput: ${((times.length / wall) * 1000).toFixed(0)} messages/s (sequential, same loop, wall clock)`,
  );
  console.log(
    `process CPU per message: ${((cpu.user + cpu.system) / 1000 / times.length).toFixed(2)} ms (process.cpuUsage over the same loop, GC threads included; load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores while measuring)`,
  );
  console.log(
    `baseline chrono-node alone: ${chronoStarts}/${n} starts right (its first result with a certain hour in the decoded text, forward's Date as reference, America/New_York offset; ${(chronoMs / n).toFixed(2)} ms per message)`,
  );
  console.log(
    `  even picking chrono's best result with hindsight: ${chronoAnyStarts}/${n} starts right`,
  );
}
