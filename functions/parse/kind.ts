// What kind of message this is, decided over signals: what the subject and text say (in every
// language of ./languages), the calendar's METHOD/STATUS/SEQUENCE, whether a concrete time was
// found, and whether that time is only offered or asked about. Outcomes (a rejection, an offer,
// a background check, a survey) and requests to choose a time are never interviews to plan.
import type { CalendarEvent } from './calendar.js';
import { withoutFalseStops } from './false-stops.js';
import {
  alternation,
  CANCELLED,
  CONFIRMED,
  LANGUAGES,
  NEW_TIME,
  phrasePattern,
  plainRegExp,
  REJECTION,
  REPLY_OR_FORWARD_MARK,
} from './languages/index.js';
import { allMatches } from './matches.js';
import type { InterviewKind } from './types.js';

const RESCHEDULED = phrasePattern((t) => t.rescheduled);
const TIME_KEPT = phrasePattern((t) => t.timeKept ?? []);
const INTERVIEW = phrasePattern((t) => t.interview);
/**
 * Outcomes and processes that a time inside them never turns into an interview, and interviews
 * that are not the seeker's (as an interviewer, on a podcast).
 */
const OUTCOME = phrasePattern((t) => [
  ...(t.notInterview.notTheSeekers ?? []),
  ...t.notInterview.offer,
  ...t.notInterview.backgroundCheck,
  ...t.notInterview.survey,
]);
/**
 * Events, requests, social meetings, thanks after an interview and status notices: not
 * interviews unless the message also books one. (A take-home assessment is recognised by its time being a deadline,
 * which is never a candidate.)
 */
const NOT_BOOKED = phrasePattern((t) => [
  ...(t.notInterview.social ?? []),
  ...t.notInterview.event,
  ...(t.notInterview.afterInterview ?? []),
  ...(t.notInterview.notYetBooked ?? []),
]);
/** Asking the seeker to pick a time: answered once a reply accepts one. */
const SLOT_REQUEST = phrasePattern((t) => [
  ...t.notInterview.chooseSlot,
  ...t.notInterview.outreach,
]);
/** A take-home or online assessment to complete: its times are deadlines and help sessions. */
const ASSESSMENT = phrasePattern((t) => t.notInterview.assessment);
/** A link for the seeker to book a time themselves. */
const SELF_SCHEDULE = phrasePattern((t) => t.notInterview.selfSchedule ?? []);
/** Mass mail and receipts: weak, since confirmations carry footers too. */
const BULK = phrasePattern((t) => [...t.notInterview.newsletter, ...t.notInterview.receipt]);
const RECEIPT = phrasePattern((t) => t.notInterview.receipt);
/** Appointments that are not interviews: a practice interview, a medical test, the first day. */
const APPOINTMENT = phrasePattern((t) => t.notInterview.appointment ?? []);
/** "Declined: …": the reply that turns an invitation down. */
const DECLINED = phrasePattern((t) => t.notInterview.declined ?? []);
const AUTO_REPLY = phrasePattern((t) => t.notInterview.autoReply ?? []);
/**
 * "If you need to reschedule/cancel/change the time, …", "Should you need to …", a sentence that asks "Need to
 * change the slot?": an offer, not news.
 */
const IF_NEEDED =
  /\b(?:(?:if|should|in case|whenever) you (?:ever )?(?:need|have|want|would like|'d like) to|option to|link to|you can|please) (?:cancel|reschedule|move|change)[^.\n]{0,200}|(?<=^|[.!?\n][ \t]*)(?:do you )?(?:need|want) to (?:change|move|cancel|reschedule|swap|switch)\b[^.\n?]{0,100}\?|\b(?:cancel|reschedule)(?:\s*\/\s*| or )(?:cancel|reschedule)[^.\n]*|\bcancel+ation polic[^.\n]{0,200}/gi;
const CANCEL_WORD = /\b(?:cancel|reschedul\w{0,10})\b/gi;
/** "I'll reach out to find a new time": a new time still to be found is no move. */
const NEW_TIME_TO_FIND = phrasePattern((t) => t.newTimeToFind, 'giu');
/** "We'd like to propose a new time: Thursday at 10": the new time follows, so it is found. */
const GIVEN_AFTER = /^[ \t]*[:：]/;

/** CANCELLED, read for every match (the same phrases, not a second alternation of them). */
const CANCELLING = new RegExp(CANCELLED.source, `${CANCELLED.flags}g`);
/** An interview, a meeting or a plain word for one: what a cancellation of the message's meeting names. */
const THE_MEETING = phrasePattern((t) => [
  ...t.interview,
  ...(t.meetingWords ?? []),
  ...(t.meetingNouns ?? []),
]);
/** A subject line that is a calendar's title for a called-off event ("Fwd: Canceled: Chat with Priya"). */
const CANCELLED_TITLE = plainRegExp(
  `^\\s*(?:${REPLY_OR_FORWARD_MARK})*(?:${alternation(LANGUAGES.flatMap((t) => t.cancelledTitle ?? []))})\\s*[:：]`,
  'imu',
);

/** Whether a clause ends at `i`: a stop, not the one inside "15.00" or "4.2." before a digit. */
function clauseEndsAt(text: string, i: number): boolean {
  const c = text[i] as string;
  return '!?;\n'.includes(c) || (c === '.' && !/\d/.test(text[i + 1] ?? ''));
}

/**
 * What the cancelling phrases of `words` call off: the meeting the message is about (a clause
 * that names an interview or a meeting), and whether the rest of the text books a time beside
 * them ("Your interview is confirmed for Tuesday. The office tour has been cancelled.").
 */
function readCancellation(words: string): { namesMeeting: boolean; bookedBeside: boolean } {
  let namesMeeting = false;
  let rest = '';
  let from = 0;
  for (const m of allMatches(words, CANCELLING)) {
    const at = m.index ?? 0;
    if (at < from) continue;
    let start = at;
    while (start > from && at - start < 160 && !clauseEndsAt(words, start - 1)) start--;
    let end = at + m[0].length;
    const limit = end + 160;
    while (end < words.length && end < limit && !clauseEndsAt(words, end)) end++;
    if (THE_MEETING.test(words.slice(start, end))) namesMeeting = true;
    rest += words.slice(from, start);
    from = end;
  }
  rest += words.slice(from);
  return { namesMeeting, bookedBeside: CONFIRMED.test(rest) };
}

/**
 * Blanks the offers to change the meeting, a new time still to be found, and the questions about
 * it ("Can we reschedule?").
 */
function withoutOffers(text: string): string {
  const withoutIfNeeded = text.replace(IF_NEEDED, ' ');
  // The offsets are in the text the replacement reads, so what follows is read there too.
  let out = withoutIfNeeded.replace(NEW_TIME_TO_FIND, (found, ...rest) => {
    const at = rest.find((r) => typeof r === 'number') as number;
    const after = withoutIfNeeded.slice(at + found.length, at + found.length + 4);
    return GIVEN_AFTER.test(after) ? found : ' ';
  });
  // A question that mentions cancelling or rescheduling: found from the word outwards, since a
  // pattern that starts anywhere before the word would try every position.
  for (const m of allMatches(out, CANCEL_WORD)) {
    const at = m.index ?? 0;
    let from = at;
    while (from > 0 && at - from < 120 && !'.\n?'.includes(out[from - 1] as string)) from--;
    let to = at + m[0].length;
    const limit = to + 120;
    while (to < out.length && to < limit && !'.\n?'.includes(out[to] as string)) to++;
    if (out[to] === '?')
      out = `${out.slice(0, from)}${' '.repeat(to + 1 - from)}${out.slice(to + 1)}`;
  }
  return out;
}

/** The text without the proposals nobody accepted (see KindInput.proposals). */
function withoutProposals(text: string, input: KindInput): string {
  let out = text;
  for (const sentence of input.proposals ?? []) out = out.split(sentence).join(' ');
  return out;
}

export interface KindInput {
  /** The original's subject and the forward's subject. */
  subject: string;
  /** The newest text of the original (its own words, without quoted history). */
  text: string;
  /** The quoted history of a forwarded thread, older messages below the newest. */
  history?: string;
  /** What the seeker wrote above the forward. */
  note: string;
  /** The calendar event that gives the time, if any, and whether another one was cancelled. */
  calendar: CalendarEvent | null;
  replacesCancelledEvent: boolean;
  /** A concrete time was found. */
  hasTime: boolean;
  /** The time found is only proposed (a question, one of several offered slots). */
  timeIsOffer: boolean;
  /** Someone in the message will interview the seeker, or a job title was found. */
  jobSigns: boolean;
  /** The time was offered in the quoted thread and the newest reply accepts it. */
  acceptedInReply?: boolean;
  /** An older message of the thread booked another time that this one replaces. */
  supersedesBooked?: boolean;
  /** Sentences asking to move the booked time that nobody accepted: they move nothing. */
  proposals?: string[];
}

export interface KindDecision {
  kind: InterviewKind;
  /** Why, in a few words (shown in warnings when the decision is a guess). */
  reason: string;
  /** The decision rests on weak signals. */
  guess: boolean;
}

export function decideKind(input: KindInput): KindDecision {
  const { calendar } = input;
  // What the invitation itself settles comes first: the text's words are read only past it.
  if (input.replacesCancelledEvent && input.hasTime)
    return { kind: 'rescheduled', reason: 'a cancelled invitation and a new one', guess: false };
  if (calendar?.cancelled)
    return { kind: 'cancelled', reason: 'calendar cancellation', guess: false };
  if (calendar?.declined || DECLINED.test(input.subject))
    return { kind: 'not_interview', reason: 'a declined invitation', guess: false };
  // Abbreviations' and ordinals' stops masked, so that no clause reader below cuts a clause there.
  const words = withoutOffers(
    withoutFalseStops(
      withoutProposals(`${input.subject}\n${input.text}\n${calendar?.summary ?? ''}`, input),
    ),
  );
  const cancelledWords = CANCELLED.test(words);
  // A subject that asks for the move ("Request to change the interview date") moves nothing
  // while the move is only asked for.
  // "Change of plans: Luis will interview you instead. Same time, same link" moves nothing.
  // Read only where a decision needs it: the phrase tables are the costliest part of a parse.
  const rescheduledWords = once(
    () =>
      RESCHEDULED.test(input.proposals?.length ? words.slice(input.subject.length) : words) &&
      !(TIME_KEPT.test(words) && !NEW_TIME.test(words)),
  );
  const interviewWords = INTERVIEW.test(words) || INTERVIEW.test(input.note);
  const accepted = input.acceptedInReply === true;
  const confirmedWords = CONFIRMED.test(words);
  const confirmed = once(
    () =>
      accepted ||
      confirmedWords ||
      // A held event (STATUS:TENTATIVE) is sent as a request but confirms nothing yet.
      (calendar !== null && calendar.method !== 'PUBLISH' && !calendar.tentative) ||
      rescheduledWords(),
  );

  // The title says what the appointment is; the text only when the title calls it no interview
  // ("Next steps" with a drug test inside), since an invitation may mention the tests to come.
  const titles = `${input.subject}\n${calendar?.summary ?? ''}`;
  if (APPOINTMENT.test(titles) || (APPOINTMENT.test(words) && !INTERVIEW.test(titles)))
    return {
      kind: 'not_interview',
      reason: 'an appointment that is not an interview',
      guess: false,
    };
  // A seeker forwards the mail about one meeting: a cancellation that names it ("Your meeting
  // with Dana on Tuesday has been cancelled", a "Canceled: Chat with Priya" title) calls it off,
  // interview word or not, unless the message is an event or an outcome. One that names nothing
  // calls off the interview the message is about, unless it stands beside a booking, where it
  // is of something else ("the office tour has been cancelled").
  const titleCancels = CANCELLED_TITLE.test(input.subject);
  if (cancelledWords || titleCancels) {
    const { namesMeeting, bookedBeside } = cancelledWords
      ? readCancellation(words)
      : { namesMeeting: false, bookedBeside: false };
    const ofTheMeeting = interviewWords
      ? titleCancels || namesMeeting || !bookedBeside
      : (titleCancels || namesMeeting) && !OUTCOME.test(words) && !NOT_BOOKED.test(words);
    // A cancellation may call off the meeting without its time ("we need to cancel Thursday's
    // interview"), when it names the meeting and turns nobody down.
    const withoutTime =
      !input.hasTime &&
      (titleCancels || namesMeeting) &&
      !OUTCOME.test(words) &&
      !REJECTION.test(words);
    if (ofTheMeeting && (input.hasTime || withoutTime)) {
      // Cancelled and invited again in one message: a move to the new time.
      if (input.hasTime && NEW_TIME.test(words))
        return { kind: 'rescheduled', reason: 'cancelled and invited again', guess: false };
      return { kind: 'cancelled', reason: 'the text cancels it', guess: false };
    }
  }
  if (!input.hasTime) return { kind: 'not_interview', reason: 'no interview time', guess: false };
  if (AUTO_REPLY.test(input.subject) || (AUTO_REPLY.test(words) && !confirmed()))
    return { kind: 'not_interview', reason: 'an automatic reply', guess: false };
  // A link to book a time is a request whatever invitation words surround it; a calendar invitation
  // or the seeker's accepting reply is the booking made through it.
  if (SELF_SCHEDULE.test(words) && !accepted && calendar === null)
    return { kind: 'not_interview', reason: 'a link to book a time, not a booking', guess: false };
  if (OUTCOME.test(words))
    return { kind: 'not_interview', reason: 'an outcome, not a booking', guess: false };
  // An assessment to complete, with no word of an interview or a booking: whatever time it gives
  // (a deadline, optional office hours on Zoom) is no interview. A live coding session is an
  // interview word, so it never gets here.
  if (!confirmed() && !interviewWords && ASSESSMENT.test(words))
    return { kind: 'not_interview', reason: 'an assessment, not a booking', guess: false };
  // A rejection that also books an interview (for another role) is that interview; one that
  // only recalls the past interview books nothing.
  const booking = (confirmedWords || rescheduledWords()) && interviewWords && !input.timeIsOffer;
  const rejection = REJECTION.test(words);
  if (rejection && !booking)
    return { kind: 'not_interview', reason: 'a rejection, not a booking', guess: false };
  const notBooked = NOT_BOOKED.test(words);
  if (
    (notBooked || (SLOT_REQUEST.test(words) && !accepted)) &&
    !(confirmed() && interviewWords && !input.timeIsOffer)
  )
    return { kind: 'not_interview', reason: 'an event or a request, not a booking', guess: false };
  if (input.timeIsOffer && !rescheduledWords() && !accepted)
    return { kind: 'not_interview', reason: 'the time is only proposed', guess: false };
  if (!interviewWords && !input.jobSigns) {
    if (calendar && !BULK.test(words))
      return {
        kind: calendar.sequence > 0 ? 'rescheduled' : 'scheduled',
        reason: 'a calendar invitation with no sign of a job',
        guess: true,
      };
    return { kind: 'not_interview', reason: 'no sign of an interview', guess: false };
  }
  if (RECEIPT.test(input.subject))
    return { kind: 'not_interview', reason: 'an application receipt', guess: false };
  if (BULK.test(words) && !confirmed() && !input.jobSigns)
    return { kind: 'not_interview', reason: 'mass mail without a booking', guess: false };
  if (
    rescheduledWords() ||
    input.supersedesBooked === true ||
    (calendar !== null && calendar.sequence > 0)
  )
    return { kind: 'rescheduled', reason: 'moved to a new time', guess: false };
  // Cancelled or moved earlier in the thread, and the newest reply confirms a time: the new one.
  const history = withoutOffers(withoutFalseStops(withoutProposals(input.history ?? '', input)));
  if (confirmedWords && (CANCELLED.test(history) || RESCHEDULED.test(history)))
    return { kind: 'rescheduled', reason: 'moved earlier in the thread', guess: false };
  // A booking beside a rejection or an event is read as the booking, but that is a judgement.
  if (rejection) return { kind: 'scheduled', reason: 'it also turns the seeker down', guess: true };
  if (notBooked) return { kind: 'scheduled', reason: 'it also announces an event', guess: true };
  // An invitation's METHOD:REQUEST books a meeting, not necessarily an interview: with no word of
  // one in its text or title, the kind is a guess (the people in it are no sign of a job).
  if (calendar !== null && !interviewWords && !confirmedWords)
    return {
      kind: 'scheduled',
      reason: 'a calendar invitation with no word of an interview',
      guess: true,
    };
  return { kind: 'scheduled', reason: 'a booked time', guess: !confirmed() && !interviewWords };
}

/** f's value, worked out at the first call and kept. */
function once<T>(f: () => T): () => T {
  let value: { of: T } | null = null;
  return () => {
    value ??= { of: f() };
    return value.of;
  };
}
