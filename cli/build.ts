// `npm run build`: compiles templates/*.mjml to HTML once and writes the generated module
// functions/render/compiled-templates.ts (committed, so a fresh clone tests, runs and synthesizes
// without a build). mjml is a devDependency: nothing under functions/ imports it, the Lambdas
// only carry the compiled strings.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import mjml from 'mjml';
import { parseTemplate, placeholderNames } from '#render/placeholders.js';

export const TEMPLATES_DIR = fileURLToPath(new URL('../templates/', import.meta.url));
export const COMPILED_MODULE = fileURLToPath(
  new URL('../functions/render/compiled-templates.ts', import.meta.url),
);

interface Compiled {
  name: string;
  html: string;
  text: string;
  placeholders: string[];
}

export async function compileTemplate(name: string, dir = TEMPLATES_DIR): Promise<Compiled> {
  const mjmlPath = join(dir, `${name}.mjml`);
  const source = await readFile(mjmlPath, 'utf8');
  const result = await mjml(source, {
    validationLevel: 'strict',
    filePath: mjmlPath,
    ignoreIncludes: false,
    includePath: dir,
    // System fonts only: no web-font links in the emails.
    fonts: {},
    keepComments: true,
  });
  if (result.errors.length > 0) {
    const detail = result.errors.map((e) => `  line ${e.line}: ${e.message}`).join('\n');
    throw new Error(`${name}.mjml does not compile:\n${detail}`);
  }
  // Blank lines are MJML's pretty-printing; dropping them keeps the emails small.
  const html = result.html
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .join('\n');
  const text = await withTextPartials(await readFile(join(dir, `${name}.txt`), 'utf8'), dir);
  // Parsing both halves here turns a typo in a placeholder into a build error.
  const htmlNames = placeholderNames(parseTemplate(html, `${name}.mjml`));
  const textNames = placeholderNames(parseTemplate(text, `${name}.txt`));
  const placeholders = [...new Set([...htmlNames, ...textNames])].sort();
  return { name, html, text, placeholders };
}

/** `{{>name}}` in a plain-text template: templates/partials/name.txt, as mj-include is for MJML. */
const TEXT_INCLUDE = /\{\{>\s*([a-z][a-z-]*)\s*\}\}\n?/g;

async function textPartial(name: string, dir: string): Promise<string> {
  return readFile(join(dir, 'partials', `${name}.txt`), 'utf8');
}

async function withTextPartials(source: string, dir: string): Promise<string> {
  const names = [...new Set([...source.matchAll(TEXT_INCLUDE)].map((m) => m[1] ?? ''))];
  const partials = new Map(
    await Promise.all(names.map(async (n) => [n, await textPartial(n, dir)] as const)),
  );
  return source.replace(TEXT_INCLUDE, (_, n: string) => partials.get(n) ?? '');
}

/** Plain-text partials that emails without a template (short notes) end with too. */
const SHARED_TEXT_PARTIALS = ['footer'] as const;

export async function templateNames(dir = TEMPLATES_DIR): Promise<string[]> {
  return (await readdir(dir))
    .filter((file) => file.endsWith('.mjml'))
    .map((file) => basename(file, '.mjml'))
    .sort();
}

/**
 * The whole lines every one of `htmls` starts with and ends with. The generated module writes them
 * once: they are most of each email's HTML (MJML's head and styles), and a Lambda cold start
 * reads and parses every byte of the module.
 */
export function sharedEnds(htmls: readonly string[]): { start: string; end: string } {
  const [first, ...rest] = htmls;
  if (first === undefined) return { start: '', end: '' };
  const shortest = Math.min(...htmls.map((h) => h.length));
  let prefix = 0;
  while (prefix < shortest && rest.every((h) => h[prefix] === first[prefix])) prefix++;
  // Whole lines, and start and end never overlap in the shortest one.
  const start = prefix === 0 ? '' : first.slice(0, first.lastIndexOf('\n', prefix - 1) + 1);
  let suffix = 0;
  while (
    suffix < shortest - start.length &&
    rest.every((h) => h[h.length - 1 - suffix] === first[first.length - 1 - suffix])
  ) {
    suffix++;
  }
  const tail = first.slice(first.length - suffix);
  const end = tail.slice(tail.indexOf('\n') + 1 || tail.length);
  return { start, end };
}

/** The source of the generated module; the stale-output test compares it with the committed file. */
export async function buildTemplateModule(dir = TEMPLATES_DIR): Promise<string> {
  const compiled = await Promise.all(
    (await templateNames(dir)).map((n) => compileTemplate(n, dir)),
  );
  const { start, end } = sharedEnds(compiled.map((t) => t.html));
  const entries = compiled
    .map((t) => {
      const middle = t.html.slice(start.length, t.html.length - end.length);
      return `  ${JSON.stringify(t.name)}: {\n    html: HTML_START + ${JSON.stringify(middle)} + HTML_END,\n    text: ${JSON.stringify(t.text)},\n    placeholders: ${JSON.stringify(t.placeholders)},\n  },`;
    })
    .join('\n');
  const partials = await Promise.all(
    SHARED_TEXT_PARTIALS.map(async (n) => {
      const text = await textPartial(n, dir);
      // Parsed here too, so a typo in a partial is a build error.
      placeholderNames(parseTemplate(text, `partials/${n}.txt`));
      return `  ${JSON.stringify(n)}: ${JSON.stringify(text)},`;
    }),
  );
  return [
    '// GENERATED by `npm run build` (cli/build.ts) from templates/*.mjml and templates/*.txt.',
    '// Do not edit: change the templates and run `npm run build`. A test fails when this is stale.',
    '',
    "/** How every email's HTML starts (the head and its styles) and ends, written once. */",
    `const HTML_START = ${JSON.stringify(start)};`,
    `const HTML_END = ${JSON.stringify(end)};`,
    '',
    'export const COMPILED_TEMPLATES = {',
    entries,
    '} as const;',
    '',
    'export type TemplateName = keyof typeof COMPILED_TEMPLATES;',
    '',
    'export const TEXT_PARTIALS = {',
    ...partials,
    '} as const;',
    '',
    'export type TextPartialName = keyof typeof TEXT_PARTIALS;',
    '',
  ].join('\n');
}

async function main() {
  const source = await buildTemplateModule();
  await writeFile(COMPILED_MODULE, source);
  const names = await templateNames();
  console.log(`build: compiled ${names.length} templates → functions/render/compiled-templates.ts`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
