// What a browser submits for a form on a link page: the named fields of the form holding the
// chosen button, with their values as the page shows them, plus that button's own name=value.
// Enough HTML for the link pages (which have no script), not a general parser.

const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (entity[0] !== '#') return named[entity.toLowerCase()] as string;
    const hex = entity[1]?.toLowerCase() === 'x';
    return String.fromCodePoint(Number.parseInt(entity.slice(hex ? 2 : 1), hex ? 16 : 10));
  });

const attribute = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag);
  return match ? decode(match[1] as string) : null;
};

/** The fields submitted by clicking the button whose name=value is `button` (e.g. intent=send). */
export function submittedForm(html: string, button: { name: string; value: string }) {
  const forms = html.match(/<form\b[\s\S]*?<\/form>/gi) ?? [];
  const form = forms.find((f) =>
    (f.match(/<button\b[^>]*>/gi) ?? []).some(
      (tag) => attribute(tag, 'name') === button.name && attribute(tag, 'value') === button.value,
    ),
  );
  if (!form) throw new Error(`no form on the page has a ${button.name}=${button.value} button`);
  const fields: Record<string, string> = {};
  for (const tag of form.match(/<input\b[^>]*>/gi) ?? []) {
    const name = attribute(tag, 'name');
    const type = attribute(tag, 'type') ?? 'text';
    if (name && !['submit', 'button', 'reset'].includes(type))
      fields[name] = attribute(tag, 'value') ?? '';
  }
  for (const match of form.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/gi)) {
    const name = attribute(match[1] as string, 'name');
    // A newline right after <textarea> is not part of the value.
    if (name) fields[name] = decode((match[2] as string).replace(/^\r?\n/, ''));
  }
  fields[button.name] = button.value;
  return fields;
}
