// Fills a compiled template (functions/render/compiled-templates.ts, made by `npm run build`)
// with a view: escaped values into the HTML, plain values into the text alternative.
import {
  COMPILED_TEMPLATES,
  TEXT_PARTIALS,
  type TemplateName,
  type TextPartialName,
} from './compiled-templates.js';
import { fillTemplate, parseTemplate, TemplateError, type View } from './placeholders.js';

export type { TemplateName } from './compiled-templates.js';

type Parsed = { html: ReturnType<typeof parseTemplate>; text: ReturnType<typeof parseTemplate> };
const cache = new Map<TemplateName, Parsed>();

function parsed(name: TemplateName): Parsed {
  let entry = cache.get(name);
  if (!entry) {
    const source = COMPILED_TEMPLATES[name];
    entry = {
      html: parseTemplate(source.html, `${name}.mjml`),
      text: parseTemplate(source.text, `${name}.txt`),
    };
    cache.set(name, entry);
  }
  return entry;
}

export interface RenderedEmail {
  html: string;
  text: string;
}

export function renderEmail(name: TemplateName, view: View): RenderedEmail {
  const template = parsed(name);
  const html = fillTemplate(template.html, view, 'html', `${name}.mjml`);
  // Values have their braces escaped in HTML, so any "{{" left means a template bug.
  if (html.includes('{{') || html.includes('}}')) {
    throw new TemplateError(`${name}.mjml: a placeholder was left unfilled`);
  }
  const text = fillTemplate(template.text, view, 'text', `${name}.txt`)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { html, text: `${text}\n` };
}

export function templateNames(): TemplateName[] {
  return Object.keys(COMPILED_TEMPLATES) as TemplateName[];
}

/** A plain-text partial filled on its own: the footer a short note without a template ends with. */
export function renderTextPartial(name: TextPartialName, view: View): string {
  const label = `partials/${name}.txt`;
  return fillTemplate(parseTemplate(TEXT_PARTIALS[name], label), view, 'text', label);
}
