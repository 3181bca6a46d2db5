// The sample confirmation `followup demo` forwards: a Gmail forward of a recruiter's email with
// a calendar invitation, filled in for the dev server's owner and clock (the interview is the
// next weekday at least two days ahead, 3 pm New York time) so the whole plan lies ahead.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DEFAULT_ZONE as ZONE } from '#core/domain.js';
import { ZonedTime } from '#core/zoned-time.js';
import { formatRFC2822, formatZoned } from '#core/zoned-time-format.js';

const TEMPLATE = readFileSync(new URL('./sample-confirmation.eml', import.meta.url), 'utf8');

export interface SampleConfirmation {
  raw: string;
  messageId: string;
  start: Date;
  end: Date;
}

/** Header-safe: a name that cannot break out of its header or the MIME structure. */
function plain(text: string): string {
  return text.replace(/[\r\n<>"=]+/g, ' ').trim();
}

export function sampleConfirmation(input: {
  ownerEmail: string;
  ownerName: string;
  inboundAddress: string;
  now: Date;
  /** Variations, so many samples are many different interviews (the SMTP bench). */
  company?: string;
  start?: Date;
}): SampleConfirmation {
  const now = ZonedTime.of(input.now, ZONE);
  let day = now.plusDays(2).startOfDay();
  while (day.weekday > 5) day = day.plusDays(1);
  const start = input.start ? ZonedTime.of(input.start, ZONE) : day.atTime(15, 0);
  const end = start.plusMinutes(45);
  const original = now.plusHours(-2);
  const forwarded = now.plusMinutes(-1);
  const messageId = `${randomUUID()}@mail.gmail.example`;
  const name = plain(input.ownerName);
  const values: Record<string, string> = {
    OWNER_NAME: name,
    OWNER_FIRST_NAME: name.split(/\s+/)[0] ?? name,
    OWNER_EMAIL: input.ownerEmail,
    INBOUND_ADDRESS: input.inboundAddress,
    FORWARD_DATE: formatRFC2822(forwarded),
    ORIGINAL_DATE_GMAIL: formatZoned(original, "ccc, LLL d, yyyy 'at' h:mm a"),
    WHEN_TEXT: `${formatZoned(start, 'cccc, LLLL d')} at ${formatZoned(start, 'h:mm a')} Eastern Time`,
    DTSTART: formatZoned(start, "yyyyLLdd'T'HHmmss"),
    DTEND: formatZoned(end, "yyyyLLdd'T'HHmmss"),
    DTSTAMP: formatZoned(original.setZone('UTC'), "yyyyLLdd'T'HHmmss'Z'"),
    UID: `${randomUUID()}@recruiting.northwind.example`,
    MESSAGE_ID: messageId,
  };
  const raw = TEMPLATE.replace(/\{\{([A-Z_]+)\}\}/g, (_, key: string) => values[key] ?? '')
    .replaceAll('Northwind Robotics', plain(input.company ?? 'Northwind Robotics'))
    // SMTP wants CRLF line ends.
    .replace(/\r?\n/g, '\r\n');
  return { raw, messageId, start: start.toDate(), end: end.toDate() };
}
