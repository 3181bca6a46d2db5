// The compiled templates: committed output matches the MJML, every placeholder is filled or the
// render throws, and values are escaped in HTML.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { COMPILED_TEMPLATES } from '#render/compiled-templates.js';
import {
  fillTemplate,
  parseTemplate,
  placeholderNames,
  TemplateError,
} from '#render/placeholders.js';
import { renderEmail } from '#render/render-email.js';
import { buildTemplateModule, COMPILED_MODULE, sharedEnds } from '../../cli/build.js';

describe('compiled templates', () => {
  it('the committed functions/render/compiled-templates.ts is what `npm run build` makes now', async () => {
    const fresh = await buildTemplateModule();
    const committed = await readFile(COMPILED_MODULE, 'utf8');
    // If this fails: a template in templates/ changed. Run `npm run build` and commit the result.
    expect(committed === fresh, 'compiled templates are stale: run `npm run build`').toBe(true);
  });

  it('has an HTML and a text half for each email, with no web fonts and no script', () => {
    const names = Object.keys(COMPILED_TEMPLATES);
    expect(names).toEqual(
      expect.arrayContaining([
        'acknowledgement',
        'reminder-prep',
        'reminder-thank-you',
        'reminder-follow-up',
        'reminder-call',
        'reminder-close-out',
        'not-understood',
        'relay',
        'plan-notice',
        'limit-notice',
      ]),
    );
    for (const [name, template] of Object.entries(COMPILED_TEMPLATES)) {
      expect(template.html, name).toContain('<html lang="en"');
      expect(template.html, name).toContain('prefers-color-scheme: dark');
      expect(template.html, name).toContain('name="color-scheme"');
      expect(template.html, name).not.toMatch(/<script|fonts\.googleapis/i);
      expect(template.text.length, name).toBeGreaterThan(50);
    }
  });

  it('writes the whole lines every email starts and ends with once, never overlapping', () => {
    const page = (body: string) => `<html>\n<head>\n</head>\n${body}\n</body>\n</html>`;
    expect(sharedEnds([page('<p>one</p>'), page('<p>two</p>\n<p>more</p>')])).toEqual({
      start: '<html>\n<head>\n</head>\n',
      end: '</body>\n</html>',
    });
    // A line shared only in part stays with each email.
    expect(sharedEnds(['top\nmiddle A\nbottom', 'top\nmiddle B\nbottom'])).toEqual({
      start: 'top\n',
      end: 'bottom',
    });
    expect(sharedEnds(['\nalpha', '\nbeta'])).toEqual({ start: '\n', end: '' });
    expect(sharedEnds(['xa', 'ya'])).toEqual({ start: '', end: '' });
    // Identical emails: the end never takes back what the start holds.
    expect(sharedEnds(['same\ntext', 'same\ntext'])).toEqual({ start: 'same\n', end: '' });
    expect(sharedEnds([])).toEqual({ start: '', end: '' });
  });

  it('no Lambda code imports mjml', async () => {
    const { readdir } = await import('node:fs/promises');
    const files = await readdir(new URL('../../functions/', import.meta.url), {
      recursive: true,
    });
    for (const file of files.filter((f) => f.endsWith('.ts'))) {
      const source = await readFile(new URL(`../../functions/${file}`, import.meta.url), 'utf8');
      expect(source, file).not.toMatch(/from ['"]mjml|import\(['"]mjml/);
    }
  });
});

describe('placeholder filling', () => {
  it('throws on a placeholder the view does not fill', () => {
    const nodes = parseTemplate('<p>Hi {{name}}, {{missing}}</p>');
    expect(() => fillTemplate(nodes, { name: 'Sam' }, 'html')).toThrow(TemplateError);
    expect(() => renderEmail('limit-notice', { subject: 'x' })).toThrow(/has no value/);
  });

  it('refuses malformed and unbalanced templates', () => {
    expect(() => parseTemplate('{{#a}}x')).toThrow(/never closed/);
    expect(() => parseTemplate('{{#a}}x{{/b}}')).toThrow(/closes/);
    expect(() => parseTemplate('{{ bad name }}')).toThrow(/malformed/);
  });

  it('escapes values in HTML, braces included, and repeats and hides sections', () => {
    const nodes = parseTemplate(
      '<a href="{{url}}">{{#items}}<i>{{label}}</i>{{/items}}{{^items}}none{{/items}}</a>',
    );
    expect(placeholderNames(nodes).sort()).toEqual(['items', 'label', 'url']);
    const out = fillTemplate(
      nodes,
      {
        url: 'https://x.example/?a=1&b="2"',
        items: [{ label: '<b>{{x}}</b>' }, { label: "O'Neil" }],
      },
      'html',
    );
    expect(out).toBe(
      '<a href="https://x.example/?a=1&amp;b=&quot;2&quot;"><i>&lt;b&gt;&#123;&#123;x&#125;&#125;&lt;/b&gt;</i><i>O&#39;Neil</i></a>',
    );
    expect(fillTemplate(nodes, { url: 'u', items: [] }, 'html')).toBe('<a href="u">none</a>');
    expect(fillTemplate(nodes, { url: '<u>', items: [] }, 'text')).toBe('<a href="<u>">none</a>');
  });
});
