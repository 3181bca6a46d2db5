// Phase four: which company and which role. The company comes from the original's texts, its
// event titles and the addresses on the company's side; the HTML part is read only when the
// plain texts leave the company unsure. The role comes from the texts and titles, never from a
// person's name.
import { emailsIn, fold } from './addresses.js';
import type { CalendarEvent } from './calendar.js';
import { domainLabels, findCompany } from './company.js';
import { opensWithClock } from './itinerary.js';
import type { Reading } from './layers.js';
import { findRole } from './role.js';
import type { MessageHeaders, ParsedAddress } from './types.js';

/** Everyone on the company's side: sender, reply-to, cc, the calendar, addresses in the text. */
export function companySideAddresses(
  reading: Reading,
  calendar: CalendarEvent | null,
  seekerAddresses: Set<string>,
): ParsedAddress[] {
  const { headers, body } = reading.message;
  return [
    ...(headers.from ? [headers.from] : []),
    ...headers.replyTo,
    ...headers.cc,
    ...(calendar?.people ?? []).map((p) => ({ name: p.name, address: p.address })),
    ...emailsIn(body).map((address) => ({ name: null, address })),
  ].filter((a) => !seekerAddresses.has(a.address));
}

export interface CompanyAndRoleInput {
  reading: Reading;
  outer: MessageHeaders;
  calendar: CalendarEvent | null;
  companyAddresses: ParsedAddress[];
}

export interface CompanyAndRole {
  company: string | null;
  role: string | null;
  sources: { company: string; role: string };
  /** Folded names of the organisations in the message (the company, its domains): never people. */
  organisations: Set<string>;
}

/**
 * Lines shaped like an event title: "System design interview - Data Platform Engineer", or a
 * booking card's "Senior Data Engineer · Phone screen".
 */
const TITLE_LINE = /\s[-–—|·]\s/;
const MEETING_WORD = /\b(?:interview|screen|call|chat|round|onsite|review)\b/i;

export function findCompanyAndRole(input: CompanyAndRoleInput): CompanyAndRole {
  const { reading, outer, calendar, companyAddresses } = input;
  const { message, latest, history } = reading;
  const sender = message.headers.from;
  const texts = [
    latest,
    history,
    ...reading.forwarderNotes,
    calendar?.description ?? '',
    calendar?.location ?? '',
  ].filter((t) => t.trim());
  const titleLines = latest.split('\n').filter(
    (line) =>
      line.length < 120 &&
      TITLE_LINE.test(line) &&
      MEETING_WORD.test(line) &&
      // "9:00 - 9:45  Hiring manager chat - Lucía": a schedule's row, not the event's title.
      !opensWithClock(line),
  );
  const titles = [
    calendar?.summary ?? '',
    message.headers.subject ?? '',
    outer.subject ?? '',
    ...titleLines.slice(0, 5),
  ].filter((t) => t.trim());
  let company = findCompany({ texts, subjects: titles, companyAddresses, sender });
  // The HTML part may show a name the plain part lacks.
  if (company.source !== 'domain' && message.htmlText) {
    const withHtml = findCompany({
      texts: [...texts, message.htmlText],
      subjects: titles,
      companyAddresses,
      sender,
    });
    if (withHtml.source === 'domain' || !company.company) company = withHtml;
  }
  const role = findRole({
    // Last, an agency's note on the way ("for the Senior Data Scientist interview").
    texts: [latest, calendar?.description ?? '', history, ...reading.forwarderNotes],
    titles,
    company: company.company,
    people: fullNames(outer, reading, calendar),
  });
  const organisations = new Set<string>(companyAddresses.flatMap((a) => domainLabels(a.address)));
  if (company.company) organisations.add(fold(company.company));
  return {
    company: company.company,
    role: role.role,
    sources: { company: company.source ?? 'none', role: role.source ?? 'none' },
    organisations,
  };
}

/** Full names in the headers and the calendar: a title that is one of them is not the role. */
function fullNames(
  outer: MessageHeaders,
  reading: Reading,
  calendar: CalendarEvent | null,
): string[] {
  return [
    ...[
      outer.from,
      ...reading.layers.flatMap((l) => [l.headers.from, ...l.headers.to, ...l.headers.cc]),
    ].map((a) => a?.name ?? ''),
    ...(calendar?.people ?? []).map((p) => p.name ?? ''),
  ].filter((n) => n.includes(' '));
}
