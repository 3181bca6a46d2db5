// A small MIME tree for rewriting test messages: split a raw message into its parts, decode and
// re-encode text leaves, and join it back, leaving every untouched byte as it was. Strings here
// hold bytes one per character (latin1), so 8-bit bodies in any charset survive a round trip.
import { encode as base64Encode, wrap as base64Wrap } from 'nodemailer/lib/base64';
import { encode as qpEncode, wrap as qpWrap } from 'nodemailer/lib/qp';

export interface MimePart {
  /** The header lines, LF-separated, without the blank line that ends them. */
  header: string;
  /** The body as raw bytes (latin1 string). */
  body: string;
}

export type TransferEncoding = 'quoted-printable' | 'base64' | '8bit';

/** Reads a raw message (LF or CRLF) into its top part. */
export function readPart(raw: Buffer | string): MimePart {
  const text = (typeof raw === 'string' ? raw : raw.toString('latin1')).replace(/\r\n/g, '\n');
  const end = text.indexOf('\n\n');
  if (end < 0) return { header: text.replace(/\n$/, ''), body: '' };
  return { header: text.slice(0, end), body: text.slice(end + 2) };
}

export function writePart(part: MimePart): string {
  return `${part.header}\n\n${part.body}`;
}

export function toBuffer(part: MimePart): Buffer {
  return Buffer.from(writePart(part), 'latin1');
}

function headerPattern(name: string): RegExp {
  const escaped = name.replace(/[-]/g, '\\-');
  return new RegExp(`^${escaped}:[^\\n]*(?:\\n[ \\t][^\\n]*)*\\n?`, 'gim');
}

/** A header's value, unfolded; null when absent. */
export function headerValue(header: string, name: string): string | null {
  const match = headerPattern(name).exec(`${header}\n`);
  if (!match) return null;
  return match[0]
    .slice(name.length + 1)
    .replace(/\n[ \t]+/g, ' ')
    .trim();
}

/** Replaces (or adds) a header; `null` removes it. */
export function withHeader(header: string, name: string, value: string | null): string {
  const without = `${header}\n`.replace(headerPattern(name), '').replace(/\n$/, '');
  if (value === null) return without;
  return without === '' ? `${name}: ${value}` : `${without}\n${name}: ${value}`;
}

export interface ContentType {
  type: string;
  params: Map<string, string>;
}

export function contentTypeOf(part: MimePart): ContentType {
  const value = headerValue(part.header, 'Content-Type') ?? 'text/plain; charset=us-ascii';
  const [type = '', ...rest] = value.split(';');
  const params = new Map<string, string>();
  for (const param of rest) {
    const eq = param.indexOf('=');
    if (eq < 0) continue;
    const key = param.slice(0, eq).trim().toLowerCase();
    params.set(
      key,
      param
        .slice(eq + 1)
        .trim()
        .replace(/^"(.*)"$/, '$1'),
    );
  }
  return { type: type.trim().toLowerCase(), params };
}

function formatContentType(type: string, params: Map<string, string>): string {
  return [type, ...[...params].map(([k, v]) => `${k}="${v}"`)].join('; ');
}

export interface Multipart {
  boundary: string;
  preamble: string;
  parts: MimePart[];
  epilogue: string;
}

/** The children of a multipart part; null for a leaf. */
export function multipartOf(part: MimePart): Multipart | null {
  const { type, params } = contentTypeOf(part);
  const boundary = params.get('boundary');
  if (!type.startsWith('multipart/') || !boundary) return null;
  const lines = part.body.split('\n');
  const open = `--${boundary}`;
  const close = `--${boundary}--`;
  const chunks: string[][] = [];
  let preamble: string[] = [];
  let epilogue: string[] = [];
  let current: string[] | null = null;
  let closed = false;
  for (const line of lines) {
    const bare = line.trimEnd();
    if (closed) epilogue.push(line);
    else if (bare === close) {
      if (current) chunks.push(current);
      current = null;
      closed = true;
    } else if (bare === open) {
      if (current) chunks.push(current);
      current = [];
    } else if (current) current.push(line);
    else preamble.push(line);
  }
  if (current) chunks.push(current);
  if (!closed) epilogue = [];
  if (chunks.length === 0) preamble = [];
  return {
    boundary,
    preamble: preamble.join('\n'),
    parts: chunks.map((chunk) => readPart(chunk.join('\n'))),
    epilogue: epilogue.join('\n'),
  };
}

export function joinMultipart(multipart: Multipart): string {
  const { boundary, preamble, parts, epilogue } = multipart;
  const body = parts.map((p) => `--${boundary}\n${writePart(p)}`).join('\n');
  return `${preamble ? `${preamble}\n` : ''}${body}\n--${boundary}--\n${epilogue}`;
}

function qpDecode(body: string): Buffer {
  const joined = body.replace(/=[ \t]*\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9a-f]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(joined.charCodeAt(i) & 0xff);
  }
  return Buffer.from(bytes);
}

function bodyBytes(part: MimePart): Buffer {
  const encoding = (headerValue(part.header, 'Content-Transfer-Encoding') ?? '').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64');
  if (encoding === 'quoted-printable') return qpDecode(part.body);
  return Buffer.from(part.body, 'latin1');
}

/** The text of a text leaf, decoded from its transfer encoding and charset. */
export function decodeText(part: MimePart): string {
  const charset = contentTypeOf(part).params.get('charset') ?? 'us-ascii';
  const label = /^(?:us-)?ascii$/i.test(charset) ? 'utf-8' : charset;
  return new TextDecoder(label).decode(bodyBytes(part)).replace(/\r\n/g, '\n');
}

/** The leaf's transfer encoding, as it would be written again for new text. */
export function encodingOf(part: MimePart): TransferEncoding {
  const encoding = (headerValue(part.header, 'Content-Transfer-Encoding') ?? '').toLowerCase();
  return encoding === 'base64' || encoding === 'quoted-printable' ? encoding : '8bit';
}

/** A text leaf holding `text` as UTF-8 in `encoding`, of `type` (the leaf's own by default). */
export function encodeText(
  part: MimePart,
  text: string,
  encoding: TransferEncoding,
  type?: string,
): MimePart {
  const current = contentTypeOf(part);
  const params = new Map(current.params);
  params.set('charset', 'utf-8');
  // The new text is written whole: soft line breaks were joined when it was read.
  params.delete('format');
  params.delete('delsp');
  const bytes = Buffer.from(text, 'utf8');
  const body =
    encoding === 'base64'
      ? base64Wrap(base64Encode(bytes), 76)
      : encoding === 'quoted-printable'
        ? qpWrap(qpEncode(bytes), 76)
        : bytes.toString('latin1');
  let header = withHeader(
    part.header,
    'Content-Type',
    formatContentType(type ?? current.type, params),
  );
  header = withHeader(header, 'Content-Transfer-Encoding', encoding);
  return { header, body: `${body.replace(/\r\n/g, '\n')}\n` };
}

export interface LeafContext {
  /** The leaf sits inside an attached message (message/rfc822). */
  attached: boolean;
  /** The type of the multipart directly around it, if any. */
  parentType: string | null;
}

/**
 * Rewrites the leaves of a part. `edit` returns the new leaf, or null to drop it; multiparts
 * and attached messages are walked (attached ones only when `intoAttached`).
 */
export function mapLeaves(
  part: MimePart,
  edit: (leaf: MimePart, context: LeafContext) => MimePart | null,
  options: { intoAttached: boolean; group?: (parts: MimePart[], type: string) => MimePart[] },
  context: LeafContext = { attached: false, parentType: null },
): MimePart | null {
  const multipart = multipartOf(part);
  const { type } = contentTypeOf(part);
  if (multipart) {
    const grouped = options.group ? options.group(multipart.parts, type) : multipart.parts;
    const parts = grouped
      .map((child) => mapLeaves(child, edit, options, { ...context, parentType: type }))
      .filter((child): child is MimePart => child !== null);
    return { header: part.header, body: joinMultipart({ ...multipart, parts }) };
  }
  if (type === 'message/rfc822') {
    if (!options.intoAttached) return part;
    const inner = mapLeaves(readPart(part.body), edit, options, {
      attached: true,
      parentType: null,
    });
    return inner ? { header: part.header, body: writePart(inner) } : part;
  }
  return edit(part, context);
}

/** The decoded text of the first top-level leaf of `type` (not inside an attached message). */
export function firstText(part: MimePart, type: string): string | null {
  let found: string | null = null;
  mapLeaves(
    part,
    (leaf, context) => {
      if (found === null && !context.attached && isBodyLeaf(leaf, type)) found = decodeText(leaf);
      return leaf;
    },
    { intoAttached: false },
  );
  return found;
}

/** A text leaf of `type` that is a body, not an attachment. */
export function isBodyLeaf(leaf: MimePart, type: string): boolean {
  const disposition = (headerValue(leaf.header, 'Content-Disposition') ?? '').toLowerCase();
  return contentTypeOf(leaf).type === type && !disposition.startsWith('attachment');
}
