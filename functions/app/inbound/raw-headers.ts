// Reads the header section of a raw message without parsing the body: used before the size
// check (a giant message is never handed to the MIME parser) and for auto-reply markers.
import { SYSTEM_MARK } from '#ports/mailer.js';

/** The header section (up to the first empty line), at most `maxBytes` of it, unfolded. */
export function headerSection(raw: Uint8Array, maxBytes = 64 * 1024): string {
  const head = raw.subarray(0, Math.min(raw.byteLength, maxBytes));
  // latin1 keeps every byte as one character, so offsets stay meaningful for any charset.
  const text = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const section = end === -1 ? text : text.slice(0, end);
  return section.replace(/\r?\n[ \t]+/g, ' ');
}

/** Every value of one header field (case-insensitive name), in order. */
export function headerValues(section: string, name: string): string[] {
  const prefix = `${name.toLowerCase()}:`;
  return section
    .split(/\r?\n/)
    .filter((line) => line.toLowerCase().startsWith(prefix))
    .map((line) => line.slice(prefix.length).trim());
}

/** The address in a From-like header: the one in angle brackets, else the bare one. */
export function firstAddress(value: string | undefined): string | null {
  if (!value) return null;
  const bracketed = value.match(/<\s*([^<>\s@]+@[^<>\s@]+)\s*>/);
  if (bracketed?.[1]) return bracketed[1].toLowerCase();
  // Quoted display names may contain anything, so drop them before looking for a bare address.
  const unquoted = value.replace(/"(?:[^"\\]|\\.)*"/g, ' ').replace(/\([^)]*\)/g, ' ');
  const bare = unquoted.match(/([^\s,;:<>"@]+@[^\s,;:<>"@]+)/);
  return bare?.[1] ? bare[1].toLowerCase() : null;
}

/**
 * An automatic answer (out-of-office, vacation, list robots): RFC 3834 Auto-Submitted, plus
 * the older markers common clients still send. Such mail is relayed but never counts as the
 * interviewer having answered.
 */
export function isAutomaticReply(section: string): boolean {
  const autoSubmitted = headerValues(section, 'Auto-Submitted');
  if (autoSubmitted.some((value) => value.toLowerCase() !== 'no')) return true;
  if (headerValues(section, 'X-Autoreply').length > 0) return true;
  if (headerValues(section, 'X-Autorespond').length > 0) return true;
  const precedence = headerValues(section, 'Precedence').map((value) => value.toLowerCase());
  return precedence.some((value) => value === 'auto_reply' || value === 'junk');
}

const SYSTEM_MARK_LINE = new RegExp(
  `(?:^|\\n)${SYSTEM_MARK.name}:[ \\t]*${SYSTEM_MARK.value}\\b`,
  'i',
);

/**
 * Whether followup's own system mark is a header line anywhere in the raw message: its own
 * mail sent back as it was, or attached (message/rfc822 keeps the attached headers verbatim).
 */
export function carriesSystemMark(raw: Uint8Array): boolean {
  return SYSTEM_MARK_LINE.test(
    Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('latin1'),
  );
}
