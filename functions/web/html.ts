// Safe HTML for the link pages: every interpolated value is escaped unless it is already SafeHtml
// built by this same tag. Pages carry no script at all; the one stylesheet is inline and allowed
// by its hash in the Content-Security-Policy.
import { createHash } from 'node:crypto';
import escapeHtml from 'escape-html';

export class SafeHtml {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

type Interpolation =
  | SafeHtml
  | string
  | number
  | null
  | undefined
  | false
  | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

export const STYLE = `
:root { color-scheme: light dark; --bg: #f3f4f6; --card: #ffffff; --text: #1f2937; --muted: #4b5563;
  --line: #d1d5db; --accent: #1d4ed8; --accent-text: #ffffff; --quiet: #e5e7eb; --quiet-text: #111827;
  --ok: #065f46; --warn: #92400e; --danger: #b91c1c; --danger-text: #ffffff; --focus: #f59e0b; }
@media (prefers-color-scheme: dark) { :root { --bg: #111827; --card: #1f2937; --text: #f3f4f6;
  --muted: #d1d5db; --line: #4b5563; --accent: #3b82f6; --accent-text: #0b1220; --quiet: #374151;
  --quiet-text: #f9fafb; --ok: #6ee7b7; --warn: #fcd34d; --danger: #fca5a5;
  --danger-text: #1f0a0a; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text);
  font: 16px/1.5 -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
main { max-width: 44rem; margin: 0 auto; padding: 1rem; }
.brand { color: var(--accent); font-weight: bold; font-size: .9rem; margin: .5rem 0 1rem; }
.card { background: var(--card); border-radius: .5rem; padding: 1.25rem; margin-bottom: 1rem; }
h1 { font-size: 1.5rem; line-height: 1.25; margin: 0 0 .5rem; }
h2 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
p { margin: .5rem 0; }
.muted { color: var(--muted); font-size: .95rem; }
.ok { color: var(--ok); font-weight: bold; }
.warn { color: var(--warn); font-weight: bold; }
label { display: block; font-weight: bold; margin: .9rem 0 .25rem; }
label.inline { display: inline; margin: 0; }
.send-to { margin: .5rem 0; }
.send-to input { width: auto; }
.hint { display: block; font-weight: normal; color: var(--muted); font-size: .9rem; }
input[type=text], input[type=email], input[type=date], input[type=time], select, textarea {
  width: 100%; font: inherit; color: var(--text); background: var(--card);
  border: 1px solid var(--line); border-radius: .375rem; padding: .6rem .7rem; }
textarea { min-height: 8rem; resize: vertical; }
textarea.draft-body { field-sizing: content; }
textarea.short { min-height: 8rem; }
fieldset { border: 1px solid var(--line); border-radius: .5rem; margin: 1rem 0; padding: .25rem 1rem 1rem; min-width: 0; overflow-wrap: anywhere; }
legend { font-weight: bold; padding: 0 .25rem; max-width: 100%; overflow-wrap: anywhere; }
.actions { display: flex; flex-wrap: wrap; gap: .5rem; margin-top: 1.25rem; }
button, .button { font: inherit; font-weight: bold; border: 0; border-radius: .375rem; cursor: pointer;
  padding: .75rem 1.1rem; background: var(--accent); color: var(--accent-text); text-decoration: none;
  min-height: 2.75rem; }
button.quiet { background: var(--quiet); color: var(--quiet-text); }
button.danger { background: var(--danger); color: var(--danger-text); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
a { color: var(--accent); }
dl { margin: 0; } dt { color: var(--muted); font-size: .85rem; text-transform: uppercase;
  letter-spacing: .04em; margin-top: .75rem; } dd { margin: 0; }
ol.plan { padding-left: 1.25rem; } ol.plan li { margin: .4rem 0; }
.draft-to { margin: 0; }
h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
.wrap { overflow-wrap: anywhere; }
.todo { border-top: 1px solid var(--line); margin-top: .5rem; padding-top: .25rem; }
.actions form { margin: 0; }
`;

export const STYLE_HASH = `sha256-${createHash('sha256').update(STYLE, 'utf8').digest('base64')}`;

export const PAGE_HEADERS: Record<string, string> = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': `default-src 'none'; style-src '${STYLE_HASH}'; img-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`,
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
  'x-robots-tag': 'noindex, nofollow',
};

export function layout(title: string, body: SafeHtml): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title} · followup</title>
<style>${new SafeHtml(STYLE)}</style>
</head>
<body>
<main>
<p class="brand">followup</p>
${body}
</main>
</body>
</html>
`.value;
}
