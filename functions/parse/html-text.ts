// HTML → plain text, in one linear pass. Mail HTML is converted only to be read by the
// extractors, so the output keeps what they need: line breaks at blocks, a tab between table
// cells, "> " before quoted (blockquote) lines, and link targets the text does not show.
// Hand-written because html-to-text costs 5–12 ms per Outlook message; this costs well under 1 ms.

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ndash: '–',
  mdash: '—',
  middot: '·',
  bull: '•',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  deg: '°',
  times: '×',
  shy: '',
  zwnj: '',
  zwj: '',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  iexcl: '¡',
  iquest: '¿',
};

/** Decodes character references (named ones from a short table, and every numeric one). */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,8});/gi,
    (match, body: string) => {
      if (body[0] === '#') {
        const code =
          body[1] === 'x' || body[1] === 'X'
            ? Number.parseInt(body.slice(2), 16)
            : Number.parseInt(body.slice(1), 10);
        if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
          return '\ufffd';
        }
        return String.fromCodePoint(code);
      }
      const named = ENTITIES[body.toLowerCase()];
      if (named !== undefined) return named;
      // Latin letters with accents: &eacute; &Atilde; &ouml; ...
      const accent = /^([a-zA-Z])(acute|grave|circ|tilde|uml|ring|cedil)$/.exec(body);
      if (accent) {
        const marks: Record<string, string> = {
          acute: '\u0301',
          grave: '\u0300',
          circ: '\u0302',
          tilde: '\u0303',
          uml: '\u0308',
          ring: '\u030a',
          cedil: '\u0327',
        };
        return `${accent[1]}${marks[accent[2] as string]}`.normalize('NFC');
      }
      return match;
    },
  );
}

/** Blocks that start a paragraph (a blank line) rather than just a new line. */
const PARAGRAPH = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'table',
  'ul',
  'ol',
  'pre',
]);
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'tr',
  'li',
  'ul',
  'ol',
  'table',
  'tbody',
  'thead',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'pre',
  'center',
  'section',
  'article',
  'header',
  'footer',
  'dl',
  'dt',
  'dd',
  'address',
]);
const CELL = new Set(['td', 'th']);
/** Elements whose content is never text. */
const SKIP = new Set(['style', 'script', 'head', 'title', 'xml', 'noscript', 'template']);

const LINE_BREAK = '\u0003';
const PARAGRAPH_BREAK = '\u0004';
/** A run of block-boundary markers, with the spaces and line breaks around it. */
const BREAK_RUN = new RegExp(`\\n?(?:[ \\t]*[${LINE_BREAK}${PARAGRAPH_BREAK}])+[ \\t]*\\n?`, 'g');
/** A block whose only text is a no-break space: how Outlook and Word write an empty line. */
const BLANK_LINE = '\u0005';
const BLANK_BLOCK = new RegExp(
  `([${LINE_BREAK}${PARAGRAPH_BREAK}])[ \\t]*${BLANK_LINE}[ \\t]*(?=[${LINE_BREAK}${PARAGRAPH_BREAK}])`,
  'g',
);
const QUOTE_IN = '\u0001';
const QUOTE_OUT = '\u0002';

export function htmlToText(html: string): string {
  const out: string[] = [];
  const tag =
    /<(\/?)([a-zA-Z][a-zA-Z0-9:-]{0,40})([^<>]{0,4000})>|<!--|<!\[CDATA\[|<![^<>]{0,4000}>|<\?[^<>]{0,4000}>/g;
  let at = 0;
  let skipping: string | null = null;
  let anchor: { href: string; start: number } | null = null;
  /** Open table cells (where their text starts in `out`) and how deep in tables each sits. */
  const cells: OpenCell[] = [];
  let tables = 0;
  for (;;) {
    tag.lastIndex = at;
    const m = tag.exec(html);
    if (!m) break;
    if (!skipping) out.push(text(html.slice(at, m.index)));
    at = m.index + m[0].length;
    if (m[0] === '<!--' || m[0] === '<![CDATA[') {
      // Comments and CDATA end at the first terminator; unclosed ones swallow the rest.
      const close = html.indexOf(m[0] === '<!--' ? '-->' : ']]>', at);
      at = close < 0 ? html.length : close + 3;
      continue;
    }
    const name = (m[2] ?? '').toLowerCase();
    if (!name) continue;
    const closing = m[1] === '/';
    if (skipping) {
      if (closing && name === skipping) skipping = null;
      continue;
    }
    if (SKIP.has(name)) {
      if (!closing && !(m[3] ?? '').endsWith('/')) skipping = name;
      continue;
    }
    if (name === 'blockquote') {
      out.push(closing ? `\n${QUOTE_OUT}\n` : `\n${QUOTE_IN}\n`);
    } else if (name === 'br') {
      out.push('\n');
    } else if (BLOCK.has(name)) {
      if (name === 'table') {
        if (closing) {
          closeCells(out, cells, tables, false);
          tables = Math.max(0, tables - 1);
        } else tables++;
      } else if (name === 'tr') closeCells(out, cells, tables, false);
      out.push(PARAGRAPH.has(name) ? PARAGRAPH_BREAK : LINE_BREAK);
    } else if (CELL.has(name)) {
      if (!closing) {
        closeCells(out, cells, tables, true);
        cells.push({ start: out.length, table: tables });
      } else {
        closeCells(out, cells, tables, false);
        out.push('\t');
      }
    } else if (name === 'a') {
      if (!closing) {
        const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(m[3] ?? '');
        const target = decodeEntities((href?.[1] ?? href?.[2] ?? href?.[3] ?? '').trim());
        anchor = /^(https?:|mailto:)/i.test(target) ? { href: target, start: out.length } : null;
      } else if (anchor) {
        // Show a link target the anchor text hides ("Join video call" → its URL).
        const shown = out.slice(anchor.start).join('');
        // A mailto's query is a subject line; a web link's query can be part of the meeting.
        const target = /^mailto:/i.test(anchor.href)
          ? (anchor.href.replace(/^mailto:/i, '').split('?')[0] ?? '')
          : anchor.href;
        if (target && !shown.includes(target)) out.push(` <${target}>`);
        anchor = null;
      }
    }
  }
  if (!skipping) out.push(text(html.slice(at)));
  // Nested blocks (</div><div>) make one line break; a paragraph makes a blank line.
  const joined = out
    .join('')
    .replace(BLANK_BLOCK, `$1${PARAGRAPH_BREAK}`)
    .replaceAll(BLANK_LINE, ' ')
    .replace(BREAK_RUN, (run) => (run.includes(PARAGRAPH_BREAK) ? '\n\n' : '\n'));
  return quoteLines(joined);
}

interface OpenCell {
  start: number;
  table: number;
}

const CELL_SPACE = new RegExp(`[${LINE_BREAK}${PARAGRAPH_BREAK}\\s]+`, 'g');
/** A cell's short text (Word wraps each cell in paragraphs). */
const SHORT_CELL = 160;
/**
 * A block after another in a cell that opens with a label ("Role: Controls Engineer"): a card's
 * cell of labelled lines keeps them apart, else one label's value runs into the next.
 */
const LABELLED_BLOCK = new RegExp(
  `\\S[^${LINE_BREAK}${PARAGRAPH_BREAK}]*[${LINE_BREAK}${PARAGRAPH_BREAK}][\\s${LINE_BREAK}${PARAGRAPH_BREAK}]*\\p{L}[\\p{L} ]{0,24}:[ \\t]+\\S`,
  'u',
);

/**
 * Ends the open cells of this table (or of deeper ones): a short cell becomes one line, so a
 * table row reads "9:00 – 9:45\tAnika Rao\tStaff Engineer" and a title cell never becomes a
 * line of its own next to a name. A long cell (a layout table holding the whole mail) keeps its
 * lines. `opening`: a new cell starts, so only a cell of this same table ends.
 */
function closeCells(out: string[], cells: OpenCell[], tables: number, opening: boolean): void {
  for (;;) {
    const top = cells[cells.length - 1];
    if (!top || top.table < tables || (opening && top.table !== tables)) return;
    cells.pop();
    const content = out.slice(top.start).join('');
    // Lines a cell breaks with <br> stay apart ("Name (address)<br>Name (address)").
    const plain = content
      .split('\n')
      .map((line) => line.replace(CELL_SPACE, ' ').trim())
      .filter((line) => line !== '')
      .join('; ');
    if (plain.length <= SHORT_CELL && !content.includes('\t') && !LABELLED_BLOCK.test(content)) {
      out.splice(top.start, out.length - top.start, plain);
    }
    if (opening) return;
  }
}

function text(raw: string): string {
  if (/^[\r\n\t ]*(?:&nbsp;|&#160;|&#xa0;|\u00a0)+[\r\n\t ]*$/i.test(raw)) return BLANK_LINE;
  if (!raw) return '';
  return decodeEntities(raw.replace(/[\r\n\t ]+/g, ' ')).replace(/\u00a0/g, ' ');
}

/** Turns the blockquote markers into "> " prefixes and tidies blank lines. */
function quoteLines(raw: string): string {
  let depth = 0;
  const lines: string[] = [];
  for (const line of raw.split('\n')) {
    let content = line;
    if (content.includes(QUOTE_IN) || content.includes(QUOTE_OUT)) {
      for (const ch of content) {
        if (ch === QUOTE_IN) depth++;
        else if (ch === QUOTE_OUT) depth = Math.max(0, depth - 1);
      }
      content = content.split(QUOTE_IN).join('').split(QUOTE_OUT).join('');
    }
    content = content.replace(/[ \t]+$/g, '').replace(/^ +/, '');
    if (content === '' && lines.length > 0 && lines[lines.length - 1] === '') continue;
    lines.push(depth > 0 && content !== '' ? `${'> '.repeat(depth)}${content}` : content);
  }
  return lines.join('\n').trim();
}
