// parseEmail: raw message → what followup understands from it (the extraction plus what the inbound
// pipeline needs). MIME → forward unwrapping → calendar part → text extraction. Never throws.
import { DateTime } from 'luxon';
import { DEFAULT_ZONE } from '../core/domain.js';
import { emailsIn, fold, parseAddressList } from './addresses.js';
import { type CalendarEvent, readCalendar } from './calendar.js';
import { domainLabels, findCompany } from './company.js';
import { numericOrderEvidence } from './dates.js';
import {
  type ForwardedHeaders,
  splitForward,
  splitReplyHistory,
  subjectSaysForward,
  unquote,
} from './forward.js';
import { forwardedDate } from './header-dates.js';
import { chooseWhen, findWhenCandidates, type TimeContext, type When } from './interview-time.js';
import { decideKind } from './kind.js';
import { findMeetingUrl } from './meeting-url.js';
import { type DecodedMessage, decodeMime } from './mime.js';
import { findPeople } from './people/roles.js';
import { findRole } from './role.js';
import { identifySeeker } from './seeker.js';
import { findDecisionBy, findNotes } from './seeker-note.js';
import type {
  Extraction,
  MessageHeaders,
  ParsedAddress,
  ParsedEmail,
  ParseError,
  ParseOptions,
} from './types.js';
import { isValidZone, type ZoneMention, zoneStatements } from './zones.js';

export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;
/** Characters of each text that the extractors read. */
const MAX_TEXT = 64 * 1024;

/** One forwarded message inside the one the seeker sent. */
interface Layer {
  headers: MessageHeaders;
  /** Its own text, without the messages forwarded inside it. */
  body: string;
  htmlText: string | null;
  calendars: string[];
  /** The Date as parsed (in the sender's offset, or the seeker's zone for forwarded blocks). */
  date: DateTime | null;
}

const EMPTY_HEADERS: MessageHeaders = {
  from: null,
  to: [],
  cc: [],
  replyTo: [],
  subject: null,
  date: null,
  messageId: null,
  inReplyTo: null,
  references: [],
};

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
        message: `the MIME structure could not be read (${(error as Error).message})`,
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
      message: `the message could not be read (${(error as Error).message})`,
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

function inlineHeaders(
  block: ForwardedHeaders,
  zone: string,
): { headers: MessageHeaders; date: DateTime | null } {
  const date = block.date ? forwardedDate(block.date, zone) : null;
  return {
    headers: {
      ...EMPTY_HEADERS,
      from: block.from,
      to: block.to,
      cc: block.cc,
      replyTo: block.replyTo,
      subject: block.subject,
      date: date ? date.toISO({ suppressMilliseconds: true }) : null,
    },
    date,
  };
}

function headerDate(headers: MessageHeaders): DateTime | null {
  if (!headers.date) return null;
  const date = DateTime.fromISO(headers.date, { setZone: true });
  return date.isValid ? date : null;
}

/** Peels forwards off the outer message: inline blocks, nested ones, attached messages. */
function unwrap(
  decoded: DecodedMessage,
  zone: string,
): { note: string | null; layers: Layer[]; notes: string[] } {
  const layers: Layer[] = [];
  const notes: string[] = [];
  let note: string | null = null;
  const peel = (
    text: string,
    subject: string | null,
    fallbackHtml: string | null,
  ): { own: string; split: ReturnType<typeof splitForward> } => {
    const forwardSubject = subjectSaysForward(subject);
    let split = splitForward(text, forwardSubject);
    if (!split && fallbackHtml) split = splitForward(fallbackHtml, forwardSubject);
    return { own: split ? split.note : text, split };
  };
  const descend = (
    body: string,
    subject: string | null,
    html: string | null,
    calendars: string[],
  ) => {
    let current = body;
    let currentSubject = subject;
    let currentHtml = html;
    for (let depth = 0; depth < 8; depth++) {
      const { own, split } = peel(current, currentSubject, currentHtml);
      if (!split) break;
      const last = layers[layers.length - 1];
      if (last) {
        last.body = own;
        if (own.trim()) notes.push(own);
      }
      const { headers, date } = inlineHeaders(split.headers, zone);
      layers.push({ headers, body: split.body, htmlText: null, calendars: [], date });
      current = split.body;
      currentSubject = split.headers.subject;
      currentHtml = null;
    }
    const last = layers[layers.length - 1];
    if (last && last.calendars.length === 0) last.calendars = calendars;
  };

  const outer = peel(decoded.text, decoded.headers.subject, decoded.htmlText);
  if (outer.split) {
    note = outer.own;
    const { headers, date } = inlineHeaders(outer.split.headers, zone);
    layers.push({ headers, body: outer.split.body, htmlText: null, calendars: [], date });
    descend(outer.split.body, outer.split.headers.subject, null, []);
  } else if (decoded.attached.length > 0) {
    note = decoded.text;
    const attached = decoded.attached[0] as DecodedMessage;
    layers.push({
      headers: attached.headers,
      body: attached.text,
      htmlText: attached.htmlText,
      calendars: attached.calendars,
      date: headerDate(attached.headers),
    });
    descend(attached.text, attached.headers.subject, attached.htmlText, attached.calendars);
    // A forward-as-attachment of a forward-as-attachment: the innermost is the original.
    let inner = attached.attached[0];
    for (let depth = 0; inner && depth < 4; depth++) {
      const parent = layers[layers.length - 1];
      if (parent && parent.body.trim() === '') parent.body = '';
      layers.push({
        headers: inner.headers,
        body: inner.text,
        htmlText: inner.htmlText,
        calendars: inner.calendars,
        date: headerDate(inner.headers),
      });
      if (parent?.body.trim()) notes.push(parent.body);
      descend(inner.text, inner.headers.subject, inner.htmlText, inner.calendars);
      inner = inner.attached[0];
    }
  }
  return { note: note?.trim() || null, layers, notes };
}

/** Zones of the countries that write the month first (the US, Canada's English provinces). */
const MONTH_FIRST_ZONES =
  /^(?:America\/(?:New_York|Chicago|Denver|Phoenix|Los_Angeles|Anchorage|Juneau|Adak|Boise|Detroit|Indiana\/.*|Kentucky\/.*|Toronto|Vancouver|Edmonton|Winnipeg|Regina|Halifax|St_Johns)|Pacific\/Honolulu|US\/.*)$/;

function dayFirstHint(
  text: string,
  statement: ZoneMention | null,
  addresses: ParsedAddress[],
): boolean {
  const evidence = numericOrderEvidence(text);
  if (evidence !== null) return evidence;
  if (statement?.iana) return !MONTH_FIRST_ZONES.test(statement.iana);
  const tlds = addresses.map((a) => a.address.split('.').pop() ?? '');
  if (
    tlds.some((t) =>
      /^(?:uk|ie|au|nz|in|de|fr|es|it|nl|be|pt|se|no|dk|fi|pl|at|ch|za|sg|br|ar|mx)$/.test(t),
    )
  )
    return true;
  return false;
}

function strongestStatement(text: string): ZoneMention | null {
  const statements = zoneStatements(text);
  return statements.find((s) => s.strength >= 3) ?? statements[0] ?? null;
}

async function understand(decoded: DecodedMessage, options: ParseOptions): Promise<ParsedEmail> {
  const zone = options.timezone;
  const warnings: string[] = [];
  const sources: Record<string, string> = {};
  const outer = decoded.headers;
  // Confirmations are short: only the start of a long text is read, which bounds the work.
  if (decoded.text.length > MAX_TEXT || decoded.attached.some((a) => a.text.length > MAX_TEXT)) {
    warnings.push(`only the first ${MAX_TEXT / 1024} KB of the text were read`);
    decoded.text = decoded.text.slice(0, MAX_TEXT);
    for (const attached of decoded.attached) attached.text = attached.text.slice(0, MAX_TEXT);
  }
  const { note, layers, notes: intermediateNotes } = unwrap(decoded, zone);
  const original = layers[layers.length - 1] ?? null;
  const forwarded = original !== null;

  const seeker = identifySeeker({
    outer,
    layers: layers.map((l) => l.headers),
    selfAddresses: options.selfAddresses ?? [],
  });
  const seekerAddresses = seeker.addresses;
  const seekerNames = seeker.names;

  const message: Layer = original ?? {
    headers: outer,
    body: decoded.text,
    htmlText: decoded.htmlText,
    calendars: decoded.calendars,
    date: headerDate(outer),
  };
  const sender = message.headers.from;
  const { latest, history } = splitReplyHistory(message.body);
  const historyText = unquote(history);

  // Calendar parts: the original's, or ones attached to the outer message (Gmail inline
  // forwards). A cancellation next to a new invitation is a move to the new one.
  const events: CalendarEvent[] = [];
  for (const text of [
    ...message.calendars,
    ...decoded.calendars,
    ...layers.flatMap((l) => l.calendars),
  ]) {
    const event = readCalendar(text, zone);
    if (
      event &&
      !events.some(
        (e) =>
          e.uid === event.uid && e.start.equals(event.start) && e.cancelled === event.cancelled,
      )
    )
      events.push(event);
  }
  const active = events.filter((e) => !e.cancelled);
  const calendar: CalendarEvent | null = active[active.length - 1] ?? events[0] ?? null;
  const replacesCancelledEvent =
    calendar !== null &&
    !calendar.cancelled &&
    events.some((e) => e.cancelled && !e.start.equals(calendar.start));

  const base = message.date ?? headerDate(outer) ?? DateTime.now().setZone(zone);
  if (!message.date)
    warnings.push(
      'the original message has no readable Date; relative dates count from the forward',
    );
  const statement = strongestStatement(latest) ?? strongestStatement(message.body);
  const companySide: ParsedAddress[] = [
    ...(sender ? [sender] : []),
    ...message.headers.replyTo,
    ...message.headers.cc,
    ...(calendar?.people ?? []).map((p) => ({ name: p.name, address: p.address })),
    ...emailsIn(message.body).map((address) => ({ name: null, address })),
  ].filter((a) => !seekerAddresses.has(a.address));
  const context: TimeContext = {
    base,
    defaultZone: zone,
    dayFirst: dayFirstHint(message.body, statement, companySide),
  };

  let when: When | null = null;
  const attempts: [string, string, DateTime][] = [
    ['text', latest, base],
    // Quoted history only for forwarded threads; a direct reply quotes our own words.
    ...(forwarded ? [['thread', historyText, base] as [string, string, DateTime]] : []),
    ...intermediateNotes.map((n): [string, string, DateTime] => ['forward-note', n, base]),
    ...(note
      ? [['seeker-note', note, headerDate(outer) ?? base] as [string, string, DateTime]]
      : []),
  ];
  if (!calendar) {
    for (const [source, text, from] of attempts) {
      if (!text.trim()) continue;
      const candidates = findWhenCandidates(
        text,
        { ...context, base: from },
        strongestStatement(text) ?? statement,
      );
      when = chooseWhen(text, candidates);
      if (when) {
        sources.start = source;
        if (source !== 'text')
          warnings.push(`the time was taken from the ${source.replace('-', ' ')}`);
        break;
      }
    }
  }

  let start: DateTime | null = null;
  let end: DateTime | null = null;
  let timezone: string | null = null;
  if (calendar?.floating && statement?.iana) {
    // A floating calendar time is a wall time in the zone the text states ("All times are
    // Pacific Time"), not in the seeker's.
    const zoneOf = (d: DateTime) => d.setZone(statement.iana as string, { keepLocalTime: true });
    start = zoneOf(calendar.start);
    end = calendar.end ? zoneOf(calendar.end) : null;
    timezone = statement.iana;
    sources.start = 'calendar';
    sources.timezone = 'text';
  } else if (calendar) {
    start = calendar.start;
    end = calendar.end;
    timezone = calendar.timezone;
    sources.start = 'calendar';
  } else if (when) {
    start = when.start;
    end = when.end;
    timezone = when.timezone;
    if (!when.zoneStated) warnings.push(`no time zone was written; read in ${zone}`);
    if (when.durationUsed) sources.end = 'duration';
    if (when.relative) sources.date = 'relative';
  }

  const subject = message.headers.subject ?? outer.subject ?? '';
  const texts = [
    latest,
    historyText,
    ...intermediateNotes,
    calendar?.description ?? '',
    calendar?.location ?? '',
  ].filter((t) => t.trim());
  // Event-title lines in the body ("System design interview - Data Platform Engineer").
  const titleLines = latest
    .split('\n')
    .filter(
      (line) =>
        line.length < 120 &&
        /\s[-–—|]\s/.test(line) &&
        /\b(?:interview|screen|call|chat|round|onsite|review)\b/i.test(line),
    );
  const titles = [
    calendar?.summary ?? '',
    message.headers.subject ?? '',
    outer.subject ?? '',
    ...titleLines.slice(0, 5),
  ].filter((t) => t.trim());
  let companyResult = findCompany({
    texts,
    subjects: titles,
    companyAddresses: companySide,
    sender,
  });
  // The HTML part (converted only now) may show a name the plain part lacks.
  if (companyResult.source !== 'domain' && message.htmlText) {
    const html = [...texts, message.htmlText];
    const withHtml = findCompany({
      texts: html,
      subjects: titles,
      companyAddresses: companySide,
      sender,
    });
    if (withHtml.source === 'domain' || !companyResult.company) companyResult = withHtml;
  }
  const role = findRole({
    texts: [latest, calendar?.description ?? '', historyText],
    titles,
    company: companyResult.company,
    people: [
      ...[outer.from, ...layers.flatMap((l) => [l.headers.from, ...l.headers.to, ...l.headers.cc])]
        .map((a) => a?.name ?? '')
        .filter((n) => n.includes(' ')),
      ...(calendar?.people ?? []).map((p) => p.name ?? '').filter((n) => n.includes(' ')),
    ],
  });
  const organisations = new Set<string>(companySide.flatMap((a) => domainLabels(a.address)));
  if (companyResult.company) organisations.add(fold(companyResult.company));
  const people = findPeople({
    latest,
    history: historyText,
    historyAuthor: historyAuthorOf(history),
    notes: intermediateNotes,
    calendarText: calendar?.description ?? '',
    layers: [outer, ...layers.map((l) => l.headers)],
    sender,
    seekerAddresses,
    seekerNames,
    organisations,
    calendar,
  });
  const interviewers = people.interviewers;
  const decision = decideKind({
    subject: `${subject}\n${outer.subject ?? ''}`,
    text: [latest, calendar?.description ?? ''].join('\n'),
    note: note ?? '',
    calendar,
    replacesCancelledEvent,
    hasTime: start !== null,
    timeIsOffer: !calendar && (when?.offered ?? false),
    jobSigns: interviewers.length > 0 || role.role !== null,
  });
  const kind = decision.kind;
  if (decision.guess) warnings.push(`this may not be an interview (${decision.reason})`);
  const calendarLinks = [
    ...(calendar?.conference ?? []),
    calendar?.location ?? '',
    calendar?.description ?? '',
  ];
  const meetingUrl =
    findMeetingUrl([...calendarLinks, latest]) ??
    findMeetingUrl([message.htmlText ?? '', historyText, note ?? '']);

  const noteDate = headerDate(outer) ?? base;
  const decisionBy = note ? findDecisionBy(note, noteDate.setZone(zone), start) : null;
  const topics = note ? findNotes(note) : [];
  const iso = (d: DateTime | null) => (d?.isValid ? d.toISO({ suppressMilliseconds: true }) : null);

  sources.company = companyResult.source ?? 'none';
  sources.role = role.source ?? 'none';
  sources.interviewers = calendar ? 'calendar+text' : 'text';
  if (meetingUrl)
    sources.meetingUrl = calendar?.conference.includes(meetingUrl) ? 'calendar' : 'text';
  if (kind !== 'not_interview' && interviewers.length === 0)
    warnings.push('no interviewer was named');
  if (kind !== 'not_interview' && people.guessed)
    warnings.push('nobody was named as the interviewer; the sender is assumed to be');
  if (start && start.toMillis() < base.toMillis() - 86_400_000)
    warnings.push('the interview time is before the original message was sent');

  const interview = kind !== 'not_interview';
  let confidence = 0.2;
  if (interview) {
    confidence = calendar ? 0.95 : when?.zoneStated ? 0.85 : 0.7;
    if (when?.relative) confidence -= 0.05;
    if (!companyResult.company) confidence -= 0.1;
    if (interviewers.length === 0) confidence -= 0.05;
  } else if (!start) {
    confidence = 0.8;
  }

  return {
    kind,
    company: interview ? companyResult.company : null,
    role: interview ? role.role : null,
    start: interview ? iso(start) : null,
    end: interview ? iso(end) : null,
    timezone: interview ? timezone : null,
    interviewers: interview ? interviewers : [],
    meetingUrl: interview ? meetingUrl : null,
    coordinator: interview ? people.coordinator : null,
    decisionBy: interview ? decisionBy : null,
    notes: topics,
    calendar:
      calendar && calendar.uid !== null
        ? { uid: calendar.uid, sequence: calendar.sequence, method: calendar.method }
        : null,
    outer,
    original: original?.headers ?? null,
    seekerNote: note,
    text: forwarded ? (note ?? '') : decoded.text.trim(),
    confidence: Math.max(0, Math.min(1, Number(confidence.toFixed(2)))),
    warnings,
    sources,
    error: null,
  };
}

/** Who wrote the quoted message below a reply: "On …, Name <address> wrote:". */
function historyAuthorOf(history: string): ParsedAddress | null {
  const first = history.split('\n').find((line) => line.trim() !== '') ?? '';
  if (!/wrote|écrit|schrieb|escribió|escreveu|scritto|schreef/i.test(first)) return null;
  return (
    parseAddressList(
      first.replace(/^[>\s]+/, '').replace(/^.*?\d{1,2}:\d{2}(?:\s*[AP]M)?,?\s*/i, ''),
    )[0] ?? null
  );
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
