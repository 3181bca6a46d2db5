// The run-time half of the templates: a strict, logic-less filler for the compiled HTML and the
// plain-text sources. `{{name}}` is a value (HTML-escaped in HTML mode), `{{#name}}…{{/name}}`
// repeats for each item of a list or shows once for a true value / object, `{{^name}}…{{/name}}`
// shows when the value is false, null or an empty list. There is no raw-HTML form on purpose,
// and a name missing from the view throws: a sent email can never carry an unfilled placeholder.
import escapeHtml from 'escape-html';

type Node =
  | { type: 'text'; text: string }
  | { type: 'value'; name: string }
  | { type: 'section'; name: string; inverted: boolean; children: Node[] };

export type ViewValue = string | number | boolean | null | readonly View[] | View;
export interface View {
  readonly [name: string]: ViewValue;
}

export class TemplateError extends Error {
  override name = 'TemplateError';
}

const TAG = /\{\{\s*([#^/]?)\s*([A-Za-z][A-Za-z0-9_.]*)\s*\}\}/g;

/** Parses a template into a tree; throws on unbalanced sections or stray braces. */
export function parseTemplate(source: string, label = 'template'): Node[] {
  const root: Node[] = [];
  const stack: { name: string; children: Node[] }[] = [{ name: '', children: root }];
  let last = 0;
  const pushText = (text: string) => {
    if (text.includes('{{') || text.includes('}}')) {
      throw new TemplateError(`${label}: malformed placeholder near "${text.slice(0, 40)}"`);
    }
    if (text) stack[stack.length - 1]?.children.push({ type: 'text', text });
  };
  for (const match of source.matchAll(TAG)) {
    pushText(source.slice(last, match.index));
    last = match.index + match[0].length;
    const [, sigil, name = ''] = match;
    const top = stack[stack.length - 1];
    if (!top) throw new TemplateError(`${label}: parser stack underflow`);
    if (sigil === '#' || sigil === '^') {
      const section: Node = { type: 'section', name, inverted: sigil === '^', children: [] };
      top.children.push(section);
      stack.push({ name, children: section.children });
    } else if (sigil === '/') {
      if (top.name !== name || stack.length === 1) {
        throw new TemplateError(`${label}: {{/${name}}} closes "${top.name || '(nothing)'}"`);
      }
      stack.pop();
    } else {
      top.children.push({ type: 'value', name });
    }
  }
  pushText(source.slice(last));
  if (stack.length !== 1) {
    throw new TemplateError(`${label}: section "${stack[stack.length - 1]?.name}" is never closed`);
  }
  return root;
}

/** Every placeholder and section name a template uses (for build-time checks and tests). */
export function placeholderNames(nodes: Node[]): string[] {
  const names = new Set<string>();
  const walk = (list: Node[]) => {
    for (const node of list) {
      if (node.type === 'value') names.add(node.name);
      if (node.type === 'section') {
        names.add(node.name);
        walk(node.children);
      }
    }
  };
  walk(nodes);
  return [...names];
}

function lookup(stack: readonly View[], name: string, label: string): ViewValue {
  const [head = '', ...rest] = name.split('.');
  for (let i = stack.length - 1; i >= 0; i--) {
    const scope = stack[i];
    if (scope && Object.hasOwn(scope, head)) {
      let value: ViewValue = scope[head] as ViewValue;
      for (const part of rest) {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
          throw new TemplateError(`${label}: "${name}" does not resolve`);
        }
        const object: View = value as View;
        if (!Object.hasOwn(object, part)) throw new TemplateError(`${label}: "${name}" is missing`);
        value = object[part] as ViewValue;
      }
      if (value === undefined) break;
      return value;
    }
  }
  throw new TemplateError(`${label}: placeholder "${name}" has no value`);
}

// Braces are escaped too, so a person-supplied "{{x}}" can never look like a placeholder.
function escapeForHtml(value: string): string {
  return escapeHtml(value).replace(/\{/g, '&#123;').replace(/\}/g, '&#125;');
}

export type FillMode = 'html' | 'text';

export function fillTemplate(
  nodes: Node[],
  view: View,
  mode: FillMode,
  label = 'template',
): string {
  let out = '';
  const render = (list: Node[], stack: View[]) => {
    for (const node of list) {
      if (node.type === 'text') {
        out += node.text;
      } else if (node.type === 'value') {
        const value = lookup(stack, node.name, label);
        if (typeof value !== 'string' && typeof value !== 'number') {
          throw new TemplateError(`${label}: "${node.name}" must be text, got ${typeof value}`);
        }
        out += mode === 'html' ? escapeForHtml(String(value)) : String(value);
      } else {
        const value = lookup(stack, node.name, label);
        const empty =
          value === null ||
          value === false ||
          value === '' ||
          (Array.isArray(value) && value.length === 0);
        if (node.inverted) {
          if (empty) render(node.children, stack);
        } else if (Array.isArray(value)) {
          for (const item of value as readonly View[]) render(node.children, [...stack, item]);
        } else if (!empty) {
          render(node.children, typeof value === 'object' ? [...stack, value as View] : stack);
        }
      }
    }
  };
  render(nodes, [view]);
  return out;
}
