// Raw RFC 5322 messages for inbound flows, written the way real clients write them.

export interface Person {
  name: string;
  address: string;
}

const header = (person: Person) => `${person.name} <${person.address}>`;

/** A Gmail-style inline forward ("---------- Forwarded message ---------"). */
export function inlineForward(options: {
  from: Person;
  to: string;
  messageId: string;
  date: string;
  subject: string;
  note?: string;
  original: { from: Person; to: Person; date: string; subject: string; body: string };
}): string {
  const { original } = options;
  return [
    `From: ${header(options.from)}`,
    `To: ${options.to}`,
    `Subject: Fwd: ${options.subject}`,
    `Date: ${options.date}`,
    `Message-ID: <${options.messageId}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="UTF-8"',
    'Content-Transfer-Encoding: 8bit',
    '',
    options.note ?? '',
    '',
    '---------- Forwarded message ---------',
    `From: ${header(original.from)}`,
    `Date: ${original.date}`,
    `Subject: ${original.subject}`,
    `To: ${header(original.to)}`,
    '',
    '',
    original.body,
    '',
  ].join('\r\n');
}

/** A forward-as-attachment (message/rfc822): the original keeps all its headers. */
export function attachedForward(options: {
  from: Person;
  to: string;
  messageId: string;
  date: string;
  subject: string;
  note: string;
  original: string;
}): string {
  const boundary = 'fwd-boundary-7f3a';
  return [
    `From: ${header(options.from)}`,
    `To: ${options.to}`,
    `Subject: Fwd: ${options.subject}`,
    `Date: ${options.date}`,
    `Message-ID: <${options.messageId}>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset="UTF-8"',
    '',
    options.note,
    '',
    `--${boundary}`,
    'Content-Type: message/rfc822',
    'Content-Disposition: attachment; filename="original.eml"',
    '',
    options.original,
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/** A direct message (a reply, or a stranger writing). */
export function directMessage(options: {
  from: Person;
  to: string;
  messageId: string;
  date: string;
  subject: string;
  body: string;
  inReplyTo?: string;
  references?: string[];
  extraHeaders?: string[];
}): string {
  return [
    `From: ${header(options.from)}`,
    `To: ${options.to}`,
    `Subject: ${options.subject}`,
    `Date: ${options.date}`,
    `Message-ID: <${options.messageId}>`,
    ...(options.inReplyTo ? [`In-Reply-To: <${options.inReplyTo}>`] : []),
    ...(options.references
      ? [`References: ${options.references.map((r) => `<${r}>`).join(' ')}`]
      : []),
    ...(options.extraHeaders ?? []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="UTF-8"',
    '',
    options.body,
    '',
  ].join('\r\n');
}

/** An owner's forward carrying a calendar invitation (text/calendar, METHOD:REQUEST). */
export function calendarForward(options: {
  from: Person;
  to: string;
  messageId: string;
  date: string;
  subject: string;
  note: string;
  event: {
    uid: string;
    sequence: number;
    summary: string;
    /** Local time in `tzid`, "YYYYMMDDTHHMMSS". */
    start: string;
    end: string;
    tzid: string;
    organizer: Person;
    attendees: Person[];
  };
}): string {
  const { event } = options;
  const boundary = 'cal-boundary-19c2';
  return [
    `From: ${header(options.from)}`,
    `To: ${options.to}`,
    `Subject: Fwd: ${options.subject}`,
    `Date: ${options.date}`,
    `Message-ID: <${options.messageId}>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset="UTF-8"',
    '',
    options.note,
    '',
    `--${boundary}`,
    'Content-Type: text/calendar; charset="UTF-8"; method=REQUEST',
    'Content-Disposition: attachment; filename="invite.ics"',
    '',
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//followup tests//EN',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `SUMMARY:${event.summary}`,
    `DTSTART;TZID=${event.tzid}:${event.start}`,
    `DTEND;TZID=${event.tzid}:${event.end}`,
    `ORGANIZER;CN=${event.organizer.name}:mailto:${event.organizer.address}`,
    ...event.attendees.map(
      (person) => `ATTENDEE;ROLE=REQ-PARTICIPANT;CN=${person.name}:mailto:${person.address}`,
    ),
    'STATUS:CONFIRMED',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n');
}
