// Whether a POST comes from our own page. Browsers say where a request started in
// Sec-Fetch-Site; browsers too old to send it still send Origin on a POST. A form on another
// site can never produce "same-origin", so a cross-site page cannot submit a link's form even
// when it knows the link. Clients that send neither (scripts, old browsers) are let through:
// the token is still needed.

/** Header lookup by lower-case name. */
type Headers = (name: string) => string | undefined;

export function isOwnFormSubmission(header: Headers, ownOrigin: string): boolean {
  const site = header('sec-fetch-site')?.trim().toLowerCase();
  if (site) return site === 'same-origin' || site === 'none';
  const origin = header('origin')?.trim();
  // "null" is what a page with Referrer-Policy: no-referrer (ours) sends; it names no site.
  if (!origin || origin === 'null') return true;
  return origin.toLowerCase() === ownOrigin.toLowerCase();
}

/** The origin (scheme://host[:port]) of a base URL. */
export function originOf(baseUrl: string): string {
  return new URL(baseUrl).origin;
}
