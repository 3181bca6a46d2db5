// The quoted history below a reply, split into its messages, newest first. Each one starts at an
// attribution line ("On …, Priya Rao <priya@x.example> wrote:", in any language read) or at a
// pasted header block ("From: … / Sent: …", in any language read), and keeps who wrote it. The
// people, the time and the kind read the same split: "me" in a quoted message is its author,
// and a newer message's "same time on Thursday" answers the older one's booking.
import { parseAddressList } from './addresses.js';
import { FORWARD_LABELS, REPLY_ATTRIBUTION } from './languages/index.js';
import type { ParsedAddress } from './types.js';

export interface QuotedMessage {
  /** The attribution line or header block that opens it ("" for text above the first one). */
  heading: string;
  /** What the message says, below its heading. */
  text: string;
  /** Who wrote it, when its heading gives an address. */
  author: ParsedAddress | null;
}

/** "From:", "Von :", "*De:*": a header label at the start of a line, and what follows it. */
const LABEL_LINE = /^[ \t]*\*?([\p{L}][\p{L} .-]{0,20}?)\*?[ \t]*:[ \t]*(.*)$/u;

function labelOf(line: string): { label: string; value: string } | null {
  const m = LABEL_LINE.exec(line);
  if (!m) return null;
  const label = FORWARD_LABELS.get((m[1] as string).trim().toLowerCase());
  return label ? { label, value: m[2] as string } : null;
}

/** An attribution line, alone or wrapped onto the next line: how many lines it takes. */
export function attributionLines(lines: string[], i: number): number {
  const line = lines[i] as string;
  if (REPLY_ATTRIBUTION.some((p) => p.test(line))) return 1;
  const next = lines[i + 1];
  if (
    next !== undefined &&
    line.length > 10 &&
    REPLY_ATTRIBUTION.some((p) => p.test(`${line} ${next}`))
  )
    return 2;
  return 0;
}

/** A pasted header block: a From line with a Date/Sent line among the next few: its lines. */
function headerBlockLines(lines: string[], i: number): number {
  if (labelOf(lines[i] as string)?.label !== 'from') return 0;
  let n = 1;
  let dated = false;
  while (i + n < lines.length && n < 7) {
    const label = labelOf(lines[i + n] as string)?.label;
    if (!label || label === 'from') break;
    if (label === 'date') dated = true;
    n++;
  }
  return dated ? n : 0;
}

/** The address a heading names: the attribution's "Name <address>", or the From line's. */
export function authorOf(heading: string): ParsedAddress | null {
  const from = heading
    .split('\n')
    .map(labelOf)
    .find((l) => l?.label === 'from');
  const written = from
    ? from.value
    : // "… om 16:22 schreef Noor <…>": the words between the time and the name are no name, nor
      // the seconds and the offset Zoho writes ("10:02:11 +0000 Noor <…> wrote").
      heading.replace(
        /^.*?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[+-]\d{4})?,?\s*(?:\p{Ll}+\s+)*/u,
        '',
      );
  const address = parseAddressList(written)[0] ?? null;
  return address?.address.includes('@') ? address : null;
}

export function splitThread(history: string): QuotedMessage[] {
  const lines = history.split('\n');
  const messages: QuotedMessage[] = [];
  let heading = '';
  let body: string[] = [];
  const close = () => {
    const text = body.join('\n');
    if (heading || text.trim()) messages.push({ heading, text, author: authorOf(heading) });
  };
  for (let i = 0; i < lines.length; i++) {
    const n = attributionLines(lines, i) || headerBlockLines(lines, i);
    if (n === 0) {
      body.push(lines[i] as string);
      continue;
    }
    close();
    heading = lines.slice(i, i + n).join('\n');
    body = [];
    i += n - 1;
  }
  close();
  return messages;
}
