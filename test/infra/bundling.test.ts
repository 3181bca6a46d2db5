// How the Lambda code is bundled (infra/bundling.ts): real chunks for dynamic imports, so what a
// cold start does not need is not read; ASCII-only output; and a bundled parser, escapes and all,
// that reads mail exactly as the source does.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseEmail, toExtraction } from '#parse/parse-email.js';
import { asciiOnly, bundleHandler } from '../../infra/bundling.js';
import { corpusAvailable, loadCorpus } from '../parse/corpus.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'followup-bundling-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const mjsFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mjs'));

describe('asciiOnly', () => {
  it('escapes what esbuild leaves raw, and the escaped code means the same', () => {
    const code = 'export const dash = /[–—]\\s*(\\p{L}+)/u; export const raw = String.raw`für`;';
    const escaped = asciiOnly(code);
    expect(escaped).not.toMatch(/[\u0080-\uffff]/);
    expect(escaped).toContain('/[\\u2013\\u2014]');
    // Evaluated: the regular expression matches as before; the raw text builds the same pattern.
    const dash = new RegExp(/\/(.*)\/u/.exec(escaped)?.[1] ?? '', 'u');
    expect(dash.exec('Engineer — Platform')?.[1]).toBe('Platform');
    const raw = /String\.raw`(.*)`/.exec(escaped)?.[1] ?? '';
    expect(new RegExp(raw, 'iu').test('Danke für Ihre Zeit')).toBe(true);
    // Outside the BMP: the surrogate pair, read as one code point by a /u pattern.
    expect(new RegExp(asciiOnly('^😀$'), 'u').test('😀')).toBe(true);
  });
});

describe('bundleHandler', () => {
  it('writes index.mjs with a chunk per dynamic import; the inbound parser is not in index.mjs', () => {
    const dir = join(out, 'inbound');
    const metafile = bundleHandler({ file: join(root, 'functions/handlers/inbound.ts') }, dir);
    const files = mjsFiles(dir);
    expect(files).toContain('index.mjs');
    expect(files.filter((f) => f.startsWith('chunks/')).length).toBeGreaterThan(1);
    const [, index] =
      Object.entries(metafile.outputs).find(([file]) => file.endsWith('/index.mjs')) ?? [];
    const inIndex = Object.keys(index?.inputs ?? {});
    expect(inIndex.some((input) => input.endsWith('functions/handlers/inbound.ts'))).toBe(true);
    expect(inIndex.some((input) => input.endsWith('functions/parse/parse-email.ts'))).toBe(false);
    const nonAscii = files.filter((f) =>
      /[\u0080-\uffff]/.test(readFileSync(join(dir, f), 'utf8')),
    );
    expect(nonAscii).toEqual([]);
  });

  /**
   * Bundles a handler; which outputs hold a source file, and which outputs its cold start reads:
   * index.mjs and its static imports, import by import. What every first call needs (the deps
   * from the environment, the link pages) is a static import, so it is read here too.
   */
  function coldStartOf(handler: string) {
    const metafile = bundleHandler(
      { file: join(root, `functions/handlers/${handler}.ts`) },
      join(out, handler),
    );
    const outputs = Object.entries(metafile.outputs);
    const holding = (source: string) =>
      outputs
        .filter(([, o]) => Object.keys(o.inputs).some((i) => i.endsWith(source)))
        .map(([f]) => f);
    const read = new Set<string>();
    const visit = (file: string) => {
      if (read.has(file)) return;
      read.add(file);
      for (const i of metafile.outputs[file]?.imports ?? []) {
        if (i.kind === 'import-statement' && !i.external) visit(i.path);
      }
    };
    for (const file of holding(`functions/handlers/${handler}.ts`)) visit(file);
    expect(read.size).toBeGreaterThan(3);
    /** Still bundled, in a chunk only a dynamic import reaches. */
    const readLater = (source: string) => {
      expect(holding(source), source).not.toEqual([]);
      expect(
        holding(source).filter((file) => read.has(file)),
        source,
      ).toEqual([]);
    };
    const readAtOnce = (source: string) => {
      expect(holding(source), source).not.toEqual([]);
      expect(
        holding(source).every((file) => read.has(file)),
        source,
      ).toBe(true);
    };
    /** Not in the bundle at all. */
    const absent = (source: string) => expect(holding(source), source).toEqual([]);
    return { readLater, readAtOnce, absent };
  }

  it('leaves out of the link function cold start what an interview page does not need', () => {
    const { readLater, readAtOnce, absent } = coldStartOf('link');
    // The holiday tables: when a plan is made or moved.
    readLater('functions/core/public-holiday-table.ts');
    readLater('functions/core/zone-country.ts');
    // A submitted form: its decoding and the state changes.
    readLater('functions/web/link-forms.ts');
    readLater('functions/app/link-action.ts');
    // The owner's own page and calendar feed.
    readLater('functions/web/owner-page-request.ts');
    // The emails a link can cause (an approved send, new recipients): their templates and words.
    readLater('functions/render/compiled-templates.ts');
    readLater('functions/app/compose.ts');
    readLater('functions/app/send-step.ts');
    // What every request needs: the deps, the token, the pages, the times in their zones.
    readAtOnce('functions/handlers/aws-deps.ts');
    readAtOnce('functions/web/link-request.ts');
    readAtOnce('functions/app/open-link.ts');
    readAtOnce('functions/web/pages.ts');
    readAtOnce('functions/core/zoned-time.ts');
    absent('luxon/build/es6/luxon.mjs');
  });

  it('leaves the weekly digest out of the step function cold start', () => {
    const { readLater, readAtOnce, absent } = coldStartOf('step');
    readLater('functions/app/weekly-digest.ts');
    readAtOnce('functions/app/fire-step.ts');
    readAtOnce('functions/handlers/aws-deps.ts');
    // Every step renders a reminder: its template is needed at once.
    readAtOnce('functions/render/compiled-templates.ts');
    absent('luxon/build/es6/luxon.mjs');
  });

  it('reads the parser with the first message past the trust checks, and no luxon at all', () => {
    const { readLater, readAtOnce, absent } = coldStartOf('inbound');
    readLater('functions/parse/parse-email.ts');
    absent('luxon/build/es6/luxon.mjs');
    readAtOnce('functions/app/handle-inbound.ts');
    readAtOnce('functions/handlers/aws-deps.ts');
    readAtOnce('functions/handlers/aws-raw-mail.ts');
    readAtOnce('functions/core/zoned-time.ts');
  });

  it('gives a bundled parser that reads mail exactly as the source does', async () => {
    const dir = join(out, 'parser');
    bundleHandler({ source: "export * from '#parse/parse-email.js';", resolveDir: root }, dir);
    const bundled = (await import(pathToFileURL(join(dir, 'index.mjs')).href)) as {
      parseEmail: typeof parseEmail;
      toExtraction: typeof toExtraction;
    };
    const fixtures = join(root, 'test/fixtures/parse');
    const messages = [
      ...readdirSync(fixtures)
        .filter((f) => f.endsWith('.eml'))
        .map((f) => readFileSync(join(fixtures, f))),
      ...(corpusAvailable() ? loadCorpus().map((m) => m.raw) : []),
    ];
    expect(messages.length).toBeGreaterThan(30);
    for (const raw of messages) {
      const options = { timezone: 'Europe/Berlin' };
      const fromBundle = bundled.toExtraction(await bundled.parseEmail(raw, options));
      expect(fromBundle).toEqual(toExtraction(await parseEmail(raw, options)));
    }
  }, 120_000);
});
