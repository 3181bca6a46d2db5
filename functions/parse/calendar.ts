// Calendar parts (.ics, text/calendar) through ical.js. A TZID that the file does not define
// with a VTIMEZONE is resolved as an IANA (or Windows) zone name, because ical.js
// would treat it as floating time.
import ICAL from 'ical.js';
import { fixedOffsetZone, ZonedTime } from '../core/zoned-time.js';
import { isValidZone, zoneAt } from './zones.js';

export interface CalendarPerson {
  name: string | null;
  address: string;
  role: string | null;
  cutype: string | null;
  organizer: boolean;
}

export interface CalendarEvent {
  uid: string | null;
  sequence: number;
  method: string | null;
  cancelled: boolean;
  /** A reply (METHOD:REPLY) in which the attendee declines the invitation. */
  declined: boolean;
  /** STATUS:TENTATIVE: the event is held, not yet confirmed. */
  tentative: boolean;
  start: ZonedTime;
  end: ZonedTime | null;
  /** IANA zone of DTSTART, null for UTC or floating times. */
  timezone: string | null;
  /** DTSTART has neither TZID nor Z: a wall time read in the default zone until the text says. */
  floating: boolean;
  summary: string | null;
  description: string | null;
  location: string | null;
  /** Conference/URL properties (X-GOOGLE-CONFERENCE, X-MICROSOFT-ONLINEMEETINGURL, URL, ...). */
  conference: string[];
  people: CalendarPerson[];
}

/** The event of a calendar text (the latest SEQUENCE if several), or null if unreadable. */
export function readCalendar(text: string, defaultZone: string): CalendarEvent | null {
  try {
    return readCalendarOrThrow(text, defaultZone);
  } catch {
    // ical.js can throw deep inside a malformed tree; the prose around it still counts.
    return null;
  }
}

function readCalendarOrThrow(text: string, defaultZone: string): CalendarEvent | null {
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text.replace(/\r?\n/g, '\r\n')));
  } catch {
    return null;
  }
  const calendars = root.name === 'vcalendar' ? [root] : root.getAllSubcomponents('vcalendar');
  for (const calendar of calendars) {
    const method = stringValue(calendar.getFirstPropertyValue('method'))?.toUpperCase() ?? null;
    const zones = new Map<string, ICAL.Timezone>();
    for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
      try {
        recentRules(vtimezone);
        const zone = new ICAL.Timezone(vtimezone);
        if (zone.tzid) zones.set(zone.tzid, zone);
      } catch {
        // A broken VTIMEZONE falls back to the TZID name.
      }
    }
    const events = calendar
      .getAllSubcomponents('vevent')
      .filter((e) => e.getFirstProperty('dtstart'))
      .sort((a, b) => sequenceOf(b) - sequenceOf(a));
    const event = events[0];
    if (!event) continue;
    try {
      const read = readEvent(event, method, zones, defaultZone);
      if (!read) continue;
      // Several events with their own UIDs (one a session) make one panel day.
      const uids = new Set([read.uid]);
      const sessions = [read];
      for (const other of events.slice(1)) {
        const uid = stringValue(other.getFirstPropertyValue('uid'));
        if (uids.has(uid)) continue;
        uids.add(uid);
        const session = readEvent(other, method, zones, defaultZone);
        if (session && !session.cancelled && !read.cancelled) sessions.push(session);
      }
      return sessions.length > 1 ? panelDay(sessions) : read;
    } catch {
      // Try the next calendar in the file, if any.
    }
  }
  return null;
}

/** Sessions of one day as one event: first start to last end, everyone in any of them. */
function panelDay(sessions: CalendarEvent[]): CalendarEvent {
  const sorted = [...sessions].sort((a, b) => a.start.ts - b.start.ts);
  const first = sorted[0] as CalendarEvent;
  const sameDay = sorted.filter((s) => s.start.ts - first.start.ts < 16 * 3600_000);
  const ends = sameDay.map((s) => s.end ?? s.start);
  const end = ends.reduce((a, b) => (b.ts > a.ts ? b : a));
  const people: CalendarPerson[] = [];
  for (const session of sameDay)
    for (const person of session.people)
      if (!people.some((p) => p.address === person.address && p.organizer === person.organizer))
        people.push(person);
  return {
    ...first,
    end,
    description: sameDay
      .map((s) => s.description ?? '')
      .filter(Boolean)
      .join('\n\n'),
    conference: [...new Set(sameDay.flatMap((s) => s.conference))],
    people,
  };
}

function readEvent(
  event: ICAL.Component,
  method: string | null,
  zones: Map<string, ICAL.Timezone>,
  defaultZone: string,
): CalendarEvent | null {
  const start = instant(event.getFirstProperty('dtstart') as ICAL.Property, zones, defaultZone);
  if (!start) return null;
  let end: ZonedTime | null = null;
  const dtend = event.getFirstProperty('dtend');
  if (dtend) end = instant(dtend, zones, defaultZone)?.date ?? null;
  else {
    const duration = event.getFirstPropertyValue('duration');
    if (duration instanceof ICAL.Duration) end = start.date.plusMillis(duration.toSeconds() * 1000);
  }
  const status = stringValue(event.getFirstPropertyValue('status'))?.toUpperCase() ?? null;
  const conference: string[] = [];
  for (const property of event.getAllProperties()) {
    if (/conference|onlinemeeting|teamsmeeting|meetingurl|^url$/i.test(property.name)) {
      const value = stringValue(property.getFirstValue());
      if (value) conference.push(value);
    }
  }
  const people: CalendarPerson[] = [];
  const declined =
    method === 'REPLY' &&
    event
      .getAllProperties('attendee')
      .some((a) => stringValue(a.getParameter('partstat'))?.toUpperCase() === 'DECLINED');
  for (const property of [
    ...event.getAllProperties('organizer'),
    ...event.getAllProperties('attendee'),
  ]) {
    const address = (stringValue(property.getFirstValue()) ?? '')
      .replace(/^mailto:/i, '')
      .trim()
      .toLowerCase();
    if (!address.includes('@')) continue;
    const cn = stringValue(property.getParameter('cn'));
    people.push({
      name: cn && !cn.includes('@') ? cn.trim() : null,
      address,
      role: stringValue(property.getParameter('role'))?.toUpperCase() ?? null,
      cutype: stringValue(property.getParameter('cutype'))?.toUpperCase() ?? null,
      organizer: property.name === 'organizer',
    });
  }
  return {
    uid: stringValue(event.getFirstPropertyValue('uid')),
    sequence: sequenceOf(event),
    method,
    cancelled: method === 'CANCEL' || status === 'CANCELLED',
    declined,
    tentative: status === 'TENTATIVE',
    start: start.date,
    end,
    timezone: start.zone,
    floating: start.floating,
    summary: stringValue(event.getFirstPropertyValue('summary')),
    description: stringValue(event.getFirstPropertyValue('description')),
    location: stringValue(event.getFirstPropertyValue('location')),
    conference,
    people,
  };
}

/** Where repeating zone rules start at the latest: what came before does not matter here. */
const RULES_FROM_YEAR = 2000;

/**
 * Outlook writes zone rules that repeat from 1601: ical.js would walk every year since then to
 * find one offset. Repeating rules are moved to start in 2000 (same month, day and time), which
 * gives the same offsets for any later date.
 */
function recentRules(vtimezone: ICAL.Component): void {
  for (const observance of [
    ...vtimezone.getAllSubcomponents('standard'),
    ...vtimezone.getAllSubcomponents('daylight'),
  ]) {
    const start = observance.getFirstPropertyValue('dtstart');
    const rule = observance.getFirstPropertyValue('rrule');
    if (!(start instanceof ICAL.Time) || !(rule instanceof ICAL.Recur) || rule.count) continue;
    if (start.year >= RULES_FROM_YEAR) continue;
    const moved = start.clone();
    moved.year = RULES_FROM_YEAR;
    observance.updatePropertyWithValue('dtstart', moved);
  }
}

function sequenceOf(event: ICAL.Component): number {
  const value = Number(event.getFirstPropertyValue('sequence'));
  return Number.isFinite(value) ? value : 0;
}

function stringValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return stringValue(value[0]);
  const text = String(value).trim();
  return text.length > 0 ? text : null;
}

/**
 * Windows zone names (Exchange and Outlook write them as TZIDs) whose words read as another zone
 * or as none: "US Mountain Standard Time" is Arizona, without summer time, not Denver; Mexico's
 * zones keep no summer time since 2022. The rest ("Pacific Standard Time") read as they say.
 */
const WINDOWS_ZONES: Record<string, string> = {
  'us mountain standard time': 'America/Phoenix',
  'canada central standard time': 'America/Regina',
  'pacific standard time (mexico)': 'America/Tijuana',
  'mountain standard time (mexico)': 'America/Mazatlan',
  'central standard time (mexico)': 'America/Mexico_City',
  'eastern standard time (mexico)': 'America/Cancun',
  'us eastern standard time': 'America/Indiana/Indianapolis',
  'aleutian standard time': 'America/Adak',
  'yukon standard time': 'America/Whitehorse',
  'central america standard time': 'America/Guatemala',
  'sa pacific standard time': 'America/Bogota',
  'sa western standard time': 'America/La_Paz',
  'sa eastern standard time': 'America/Cayenne',
  'venezuela standard time': 'America/Caracas',
  'pacific sa standard time': 'America/Santiago',
  'e. south america standard time': 'America/Sao_Paulo',
  'argentina standard time': 'America/Argentina/Buenos_Aires',
  'greenland standard time': 'America/Nuuk',
  'azores standard time': 'Atlantic/Azores',
  'central europe standard time': 'Europe/Budapest',
  'central european standard time': 'Europe/Warsaw',
  'e. europe standard time': 'Europe/Chisinau',
  'fle standard time': 'Europe/Kiev',
  'gtb standard time': 'Europe/Bucharest',
  'turkey standard time': 'Europe/Istanbul',
  'russian standard time': 'Europe/Moscow',
  'morocco standard time': 'Africa/Casablanca',
  'egypt standard time': 'Africa/Cairo',
  'w. central africa standard time': 'Africa/Lagos',
  'e. africa standard time': 'Africa/Nairobi',
  'arab standard time': 'Asia/Riyadh',
  'pakistan standard time': 'Asia/Karachi',
  'sri lanka standard time': 'Asia/Colombo',
  'nepal standard time': 'Asia/Kathmandu',
  'se asia standard time': 'Asia/Bangkok',
  'taipei standard time': 'Asia/Taipei',
  'w. australia standard time': 'Australia/Perth',
  'cen. australia standard time': 'Australia/Adelaide',
  'e. australia standard time': 'Australia/Brisbane',
  'tasmania standard time': 'Australia/Hobart',
  'west pacific standard time': 'Pacific/Port_Moresby',
};

/** Resolves a TZID to an IANA name: itself, an IANA name inside it, or a Windows name. */
export function ianaForTzid(tzid: string): string | null {
  const windows = WINDOWS_ZONES[tzid.trim().toLowerCase()];
  if (isValidZone(tzid)) return tzid;
  const inner = /[A-Za-z_]+\/[A-Za-z_]+(?:\/[A-Za-z_]+)?/.exec(tzid);
  if (inner && isValidZone(inner[0])) return inner[0];
  if (windows && isValidZone(windows)) return windows;
  const named = zoneAt(tzid, 0, 3, false);
  if (named?.iana) return named.iana;
  return null;
}

function instant(
  property: ICAL.Property,
  zones: Map<string, ICAL.Timezone>,
  defaultZone: string,
): { date: ZonedTime; zone: string | null; floating: boolean } | null {
  const value = property.getFirstValue();
  if (!(value instanceof ICAL.Time)) return null;
  const local = {
    year: value.year,
    month: value.month,
    day: value.day,
    hour: value.isDate ? 9 : value.hour,
    minute: value.isDate ? 0 : value.minute,
    second: value.isDate ? 0 : value.second,
  };
  const tzidParameter = property.getParameter('tzid');
  const tzid = typeof tzidParameter === 'string' ? tzidParameter : null;
  if (
    value.zone === ICAL.Timezone.utcTimezone ||
    (!tzid && /Z$/i.test(String(property.toICALString())))
  ) {
    const date = ZonedTime.fromWall(local, 'UTC');
    return date ? { date, zone: null, floating: false } : null;
  }
  if (tzid) {
    const iana = ianaForTzid(tzid);
    if (iana) {
      const date = ZonedTime.fromWall(local, iana);
      return date ? { date, zone: iana, floating: false } : null;
    }
    const vtimezone = zones.get(tzid);
    if (vtimezone) {
      // A custom zone defined only by its VTIMEZONE: use its offset at that local time.
      const offsetSeconds = vtimezone.utcOffset(value);
      const utc = ZonedTime.fromWall(local, 'UTC')?.plusMillis(-offsetSeconds * 1000);
      const date = utc?.setZone(fixedOffsetZone(Math.trunc(offsetSeconds / 60)));
      return date ? { date, zone: null, floating: false } : null;
    }
  }
  // Floating time: the seeker's zone.
  const date = ZonedTime.fromWall(local, defaultZone);
  return date ? { date, zone: null, floating: true } : null;
}
