// Forward unwrapping in text: Gmail ("---------- Forwarded message ---------"), Apple Mail
// ("Begin forwarded message:"), Outlook (a From:/Sent: block, often after a line of
// underscores), Thunderbird/Yahoo ("-------- Forwarded Message --------"), nested forwards,
// and forwards quoted with "> ". Also splits a reply's own words from the quoted thread.
import { parseAddressList } from './addresses.js';
import {
  FORWARD_LABELS,
  FORWARD_MARKER,
  FORWARD_PREFIX,
  LANGUAGES,
  MAIL_CLIENT_LANGUAGES,
  plainRegExp,
  REPLY_ATTRIBUTION,
} from './languages/index.js';
import type { ParsedAddress } from './types.js';

export interface ForwardedHeaders {
  from: ParsedAddress | null;
  to: ParsedAddress[];
  cc: ParsedAddress[];
  replyTo: ParsedAddress[];
  subject: string | null;
  /** As written ("Mon, Nov 9, 2026 at 10:14 AM"). */
  date: string | null;
  /** The date line's label is another language's ("Data:", "Fecha:"): its numbers are day first. */
  dateDayFirst?: boolean;
  /** To and Cc recipients written by name alone ("Okonkwo, Ifeoma; de Vries, Maarten"). */
  named?: string[];
  /** The sender written by name alone, as Outlook mobile copies it ("From: Priya Nair"). */
  fromName?: string;
}

const ENGLISH_DATE_LABELS = new Set(
  LANGUAGES.filter((t) => t.code === 'en').flatMap((t) => t.forwardLabels.date),
);
/** Date labels only clients in other languages write; only US English puts the month first. */
const DAY_FIRST_DATE_LABELS = new Set(
  MAIL_CLIENT_LANGUAGES.filter((t) => t.code !== 'en')
    .flatMap((t) => t.forwardLabels.date)
    .filter((label) => !ENGLISH_DATE_LABELS.has(label)),
);

export interface ForwardSplit {
  /** What was typed above the forwarded block. */
  note: string;
  headers: ForwardedHeaders;
  /** Everything after the header block. */
  body: string;
}

/** A line that opens a forwarded message: "---------- Forwarded message ---------". */
const EXPLICIT_MARKER = plainRegExp(
  // The marker ends where a letter does not follow: \b sees no end after a last "é"
  // ("Début du message réexpédié :").
  `^[ \\t>]*[-_=]*\\s*(?:${FORWARD_MARKER.source})(?![\\p{L}\\p{N}_])[^\\n]{0,40}$`,
  'iu',
);
const UNDERSCORES = /^[ \t>]*_{10,}\s*$/m;
const HEADER_LINE = /^[ \t]*\*?(\p{L}[\p{L} -]{0,15}?)\*?[ \t]*[:：][ \t]?(.*)$/u;

type HeaderKey = Exclude<keyof ForwardedHeaders, 'dateDayFirst' | 'named' | 'fromName'>;

function keyOf(line: string): [HeaderKey, string, string] | null {
  const m = HEADER_LINE.exec(line);
  if (!m) return null;
  const label = (m[1] as string).toLowerCase().replace(/\s+/g, ' ').trim();
  const key = FORWARD_LABELS.get(label);
  return key ? [key, (m[2] as string).trim(), label] : null;
}

/** "Ortiz, Beatriz <b@x>" as Outlook writes it: the comma is inside the name, not a separator. */
const LAST_FIRST =
  /(^|[;,][ \t]*)(\p{Lu}[\p{L}'’-]+), (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?)[ \t]*<([^<>\s]+@[^<>\s]+)>/gu;

function quoteLastFirst(value: string): string {
  return value.replace(LAST_FIRST, '$1"$2, $3" <$4>');
}

function stripQuote(lines: string[], depth: number): string[] {
  if (depth === 0) return lines;
  const prefix = new RegExp(`^(?:[ \\t]*>){1,${depth}} ?`);
  return lines.map((line) => line.replace(prefix, ''));
}

function quoteDepth(line: string): number {
  const m = /^(?:[ \t]*>)+/.exec(line);
  return m ? (m[0].match(/>/g) ?? []).length : 0;
}

/** Reads a header block starting at `lines[from]`; returns the headers and the first body line. */
function readHeaderBlock(
  allLines: string[],
  from: number,
  depth: number,
): { headers: ForwardedHeaders; next: number; count: number } | null {
  // Only the next few dozen lines can hold a header block; they are unquoted as they are read.
  const lines = stripQuote(allLines.slice(from, from + 60), depth);
  const headers: ForwardedHeaders = {
    from: null,
    to: [],
    cc: [],
    replyTo: [],
    subject: null,
    date: null,
  };
  const raw: Partial<Record<HeaderKey, string>> = {};
  let dateLabel: string | null = null;
  let i = 0;
  while (i < lines.length && (lines[i] as string).trim() === '') i++;
  let count = 0;
  let last: HeaderKey | null = null;
  for (; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '') {
      // HTML-made blocks may put blank lines between header lines; the block goes on if a
      // header line follows.
      let j = i + 1;
      while (j < lines.length && (lines[j] as string).trim() === '') j++;
      const ahead = j < lines.length ? keyOf(lines[j] as string) : null;
      if (ahead && count > 0 && (raw[ahead[0]] === undefined || ahead[0] === 'cc')) {
        i = j - 1;
        continue;
      }
      break;
    }
    const header = keyOf(line);
    if (header) {
      const [key, value, label] = header;
      if (raw[key] !== undefined && key !== 'to' && key !== 'cc') break;
      if (key === 'date') dateLabel = label;
      raw[key] = raw[key] !== undefined ? `${raw[key]}, ${value}` : value;
      last = key;
      count++;
    } else if (count > 0 && EXPLICIT_MARKER.test(line)) {
      // Zoho closes the block with the line that opened it ("==== Forwarded message ===="):
      // no part of the subject above it.
      break;
    } else if (
      last &&
      count > 0 &&
      (last === 'to' || last === 'cc' || last === 'subject') &&
      // "When: …" / "Where: …" under an appointment's headers start its text, not the subject.
      !HEADER_LINE.test(line)
    ) {
      raw[last] = `${raw[last]} ${line.trim()}`;
    } else {
      break;
    }
  }
  if (count < 2 || raw.from === undefined) return null;
  i += from;
  headers.from =
    parseAddressList(quoteLastFirst(raw.from))[0] ??
    (raw.from ? { name: raw.from.trim(), address: '' } : null);
  if (headers.from && headers.from.address === '') {
    const [name] = namesAlone(headers.from.name ?? '');
    if (name) headers.fromName = name;
    headers.from = null;
  }
  headers.to = parseAddressList(quoteLastFirst(raw.to ?? ''));
  headers.cc = parseAddressList(quoteLastFirst(raw.cc ?? ''));
  headers.replyTo = parseAddressList(quoteLastFirst(raw.replyTo ?? ''));
  headers.subject = raw.subject?.trim() || null;
  headers.date = raw.date?.trim() || null;
  if (dateLabel !== null && DAY_FIRST_DATE_LABELS.has(dateLabel)) headers.dateDayFirst = true;
  const named = [...namesAlone(raw.to ?? ''), ...namesAlone(raw.cc ?? '')];
  if (named.length > 0) headers.named = named;
  return { headers, next: i, count };
}

/** A person's name as a recipient list writes it: "Ifeoma Okonkwo", "Okonkwo, Ifeoma". */
const RECIPIENT_NAME =
  /^(?:\p{Lu}[\p{L}'’.-]*|\p{Ll}{1,3})(?: (?:\p{Lu}[\p{L}'’.-]*|\p{Ll}{1,3})){0,3}(?:, \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?)?$/u;

/**
 * Recipients written without an address, as Outlook copies an appointment's attendees:
 * separated by semicolons ("de Vries, Maarten; Okonkwo, Ifeoma"), or one name alone.
 */
function namesAlone(value: string): string[] {
  const parts = value.includes(';') ? value.split(';') : [value];
  return parts
    .map((part) => part.trim().replace(/^["']|["']$/g, ''))
    .filter((part) => part.length <= 60 && !/[@<>]/.test(part) && RECIPIENT_NAME.test(part))
    .filter((part) => part.includes(',') || /\p{Lu}[\p{L}'’.-]* \p{Lu}/u.test(part));
}

/**
 * Splits off the first forwarded message in `text`. `subjectSaysForward` is whether the
 * enclosing message's subject starts with Fwd:/FW: — a bare From:/Sent: block is a forward
 * then, and quoted reply history otherwise.
 */
export function splitForward(text: string, subjectSaysForward: boolean): ForwardSplit | null {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const explicit = line.length < 120 && EXPLICIT_MARKER.test(line);
    const isOriginal = /original|origine|ursprüngliche|oorspronkelijk|元の/i.test(line);
    const underscores = UNDERSCORES.test(line);
    const key = explicit || underscores ? null : keyOf(line.replace(/^[ \t>]+/, ''));
    const bareHeader = key !== null && (key[0] === 'from' || key[0] === 'date');
    if (!explicit && !underscores && !bareHeader) continue;
    if ((underscores || bareHeader || isOriginal) && !subjectSaysForward) continue;
    const depth = quoteDepth(line);
    const block = readHeaderBlock(lines, bareHeader ? i : i + 1, depth);
    if (!block) continue;
    const bodyLines = stripQuote(lines.slice(block.next), depth);
    // A quoted forward ends where its quoting ends.
    return {
      note: lines.slice(0, i).join('\n').trim(),
      headers: block.headers,
      body: bodyLines
        .join('\n')
        .replace(/^\s*\n/, '')
        .trimEnd(),
    };
  }
  return null;
}

const FORWARD_SUBJECT = plainRegExp(
  `^\\s*(?:\\[[^\\]]*\\]\\s*)?(?:(?:re|aw|sv|vs)\\.?\\s*[:：]\\s*)*(?:${FORWARD_PREFIX}|fwd?|vs)\\.?\\s*[:：]`,
  'iu',
);

export function subjectSaysForward(subject: string | null): boolean {
  return FORWARD_SUBJECT.test(subject ?? '');
}

const HISTORY_START = [
  /^(?:>\s*)*On\b.{0,300}\bwrote:\s*$/i,
  ...REPLY_ATTRIBUTION,
  /^-{3,}\s*Original Message\s*-{3,}$/i,
  /^_{10,}\s*$/,
];

/** The newest message of a reply thread, and the quoted history below it. */
export function splitReplyHistory(text: string): { latest: string; history: string } {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const twoLines = `${line} ${lines[i + 1] ?? ''}`;
    const quoted = /^\s*>/.test(line);
    const attribution = HISTORY_START.some((p) => p.test(line));
    const wrappedAttribution =
      !attribution && /^On\b/i.test(line) && HISTORY_START[0]?.test(twoLines);
    const outlookBlock =
      /^\*?From\*?:\s/.test(line) && /^\*?(?:Sent|Date)\*?:\s/.test(lines[i + 1] ?? '');
    if (quoted || attribution || wrappedAttribution || outlookBlock) {
      return { latest: lines.slice(0, i).join('\n').trim(), history: lines.slice(i).join('\n') };
    }
  }
  return { latest: text.trim(), history: '' };
}

/** Removes "> " quoting from every line. */
export function unquote(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^(?:[ \t]*>)+ ?/, ''))
    .join('\n');
}
