// Phase two: when the interview is. The calendar parts are read first (a cancellation next to a
// new invitation is a move to the new one); without one, the written times are collected from
// the newest text, then the quoted thread, the forwarders' notes and the seeker's note, and the
// first text with a bookable time wins. A floating calendar time takes the zone the text states.
// The warnings say what about the time is a guess.
import { MONTH_NAMES, WEEKDAY_NAMES, type ZonedTime } from '../core/zoned-time.js';
import { movedToAnotherDay, saysMove, shiftedInItsText, shiftedInTime } from './booking-moves.js';
import { type CalendarEvent, readCalendar } from './calendar.js';
import { findTimeRanges } from './clock-times.js';
import { numericOrderEvidence } from './dates.js';
import { withoutFalseStops } from './false-stops.js';
import {
  chooseWhen,
  findWhenCandidates,
  type TimeContext,
  type When,
  type WhenCandidate,
} from './interview-time.js';
import {
  alternation,
  CANCELLED,
  CONFIRMED,
  escapeRegExp,
  LANGUAGES,
  MOVED,
  phrasePattern,
  plainRegExp,
  WEEKDAYS,
} from './languages/index.js';
import type { ParsedAddress } from './types.js';
import { type ZoneMention, zoneStatements } from './zones.js';

export interface Calendars {
  /** The event that gives the time: the last active one, else the first (cancelled) one. */
  calendar: CalendarEvent | null;
  /** Another event in the message was cancelled at a different time. */
  replacesCancelledEvent: boolean;
}

/** Reads every calendar part once (same UID, start and status count once). */
export function readCalendars(texts: string[], zone: string): Calendars {
  const events: CalendarEvent[] = [];
  for (const text of texts) {
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
  const calendar = active[active.length - 1] ?? events[0] ?? null;
  const replacesCancelledEvent =
    calendar !== null &&
    !calendar.cancelled &&
    events.some((e) => e.cancelled && !e.start.equals(calendar.start));
  return { calendar, replacesCancelledEvent };
}

/** A text to look for the time in, where it came from, and the date relative words count from. */
export interface TimeText {
  source: 'text' | 'thread' | 'forward-note' | 'seeker-note';
  text: string;
  base: ZonedTime;
}

export interface TimeInput {
  calendar: CalendarEvent | null;
  /** In order of trust, the original's newest text first: the first with a bookable time wins. */
  texts: TimeText[];
  /** The original's whole body: its zone statement and its d/m or m/d order. */
  body: string;
  /** The original's Date (else the forward's): relative dates count from it. */
  base: ZonedTime;
  /** The original had no readable Date of its own. */
  baseIsForward: boolean;
  /** The seeker's zone, for times that carry none. */
  zone: string;
  /** Addresses on the company's side: their country domains hint at the date order. */
  companyAddresses: ParsedAddress[];
  /** The newest text is the seeker's own reply: its "works for me" accepts what it quotes. */
  newestBySeeker?: boolean;
}

export interface TimeChoice {
  start: ZonedTime | null;
  end: ZonedTime | null;
  timezone: string | null;
  sources: Record<string, string>;
  /** What about the time is a guess. */
  warnings: string[];
  /** The time is only proposed (a question, one of several offered slots). */
  offered: boolean;
  /** Read from a relative date ("tomorrow", "this coming Monday"). */
  relative: boolean;
  /** Whose zone the time is in was written (calendar zone, or words in the text). */
  zoneStated: boolean;
  /** The time was offered in the quoted thread and the newer reply accepts it. */
  acceptedInReply: boolean;
  /** An older message in the thread booked another, later time that this one replaces. */
  supersedesBooked: boolean;
  /**
   * Sentences that ask to move the booked time ("Would it work to move our chat to Thursday at
   * 3?") which no newer message accepts: passed over, the booked time stands.
   */
  proposals?: string[];
}

export function chooseTime(input: TimeInput): TimeChoice {
  const choice = choose(input);
  if (choice.start && choice.start.ts < input.base.ts - 86_400_000)
    choice.warnings.push('the interview time is before the original message was sent');
  return choice;
}

function choose(input: TimeInput): TimeChoice {
  const { calendar, zone } = input;
  const sources: Record<string, string> = {};
  const warnings: string[] = [];
  // The invitation's own description may say it too ("All times are Pacific").
  const statement =
    strongestStatement(input.texts[0]?.text ?? '') ??
    strongestStatement(input.body) ??
    (calendar?.floating ? strongestStatement(calendar.description ?? '') : null);
  if (calendar) {
    sources.start = 'calendar';
    if (calendar.floating && statement?.iana) {
      // A floating calendar time is a wall time in the zone the text states ("All times are
      // Pacific Time"), not in the seeker's.
      const iana = statement.iana;
      const inZone = (d: ZonedTime) => d.withZoneKeepingWall(iana);
      sources.timezone = 'text';
      return {
        start: inZone(calendar.start),
        end: calendar.end ? inZone(calendar.end) : null,
        timezone: iana,
        sources,
        warnings,
        offered: false,
        relative: false,
        zoneStated: true,
        acceptedInReply: false,
        supersedesBooked: false,
      };
    }
    if (calendar.floating)
      warnings.push(`the invitation's time carries no time zone; read in ${zone}`);
    return {
      start: calendar.start,
      end: calendar.end,
      timezone: calendar.timezone,
      sources,
      warnings,
      offered: false,
      relative: false,
      zoneStated: !calendar.floating,
      acceptedInReply: false,
      supersedesBooked: false,
    };
  }

  const context: TimeContext = {
    base: input.base,
    defaultZone: zone,
    dayFirst: dayFirstHint(input.body, statement, input.companyAddresses),
  };
  // Several steps look at the same text's candidates: each text is read once.
  const read = new Map<TimeText, WhenCandidate[]>();
  const candidatesIn = (timeText: TimeText): WhenCandidate[] => {
    let found = read.get(timeText);
    if (!found) {
      const { text, base } = timeText;
      found = findWhenCandidates(text, { ...context, base }, strongestStatement(text) ?? statement);
      read.set(timeText, found);
    }
    return found;
  };
  // A forwarder's note that books or moves the time ("3pm works on our side, so I've locked it
  // in" above the hiring manager's request) was written after the original: it is read first.
  const deciding = input.texts.filter(
    (t) => t.source === 'forward-note' && decidesTime(t, input.base, candidatesIn),
  );
  const texts = [...deciding, ...input.texts.filter((t) => !deciding.includes(t))];
  const proposals: string[] = [];
  for (const [position, timeText] of texts.entries()) {
    const { source, text } = timeText;
    if (!text.trim()) continue;
    const candidates = candidatesIn(timeText);
    // "Tuesday at 2 suits me" names a slot a quoted message offers: that slot, with its own
    // date, is chosen when the older text is read, not the next Tuesday from here.
    if (namesOlderSlot(candidates, timeText, texts.slice(position + 1), candidatesIn)) continue;
    // A newer reply that names one of several offered slots ("Friday at 3 works") books it.
    const picked = position > 0 ? slotNamedIn(candidates, texts.slice(0, position)) : null;
    let found = picked
      ? { ...(chooseWhen(text, [picked]) as When), offered: false }
      : chooseWhen(text, candidates);
    if (!found) continue;
    // "Could we move your Thursday 2pm interview to Friday 10am?": accepted by a newer message,
    // a move to the new time; else the booked one stands.
    const move = askedMove(found, text, candidates);
    let movedByReply = false;
    if (move) {
      // "… can we do Tuesday at 11 instead? I have updated the invite.": made, not asked.
      const rest = text.replace(move.sentence, ' ');
      const accepted =
        picked?.start.ts === move.proposed.start.ts ||
        (!picked &&
          (CONFIRMED.test(rest) ||
            saysMove(rest) ||
            texts.slice(0, position).some((t) => accepts(t.text))));
      const chosen = accepted ? move.proposed : move.booked;
      found = { ...(chooseWhen(text, [chosen]) as When), offered: false };
      movedByReply = accepted;
      if (!accepted) proposals.push(move.sentence);
    }
    const proposal =
      picked || move
        ? null
        : pendingProposal(found, timeText, candidates, texts, position, input.base, candidatesIn);
    if (proposal !== null) {
      proposals.push(proposal);
      continue;
    }
    if (picked) sources.pickedBy = 'reply';
    const newer = texts.slice(0, position);
    const moved = movedSameDay(found, newer, candidatesIn);
    // "Same time on Thursday", "an hour later": a newer message moves the booked time.
    const movedOn = moved
      ? null
      : (movedToAnotherDay(found, newer, context.dayFirst) ?? shiftedInTime(found, newer));
    // "… at 2pm will now start 30 minutes later": the text moves its own time.
    const shiftedHere =
      moved || movedOn || picked ? null : shiftedInItsText(found, text, candidates);
    const when = moved?.when ?? movedOn ?? shiftedHere ?? found;
    sources.start = moved?.source ?? source;
    if (moved) sources.date = source;
    if (movedOn) sources.movedBy = 'newer message';
    if (shiftedHere) sources.movedBy = 'shift';
    if (sources.start !== 'text')
      warnings.push(`the time was taken from the ${sources.start.replace('-', ' ')}`);
    else if (source !== 'text')
      warnings.push(`the day was taken from the ${source.replace('-', ' ')}`);
    if (!when.zoneStated) warnings.push(`no time zone was written; read in ${zone}`);
    if (when.durationUsed) sources.end = 'duration';
    if (!when.end) {
      // A reply that accepts a time ("Tuesday at 11 works for me") rarely repeats its length;
      // the message it answers, proposing the same time, may say it.
      const others = texts.filter((t, i) => i !== position && t.text.trim());
      const length =
        lengthOfSameTime(when.start, others, candidatesIn) ??
        lengthOfEarlierMeeting(texts.slice(position + 1), candidatesIn);
      if (length !== null) {
        when.end = when.start.plusMinutes(length.minutes);
        sources.end = length.source;
      }
    }
    if (when.relative) sources.date = 'relative';
    if (input.baseIsForward)
      warnings.push('the original message has no readable Date; its dates count from the forward');
    if (proposals.length > 0)
      warnings.push(
        'a move to another time was asked for and not accepted; the booked time stands',
      );
    return {
      ...(proposals.length > 0 ? { proposals } : {}),
      start: when.start,
      end: when.end,
      timezone: when.timezone,
      sources,
      warnings,
      offered: when.offered,
      relative: when.relative,
      zoneStated: when.zoneStated,
      acceptedInReply:
        picked !== null ||
        (source === 'thread' &&
          input.newestBySeeker === true &&
          texts.slice(0, position).some((t) => accepts(t.text))),
      supersedesBooked:
        movedByReply ||
        movedOn !== null ||
        (deciding.includes(timeText) &&
          statesAnotherTime(texts.slice(position + 1), when.start, candidatesIn)) ||
        (source === 'text' &&
          texts.some(
            (t) =>
              t.source === 'thread' && booksAnotherTime(t, when.start, input.base, candidatesIn),
          )),
    };
  }
  return {
    start: null,
    end: null,
    timezone: null,
    sources,
    warnings,
    offered: false,
    relative: false,
    zoneStated: false,
    acceptedInReply: false,
    supersedesBooked: false,
  };
}

/**
 * Words that say a time written without a date is a new time for the booked one: every table's
 * move verbs and "instead" words, and "same day" / "now" before the new hour.
 */
const MOVED_WORDS = plainRegExp(
  `\\b(?:${alternation(LANGUAGES.flatMap((t) => [...(t.moveVerbs ?? []), ...(t.newTimeAfter ?? [])]))}|same day|now)\\b[^.!?\\n]{0,60}$`,
  'iu',
);

/**
 * A newer text that moves the booking to a time written without a date ("I've moved it to 4pm
 * ET the same day") keeps the booked day and length: the older text's time is the old one.
 */
function movedSameDay(
  booked: When,
  newer: TimeText[],
  candidatesIn: (text: TimeText) => WhenCandidate[],
): { when: When; source: TimeText['source'] } | null {
  for (const timeText of newer) {
    const ranges = findTimeRanges(timeText.text).filter((r) =>
      MOVED_WORDS.test(timeText.text.slice(Math.max(0, r.index - 80), r.index)),
    );
    if (ranges.length === 0) continue;
    // Read the newer text as if it were headed by the booked day.
    const day = booked.start;
    const heading = `${WEEKDAY_NAMES[day.weekday - 1]}, ${MONTH_NAMES[day.month - 1]} ${day.day}, ${day.year}\n`;
    const dated = { ...timeText, text: heading + timeText.text };
    const moved = candidatesIn(dated).filter((c) =>
      ranges.some((r) => r.index + heading.length === c.index),
    );
    const when = chooseWhen(dated.text, moved);
    if (!when || when.start.toISODate() !== booked.start.toISODate()) continue;
    const length = booked.end ? (booked.end.ts - booked.start.ts) / 60_000 : null;
    return {
      source: timeText.source,
      when: {
        ...when,
        end: when.end ?? (length !== null ? when.start.plusMinutes(length) : null),
        durationUsed: when.durationUsed || booked.durationUsed,
      },
    };
  }
  return null;
}

/**
 * The one slot among several that a newer text names by its weekday and hour ("Friday at 3
 * works great"), or null. A reply accepting a slot rarely repeats its date or am/pm.
 */
function slotNamedIn(candidates: WhenCandidate[], newer: TimeText[]): WhenCandidate | null {
  const distinct = candidates.filter(
    (c, i) => candidates.findIndex((o) => o.start.ts === c.start.ts) === i,
  );
  // "Wednesday at 1 works great" under the one slot proposed ("Wednesday, December 9 at 1:00 PM
  // Pacific"): that slot, in its zone, when the reply accepts it by its weekday and hour ("I
  // can't do Wednesday at 10" declines it).
  if (distinct.length === 1) {
    const only = distinct[0] as WhenCandidate;
    const accepted = newer.flatMap(({ text }) => acceptingSentences(text));
    return accepted.some((sentence) => namesSlot(sentence, only.start)) ? only : null;
  }
  if (distinct.length < 2) return null;
  for (const { text } of newer) {
    if (!text.trim()) continue;
    const named = distinct.filter((c) => namesSlot(text, c.start));
    if (named.length === 1) return named[0] as WhenCandidate;
    // "Friday works, see you on the 5th!": the day alone, in words that accept it.
    const accepted = acceptingSentences(text);
    // "The second option works best": the slot at that place in the order they were offered.
    const place = accepted.map(placePicked).find((p) => p !== null);
    if (place !== undefined && place !== null) {
      const ordered = [...distinct].sort((a, b) => a.index - b.index);
      const slot = place < 0 ? ordered[ordered.length - 1] : ordered[place - 1];
      if (slot) return slot;
    }
    const byDay = distinct.filter((c) => accepted.some((sentence) => namesDay(sentence, c.start)));
    if (byDay.length === 1) return byDay[0] as WhenCandidate;
    // "Let's do 4": the hour alone, when one slot starts then.
    const byHour = distinct.filter((c) =>
      accepted.some((sentence) => namesHour(sentence, c.start)),
    );
    if (byHour.length === 1) return byHour[0] as WhenCandidate;
  }
  return null;
}

/** The sentences of a reply that accept something and decline nothing. */
function acceptingSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n/)
    .filter((sentence) => ACCEPTS.test(sentence) && !DECLINES.test(sentence));
}

/** A newer text accepts what it answers ("Confirmed, see you then!", "Thursday's fine"). */
function accepts(text: string): boolean {
  return acceptingSentences(text).length > 0;
}

const PICKS = LANGUAGES.flatMap((t) => (t.slotPicks ? [t.slotPicks] : []));
/** Ordinal word → place (1 for "first"); the words for the last one → -1. */
const PLACE_OF = new Map<string, number>();
for (const picks of PICKS) {
  picks.ordinals.forEach((words, i) => {
    for (const word of words) PLACE_OF.set(word.toLowerCase(), i + 1);
  });
  for (const word of picks.last) PLACE_OF.set(word.toLowerCase(), -1);
}
const PICK_NOUNS = alternation(PICKS.flatMap((p) => p.nouns));
/** "the second option", "the last slot", "option 2", "#3". */
const ORDINAL_PICK = plainRegExp(
  `(${alternation([...PLACE_OF.keys()])})\\s+(?:${PICK_NOUNS})|(?:(?:${PICK_NOUNS})\\s*#?|#)\\s*([1-9])(?![\\d:.\\p{L}])`,
  'iu',
);

/** The place of the slot a sentence picks (1 first, -1 last), or null. */
function placePicked(sentence: string): number | null {
  const m = ORDINAL_PICK.exec(sentence);
  if (!m) return null;
  if (m[2]) return Number(m[2]);
  return PLACE_OF.get((m[1] as string).toLowerCase()) ?? null;
}

/** A bare hour (with its minutes, if written) that is the slot's start: "let's do 4", "3:30 works". */
function namesHour(sentence: string, start: ZonedTime): boolean {
  for (const m of sentence.matchAll(
    /(?<![\d:.,$£€#/])(\d{1,2})(?::(\d{2}))?\s*(?:([ap])\.?m\.?)?(?![\d:./%]|st\b|nd\b|rd\b|th\b)/giu,
  )) {
    const hour = Number(m[1]);
    const minute = m[2] ? Number(m[2]) : 0;
    if (minute !== start.minute) continue;
    const meridiem = m[3]?.toLowerCase();
    const hour24 =
      meridiem === 'p' && hour < 12 ? hour + 12 : meridiem === 'a' && hour === 12 ? 0 : hour;
    if (hour24 === start.hour || (!meridiem && hour >= 1 && hour <= 12 && hour + 12 === start.hour))
      return true;
  }
  return false;
}

const SENTENCE_BREAK = /[.!?](?=\s|$)|[。？！]|\n[ \t]*\n/g;

/**
 * Whether an older message of the thread booked a different time still to come ("Your onsite is
 * booked for Tuesday", "we've moved it to Wednesday"), which the newest message's time replaces.
 * A question there only proposes a time; a time already past is an earlier round.
 */
function booksAnotherTime(
  thread: TimeText,
  chosen: ZonedTime,
  after: ZonedTime,
  candidatesIn: (text: TimeText) => WhenCandidate[],
): boolean {
  const { text } = thread;
  // Most threads book nothing: their times are read only when booking words are there.
  if (!CONFIRMED.test(text) && !MOVED.test(text)) return false;
  return candidatesIn(thread).some(
    (c) => c.start.ts !== chosen.ts && c.start > after && bookedAt(text, c),
  );
}

/** A sentence that asks ("…?", Japanese "…でしょうか。"). */
const QUESTION = /(?:[?？]|(?:でしょう|ます|ません)か[。．]?)\s*$/u;

/**
 * A question that moves a booked time to another, both in its sentence: "Could we move your
 * Thursday 2pm interview to Friday 10-11am?", "12月10日（木）14時からの面接を、12月11日（金）10時に
 * 変更させていただけますでしょうか。". The first time written is the booked one, unless the other
 * is the one it is moved from.
 */
function askedMove(
  found: When,
  text: string,
  candidates: WhenCandidate[],
): { booked: WhenCandidate; proposed: WhenCandidate; sentence: string } | null {
  for (const asked of candidates.filter((c) => c.start.ts === found.start.ts)) {
    const sentence = sentenceAt(text, asked);
    if (!QUESTION.test(sentence) || !saysMove(sentence)) continue;
    const others = candidates.filter(
      (c) => c.start.ts !== asked.start.ts && sentenceAt(text, c) === sentence,
    );
    if (others.length === 0 || others.some((c) => c.start.ts !== others[0]?.start.ts)) continue;
    const other = others[0] as WhenCandidate;
    const [first, second] = asked.index < other.index ? [asked, other] : [other, asked];
    const fromSecond = first.movedFrom?.ts === second.start.ts;
    return {
      booked: fromSecond ? second : first,
      proposed: fromSecond ? first : second,
      sentence: sentence.trim(),
    };
  }
  return null;
}

/**
 * The sentence of a time that is only asked for ("Would it work to move our chat to Thursday at
 * 3?", "Could you do Thursday at 3 instead?") while an older message of the thread books another
 * time still to come, no newer message accepts it and the text gives up no time ("we have to
 * cancel Tuesday"): the booked time stands. Null when the time is not such a proposal.
 */
function pendingProposal(
  found: When,
  timeText: TimeText,
  candidates: WhenCandidate[],
  texts: TimeText[],
  position: number,
  after: ZonedTime,
  candidatesIn: (text: TimeText) => WhenCandidate[],
): string | null {
  const { text } = timeText;
  const asked = candidates.find(
    (c) =>
      c.start.ts === found.start.ts && (c.offered || sentenceAt(text, c).trimEnd().endsWith('?')),
  );
  if (!asked || CANCELLED.test(text)) return null;
  if (texts.slice(0, position).some((t) => accepts(t.text))) return null;
  const booked = texts
    .slice(position + 1)
    .some((t) => t.source === 'thread' && booksAnotherTime(t, found.start, after, candidatesIn));
  return booked ? sentenceAt(text, asked).trim() : null;
}

/** A text that books or moves a time still to come, in a sentence that says so. */
function decidesTime(
  timeText: TimeText,
  after: ZonedTime,
  candidatesIn: (text: TimeText) => WhenCandidate[],
): boolean {
  const { text } = timeText;
  if (!CONFIRMED.test(text) && !MOVED.test(text)) return false;
  return candidatesIn(timeText).some((c) => c.start > after && bookedAt(text, c));
}

/** The last text whose false stops were masked, and the masked text (one text is read at a time). */
let maskedFor: { text: string; masked: string } | null = null;

/**
 * The sentence around a candidate; a wrapped line does not end one, a blank line does, nor does
 * the stop of an ordinal or an abbreviation ("am 15. Dezember").
 */
function sentenceAt(text: string, c: WhenCandidate): string {
  if (maskedFor?.text !== text) maskedFor = { text, masked: withoutFalseStops(text) };
  const masked = maskedFor.masked;
  const headStart = Math.max(0, c.index - 300);
  let from = headStart;
  for (const m of masked.slice(headStart, c.index).matchAll(SENTENCE_BREAK))
    from = headStart + (m.index ?? 0) + m[0].length;
  const rest = masked.slice(c.index, c.index + 300);
  const stop = rest.search(SENTENCE_BREAK);
  return text.slice(from, c.index + (stop < 0 ? rest.length : stop + 1));
}

/** The candidate's sentence books or moves it (no question, no offer among others). */
function bookedAt(text: string, c: WhenCandidate): boolean {
  if (c.offered) return false;
  const sentence = sentenceAt(text, c);
  if (sentence.trimEnd().endsWith('?')) return false;
  return CONFIRMED.test(sentence) || MOVED.test(sentence);
}

/**
 * The original or its thread states another time as fact (not asked, not offered): a note that
 * decides the time after it replaces that one ("10am Wednesday no longer works").
 */
function statesAnotherTime(
  older: TimeText[],
  chosen: ZonedTime,
  candidatesIn: (text: TimeText) => WhenCandidate[],
): boolean {
  return older.some(
    (t) =>
      (t.source === 'text' || t.source === 'thread') &&
      candidatesIn(t).some(
        (c) =>
          !c.offered && c.start.ts !== chosen.ts && !sentenceAt(t.text, c).trimEnd().endsWith('?'),
      ),
  );
}

/** A reply's sentence that accepts what it answers, in every language read. */
const ACCEPTS = phrasePattern((t) => t.accepting ?? []);
/** The declining words, and English's "n't" ("doesn't work"), which follows a letter. */
const DECLINES = plainRegExp(
  `${phrasePattern((t) => t.declining ?? []).source}|n['’]t(?![\\p{L}])`,
  'iu',
);

/** Every language's names of the slot's weekday, as a pattern's alternatives. */
function weekdayNames(start: ZonedTime): string {
  return [...WEEKDAYS]
    .filter(([, n]) => n === start.weekday)
    .map(([name]) => escapeRegExp(name))
    .join('|');
}

/** The slot's weekday ("Friday") or day of the month ("the 5th") as a word of its own. */
function namesDay(sentence: string, start: ZonedTime): boolean {
  const pattern = plainRegExp(
    `(?<![\\p{L}])(?:${weekdayNames(start)})(?![\\p{L}])|\\bthe ${start.day}(?:st|nd|rd|th)\\b`,
    'iu',
  );
  return pattern.test(sentence);
}

/** Whether `reply`, which gives only weekday-relative times, names a slot an older text offers. */
function namesOlderSlot(
  own: WhenCandidate[],
  reply: TimeText,
  older: TimeText[],
  candidatesIn: (text: TimeText) => WhenCandidate[],
): boolean {
  if (own.length === 0 || own.some((c) => !c.relative)) return false;
  return older.some((text) => {
    if (!text.text.trim()) return false;
    const offered = candidatesIn(text);
    const slot = slotNamedIn(offered, [reply]);
    // The one slot proposed is deferred to only when the reply alone reads it otherwise (another
    // day or zone): "confirmed for Thursday at 2:00 PM ET" over "Thursday at 2" is the same time.
    const onlyOne = offered.every((c) => c.start.ts === offered[0]?.start.ts);
    return slot !== null && !(onlyOne && own.some((c) => c.start.ts === slot.start.ts));
  });
}

function namesSlot(text: string, start: ZonedTime): boolean {
  const hour12 = start.hour % 12 || 12;
  const minutes =
    start.minute === 0 ? '(?:[:.h]00)?' : `[:.h]${String(start.minute).padStart(2, '0')}`;
  const pattern = plainRegExp(
    `(?<![\\p{L}])(?:${weekdayNames(start)})\\.?(?![\\p{L}])[^.!?\\n\\d]{0,20}(?<![\\d:])(?:${hour12}|${start.hour})${minutes}(?![\\d:])`,
    'iu',
  );
  return pattern.test(text);
}

/** The length another text gives to a time starting at `start`, in minutes, and that text. */
function lengthOfSameTime(
  start: ZonedTime,
  texts: TimeText[],
  candidatesIn: (text: TimeText) => WhenCandidate[],
): { minutes: number; source: string } | null {
  for (const timeText of texts) {
    const same = candidatesIn(timeText).filter((c) => c.start.ts === start.ts);
    const when = chooseWhen(timeText.text, same);
    if (when?.end)
      return { minutes: (when.end.ts - when.start.ts) / 60_000, source: timeText.source };
  }
  return null;
}

/**
 * The length of the meeting an older message of the thread proposed or booked: a counter-proposal
 * or a move ("Could we do Thursday at 3:30 instead?") keeps it.
 */
function lengthOfEarlierMeeting(
  older: TimeText[],
  candidatesIn: (text: TimeText) => WhenCandidate[],
): { minutes: number; source: string } | null {
  for (const timeText of older) {
    if (timeText.source !== 'thread' || !timeText.text.trim()) continue;
    const when = chooseWhen(timeText.text, candidatesIn(timeText));
    if (when?.end)
      return { minutes: (when.end.ts - when.start.ts) / 60_000, source: timeText.source };
  }
  return null;
}

/** Zones of the countries that write the month first (the US, Canada's English provinces). */
const MONTH_FIRST_ZONES =
  /^(?:America\/(?:New_York|Chicago|Denver|Phoenix|Los_Angeles|Anchorage|Juneau|Adak|Boise|Detroit|Indiana\/.*|Kentucky\/.*|Toronto|Vancouver|Edmonton|Winnipeg|Regina|Halifax|St_Johns)|Pacific\/Honolulu|US\/.*)$/;
/** Country domains of the countries that write the day first. */
const DAY_FIRST_TLD =
  /^(?:uk|ie|au|nz|in|de|fr|es|it|nl|be|pt|se|no|dk|fi|pl|at|ch|za|sg|br|ar|mx)$/;

/** Whether "03/04" is the 3rd of April: from unambiguous dates, the zone, or the domains. */
function dayFirstHint(
  text: string,
  statement: ZoneMention | null,
  addresses: ParsedAddress[],
): boolean {
  const evidence = numericOrderEvidence(text);
  if (evidence !== null) return evidence;
  if (statement?.iana) return !MONTH_FIRST_ZONES.test(statement.iana);
  return addresses.some((a) => DAY_FIRST_TLD.test(a.address.split('.').pop() ?? ''));
}

function strongestStatement(text: string): ZoneMention | null {
  const statements = zoneStatements(text).filter((s) => !inReadersConversion(text, s));
  return statements.find((s) => s.strength >= 3) ?? statements[0] ?? null;
}

/** "at 10 (that's 4pm CET for you)": a zone in a conversion for the reader is not the message's. */
function inReadersConversion(text: string, zone: ZoneMention): boolean {
  const open = text.lastIndexOf('(', zone.index);
  if (open < 0 || zone.index - open > 40 || text.slice(open, zone.index).includes(')'))
    return false;
  const close = text.indexOf(')', zone.end);
  const inside = text.slice(open, close < 0 ? zone.end + 40 : close);
  return /\d/.test(text.slice(open, zone.index)) && /\byour?\b/i.test(inside);
}
