// Who may talk to the dev server. It listens on loopback, but a browser visiting any web site is
// also on loopback: a page can POST to it cross-site, and a DNS-rebinding page can read it under
// its own host name (the outbox holds live link tokens). So only requests addressed to the
// server's own host and port are served, and the /dev/* controls refuse cross-site requests.
import { type HttpRequest, type HttpResponse, text } from './http-server.js';

/** The Host values this server answers to: its listening address and `localhost`, with its port. */
export function ownHosts(host: string, port: number): string[] {
  return [...new Set([host, '127.0.0.1', 'localhost'])].map((name) => `${name}:${port}`);
}

/**
 * Sec-Fetch-Site is sent by every current browser and cannot be set by a page; `none` is a
 * typed URL or bookmark. Older browsers send Origin on cross-site POSTs instead. Tools like
 * curl send neither and are let through: they are not a web page acting for someone.
 */
function crossSite(request: HttpRequest, hosts: readonly string[]): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined) return site !== 'same-origin' && site !== 'none';
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  return !hosts.some((host) => origin === `http://${host}`);
}

/** The refusal for a request this server must not serve, or null when it may. */
export function refuseRequest(request: HttpRequest, hosts: readonly string[]): HttpResponse | null {
  const host = request.headers.host?.toLowerCase();
  if (!host || !hosts.includes(host)) {
    return text(
      421,
      `this dev server answers only to ${hosts.map((h) => `http://${h}`).join(' and ')}`,
    );
  }
  if (request.path.startsWith('/dev/') && crossSite(request, hosts)) {
    return text(403, 'cross-site requests to /dev/* are refused; use curl or this server’s pages');
  }
  return null;
}
