// Email rendering: filling a precompiled template (what the Lambdas do) against compiling the
// same template with mjml at run time (what they must not do), on the same view in the same run.
// The view fills every placeholder with sample text and repeats each section twice. Times are
// wall-clock means after a warm-up, in one process on a shared machine: relative figures.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPILED_TEMPLATES, type TemplateName } from '#render/compiled-templates.js';
import { fillTemplate, parseTemplate, placeholderNames, type View } from '#render/placeholders.js';
import { renderEmail } from '#render/render-email.js';

// Not imported from cli/build.ts, which loads mjml: the import below is timed cold.
const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

function sampleView(name: TemplateName): View {
  const { html, text } = COMPILED_TEMPLATES[name];
  const names = new Set([
    ...placeholderNames(parseTemplate(html)),
    ...placeholderNames(parseTemplate(text)),
  ]);
  const flat: Record<string, string> = {};
  for (const key of names) flat[key] = `Sample ${key} value`;
  const sections = new Set<string>();
  for (const source of [html, text]) {
    for (const match of source.matchAll(/\{\{#(\w+)\}\}/g)) if (match[1]) sections.add(match[1]);
  }
  const view: Record<string, View[keyof View]> = { ...flat };
  for (const section of sections) view[section] = [flat, flat];
  return view;
}

function mean(run: () => void, iterations: number): number {
  for (let i = 0; i < Math.min(50, iterations); i++) run();
  const start = performance.now();
  for (let i = 0; i < iterations; i++) run();
  return (performance.now() - start) / iterations;
}

async function meanAsync(run: () => Promise<unknown>, iterations: number): Promise<number> {
  for (let i = 0; i < 2; i++) await run();
  const start = performance.now();
  for (let i = 0; i < iterations; i++) await run();
  return (performance.now() - start) / iterations;
}

export default async function renderBench() {
  let start = performance.now();
  const { default: mjml } = await import('mjml');
  const importMs = performance.now() - start;
  console.log(`importing mjml (one cold start would pay this): ${importMs.toFixed(0)} ms`);
  console.log(
    'template              compiled html  text   precompiled fill   mjml at run time   ×faster',
  );
  let totalPre = 0;
  let totalMjml = 0;
  const names = Object.keys(COMPILED_TEMPLATES) as TemplateName[];
  for (const name of names) {
    const view = sampleView(name);
    const pre = mean(() => renderEmail(name, view), 2000);
    const mjmlSource = await readFile(join(TEMPLATES_DIR, `${name}.mjml`), 'utf8');
    const filledSource = fillTemplate(parseTemplate(mjmlSource), view, 'html');
    const textNodes = parseTemplate(COMPILED_TEMPLATES[name].text);
    start = performance.now();
    const runtime = await meanAsync(async () => {
      await mjml(filledSource, {
        validationLevel: 'skip',
        filePath: join(TEMPLATES_DIR, `${name}.mjml`),
        ignoreIncludes: false,
        includePath: TEMPLATES_DIR,
        fonts: {},
      });
      fillTemplate(textNodes, view, 'text');
    }, 20);
    totalPre += pre;
    totalMjml += runtime;
    const { html, text } = COMPILED_TEMPLATES[name];
    console.log(
      `${name.padEnd(22)}${`${(Buffer.byteLength(html) / 1024).toFixed(1)} KB`.padStart(13)}${`${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`.padStart(8)}${`${(pre * 1000).toFixed(1)} µs`.padStart(19)}${`${runtime.toFixed(2)} ms`.padStart(19)}${(runtime / pre).toFixed(0).padStart(10)}`,
    );
  }
  console.log(
    `mean per email: precompiled ${((totalPre / names.length) * 1000).toFixed(1)} µs, mjml at run time ${(totalMjml / names.length).toFixed(2)} ms (2000 and 20 renders per template after warm-up)`,
  );
}
