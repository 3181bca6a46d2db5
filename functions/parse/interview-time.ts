// When the interview is, from prose: every time written in the text becomes a candidate
// (its date from the same line or the nearest date above it, its zone from the words after
// it or a zone statement elsewhere), scored by the words around it; the best one wins, and
// back-to-back sessions on the same day (a panel schedule) are joined into one span.
import { ZonedTime } from '../core/zoned-time.js';
import { type ClockTime, DAY_END, findDurations, findTimeRanges } from './clock-times.js';
import { type DateMention, findDates, resolveDate } from './dates.js';
import { itineraryRows } from './itinerary.js';
import {
  alternation,
  LANGUAGES,
  MONTH_ALTERNATION,
  MOVED,
  NEW_TIME,
  plainRegExp,
  REPLY_ATTRIBUTION,
  WEEKDAY_ALTERNATION,
} from './languages/index.js';
import { allMatches } from './matches.js';
import { type ZoneMention, zoneAt, zoneOfMention, zoneStatements } from './zones.js';

export interface TimeContext {
  /** The original message's Date, in its sender's offset: relative dates count from it. */
  base: ZonedTime;
  /** The seeker's zone, for times that carry none. */
  defaultZone: string;
  dayFirst: boolean;
}

export interface WhenCandidate {
  start: ZonedTime;
  end: ZonedTime | null;
  /** IANA zone the time was written in, null for a bare offset or none. */
  timezone: string | null;
  zoneStated: boolean;
  index: number;
  score: number;
  relative: boolean;
  /** Proposed rather than booked: a question, or one of several offered slots. */
  offered: boolean;
  /** The time a day of meetings ends ("we'll wrap up by 2:30"): never the start. */
  closesDay?: true;
  /** "moved … from 2pm to 3pm": the old time, written with this new one. */
  movedFrom?: ZonedTime;
}

export interface When {
  start: ZonedTime;
  end: ZonedTime | null;
  timezone: string | null;
  zoneStated: boolean;
  relative: boolean;
  durationUsed: boolean;
  candidates: number;
  offered: boolean;
}

/** "moved to Thursday 18 February, same time": the new day keeps the old clock time. */
const SAME_TIME = plainRegExp(alternation(LANGUAGES.flatMap((t) => t.sameTime ?? [])), 'giu');
/** The dots of a dotted date ("Statt Mittwoch, 10.03., 15 Uhr") end no sentence. */
const OLD_TIME = plainRegExp(
  `(?:${alternation(LANGUAGES.flatMap((t) => t.oldTime))})((?:[^.\\n]|(?<=\\d)\\.){0,40})$`,
  'iu',
);
/** "Wednesday at 11:15 instead": the words after a time make it the new one. */
const NEW_TIME_AFTER = plainRegExp(
  `^[^.!?\\n]{0,40}?(?<![\\p{L}])(?:${alternation(LANGUAGES.flatMap((t) => t.newTimeAfter ?? []))})(?![\\p{L}])`,
  'iu',
);
/** "Thursday at 10:00 no longer works for her": a time that no longer holds. */
const OLD_TIME_AFTER = plainRegExp(
  `^[^.!?\\n]{0,30}?(?<![\\p{L}])(?:${alternation(LANGUAGES.flatMap((t) => t.oldTimeAfter ?? []))})(?![\\p{L}])`,
  'iu',
);
/** "Could we instead do Monday at 2pm?": the same words before the time, in its sentence. */
const NEW_TIME_BEFORE = plainRegExp(
  `(?<![\\p{L}])(?:${alternation(LANGUAGES.flatMap((t) => t.newTimeAfter ?? []))})(?![\\p{L}])[^.!?\\n]{0,40}$`,
  'iu',
);
/**
 * The time is a deadline ("due Friday by 9:00", "Deadline: …", "submit … by"); "by half an hour"
 * or "by a day" is how far a meeting moved, no limit. "Due" is one when a day, a date or "by" follows it:
 * Italian "due" is two ("tra due giorni, alle 10", "durerà due ore").
 */
const DEADLINE =
  /(?:\bdeadline|\bdue\b(?=\s*(?::|\d|(?:by|on|at|in|before|back|date|tomorrow|today|tonight|next|this|end|eod|cob)\b|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|\bsubmi(?:t|ssion)|(?<!(?:hosted|joined|led|run|interviewed|organi[sz]ed|sent|accompanied|followed) )\bby\b(?! (?:phone|video|zoom|teams|the)| (?:[\w-]+ ){1,3}(?:minutes?|mins?|hours?|hrs?)\b| (?:a|an|one|two|three|\d) (?:days?|weeks?)\b)|no later than|expires?\b|expir(?:y|ation)|valid until|closes?\b)[^.!?\n]{0,50}$/iu;
/**
 * "You'll have until Friday at 5pm to submit it", "… by 9am to send it back": a limit said after
 * the time ("until" or "by" before it, the work to hand in after it).
 */
const LIMIT_BEFORE = /(?<![\p{L}])(?:until|till|by)(?![\p{L}])[^.!?\n]{0,40}$/iu;
const WORK_DUE_AFTER =
  /^[^.!?\n]{0,40}?(?<![\p{L}])to (?:submit|complete|finish|return|upload|send (?:it|them|us|in|back)|hand (?:it |them )?in|turn (?:it |them )?in)(?![\p{L}])/iu;
/** The same, in the words of the other languages' tables. */
const DEADLINE_WORDS = plainRegExp(
  `(?:${alternation(LANGUAGES.flatMap((t) => t.deadline ?? []))})[^.!?\\n]{0,50}$`,
  'iu',
);
const OTHER_END = plainRegExp(
  String.raw`(?<![\p{L}])(?:${alternation(LANGUAGES.flatMap((t) => t.otherEnds ?? []))})(?:[ \t]+\p{L}+){0,2}[ \t]+(?:ends?|ending|closes?|closing|shuts?|finishes)\b[^.!?\n]{0,20}$`,
  'iu',
);
/** A clock reading in digits: "9:45", "10am", "10 o'clock". */
const CLOCK_READING = /\d{1,2}(?::\d{2}|\s*[ap]\.?m\.?(?![\p{L}])|\s*o['’]clock)/giu;

/** Where the last clock reading of `text` ends (0 when it has none). */
function endOfLastClockReading(text: string): number {
  let end = 0;
  for (const m of allMatches(text, CLOCK_READING)) end = (m.index ?? 0) + m[0].length;
  return end;
}

/** "before Friday, March 5", "avant le vendredi 12 mars": a date that is a limit, not a meeting. */
const BEFORE_WORDS = [...new Set(LANGUAGES.flatMap((t) => t.beforeDate?.words ?? []))];
const BEFORE_ARTICLES = [...new Set(LANGUAGES.flatMap((t) => t.beforeDate?.articles ?? []))];
const BEFORE_DATE = plainRegExp(
  String.raw`\b(?:${BEFORE_WORDS.join('|')})\s+(?:(?:${BEFORE_ARTICLES.join('|')})\s+)?(?:(?:${WEEKDAY_ALTERNATION})\.?,?\s+)?(?:(?:${MONTH_ALTERNATION})\.?\s+)?\d{1,2}\b[^.!?\n]{0,40}$`,
  'iu',
);
/**
 * "Monday to Friday, 9:00 to 5:00", "du lundi au vendredi de 9h à 18h": a span of weekdays with
 * hours is when someone can be reached, unless the sentence moves something.
 */
const WEEKDAY_SPAN = plainRegExp(
  String.raw`\b(?:${WEEKDAY_ALTERNATION})\.?\s*(?:[–—-]|to|through|thru|till|until|au|à|bis|a|al|tot|t/m|fino a)\s*(?:${WEEKDAY_ALTERNATION})\b[^.!?\n]{0,40}$`,
  'iu',
);
/**
 * "La matinée commence par une session d'information de 9h00 à 9h45": the time of another event
 * of the day (an info session, a webinar), written in its own sentence before the time.
 */
const EVENT_BEFORE = plainRegExp(
  `(?:${alternation(LANGUAGES.flatMap((t) => t.notInterview.event))})[^.!?\\n]{0,50}$`,
  'iu',
);
/** The time of something already done: when the application was sent, a job ad was posted. */
/** "Arrive 9:45 for a 10:00 start": the time to be there, not the meeting's, which follows. */
const BEFORE_THE_START =
  /^\s*(?:[ap]\.?m\.?)?,?\s+(?:(?:on|at) [^.!?\n]{0,40}?)?(?:for|ahead of|before) (?:a|an|the|your) (?:(?:[\w:.-]+ ){0,3}?(?:start|kick-?off)\b|(?:[\w-]+ )?\d[\w:.-]* (?:[\w-]+ ){0,2}?(?:interview|meeting|call|session|appointment|panel)\b)/i;
/** "Please arrive at 10:45", "check in at reception at 9:40", "log on at 9:55": when to be there. */
const ARRIVAL_BEFORE =
  /(?:arrive|arrival|check[- ]in|sign in|log (?:on|in)|dial in|be (?:in|at) (?:the )?(?:lobby|reception|front desk)|report to (?:the )?(?:lobby|reception|front desk))[^.!?\n]{0,30}$/i;
const PAST_EVENT =
  /(?:applied|application (?:date|time|received|submitted)|submitted|received|posted|dodano|opublikowano|応募日時|受付日時)[^.!?\n]{0,40}$/iu;
/**
 * A time that repeats (office hours, opening hours, "the front desk is open 8–6"), not one meeting;
 * a person's calendar that "is open Wednesday from 1:30" offers that meeting.
 */
const RECURRING =
  /(?:office hours|opening hours|drop-in|\b(?:office|desk|reception|lobby|building|cent(?:er|re)|campus|library)s? (?:is|are|remains?|stays?) open\b|\bwe(?:'re| are) open\b|\bhours\s*:|\bevery\b|\beach\b|\bweekly\b|\bdaily\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\b|\b(?:mon(?:day)?|tue(?:sday)?|sun(?:day)?)\s*[–—-]\s*(?:fri(?:day)?|sat(?:urday)?|thu(?:rsday)?)\b)[^.!?\n]{0,60}$/i;
/** The same in the other languages' words ("La reception è aperta dalle 8.00 alle 17.00"). */
const OPENING_HOURS = plainRegExp(
  `(?:${alternation(LANGUAGES.flatMap((t) => t.openingHours ?? []))})[^.!?\\n]{0,90}$`,
  'iu',
);
/** Verbs that convert a time for the reader ("that works out to 3pm for you"), either case. */
const CONVERTS = '[Ww]orks? out|[Tt]ranslates?|[Cc]onverts?|[Cc]omes? out|[Ee]quates?';
/**
 * Words after a time that make it a conversion for the reader ("if you're on Eastern"); not
 * those that begin the next clause's conversion ("10:30 Pacific; for you that translates to …").
 */
const CONVERSION_AFTER = new RegExp(
  String.raw`^(?:(?!--)[^.()\n;—]){0,40}(?:if you(?:'re| are) (?:on|in)|your time|my time|for you)\b(?![^.\n]{0,30}\b(?:${CONVERTS})\b)`,
  'i',
);
/**
 * Words before a time that make it a conversion of one already written: "for you in New York
 * that works out to 3:00-4:15 pm", "10:00 here will be 4:00 in the morning in New York", "2pm ET
 * is 11am". Case-sensitive, so that only a capitalised abbreviation reads as a zone ("the 10:30
 * slot is 11:00" converts nothing).
 */
const CONVERSION_BEFORE = new RegExp(
  String.raw`(?:\b(?:${CONVERTS}) (?:to|at|as) (?:about |around |roughly )?|\d(?:[:.]\d\d)?\s*(?:[APap]\.?[Mm]\.?\s*)?(?:here|there|local(?: time)?|(?:my|our) time|[A-Z]{2,5}|(?:Eastern|Central|Mountain|Pacific) [Tt]ime)\s+(?:will be|would be|is|becomes)\s+)$`,
);
/** "10:00 here will be 4:00 in New York": a time restated only to convert it. */
const CONVERTED_AFTER =
  /^\s*(?:[ap]\.?m\.?\s*)?(?:here|there|local time|(?:my|our) time)\s+(?:will be|would be|is|becomes)\s+\d/i;
const CONFIRMING =
  /\b(?:confirm(?:ed|ing)?|scheduled|booked|invite|invitation|will take place|is set|are set|see you|join us|when|date|time)\b/i;
const OPTIONS = plainRegExp(
  `\\b(?:either of these|any of these|following (?:times|slots)|options?\\b|availability|available (?:times|slots)|which (?:works|suits)|would (?:any|either|one) of)|${alternation(LANGUAGES.flatMap((t) => t.notInterview.chooseSlot))}`,
  'iu',
);
/** "moved it from <old> to <new>": the time after "from" is the old one, after "to" the new. */
const MOVE_VERB = `(?:${alternation(LANGUAGES.flatMap((t) => t.moveVerbs ?? []))})`;
const MOVE = `${MOVE_VERB}[^.\\n]{0,80}?`;
const MOVED_FROM = plainRegExp(String.raw`${MOVE}\bfrom\s+(?:(?!\bto\b)[^.\n]){0,60}$`, 'iu');
/**
 * "we moved your interview on Thursday from 2pm to 3pm", "se ha movido de las 10:00 a las 11:30": a
 * range right after the move's "from" is the old time and the new one (but "moved it to Thursday,
 * from 2pm to 3pm" is the new slot).
 */
const MOVED_FROM_TO_PAIR = plainRegExp(
  String.raw`${MOVE_VERB}\b(?:(?!\b(?:to|for|now|until|till|into|al|para|per|naar|auf)\b)[^.!?\n:]){0,60}\b(?:from|de(?: las?)?|desde(?: las?)?|dalle|das|van)\s+$`,
  'iu',
);
const MOVED_TO = plainRegExp(
  String.raw`${MOVE}\bfrom\b[^.\n]{1,80}?\bto\s+(?:(?!\bto\b)[^.\n]){0,50}$`,
  'iu',
);
/** "shift your 2pm interview with Dana to 3:30pm": the time right after the move's "to" is the new one. */
const MOVED_TO_DIRECTLY = plainRegExp(
  String.raw`${MOVE}\bto\s+(?:(?:${WEEKDAY_ALTERNATION})\.?,?\s+(?:at\s+)?)?$`,
  'iu',
);
const HEADER_LINE = /^(?:>\s*)*(?:sent|date|from|to|subject|cc|wrote)\s*:/i;
/** Another header label later on the same line: a header block flattened onto one line. */
const LATER_HEADER = /\s(?:sent|date|from|to|subject|cc)\s*:/i;

/**
 * A quoted message's header line ("Date: Wed, Feb 3, 2027 at 4:48 PM" under "From: …"), whose
 * time is when that mail was sent. A "Date:" line on its own, among the lines of a confirmation
 * ("Date: Thursday, 11.02., 09:30–10:30 CET" under a greeting), is the interview's.
 */
function isMailHeader(text: string, lineStart: number, lineEnd: number): boolean {
  const line = text.slice(lineStart, lineEnd);
  if (!HEADER_LINE.test(line)) return false;
  if (LATER_HEADER.test(line)) return true;
  // The nearest lines with text above and below (a flattened HTML block may space them out).
  const above = text.slice(Math.max(0, lineStart - 400), lineStart).trimEnd();
  const below = text.slice(lineEnd, lineEnd + 400).trimStart();
  return (
    HEADER_LINE.test(above.slice(above.lastIndexOf('\n') + 1)) ||
    HEADER_LINE.test(below.split('\n', 1)[0] as string)
  );
}

const MAX_CANDIDATES = 300;
/** Lines longer than this are read as if they broke there (keeps every lookup bounded). */
const MAX_LINE = 2000;

function lineBounds(text: string, index: number): [number, number] {
  const from = Math.max(0, index - MAX_LINE);
  const newline = text.slice(from, index).lastIndexOf('\n');
  const start = newline < 0 ? from : from + newline + 1;
  const end = text.slice(index, index + MAX_LINE).indexOf('\n');
  return [start, end < 0 ? Math.min(text.length, index + MAX_LINE) : index + end];
}

/** The words before a date that make it the night or the journey before a visit. */
const TRAVEL_BEFORE =
  /(?:(?:night|evening) (?:of|before)|hotel[^.!?\n]{0,40}|flights? (?:on|for)|arriv(?:e|ing|al) (?:on|the))\s+(?:the\s+)?$/i;

function pickDate(
  text: string,
  dates: DateMention[],
  index: number,
  end: number,
): DateMention | null {
  const [lineStart, lineEnd] = lineBounds(text, index);
  let best: DateMention | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const date of dates) {
    // On the line, or written across its start ("this Thursday," / "December 10, 10:30").
    if (date.end > lineStart && date.index < lineEnd) {
      const distance = date.end <= index ? index - date.end : date.index - end;
      if (distance >= 0 && distance < bestDistance) {
        best = date;
        bestDistance = distance;
      }
    }
  }
  if (best) return best;
  // The nearest date above (a "Date:" line, or a schedule's heading), not too far back, unless
  // it is the night of the journey there ("booked your hotel for the night of the 11th").
  for (let i = dates.length - 1; i >= 0; i--) {
    const date = dates[i] as DateMention;
    if (TRAVEL_BEFORE.test(text.slice(Math.max(0, date.index - 60), date.index))) continue;
    if (date.end <= lineStart && lineStart - date.end < 900) return date;
    if (date.end <= lineStart) break;
  }
  // Or on the next line ("Time: 3pm" then "Date: Jan 5").
  const nextEnd = lineBounds(text, lineEnd + 1)[1];
  for (const date of dates) {
    if (date.index > lineEnd && date.end <= nextEnd) return date;
  }
  return null;
}

/** "11:30 in the morning (Central)": the words for the half of the day, before a zone. */
const MERIDIEM_WORDS_AFTER = plainRegExp(
  `^\\s*(?:${alternation(LANGUAGES.flatMap((t) => [...(t.meridiemAfter?.am ?? []), ...(t.meridiemAfter?.pm ?? [])]))})(?![\\p{L}])`,
  'iu',
);

function zoneFor(
  text: string,
  end: number,
  statement: ZoneMention | null,
): { zone: ZoneMention | null; stated: boolean } {
  const halfOfDay = MERIDIEM_WORDS_AFTER.exec(text.slice(end, end + 40));
  let zone = zoneAt(text, end + (halfOfDay?.[0].length ?? 0), 3, true);
  if (zone) {
    // "16:00 CET (Madrid time)": a city right after an abbreviation names the zone better.
    const refined = zoneAt(text, zone.end, 3, false);
    if (refined?.iana && refined.strength >= zone.strength) zone = refined;
    return { zone, stated: true };
  }
  const [, lineEnd] = lineBounds(text, end);
  const rest = text.slice(end, Math.min(lineEnd, end + 80));
  const later = zoneStatements(rest)[0];
  // "at 10 (that's 4pm CET for you)": a zone after another clock reading is that one's.
  if (later && endOfLastClockReading(rest.slice(0, later.index)) === 0)
    return { zone: later, stated: true };
  return { zone: statement, stated: statement !== null };
}

function at(
  day: { year: number; month: number; day: number },
  clock: ClockTime,
  zone: ZoneMention | null,
  fallback: string,
): ZonedTime | null {
  return ZonedTime.fromWall(
    { year: day.year, month: day.month, day: day.day, hour: clock.hour, minute: clock.minute },
    zone ? zoneOfMention(zone) : fallback,
  );
}

/** Every dated time in `text`, scored. */
export function findWhenCandidates(
  text: string,
  context: TimeContext,
  statement: ZoneMention | null,
): WhenCandidate[] {
  const dates = findDates(text, context.dayFirst);
  const candidates: WhenCandidate[] = [];
  // A confirmation names a handful of times; past a few hundred the text is not one.
  // A day's itinerary gives each row the end the next row starts at, its hours read in order.
  const rows = new Map(itineraryRows(text).map((row) => [row.range.index, row.range]));
  for (const found of findTimeRanges(text).slice(0, MAX_CANDIDATES)) {
    const range = rows.get(found.index) ?? found;
    const [lineStart, lineEnd] = lineBounds(text, range.index);
    const line = text.slice(lineStart, lineEnd);
    if (isMailHeader(text, lineStart, lineEnd) || REPLY_ATTRIBUTION.some((a) => a.test(line)))
      continue;
    const date = pickDate(text, dates, range.index, range.end);
    if (!date) continue;
    const day = resolveDate(date, context.base);
    if (!day) continue;
    const { zone, stated } = zoneFor(text, range.end, statement);
    const before = text.slice(Math.max(lineStart - 160, 0), range.index);
    const moved = range.finish !== null && MOVED_FROM_TO_PAIR.test(before.slice(-90));
    const start = at(
      day,
      moved && range.finish ? range.finish : range.start,
      zone,
      context.defaultZone,
    );
    if (!start) continue;
    const end = range.finish && !moved ? at(day, range.finish, zone, context.defaultZone) : null;
    const sentenceAfter = text.slice(range.end, Math.min(lineEnd, range.end + 160));
    const sentenceBefore = before.slice(-90);
    // "Parking validation ends at 5pm", "the office closes at 6": another thing's end.
    if (OTHER_END.test(sentenceBefore)) continue;
    if (DAY_END.test(sentenceBefore)) {
      candidates.push({
        start,
        end: null,
        timezone: zone?.iana ?? null,
        zoneStated: stated,
        index: range.index,
        score: -10,
        relative: date.kind !== 'absolute',
        offered: false,
        closesDay: true,
      });
      continue;
    }
    // Opening hours and other times that repeat are said on the time's own line.
    const lineBefore = text.slice(Math.max(lineStart, range.index - 90), range.index);
    // "Arrive by 9:45 for a 10am start": a limit said of an earlier time is not this one's.
    const limitWords = sentenceBefore.slice(endOfLastClockReading(sentenceBefore));
    if (
      DEADLINE.test(limitWords) ||
      DEADLINE_WORDS.test(limitWords) ||
      (LIMIT_BEFORE.test(limitWords) && WORK_DUE_AFTER.test(sentenceAfter)) ||
      PAST_EVENT.test(sentenceBefore) ||
      BEFORE_DATE.test(sentenceBefore) ||
      RECURRING.test(lineBefore) ||
      OPENING_HOURS.test(lineBefore) ||
      BEFORE_THE_START.test(sentenceAfter) ||
      (range.finish && WEEKDAY_SPAN.test(sentenceBefore) && !MOVED.test(sentenceBefore))
    )
      continue;
    let score = 0;
    const question = /^[^.!]*\?/.test(sentenceAfter);
    const bullet = /^\s*(?:[-•*▪◦·]|\d\.)\s/.test(line);
    const listOffer = bullet && OPTIONS.test(text.slice(Math.max(0, lineStart - 300), lineStart));
    // "(4–5:15 p.m. if you're on Eastern)": a conversion of the time just written.
    const openParen = text.lastIndexOf('(', range.index);
    const inParentheses =
      openParen >= 0 &&
      range.index - openParen < 4 &&
      text.lastIndexOf(')', range.index) < openParen;
    if (inParentheses && candidates.some((c) => range.index - c.index < 120)) score -= 3;
    if (CONVERSION_AFTER.test(text.slice(range.end, range.end + 60))) score -= 3;
    if (CONVERSION_BEFORE.test(before.slice(-60))) score -= 3;
    if (CONVERTED_AFTER.test(sentenceAfter) && candidates.length > 0) score -= 3;
    const insteadAfter = NEW_TIME_AFTER.test(sentenceAfter);
    if (NEW_TIME.test(before.slice(-90)) || insteadAfter) score += 4;
    // "Instead of 11:00–12:00, it'll now run 10:30–11:30": the words name the time right after
    // them; a time written in between is the old one, not this.
    const oldWords = OLD_TIME.exec(before.slice(-70));
    if (oldWords && findTimeRanges(oldWords[1] ?? '').length === 0) score -= 4;
    if (OLD_TIME_AFTER.test(sentenceAfter)) score -= 4;
    const moveWindow = before.slice(-160);
    if (moved || MOVED_TO.test(moveWindow) || MOVED_TO_DIRECTLY.test(moveWindow)) score += 4;
    else if (MOVED_FROM.test(moveWindow)) score -= 4;
    if (CONFIRMING.test(before.slice(-120))) score += 1;
    if (EVENT_BEFORE.test(sentenceBefore)) score -= 3;
    if (ARRIVAL_BEFORE.test(sentenceBefore)) score -= 2;
    if (question) score -= 2;
    if (OPTIONS.test(text.slice(Math.max(0, lineStart - 300), lineStart))) score -= 2;
    if (listOffer) score -= 1;
    if (date.kind === 'absolute') score += 1;
    if (range.finish && !moved) score += 1;
    if (stated) score += 1;
    if (!range.certain) score -= 1;
    // An interview is never before the message that announces it.
    if (start.ts < context.base.ts - 3_600_000) continue;
    candidates.push({
      start,
      end,
      timezone: zone?.iana ?? null,
      zoneStated: stated,
      index: range.index,
      score,
      relative: date.kind !== 'absolute',
      // "Could you do Monday at 2pm instead?": a new time asked for, not yet booked.
      offered: listOffer || (question && (insteadAfter || NEW_TIME_BEFORE.test(sentenceBefore))),
      ...(moved ? { movedFrom: at(day, range.start, zone, context.defaultZone) ?? undefined } : {}),
    });
  }
  candidates.push(...sameTimeCandidates(text, dates, context, statement));
  return candidates;
}

/**
 * "décalé au jeudi 18 février, même heure": the date right before the words, at the clock time
 * written last before that date (the old slot's), in its zone.
 */
function sameTimeCandidates(
  text: string,
  dates: DateMention[],
  context: TimeContext,
  statement: ZoneMention | null,
): WhenCandidate[] {
  const found: WhenCandidate[] = [];
  for (const m of allMatches(text, SAME_TIME)) {
    const wordsAt = m.index ?? 0;
    const date = dates.filter((d) => d.end <= wordsAt && wordsAt - d.end <= 12).pop();
    if (!date) continue;
    const old = findTimeRanges(text.slice(Math.max(0, date.index - 400), date.index)).pop();
    const day = resolveDate(date, context.base);
    if (!old || !day) continue;
    const oldEnd = Math.max(0, date.index - 400) + old.end;
    const { zone, stated } = zoneFor(text, oldEnd, statement);
    const start = at(day, old.start, zone, context.defaultZone);
    if (!start || start.ts < context.base.ts) continue;
    const end = old.finish ? at(day, old.finish, zone, context.defaultZone) : null;
    found.push({
      start,
      end,
      timezone: zone?.iana ?? null,
      zoneStated: stated,
      index: date.index,
      score: 5 + (stated ? 1 : 0),
      relative: date.kind !== 'absolute',
      offered: false,
    });
  }
  return found;
}

/** The interview time among the candidates, or null. */
export function chooseWhen(text: string, found: WhenCandidate[]): When | null {
  const candidates = found.filter((c) => !c.closesDay);
  if (candidates.length === 0) return null;
  let best = candidates[0] as WhenCandidate;
  for (const candidate of candidates) if (candidate.score > best.score) best = candidate;
  let start = best.start;
  let end = best.end;
  // A schedule of sessions on the same day: first start to last end, when they follow on.
  const sameDay = candidates
    .filter(
      (c) => c.score >= best.score - 1 && c.start.toISODate() === best.start.toISODate() && c.end,
    )
    .sort((a, b) => a.start.ts - b.start.ts);
  if (best.end && sameDay.length > 1) {
    let spanStart = best.start;
    let spanEnd = best.end;
    let grew = true;
    while (grew) {
      grew = false;
      for (const c of sameDay) {
        const cEnd = c.end as ZonedTime;
        const touches =
          c.start.ts <= spanEnd.ts + 30 * 60_000 && cEnd.ts >= spanStart.ts - 30 * 60_000;
        if (touches && (c.start < spanStart || cEnd > spanEnd)) {
          if (c.start < spanStart) spanStart = c.start;
          if (cEnd > spanEnd) spanEnd = cEnd;
          grew = true;
        }
      }
    }
    start = spanStart;
    end = spanEnd;
  }
  // "at 9 Eastern … The call is 9-9:50": the same start written again as a range gives its end.
  if (!end)
    end =
      candidates.find(
        (c) =>
          c.end &&
          c.score >= best.score - 1 &&
          (c.zoneStated ? c.start : c.start.withZoneKeepingWall(start.zone)).ts === start.ts,
      )?.end ?? null;
  // "we'll wrap up by 2:30 pm": the day ends then, when no session's end says otherwise, or when
  // a session with no end of its own follows on ("B takes over at 10:20 and wraps up by 11").
  // A bare "wrap by 2:15" is read on the clock of the time it closes.
  const closing = found
    .filter((c) => c.closesDay)
    .map((c) => ({ ...c, start: c.zoneStated ? c.start : c.start.withZoneKeepingWall(start.zone) }))
    .find(
      (c) =>
        c.start.toISODate() === start.toISODate() &&
        c.start.ts > start.ts &&
        c.start.ts - start.ts <= 12 * 3_600_000,
    );
  const spanEnd = end;
  const followsOn =
    closing &&
    spanEnd &&
    closing.start.ts > spanEnd.ts &&
    candidates.some((c) => {
      // A bare "at 10:20" in the schedule is read on the schedule's clock.
      const from = c.zoneStated ? c.start : c.start.withZoneKeepingWall(spanEnd.zone);
      return (
        !c.end &&
        from.ts >= spanEnd.ts - 30 * 60_000 &&
        from.ts <= spanEnd.ts + 30 * 60_000 &&
        from.ts < closing.start.ts
      );
    });
  if (closing && (!end || followsOn)) end = closing.start;
  let durationUsed = false;
  if (!end) {
    // The length of the whole interview: the longest stated near the time (the agenda's parts
    // are shorter: "an hour and a half: an hour on your work, then questions").
    let nearest: { minutes: number; distance: number } | null = null;
    for (const d of findDurations(text)) {
      const distance = Math.abs(d.index - best.index);
      if (distance > 600) continue;
      if (!nearest || d.minutes > nearest.minutes) nearest = { minutes: d.minutes, distance };
    }
    if (!nearest) {
      for (const d of findDurations(text)) {
        const distance = Math.abs(d.index - best.index);
        if (!nearest || distance < nearest.distance) nearest = { minutes: d.minutes, distance };
      }
    }
    if (nearest) {
      end = start.plusMinutes(nearest.minutes);
      durationUsed = true;
    }
  }
  return {
    start,
    end,
    timezone: best.timezone,
    zoneStated: best.zoneStated,
    relative: best.relative,
    durationUsed,
    candidates: candidates.length,
    offered: best.offered,
  };
}
