// The sample confirmation `followup demo` forwards: a Gmail forward of a recruiter's email with
// a calendar invitation, filled in for the dev server's owner and clock (the interview is the
// next weekday at least two days ahead, 3 pm New York time) so the whole plan lies ahead.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { DEFAULT_ZONE as ZONE } from '#core/domain.js';

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
  const now = DateTime.fromJSDate(input.now, { zone: ZONE });
  let day = now.plus({ days: 2 }).startOf('day');
  while (day.weekday > 5) day = day.plus({ days: 1 });
  const start = input.start
    ? DateTime.fromJSDate(input.start, { zone: ZONE })
    : day.set({ hour: 15 });
  const end = start.plus({ minutes: 45 });
  const original = now.minus({ hours: 2 });
  const forwarded = now.minus({ minutes: 1 });
  const messageId = `${randomUUID()}@mail.gmail.example`;
  const name = plain(input.ownerName);
  const values: Record<string, string> = {
    OWNER_NAME: name,
    OWNER_FIRST_NAME: name.split(/\s+/)[0] ?? name,
    OWNER_EMAIL: input.ownerEmail,
    INBOUND_ADDRESS: input.inboundAddress,
    FORWARD_DATE: forwarded.toRFC2822() ?? '',
    ORIGINAL_DATE_GMAIL: original.toFormat("ccc, LLL d, yyyy 'at' h:mm a"),
    WHEN_TEXT: `${start.toFormat('cccc, LLLL d')} at ${start.toFormat('h:mm a')} Eastern Time`,
    DTSTART: start.toFormat("yyyyLLdd'T'HHmmss"),
    DTEND: end.toFormat("yyyyLLdd'T'HHmmss"),
    DTSTAMP: original.toUTC().toFormat("yyyyLLdd'T'HHmmss'Z'"),
    UID: `${randomUUID()}@recruiting.northwind.example`,
    MESSAGE_ID: messageId,
  };
  const raw = TEMPLATE.replace(/\{\{([A-Z_]+)\}\}/g, (_, key: string) => values[key] ?? '')
    .replaceAll('Northwind Robotics', plain(input.company ?? 'Northwind Robotics'))
    // SMTP wants CRLF line ends.
    .replace(/\r?\n/g, '\r\n');
  return { raw, messageId, start: start.toJSDate(), end: end.toJSDate() };
}
