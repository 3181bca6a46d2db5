// One definition of how Lambda code is bundled: the stack (each function's asset, built by local
// esbuild at synth) and the bundle bench both call bundleHandler, so the bench measures what gets
// deployed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Runtime } from 'aws-cdk-lib/aws-lambda';
import { type BuildOptions, buildSync, type Metafile } from 'esbuild';

/**
 * The Lambda runtime of every function. Node 24 rather than 22: Lambda deprecates nodejs22.x with
 * Node 22's end of life (April 2027), nodejs24.x is supported into 2028.
 */
export const LAMBDA_RUNTIME = Runtime.NODEJS_24_X;

/** The bundles target the runtime's Node version ('nodejs24.x' → 'node24'), so the two agree. */
export const LAMBDA_NODE_TARGET = LAMBDA_RUNTIME.name.replace(/^nodejs(\d+)\.x$/, 'node$1');

/** ESM bundles of CommonJS dependencies still call require(); give them one. */
export const ESM_REQUIRE_BANNER =
  "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);";

/** esbuild settings of every bundle (also what the function-rights test reads the bundles with). */
export const ESBUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: LAMBDA_NODE_TARGET,
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  // The SDK ships inside the bundle: pinned versions, and no surprise from the runtime's copy.
  mainFields: ['module', 'main'],
  banner: { js: ESM_REQUIRE_BANNER },
} as const;

/** The file Lambda loads: `index.handler` is the `handler` export of index.mjs. */
export const HANDLER_FILE = 'index.mjs';

/** What to bundle: a handler's entry file, or source text resolved from `resolveDir`. */
export type BundleEntry = { file: string } | { source: string; resolveDir: string };

/**
 * Bundles one Lambda handler into `outdir`: index.mjs, and a chunk per `await import()` under
 * chunks/. Real chunks, rather than one file with every dynamic import inlined, because Node
 * parses a whole file when it loads it: the AWS SDK's credential providers for SSO, STS and
 * profiles (never used in Lambda, which hands credentials in the environment) and the inbound
 * parser (needed only for mail that passes the trust checks) then stay unread at cold start.
 * Non-ASCII characters esbuild leaves in regular expressions are escaped, so V8 reads the source
 * as one byte per character (see asciiOnly).
 */
export function bundleHandler(entry: BundleEntry, outdir: string): Metafile {
  const options: BuildOptions = {
    ...ESBUILD_OPTIONS,
    mainFields: [...ESBUILD_OPTIONS.mainFields],
    splitting: true,
    outdir,
    entryNames: 'index',
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    write: false,
    metafile: true,
    logLevel: 'error',
  };
  if ('file' in entry) options.entryPoints = [entry.file];
  else options.stdin = { contents: entry.source, resolveDir: entry.resolveDir, loader: 'ts' };
  const result = buildSync(options);
  for (const file of result.outputFiles ?? []) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.path.endsWith('.mjs') ? asciiOnly(file.text) : file.contents);
  }
  return result.metafile as Metafile;
}

/**
 * The bundle with every non-ASCII character written as a \u escape. esbuild escapes them in
 * strings but leaves them raw in regular expression literals and `String.raw` templates; one
 * such character makes V8 hold the whole file as two bytes per character, which costs a cold
 * start measurably more to decode and parse. The escape means the same character in a regular
 * expression literal, in the cooked strings a template tag such as the pages' `html` reads, and
 * in the pattern text a `String.raw` template gives `new RegExp` (the parser's phrase tables: the
 * only raw templates with such characters; test/infra/bundling.test.ts parses mail through a
 * bundled parser to prove it). Characters outside the BMP become their surrogate pair, which a
 * non-unicode pattern reads as the raw character does and a /u pattern reads as one code point.
 */
export function asciiOnly(code: string): string {
  // Without the u flag each half of a surrogate pair matches on its own.
  return code.replace(
    /[\u0080-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
