// node:http → the request/response shape of the link handler (the same shape the Lambda
// Function URL adapter produces), so one routing function serves every page.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '#ports/logger.js';

export interface HttpRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string | null;
}

export interface HttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

export interface HttpServer {
  port: number;
  close(): Promise<void>;
}

/** Forms and JSON bodies are small; anything bigger is refused. */
const MAX_BODY_BYTES = 1024 * 1024;

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Past the limit the rest is read and dropped, so the client still gets the 413.
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_BODY_BYTES) reject(new BodyTooLarge());
      else resolve(size === 0 ? null : Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

export function toHttpRequest(req: IncomingMessage, body: string | null): HttpRequest {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers,
    body,
  };
}

export async function startHttpServer(options: {
  host: string;
  port: number;
  handle: (request: HttpRequest) => Promise<HttpResponse>;
  log: Logger;
}): Promise<HttpServer> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const reply = (response: HttpResponse) => {
      res.writeHead(response.statusCode, response.headers);
      res.end(req.method === 'HEAD' ? undefined : response.body);
    };
    readBody(req)
      .then((body) => options.handle(toHttpRequest(req, body)))
      .then(reply, (error) => {
        if (error instanceof BodyTooLarge) {
          return reply(text(413, `request body over ${MAX_BODY_BYTES} bytes`));
        }
        options.log.error('http.failed', { path: req.url?.split('?')[0], error: String(error) });
        reply(text(500, 'internal error (see the dev server log)'));
      });
  });
  // Keep-alive sockets would hold close() open for seconds.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export function text(statusCode: number, body: string): HttpResponse {
  return {
    statusCode,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    body: `${body}\n`,
  };
}

export function json(statusCode: number, value: unknown): HttpResponse {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    body: `${JSON.stringify(value, null, 2)}\n`,
  };
}

/** Pages of the dev server: no scripts, nothing from elsewhere, never framed. */
export function html(statusCode: number, body: string): HttpResponse {
  return {
    statusCode,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; img-src data: https: http:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    },
    body,
  };
}
