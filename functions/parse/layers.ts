// Phase zero: which message is the original. Forwards are peeled off the outer message (inline
// blocks, nested ones, attached messages), and the original's newest words are kept apart from
// the history quoted below them and from the notes forwarders wrote on the way.
import { ZonedTime } from '../core/zoned-time.js';
import {
  type ForwardedHeaders,
  splitForward,
  splitReplyHistory,
  subjectSaysForward,
  unquote,
} from './forward.js';
import { forwardedDate } from './header-dates.js';
import type { DecodedMessage } from './mime.js';
import { attributionLines, authorOf, type QuotedMessage, splitThread } from './thread.js';
import type { MessageHeaders, ParsedAddress } from './types.js';

/** One forwarded message inside the one the seeker sent. */
export interface Layer {
  headers: MessageHeaders;
  /** Its own text, without the messages forwarded inside it. */
  body: string;
  htmlText: string | null;
  calendars: string[];
  /** The Date as parsed (in the sender's offset, or the seeker's zone for forwarded blocks). */
  date: ZonedTime | null;
}

export interface Reading {
  /** What the seeker typed above the forward. */
  note: string | null;
  /** Forwarded messages, outermost first; empty when nothing was forwarded. */
  layers: Layer[];
  /** What forwarders between the seeker and the original wrote (an agency's note). */
  forwarderNotes: string[];
  /** The original message: the innermost layer, else the outer message itself. */
  message: Layer;
  forwarded: boolean;
  /** The original's newest text, without quoted history. */
  latest: string;
  /** The history quoted below it, with the quote marks removed. */
  history: string;
  /** The same history split into its messages, newest first. */
  thread: QuotedMessage[];
  /** Who wrote that quoted history ("On …, Name <address> wrote:"). */
  historyAuthor: ParsedAddress | null;
}

export const EMPTY_HEADERS: MessageHeaders = {
  from: null,
  to: [],
  cc: [],
  replyTo: [],
  subject: null,
  date: null,
  messageId: null,
  inReplyTo: null,
  references: [],
};

export function headerDate(headers: MessageHeaders): ZonedTime | null {
  if (!headers.date) return null;
  return ZonedTime.fromISO(headers.date, 'UTC', { keepWrittenOffset: true });
}

export function readLayers(decoded: DecodedMessage, zone: string): Reading {
  const { note, layers, notes } = unwrap(decoded, zone);
  const original = layers[layers.length - 1];
  const message: Layer = original ?? {
    headers: decoded.headers,
    body: decoded.text,
    htmlText: decoded.htmlText,
    calendars: decoded.calendars,
    date: headerDate(decoded.headers),
  };
  const { latest, history } = splitReplyHistory(message.body);
  const unquoted = unquote(history);
  return {
    note,
    layers,
    forwarderNotes: notes,
    message,
    forwarded: original !== undefined,
    latest,
    history: unquoted,
    thread: splitThread(unquoted),
    historyAuthor: historyAuthorOf(history),
  };
}

function inlineHeaders(
  block: ForwardedHeaders,
  zone: string,
): { headers: MessageHeaders; date: ZonedTime | null } {
  const date = block.date ? forwardedDate(block.date, zone, block.dateDayFirst) : null;
  return {
    headers: {
      ...EMPTY_HEADERS,
      from: block.from,
      to: block.to,
      cc: block.cc,
      replyTo: block.replyTo,
      subject: block.subject,
      date: date ? date.toOffsetISO() : null,
      ...(block.named ? { named: block.named } : {}),
      ...(block.fromName ? { fromName: block.fromName } : {}),
    },
    date,
  };
}

/** Peels forwards off the outer message: inline blocks, nested ones, attached messages. */
function unwrap(
  decoded: DecodedMessage,
  zone: string,
): { note: string | null; layers: Layer[]; notes: string[] } {
  const layers: Layer[] = [];
  const notes: string[] = [];
  let note: string | null = null;
  // What the seeker wrote when forwarding the same mail earlier is the seeker's note too.
  const seeker = decoded.headers.from?.address ?? null;
  const seekerNotes: string[] = [];
  const keepNote = (layer: Layer, text: string) => {
    if (!text.trim()) return;
    if (seeker && layer.headers.from?.address === seeker) seekerNotes.push(text);
    else notes.push(text);
  };
  const peel = (
    text: string,
    subject: string | null,
    fallbackHtml: string | null,
  ): { own: string; split: ReturnType<typeof splitForward> } => {
    const forwardSubject = subjectSaysForward(subject);
    let split = splitForward(text, forwardSubject);
    if (!split && fallbackHtml) split = splitForward(fallbackHtml, forwardSubject);
    return { own: split ? split.note : text, split };
  };
  const descend = (
    body: string,
    subject: string | null,
    html: string | null,
    calendars: string[],
  ) => {
    let current = body;
    let currentSubject = subject;
    let currentHtml = html;
    for (let depth = 0; depth < 8; depth++) {
      const { own, split } = peel(current, currentSubject, currentHtml);
      if (!split) break;
      const last = layers[layers.length - 1];
      if (last) {
        last.body = own;
        keepNote(last, own);
      }
      const { headers, date } = inlineHeaders(split.headers, zone);
      layers.push({ headers, body: split.body, htmlText: null, calendars: [], date });
      current = split.body;
      currentSubject = split.headers.subject;
      currentHtml = null;
    }
    const last = layers[layers.length - 1];
    if (last && last.calendars.length === 0) last.calendars = calendars;
  };

  /** An attached message (message/rfc822) and the ones attached inside it, as deeper layers. */
  const descendAttached = (attached: DecodedMessage) => {
    let inner: DecodedMessage | undefined = attached;
    for (let depth = 0; inner && depth < 5; depth++) {
      const parent = layers[layers.length - 1];
      if (parent && parent.body.trim() === '') parent.body = '';
      layers.push({
        headers: inner.headers,
        body: inner.text,
        htmlText: inner.htmlText,
        calendars: inner.calendars,
        date: headerDate(inner.headers),
      });
      if (parent) keepNote(parent, parent.body);
      descend(inner.text, inner.headers.subject, inner.htmlText, inner.calendars);
      inner = inner.attached[0];
    }
  };

  const outer = peel(decoded.text, decoded.headers.subject, decoded.htmlText);
  if (outer.split) {
    note = outer.own;
    const { headers, date } = inlineHeaders(outer.split.headers, zone);
    layers.push({ headers, body: outer.split.body, htmlText: null, calendars: [], date });
    descend(outer.split.body, outer.split.headers.subject, null, []);
    // A client forwarding inline keeps the message's attachments: when the innermost quoted
    // message is itself a forward ("Fwd:") with no forwarded text in it, what it forwarded is
    // the attached message.
    const innermost = layers[layers.length - 1];
    const attached = decoded.attached[0];
    if (attached && innermost && subjectSaysForward(innermost.headers.subject))
      descendAttached(attached);
  } else if (decoded.attached.length > 0) {
    note = decoded.text;
    descendAttached(decoded.attached[0] as DecodedMessage);
  } else if (subjectSaysForward(decoded.headers.subject)) {
    const quoted = quotedForward(decoded.text, seeker, zone);
    if (quoted) {
      note = quoted.note;
      layers.push(quoted.layer);
      quoted.layer.calendars = decoded.calendars;
    }
  }
  const allNotes = [note ?? '', ...seekerNotes].map((n) => n.trim()).filter((n) => n !== '');
  return { note: allNotes.join('\n\n') || null, layers, notes };
}

/**
 * A forward some clients write as a quote: the seeker's note, then the thread quoted under its
 * newest attribution line ("On …, Hana <hana@x.example> wrote:") with no header block. The
 * newest quoted message, written by someone else, is the original.
 */
function quotedForward(
  text: string,
  seeker: string | null,
  zone: string,
): { note: string; layer: Layer } | null {
  const { latest, history } = splitReplyHistory(text);
  const lines = history.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return null;
  const headingLines = attributionLines(lines, first);
  if (headingLines === 0) return null;
  const heading = unquote(lines.slice(first, first + headingLines).join(' '));
  const author = authorOf(heading);
  if (!author || author.address.toLowerCase() === seeker?.toLowerCase()) return null;
  const written = /^\s*\S+\s+(.*?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)/u.exec(heading)?.[1];
  const date = written ? forwardedDate(written, zone) : null;
  const body = lines
    .slice(first + headingLines)
    .map((line) => line.replace(/^[ \t]*> ?/, ''))
    .join('\n');
  return {
    note: latest,
    layer: {
      headers: { ...EMPTY_HEADERS, from: author, date: date ? date.toOffsetISO() : null },
      body,
      htmlText: null,
      calendars: [],
      date,
    },
  };
}

/** Who wrote the quoted message below a reply: "On …, Name <address> wrote:". */
function historyAuthorOf(history: string): ParsedAddress | null {
  const first = history.split('\n').find((line) => line.trim() !== '') ?? '';
  if (!/wrote|écrit|schrieb|escribió|escreveu|scritto|schreef/i.test(first)) return null;
  return authorOf(first);
}
