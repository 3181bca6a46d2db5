// `npm run bench`: runs every test/bench/*.bench.ts in name order and prints its figures.
// Benches print numbers; they never assert on time.
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = (await readdir(dir))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

console.log(`followup bench · node ${process.version} · ${new Date().toISOString()}\n`);
for (const file of files) {
  const bench = (await import(`./${file}`)) as { default: () => Promise<void> };
  console.log(`## ${file.replace('.bench.ts', '')}`);
  await bench.default();
  console.log('');
}
