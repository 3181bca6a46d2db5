// A plan as an iCalendar file (RFC 5545) that calendar apps import: the interview and each
// pending step as an event. Pure: the same plan gives the same text, UIDs stable per step so a
// re-import updates instead of duplicating.
import type { Interview, Step } from '#core/domain.js';
import { STEP_TITLE } from './step-copy.js';

export interface CalendarEvent {
  uid: string;
  start: string;
  end: string;
  summary: string;
}

/** TEXT escaping: backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utc(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function planEvents(
  interview: Interview,
  steps: readonly Step[],
  title: string,
): CalendarEvent[] {
  const quarterHour = (iso: string) => new Date(Date.parse(iso) + 15 * 60_000).toISOString();
  const live = steps.filter((step) => ['scheduled', 'snoozed', 'reminded'].includes(step.status));
  return [
    {
      uid: `${interview.id}-interview`,
      start: interview.start,
      end: interview.end ?? new Date(Date.parse(interview.start) + 60 * 60_000).toISOString(),
      summary: `Interview: ${title}`,
    },
    ...live.map((step) => ({
      uid: `${interview.id}-${step.kind}`,
      start: step.dueAt,
      end: quarterHour(step.dueAt),
      summary: `${STEP_TITLE[step.kind]}: ${title}`,
    })),
  ];
}

export function planCalendar(
  events: readonly CalendarEvent[],
  domain: string,
  now: string,
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//followup//plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}@${domain}`,
      `DTSTAMP:${utc(now)}`,
      `DTSTART:${utc(event.start)}`,
      `DTEND:${utc(event.end)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
