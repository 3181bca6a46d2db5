// The layer rules live in biome.json (noRestrictedImports per folder). Each case is a probe file
// placed in the folder it tests and linted with the repository's configuration (one biome run
// for all of them), so a rule that stops matching fails here, not in review.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIOME = path.join(ROOT, 'node_modules/.bin/biome');

interface Probe {
  folder: string;
  specifier: string;
  /** File name stem; `aws-…` names a composition root in handlers/. */
  stem?: string;
  forbidden: boolean;
}

const PROBES: Probe[] = [
  { folder: 'functions/core', specifier: '#adapters/dynamo/dynamo-store.js', forbidden: true },
  { folder: 'functions/core', specifier: '../adapters/dynamo/dynamo-store.js', forbidden: true },
  { folder: 'functions/core', specifier: '#app/deps.js', forbidden: true },
  { folder: 'functions/core', specifier: '#ports/store.js', forbidden: true },
  { folder: 'functions/core', specifier: '#parse/types.js', forbidden: true },
  { folder: 'functions/core', specifier: '@aws-sdk/client-s3', forbidden: true },
  { folder: 'functions/core', specifier: './domain.js', forbidden: false },
  { folder: 'functions/core', specifier: '@date-fns/tz', forbidden: false },
  { folder: 'functions/parse', specifier: '#app/deps.js', forbidden: true },
  { folder: 'functions/parse', specifier: '#ports/store.js', forbidden: true },
  { folder: 'functions/parse', specifier: '../adapters/s3/s3-raw-mail.js', forbidden: true },
  { folder: 'functions/app', specifier: '#adapters/ses/ses-mailer.js', forbidden: true },
  { folder: 'functions/app', specifier: '@aws-sdk/client-sesv2', forbidden: true },
  { folder: 'functions/app', specifier: '#ports/store.js', forbidden: false },
  { folder: 'functions/handlers', specifier: '#adapters/dynamo/dynamo-store.js', forbidden: true },
  {
    folder: 'functions/handlers',
    specifier: '#adapters/dynamo/dynamo-store.js',
    stem: 'aws-probe',
    forbidden: false,
  },
  { folder: 'functions/web', specifier: '#adapters/ses/ses-mailer.js', forbidden: true },
  { folder: 'functions/web', specifier: '#app/deps.js', forbidden: false },
  { folder: 'functions/render', specifier: '#app/deps.js', forbidden: true },
  { folder: 'functions/ports', specifier: '#adapters/ses/ses-mailer.js', forbidden: true },
];

const files = PROBES.map(
  (probe) => `${probe.folder}/${probe.stem ?? 'lint-probe'}-${randomBytes(4).toString('hex')}.ts`,
);
/** noRestrictedImports messages per probe file. */
const found = new Map<string, string[]>();

beforeAll(async () => {
  await Promise.all(
    PROBES.map((probe, i) =>
      writeFile(
        path.join(ROOT, files[i] ?? ''),
        `import * as m from '${probe.specifier}';\n\nexport const probe = m;\n`,
      ),
    ),
  );
  // biome exits non-zero when it finds anything; the JSON report is on stdout either way.
  const stdout = await promisify(execFile)(BIOME, ['lint', '--reporter=json', ...files], {
    cwd: ROOT,
  }).then(
    (result) => result.stdout,
    (error: { stdout?: string }) => error.stdout ?? '',
  );
  const report = JSON.parse(stdout) as {
    diagnostics: { category: string; message: string; location: { path: string } }[];
  };
  for (const diagnostic of report.diagnostics) {
    if (diagnostic.category !== 'lint/style/noRestrictedImports') continue;
    const file = path.relative(ROOT, path.resolve(ROOT, diagnostic.location.path));
    found.set(file, [...(found.get(file) ?? []), diagnostic.message]);
  }
}, 60_000);

afterAll(async () => {
  await Promise.all(files.map((file) => rm(path.join(ROOT, file), { force: true })));
});

describe('layer rules (biome noRestrictedImports)', () => {
  PROBES.forEach((probe, i) => {
    const verdict = probe.forbidden ? 'fails lint' : 'passes';
    it(`${probe.folder}/${probe.stem ?? '…'} importing ${probe.specifier} ${verdict}`, () => {
      const messages = found.get(files[i] ?? '') ?? [];
      expect(messages).toHaveLength(probe.forbidden ? 1 : 0);
    });
  });
});
