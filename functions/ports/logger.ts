/** Structured logs: one JSON line per event. Never pass message bodies or full addresses. */
export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

/** Fields every line carries, read when the line is written (e.g. the current request id). */
export type LogContext = () => Record<string, unknown>;

/** JSON lines on stdout/stderr, each with the context's fields after its level and event. */
export function jsonLoggerWith(context: LogContext): Logger {
  const line = (level: string, event: string, fields: Record<string, unknown> = {}) =>
    JSON.stringify({ level, event, ...context(), ...fields, time: new Date().toISOString() });
  return {
    info: (event, fields) => console.log(line('info', event, fields)),
    warn: (event, fields) => console.warn(line('warn', event, fields)),
    error: (event, fields) => console.error(line('error', event, fields)),
  };
}

export const jsonLogger: Logger = jsonLoggerWith(() => ({}));

/** For tests: keeps every entry. */
export function memoryLogger() {
  const entries: { level: string; event: string; fields: Record<string, unknown> }[] = [];
  const push =
    (level: string) =>
    (event: string, fields: Record<string, unknown> = {}) => {
      entries.push({ level, event, fields });
    };
  const logger: Logger = { info: push('info'), warn: push('warn'), error: push('error') };
  return { logger, entries };
}

/** "sam@example.com" → "s***@example.com": enough to debug, not enough to leak. */
export function maskAddress(address: string): string;
export function maskAddress(address: string | null | undefined): string | null;
export function maskAddress(address: string | null | undefined): string | null {
  if (address === null || address === undefined) return null;
  const at = address.lastIndexOf('@');
  if (at < 1) return '***';
  return `${address[0]}***${address.slice(at)}`;
}
