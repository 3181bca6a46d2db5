// parseEmail: raw message → what followup understands from it (the extraction plus what the inbound
// pipeline needs). Never throws. A short pipeline of phases, each its own module and testable
// alone: MIME → the forwarded layers (./layers.ts) → the seeker (./seeker.ts) → the time
// (./time-choice.ts) → company and role (./company-and-role.ts) → the people, collected then
// given their roles (./people/) → the kind (./kind.ts) → confidence and warnings (./confidence.ts).
import { DEFAULT_ZONE } from '../core/domain.js';
import { errorMessage } from '../core/error-message.js';
import { ZonedTime } from '../core/zoned-time.js';
import { companySideAddresses, findCompanyAndRole } from './company-and-role.js';
import { judgeConfidence } from './confidence.js';
import { decideKind } from './kind.js';
import { EMPTY_HEADERS, headerDate, readLayers } from './layers.js';
import { findMeetingUrl } from './meeting-url.js';
import { type DecodedMessage, decodeMime } from './mime.js';
import { collectPeople } from './people/collect.js';
import { weighEvidence } from './people/evidence.js';
import { decideRoles } from './people/roles.js';
import { identifySeeker } from './seeker.js';
import { findDecisionBy, findNotes } from './seeker-note.js';
import { chooseTime, readCalendars, type TimeText } from './time-choice.js';
import type { Extraction, ParsedEmail, ParseError, ParseOptions } from './types.js';
import { isValidZone } from './zones.js';

export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;
/** Characters of each text that the extractors read. */
const MAX_TEXT = 64 * 1024;

export async function parseEmail(
  raw: Uint8Array | string,
  options: ParseOptions,
): Promise<ParsedEmail> {
  try {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const size = typeof raw === 'string' ? Buffer.byteLength(raw, 'utf8') : raw.byteLength;
    if (size > maxBytes) {
      return failed({
        code: 'too_large',
        message: `the message is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit`,
      });
    }
    if (size === 0) return failed({ code: 'not_email', message: 'the input is empty' });
    let decoded: DecodedMessage;
    try {
      decoded = await decodeMime(raw);
    } catch (error) {
      return failed({
        code: 'unreadable',
        message: `the MIME structure could not be read (${errorMessage(error)})`,
      });
    }
    const h = decoded.headers;
    if (
      decoded.knownHeaders === 0 ||
      (!h.from && !h.date && !h.subject && !h.messageId && h.to.length === 0)
    ) {
      return failed({
        code: 'not_email',
        message: 'no email headers (From, Date, Subject, To) were found',
      });
    }
    // `await` so a rejection lands in the catch below: parseEmail never throws.
    return await understand(decoded, {
      ...options,
      timezone: isValidZone(options.timezone) ? options.timezone : DEFAULT_ZONE,
    });
  } catch (error) {
    return failed({
      code: 'unreadable',
      message: `the message could not be read (${errorMessage(error)})`,
    });
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

function failed(error: ParseError): ParsedEmail {
  return {
    ...emptyExtraction(),
    coordinator: null,
    decisionBy: null,
    notes: [],
    calendar: null,
    outer: EMPTY_HEADERS,
    original: null,
    seekerNote: null,
    text: '',
    confidence: 0,
    warnings: [error.message],
    sources: {},
    error,
  };
}

function emptyExtraction(): Extraction {
  return {
    kind: 'not_interview',
    company: null,
    role: null,
    start: null,
    end: null,
    timezone: null,
    interviewers: [],
    meetingUrl: null,
  };
}

async function understand(decoded: DecodedMessage, options: ParseOptions): Promise<ParsedEmail> {
  const zone = options.timezone;
  const outer = decoded.headers;
  const reading: string[] = [];
  // Confirmations are short: only the start of a long text is read, which bounds the work.
  if (decoded.text.length > MAX_TEXT || decoded.attached.some((a) => a.text.length > MAX_TEXT)) {
    reading.push(`only the first ${MAX_TEXT / 1024} KB of the text were read`);
    decoded.text = decoded.text.slice(0, MAX_TEXT);
    for (const attached of decoded.attached) attached.text = attached.text.slice(0, MAX_TEXT);
  }
  const read = readLayers(decoded, zone);
  const { message, latest, history, note } = read;

  // Calendar parts: the original's, or ones attached to the outer message (Gmail inline forwards).
  const { calendar, replacesCancelledEvent } = readCalendars(
    [...message.calendars, ...decoded.calendars, ...read.layers.flatMap((l) => l.calendars)],
    zone,
  );

  const seeker = identifySeeker({
    outer,
    layers: read.layers.map((l) => l.headers),
    selfAddresses: options.selfAddresses ?? [],
    calendarOrganizer: calendar?.people.find((p) => p.organizer)?.address ?? null,
  });
  const companyAddresses = companySideAddresses(read, calendar, seeker.addresses);
  const base = message.date ?? headerDate(outer) ?? ZonedTime.of(Date.now(), zone);
  const texts: TimeText[] = [
    { source: 'text', text: latest, base },
    // Quoted history only for forwarded threads; a direct reply quotes our own words.
    // Each quoted message on its own, newest first: a newer one picks, moves or confirms what
    // an older one offered or booked.
    ...(read.forwarded
      ? read.thread.map((quoted) => ({ source: 'thread' as const, text: quoted.text, base }))
      : []),
    ...read.forwarderNotes.map((text) => ({ source: 'forward-note' as const, text, base })),
    ...(note
      ? [{ source: 'seeker-note' as const, text: note, base: headerDate(outer) ?? base }]
      : []),
  ];
  const time = chooseTime({
    calendar,
    texts,
    body: message.body,
    base,
    baseIsForward: message.date === null,
    zone,
    companyAddresses,
    newestBySeeker:
      message.headers.from !== null &&
      seeker.addresses.has(message.headers.from.address.toLowerCase()),
  });

  const job = findCompanyAndRole({ reading: read, outer, calendar, companyAddresses });

  const cast = collectPeople({
    latest,
    history,
    thread: read.thread,
    historyAuthor: read.historyAuthor,
    notes: read.forwarderNotes,
    calendarText: calendar?.description ?? '',
    titles: [message.headers.subject ?? '', calendar?.summary ?? ''],
    layers: [outer, ...read.layers.map((l) => l.headers)],
    sender: message.headers.from,
    seekerAddresses: seeker.addresses,
    seekerNames: seeker.names,
    organisations: job.organisations,
    role: job.role,
    calendar,
  });
  const people = decideRoles(cast, weighEvidence(cast, { latest, history }));

  const kind = decideKind({
    subject: `${message.headers.subject ?? outer.subject ?? ''}\n${outer.subject ?? ''}`,
    // A time taken from the quoted thread (the newest reply only accepts it) is what that
    // message says it is: "could we move your interview to Friday" there makes it a move.
    text: [
      latest,
      calendar?.description ?? '',
      time.sources.start === 'thread' ? history : '',
    ].join('\n'),
    // The thread above a newest confirmation: a cancellation or move there makes it a move.
    history: read.forwarded ? history : '',
    note: note ?? '',
    calendar,
    replacesCancelledEvent,
    hasTime: time.start !== null,
    timeIsOffer: time.offered,
    acceptedInReply: time.acceptedInReply,
    supersedesBooked: time.supersedesBooked,
    ...(time.proposals ? { proposals: time.proposals } : {}),
    // A sender only assumed to interview is no sign of a job.
    jobSigns: (people.interviewers.length > 0 && !people.guessed) || job.role !== null,
  });

  const meetingUrl =
    findMeetingUrl([
      ...(calendar?.conference ?? []),
      calendar?.location ?? '',
      calendar?.description ?? '',
      latest,
    ]) ?? findMeetingUrl([message.htmlText ?? '', history, ...read.forwarderNotes, note ?? '']);

  const { confidence, warnings } = judgeConfidence({
    kind,
    time,
    company: job.company,
    role: job.role,
    interviewers: people.interviewers.length,
    interviewersGuessed: people.guessed,
    reading,
  });

  const noteDate = (headerDate(outer) ?? base).setZone(zone);
  const sources: Record<string, string> = {
    ...time.sources,
    company: job.sources.company,
    role: job.sources.role,
    interviewers: calendar ? 'calendar+text' : 'text',
  };
  if (meetingUrl)
    sources.meetingUrl = calendar?.conference.includes(meetingUrl) ? 'calendar' : 'text';
  const iso = (d: ZonedTime | null) => (d ? d.toOffsetISO() : null);
  const interview = kind.kind !== 'not_interview';
  return {
    kind: kind.kind,
    company: interview ? job.company : null,
    role: interview ? job.role : null,
    start: interview ? iso(time.start) : null,
    end: interview ? iso(time.end) : null,
    timezone: interview ? time.timezone : null,
    interviewers: interview ? people.interviewers : [],
    meetingUrl: interview ? meetingUrl : null,
    coordinator: interview ? people.coordinator : null,
    decisionBy: interview && note ? findDecisionBy(note, noteDate, time.start) : null,
    notes: note ? findNotes(note) : [],
    calendar:
      calendar && calendar.uid !== null
        ? { uid: calendar.uid, sequence: calendar.sequence, method: calendar.method }
        : null,
    outer,
    original: read.forwarded ? message.headers : null,
    seekerNote: note,
    text: read.forwarded ? (note ?? '') : decoded.text.trim(),
    confidence,
    warnings,
    sources,
    error: null,
  };
}

/** The extraction alone, without what only the inbound pipeline needs. */
export function toExtraction(parsed: ParsedEmail): Extraction {
  return {
    kind: parsed.kind,
    company: parsed.company,
    role: parsed.role,
    start: parsed.start,
    end: parsed.end,
    timezone: parsed.timezone,
    interviewers: parsed.interviewers.map((i) => ({ name: i.name, email: i.email })),
    meetingUrl: parsed.meetingUrl,
  };
}
