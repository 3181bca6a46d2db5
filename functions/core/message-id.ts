// The Message-IDs we copy into In-Reply-To/References: only syntactically valid ones (RFC 5322
// msg-id: dot-atom-text "@" dot-atom-text or a domain literal), so nothing a sender puts in
// their Message-ID header reaches a header of ours unless it is an id.

const ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const DOT_ATOM = `${ATEXT}(?:\\.${ATEXT})*`;
const MESSAGE_ID = new RegExp(`^${DOT_ATOM}@(?:${DOT_ATOM}|\\[[!-Z^-~]*\\])$`);

/** Longest id we thread: a header line must stay under 998 characters with room to spare. */
const MAX_LENGTH = 250;

/** `id` without angle brackets. */
export function isValidMessageId(id: string): boolean {
  return id.length <= MAX_LENGTH && MESSAGE_ID.test(id);
}
