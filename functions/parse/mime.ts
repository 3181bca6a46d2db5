// MIME decoding with postal-mime: headers, the readable text, calendar parts and attached
// messages (forward-as-attachment), recursively.
import PostalMime, { type Address, type Email } from 'postal-mime';
import { withoutEmphasis } from './emphasis.js';
import { withNormalWidth } from './fullwidth.js';
import { messageDateToIso } from './header-dates.js';
import { htmlToText } from './html-text.js';
import { leadersAsLabels } from './leaders.js';
import { reflow } from './reflow.js';
import type { MessageHeaders, ParsedAddress } from './types.js';
import { repairWindows1252 } from './windows-1252.js';

export interface DecodedMessage {
  headers: MessageHeaders;
  /** The text/plain part, or the HTML part converted to text. */
  text: string;
  /** Text of the HTML part, when there is also a plain part (it may show link targets). */
  htmlText: string | null;
  /** iCalendar texts of text/calendar or .ics parts. */
  calendars: string[];
  /** message/rfc822 parts, decoded. */
  attached: DecodedMessage[];
  /** Auto-Submitted / Precedence / List headers: a machine sent it. */
  automated: boolean;
  /** How many of the usual top-level headers the input had (0 = not an email). */
  knownHeaders: number;
}

const MAX_ATTACHED_DEPTH = 4;
const MAX_HTML_TEXT = 256 * 1024;
const KNOWN = new Set([
  'from',
  'to',
  'cc',
  'subject',
  'date',
  'message-id',
  'mime-version',
  'received',
  'reply-to',
  'sender',
  'return-path',
  'content-type',
]);
const utf8 = new TextDecoder('utf-8');

/** Marks where a <br> broke a line (a private-use character no mail text holds). */
const BR_MARK = '\uE000';

/** The characters as the phases read them: normal width, no bold asterisks, dot leaders as labels. */
function readable(text: string): string {
  return leadersAsLabels(withoutEmphasis(withNormalWidth(text)));
}

/**
 * Dot leaders become labels before the lines are joined back, so each field keeps its line; bold
 * asterisks of a plain text put into HTML go as in the plain part.
 * HTML made from hard-wrapped plain text (a <br> at every wrapped line) is joined back like the
 * plain text; in HTML with lists or tables (often a layout table around the whole mail) only the
 * lines a <br> broke are, the rows, cells and items keep theirs, which are the layout.
 */
function htmlPartText(html: string): string {
  const text = (source: string) => readable(htmlToText(source));
  if (!/<(?:table|ul|ol|li)\b/i.test(html)) return reflow(text(html));
  return reflow(text(html.replace(/<br\b[^<>]*>(?=\s*[^<\s])/gi, `${BR_MARK}$&`)), BR_MARK);
}

export async function decodeMime(raw: Uint8Array | string, depth = 0): Promise<DecodedMessage> {
  const email = await PostalMime.parse(raw, { maxNestingDepth: 50, rfc822Attachments: true });
  return fromEmail(email, depth);
}

async function fromEmail(email: Email, depth: number): Promise<DecodedMessage> {
  const calendars: string[] = [];
  const attached: DecodedMessage[] = [];
  for (const part of email.attachments) {
    const type = (part.mimeType ?? '').toLowerCase();
    const name = (part.filename ?? '').toLowerCase();
    const content = part.content;
    const bytes = typeof content === 'string' ? content : new Uint8Array(content);
    if (type === 'text/calendar' || type === 'application/ics' || name.endsWith('.ics')) {
      calendars.push(typeof bytes === 'string' ? bytes : utf8.decode(bytes));
    } else if ((type === 'message/rfc822' || name.endsWith('.eml')) && depth < MAX_ATTACHED_DEPTH) {
      try {
        attached.push(await decodeMime(bytes, depth + 1));
      } catch {
        // An unreadable attachment is skipped; the rest of the message still counts.
      }
    }
  }
  const plain = email.text?.trim()
    ? reflow(readable(repairWindows1252(email.text).replace(/\r\n?/g, '\n')))
    : null;
  // With a plain part, the HTML is only read on demand (for a link target the text hides).
  const html = plain ? null : email.html ? htmlPartText(repairWindows1252(email.html)) : null;
  let lazyHtml: string | null | undefined = plain ? undefined : null;
  let knownHeaders = 0;
  const raw = new Map<string, string>();
  for (const header of email.headers) {
    if (KNOWN.has(header.key)) knownHeaders++;
    if (!raw.has(header.key)) raw.set(header.key, header.value);
  }
  const automated =
    /auto-generated|auto-replied|auto-notified/i.test(raw.get('auto-submitted') ?? '') ||
    /bulk|list|junk/i.test(raw.get('precedence') ?? '') ||
    raw.has('list-unsubscribe') ||
    raw.has('list-id');
  return {
    headers: {
      from: address(email.from),
      to: addresses(email.to),
      cc: addresses(email.cc),
      replyTo: addresses(email.replyTo),
      subject:
        withNormalWidth(repairWindows1252(email.subject ?? ''))
          .replace(/\s+/g, ' ')
          .trim() || null,
      date: messageDateToIso(raw.get('date') ?? null),
      messageId: bare(email.messageId),
      inReplyTo: bare(email.inReplyTo),
      references: (email.references ?? '')
        .split(/\s+/)
        .map((id) => bare(id))
        .filter((id): id is string => id !== null),
    },
    text: (plain ?? html ?? '').replace(/\r\n?/g, '\n'),
    get htmlText() {
      if (lazyHtml === undefined)
        lazyHtml = email.html
          ? withNormalWidth(htmlToText(repairWindows1252(email.html))).slice(0, MAX_HTML_TEXT)
          : null;
      return lazyHtml;
    },
    set htmlText(value: string | null) {
      lazyHtml = value;
    },
    calendars,
    attached,
    automated,
    knownHeaders,
  };
}

function bare(id: string | undefined | null): string | null {
  const value = (id ?? '').trim().replace(/^<|>$/g, '').trim();
  return value.length > 0 ? value : null;
}

function address(value: Address | undefined): ParsedAddress | null {
  return addresses(value ? [value] : [])[0] ?? null;
}

function addresses(values: Address[] | undefined): ParsedAddress[] {
  const found: ParsedAddress[] = [];
  for (const value of values ?? []) {
    if ('group' in value && Array.isArray(value.group)) {
      for (const member of value.group) {
        if (member.address)
          found.push({
            name: member.name ? repairWindows1252(member.name) : null,
            address: member.address.toLowerCase(),
          });
      }
    } else if ('address' in value && value.address) {
      found.push({
        name: value.name ? repairWindows1252(value.name) : null,
        address: value.address.toLowerCase(),
      });
    }
  }
  return found;
}
