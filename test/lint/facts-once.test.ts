// Facts that once drifted apart because they were written in several places: each is now written
// in one file, and this test fails when a copy appears anywhere else in the shipped code.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every TypeScript file under the folders that ship (the functions, the CLI, the stack). */
async function sources(): Promise<{ file: string; text: string }[]> {
  const found: { file: string; text: string }[] = [];
  for (const folder of ['functions', 'cli', 'infra']) {
    const entries = await readdir(path.join(ROOT, folder), { recursive: true });
    for (const entry of entries.sort()) {
      if (!entry.endsWith('.ts')) continue;
      const file = path.posix.join(folder, entry.split(path.sep).join('/'));
      found.push({ file, text: await readFile(path.join(ROOT, file), 'utf8') });
    }
  }
  return found;
}

interface Fact {
  what: string;
  pattern: RegExp;
  /** The one file that writes it. */
  home: string;
  /** Files where the same text is another fact (tables of every zone name, for instance). */
  elsewhere?: (file: string) => boolean;
}

const FACTS: Fact[] = [
  {
    what: 'the default time zone',
    pattern: /America\/New_York/,
    home: 'functions/core/domain.ts',
    // Zone tables (what "Eastern" means, which country a zone is in) name it as one zone of many.
    elsewhere: (file) =>
      file.startsWith('functions/parse/') || file === 'functions/core/zone-country.ts',
  },
  {
    what: 'the raw-mail key prefix',
    pattern: /['"`]inbound\/['"`]/,
    home: 'functions/core/deployment.ts',
  },
  {
    what: 'the schedule group ARN',
    pattern: /['"`]schedule-group['"`]/,
    home: 'infra/step-scheduling.ts',
  },
  {
    what: 'the Lambda Node version',
    pattern: /NODEJS_\d|nodejs\d|['"`]node\d{2}['"`]/,
    home: 'infra/bundling.ts',
  },
];

describe('each fact written once', () => {
  it.each(FACTS)('$what only in $home', async ({ pattern, home, elsewhere }) => {
    const files = (await sources())
      .filter(({ file, text }) => pattern.test(text) && !elsewhere?.(file))
      .map(({ file }) => file);
    expect(files).toEqual([home]);
  });
});
