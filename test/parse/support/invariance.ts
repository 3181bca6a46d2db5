// Rewrites of a forwarded message that must not change what the parser understands: the same
// interview forwarded once more through another client, with a note on top, as HTML only, in
// another transfer encoding, under a long signature, with CRLF line endings.
import escapeHtml from 'escape-html';
import { DateTime } from 'luxon';
import { decodeWords } from 'postal-mime';
import {
  contentTypeOf,
  decodeText,
  encodeText,
  encodingOf,
  headerValue,
  isBodyLeaf,
  type MimePart,
  mapLeaves,
  readPart,
  type TransferEncoding,
  withHeader,
  writePart,
} from './mime-tree.js';

/** A rewrite; null when it does not apply to this message (nothing to rewrite). */
export type Transformation = (raw: Buffer) => Buffer | null;

interface TextEdit {
  plain: (text: string) => string;
  html: (html: string) => string;
}

/** Edits the body text of the outer message (not of attached messages), keeping its encoding. */
function editBody(part: MimePart, edit: TextEdit): MimePart | null {
  let edited = 0;
  const result = mapLeaves(
    part,
    (leaf, context) => {
      if (context.attached) return leaf;
      for (const type of ['text/plain', 'text/html'] as const) {
        if (!isBodyLeaf(leaf, type)) continue;
        edited++;
        const text = unflow(leaf, decodeText(leaf));
        const next = type === 'text/plain' ? edit.plain(text) : edit.html(text);
        return encodeText(leaf, next, encodingOf(leaf));
      }
      return leaf;
    },
    { intoAttached: false },
  );
  return edited > 0 ? result : null;
}

/** format=flowed text with its soft line breaks joined (what a client shows and re-sends). */
function unflow(leaf: MimePart, text: string): string {
  if (contentTypeOf(leaf).params.get('format')?.toLowerCase() !== 'flowed') return text;
  return text.replace(/(?<!^-- ) \n(?!\n)/gm, ' ');
}

/** Puts HTML at the start of the body (after <body> when there is one). */
function prependHtml(html: string, addition: string): string {
  const body = /<body[^>]*>/i.exec(html);
  if (!body) return `${addition}${html}`;
  const at = body.index + body[0].length;
  return `${html.slice(0, at)}${addition}${html.slice(at)}`;
}

function appendHtml(html: string, addition: string): string {
  const end = html.search(/<\/body>/i);
  return end < 0 ? `${html}${addition}` : `${html.slice(0, end)}${addition}${html.slice(end)}`;
}

function done(part: MimePart | null): Buffer | null {
  return part ? Buffer.from(writePart(part), 'latin1') : null;
}

// ---------- (b) a note from the seeker on top ----------

export function withNote(note: string): Transformation {
  return (raw) =>
    done(
      editBody(readPart(raw), {
        plain: (text) => `${note}\n\n${text}`,
        html: (html) => prependHtml(html, `<div dir="ltr">${escapeHtml(note)}</div><br>`),
      }),
    );
}

// ---------- (d) a long signature and legal disclaimer at the end ----------

const DISCLAIMER = [
  'Mobile: +1 (917) 555-0142 | Office: +1 212-555-0199 ext. 4410',
  '1185 Avenue of the Americas, 27th Floor, New York, NY 10036',
  '',
  'CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use',
  'of the intended recipient(s) and may contain confidential and privileged information. Any',
  'unauthorized review, use, disclosure or distribution is prohibited. If you are not the',
  'intended recipient, please contact the sender by reply e-mail and destroy all copies of the',
  'original message. Please consider the environment before printing this e-mail.',
];

export const withSignature: Transformation = (raw) => {
  const part = readPart(raw);
  const from = decodeWords(headerValue(part.header, 'From') ?? '');
  const name = /^\s*"?([^"<@]+?)"?\s*</.exec(from)?.[1]?.trim();
  const lines = ['-- ', ...(name ? [name] : []), ...DISCLAIMER];
  return done(
    editBody(part, {
      plain: (text) => `${text.trimEnd()}\n\n${lines.join('\n')}\n`,
      html: (html) =>
        appendHtml(
          html,
          `<br><div class="signature">${lines.map((l) => escapeHtml(l)).join('<br>')}</div>`,
        ),
    }),
  );
};

/** The seeker's signature under their (empty) note, above the forwarded block, as Gmail puts it. */
export const withSignatureAbove: Transformation = (raw) => {
  const part = readPart(raw);
  const from = decodeWords(headerValue(part.header, 'From') ?? '');
  const name = /^\s*"?([^"<@]+?)"?\s*</.exec(from)?.[1]?.trim();
  const lines = ['-- ', ...(name ? [name] : []), ...(DISCLAIMER.slice(0, 2) as string[])];
  return done(
    editBody(part, {
      plain: (text) => `\n\n${lines.join('\n')}\n\n${text}`,
      html: (html) =>
        prependHtml(
          html,
          `<br><div class="gmail_signature">${lines.map((l) => escapeHtml(l)).join('<br>')}</div><br>`,
        ),
    }),
  );
};

// ---------- (c) HTML only, and other transfer encodings ----------

const URL_OR_ADDRESS = /(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)])|([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/g;

/** One plain line as HTML: escaped, with its links and addresses made links. */
function lineToHtml(line: string): string {
  let out = '';
  let at = 0;
  for (const match of line.matchAll(URL_OR_ADDRESS)) {
    const found = match[0];
    const href = match[1] ? found : `mailto:${found}`;
    out += `${escapeHtml(line.slice(at, match.index))}<a href="${escapeHtml(href)}">${escapeHtml(found)}</a>`;
    at = match.index + found.length;
  }
  return out + escapeHtml(line.slice(at));
}

/** Plain text as an HTML-composing client sends it: paragraphs, <br>, links, a layout table. */
export function plainToHtml(text: string): string {
  const paragraphs = text
    .replace(/\n+$/, '')
    .split(/\n[ \t]*\n/)
    .map((block) => `<p>${block.split('\n').map(lineToHtml).join('<br>\n')}</p>`);
  return [
    '<!DOCTYPE html><html><head><meta charset="utf-8"><style>p{margin:0 0 12px}</style></head>',
    '<body><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">',
    '<tr><td style="font-family:Arial,sans-serif;font-size:14px">',
    paragraphs.join('\n'),
    '</td></tr></table></body></html>',
  ].join('\n');
}

/** The outer message's plain body as HTML only (an HTML alternative beside it is dropped). */
export const htmlOnly: Transformation = (raw) => {
  let converted = 0;
  const result = mapLeaves(
    readPart(raw),
    (leaf, context) => {
      if (context.attached || !isBodyLeaf(leaf, 'text/plain')) return leaf;
      converted++;
      return encodeText(
        leaf,
        plainToHtml(unflow(leaf, decodeText(leaf))),
        encodingOf(leaf),
        'text/html',
      );
    },
    {
      intoAttached: false,
      group: (parts, type) =>
        type === 'multipart/alternative' && parts.some((p) => isBodyLeaf(p, 'text/plain'))
          ? parts.filter((p) => !isBodyLeaf(p, 'text/html'))
          : parts,
    },
  );
  return converted > 0 ? done(result) : null;
};

/** The outer message's HTML alternative alone, as HTML-only clients send it (plain part dropped). */
export const htmlPartOnly: Transformation = (raw) => {
  let dropped = 0;
  const result = mapLeaves(readPart(raw), (leaf) => leaf, {
    intoAttached: false,
    group: (parts, type) => {
      if (type !== 'multipart/alternative' || !parts.some((p) => isBodyLeaf(p, 'text/html')))
        return parts;
      const kept = parts.filter((p) => !isBodyLeaf(p, 'text/plain'));
      dropped += parts.length - kept.length;
      return kept;
    },
  });
  return dropped > 0 ? done(result) : null;
};

/** Forwarded once more by an Outlook that sends HTML only. */
const reforwardedHtmlOnly: Transformation = (raw) => {
  const forwarded = reforwarded('outlook')(raw);
  return forwarded && htmlPartOnly(forwarded);
};

/** Every text body, attached messages' too, re-encoded as UTF-8 in `encoding`. */
export function reencoded(encoding: TransferEncoding): Transformation {
  return (raw) => {
    let changed = 0;
    const result = mapLeaves(
      readPart(raw),
      (leaf) => {
        if (!isBodyLeaf(leaf, 'text/plain') && !isBodyLeaf(leaf, 'text/html')) return leaf;
        changed++;
        return encodeText(leaf, unflow(leaf, decodeText(leaf)), encoding);
      },
      { intoAttached: true },
    );
    return changed > 0 ? done(result) : null;
  };
}

// ---------- (e) line endings ----------

export const crlf: Transformation = (raw) =>
  Buffer.from(raw.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1');

// ---------- (a) forwarded once more, through another client ----------

interface ForwardHeaders {
  from: string;
  to: string;
  cc: string | null;
  subject: string;
  date: DateTime;
}

interface ForwardClient {
  subjectPrefix: string;
  plain: (h: ForwardHeaders) => string;
  html: (h: ForwardHeaders) => string;
  /** The client quotes the forwarded message with "> " (and a blockquote in HTML). */
  quotes?: boolean;
}

const html = (value: string) => escapeHtml(value);

function outlookLike(labels: {
  from: string;
  sent: string;
  to: string;
  cc: string;
  subject: string;
  locale: string;
  format: string;
}): Omit<ForwardClient, 'subjectPrefix'> {
  const rows = (h: ForwardHeaders) => [
    [labels.from, h.from],
    [labels.sent, h.date.setLocale(labels.locale).toFormat(labels.format)],
    [labels.to, h.to],
    ...(h.cc ? [[labels.cc, h.cc]] : []),
    [labels.subject, h.subject],
  ];
  return {
    plain: (h) =>
      `________________________________\n${rows(h)
        .map(([k, v]) => `${k} ${v}`)
        .join('\n')}\n\n`,
    html: (h) =>
      `<div id="divRplyFwdMsg" dir="ltr"><hr style="display:inline-block;width:98%" tabindex="-1"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">${rows(
        h,
      )
        .map(([k, v]) => `<b>${html(k as string)}</b> ${html(v as string)}`)
        .join('<br>\n')}</font><div>&nbsp;</div></div>\n`,
  };
}

export const FORWARD_CLIENTS: Record<string, ForwardClient> = {
  quoting: {
    subjectPrefix: 'TR: ',
    quotes: true,
    plain: (h) =>
      [
        `Message du ${h.date.toFormat('dd/MM/yy HH:mm')}`,
        `De : ${h.from}`,
        `A : ${h.to}`,
        `Copie à : ${h.cc ?? ''}`,
        `Objet : ${h.subject}`,
        '',
        '',
      ].join('\n'),
    html: (h) =>
      `<p>&gt; Message du ${h.date.toFormat('dd/MM/yy HH:mm')}<br>&gt; De : ${html(h.from)}<br>&gt; A : ${html(h.to)}<br>&gt; Copie à : ${html(h.cc ?? '')}<br>&gt; Objet : ${html(h.subject)}</p>\n`,
  },
  gmail: {
    subjectPrefix: 'Fwd: ',
    plain: (h) =>
      [
        '---------- Forwarded message ---------',
        `From: ${h.from}`,
        `Date: ${h.date.setLocale('en-US').toFormat("EEE, MMM d, yyyy 'at' h:mm a")}`,
        `Subject: ${h.subject}`,
        `To: ${h.to}`,
        ...(h.cc ? [`Cc: ${h.cc}`] : []),
        '',
        '',
      ].join('\n'),
    html: (h) =>
      `<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: ${html(h.from)}<br>Date: ${html(h.date.setLocale('en-US').toFormat("EEE, MMM d, yyyy 'at' h:mm a"))}<br>Subject: ${html(h.subject)}<br>To: ${html(h.to)}<br>${h.cc ? `Cc: ${html(h.cc)}<br>` : ''}</div><br><br></div>\n`,
  },
  outlook: {
    subjectPrefix: 'FW: ',
    ...outlookLike({
      from: 'From:',
      sent: 'Sent:',
      to: 'To:',
      cc: 'Cc:',
      subject: 'Subject:',
      locale: 'en-US',
      format: 'EEEE, MMMM d, yyyy h:mm a',
    }),
  },
  apple: {
    subjectPrefix: 'Fwd: ',
    plain: (h) =>
      [
        'Begin forwarded message:',
        '',
        `From: ${h.from}`,
        `Subject: ${h.subject}`,
        `Date: ${h.date.setLocale('en-US').toFormat("MMMM d, yyyy 'at' h:mm:ss a ZZZZ")}`,
        `To: ${h.to}`,
        ...(h.cc ? [`Cc: ${h.cc}`] : []),
        '',
        '',
      ].join('\n'),
    html: (h) =>
      `<div dir="auto"><br><blockquote type="cite"><div>Begin forwarded message:</div><br><div><b>From: </b>${html(h.from)}<br></div><div><b>Subject: </b><b>${html(h.subject)}</b><br></div><div><b>Date: </b>${html(h.date.setLocale('en-US').toFormat("MMMM d, yyyy 'at' h:mm:ss a ZZZZ"))}<br></div><div><b>To: </b>${html(h.to)}<br></div>${h.cc ? `<div><b>Cc: </b>${html(h.cc)}<br></div>` : ''}<br></blockquote></div>\n`,
  },
  de: {
    subjectPrefix: 'WG: ',
    ...outlookLike({
      from: 'Von:',
      sent: 'Gesendet:',
      to: 'An:',
      cc: 'Cc:',
      subject: 'Betreff:',
      locale: 'de-DE',
      format: 'EEEE, d. MMMM yyyy HH:mm',
    }),
  },
  fr: {
    subjectPrefix: 'TR : ',
    ...outlookLike({
      from: 'De :',
      sent: 'Envoyé :',
      to: 'À :',
      cc: 'Cc :',
      subject: 'Objet :',
      locale: 'fr-FR',
      format: 'EEEE d MMMM yyyy HH:mm',
    }),
  },
  es: {
    subjectPrefix: 'RV: ',
    ...outlookLike({
      from: 'De:',
      sent: 'Enviado:',
      to: 'Para:',
      cc: 'CC:',
      subject: 'Asunto:',
      locale: 'es-ES',
      format: "EEEE, d 'de' MMMM 'de' yyyy H:mm",
    }),
  },
};

function messageDate(value: string | null): DateTime {
  const cleaned = (value ?? '').replace(/\s*\([^)]*\)\s*$/, '').trim();
  const date = DateTime.fromRFC2822(cleaned, { setZone: true });
  return date.isValid ? date : DateTime.fromISO('2026-11-02T09:00:00-05:00', { setZone: true });
}

/**
 * The message forwarded inline once more by the same seeker, through `client`: the new message
 * quotes the old one's headers above its body text and keeps its attachments, as clients do.
 */
export function reforwarded(clientName: keyof typeof FORWARD_CLIENTS): Transformation {
  const client = FORWARD_CLIENTS[clientName] as ForwardClient;
  return (raw) => {
    const part = readPart(raw);
    const decoded = (name: string) => {
      const value = headerValue(part.header, name);
      return value === null ? null : decodeWords(value);
    };
    const oldDate = messageDate(headerValue(part.header, 'Date'));
    const quoted: ForwardHeaders = {
      from: decoded('From') ?? '',
      to: decoded('To') ?? '',
      cc: decoded('Cc'),
      subject: decoded('Subject') ?? '',
      date: oldDate,
    };
    const quote = (text: string) =>
      text
        .split('\n')
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n');
    const body = editBody(part, {
      plain: (text) =>
        client.quotes
          ? `\n\n${quote(`${client.plain(quoted)}${text}`)}`
          : `${client.plain(quoted)}${text}`,
      html: (text) =>
        client.quotes
          ? `${client.html(quoted)}<blockquote type="cite">${text}</blockquote>`
          : prependHtml(text, client.html(quoted)),
    });
    if (!body) return null;
    let header = ['From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version']
      .map((name) => {
        const value = headerValue(part.header, name);
        return value === null ? '' : `${name}: ${value}`;
      })
      .filter((line) => line !== '')
      .join('\n');
    header = withHeader(
      header,
      'Subject',
      `${client.subjectPrefix}${headerValue(part.header, 'Subject') ?? ''}`,
    );
    header = withHeader(header, 'Date', oldDate.plus({ hours: 2 }).toRFC2822());
    header = withHeader(header, 'Message-ID', `<reforward-${clientName}@invariance.example>`);
    header = withHeader(header, 'MIME-Version', '1.0');
    for (const name of ['Content-Type', 'Content-Transfer-Encoding']) {
      const value = headerValue(body.header, name);
      if (value !== null) header = withHeader(header, name, value);
    }
    return done({ header, body: body.body });
  };
}

// ---------- hard line wrapping, and forward-as-attachment ----------

/** Lines longer than `width` broken at a space, as plain-text clients wrap on sending. */
export function wrapLines(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      const prefix = /^(?:> ?)*/.exec(line)?.[0] ?? '';
      const lines: string[] = [];
      let rest = line;
      while (rest.length > width) {
        const cut = rest.lastIndexOf(' ', width);
        if (cut <= prefix.length) break;
        lines.push(rest.slice(0, cut));
        rest = `${prefix}${rest.slice(cut + 1)}`;
      }
      lines.push(rest);
      return lines;
    })
    .join('\n');
}

/** The outer plain body hard-wrapped at 72 columns (quoted lines keep their "> "). */
export const wrapped72: Transformation = (raw) =>
  done(
    editBody(readPart(raw), {
      plain: (text) => wrapLines(text, 72),
      html: (html) => html,
    }),
  );

/** The whole message forwarded once more by the seeker as an attachment (message/rfc822). */
export const reattached: Transformation = (raw) => {
  const part = readPart(raw);
  const header = [
    `From: ${headerValue(part.header, 'From') ?? ''}`,
    `To: ${headerValue(part.header, 'To') ?? ''}`,
    `Subject: Fwd: ${headerValue(part.header, 'Subject') ?? ''}`,
    `Date: ${messageDate(headerValue(part.header, 'Date')).plus({ hours: 2 }).toRFC2822()}`,
    'Message-ID: <reattached@invariance.example>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="reattached-boundary"',
  ].join('\n');
  const body = [
    '--reattached-boundary',
    'Content-Type: text/plain; charset=utf-8',
    '',
    '',
    '--reattached-boundary',
    'Content-Type: message/rfc822',
    'Content-Disposition: attachment; filename="forwarded.eml"',
    '',
    writePart(part),
    '--reattached-boundary--',
    '',
  ].join('\n');
  return done({ header, body });
};

/** Every rewrite, by the name the tests and known failures use. */
export const TRANSFORMATIONS: Record<string, Transformation> = {
  'reforward-gmail': reforwarded('gmail'),
  'reforward-outlook': reforwarded('outlook'),
  'reforward-apple': reforwarded('apple'),
  'reforward-de': reforwarded('de'),
  'reforward-fr': reforwarded('fr'),
  'reforward-es': reforwarded('es'),
  'reforward-quoting': reforwarded('quoting'),
  'note-fyi': withNote('fyi, see below'),
  'note-track': withNote('Can you track this one?'),
  'reforward-outlook-html': reforwardedHtmlOnly,
  reattached,
  'html-only': htmlOnly,
  'html-part-only': htmlPartOnly,
  'quoted-printable': reencoded('quoted-printable'),
  base64: reencoded('base64'),
  signature: withSignature,
  'signature-above': withSignatureAbove,
  'wrap-72': wrapped72,
  crlf,
};
