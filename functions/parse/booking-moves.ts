// A newer message of a thread that moves the time an older one booked without writing the whole
// new time: "same time on Thursday" (a new day at the booked hour), "an hour later, same day" (the
// booked time shifted). The booked time gives what the newer message leaves out: the hour, the
// day, the zone and the length.
import { findDates, resolveDate } from './dates.js';
import type { When } from './interview-time.js';
import { alternation, LANGUAGES, MOVED, phrasePattern, plainRegExp } from './languages/index.js';
import { allMatches } from './matches.js';

/** A newer text, and the date its relative days count from. */
export interface NewerText {
  text: string;
  base: When['start'];
}

const SAME_TIME = phrasePattern((t) => t.sameTime ?? [], 'giu');
const HAS_SAME_TIME = plainRegExp(SAME_TIME.source, 'iu');
const SENTENCE_BREAK = /[.!?\n]/;

/**
 * "Thursday at the same time works", "push it to the same time on Thursday", "verzet naar vrijdag
 * 19 maart, zelfde tijd": the booked time moved to the day written beside the same-time words.
 */
export function movedToAnotherDay(
  booked: When,
  newer: NewerText[],
  dayFirst: boolean,
): When | null {
  for (const { text, base } of newer) {
    if (!text.trim()) continue;
    if (!HAS_SAME_TIME.test(text)) continue;
    const dates = findDates(text, dayFirst);
    for (const m of allMatches(text, SAME_TIME)) {
      const at = m.index ?? 0;
      const after = at + m[0].length;
      const inSentence = (from: number, to: number) => !SENTENCE_BREAK.test(text.slice(from, to));
      const date =
        dates.filter((d) => d.end <= at && at - d.end <= 40 && inSentence(d.end, at)).pop() ??
        dates.find((d) => d.index >= after && d.index - after <= 25 && inSentence(after, d.index));
      if (!date) continue;
      const day = resolveDate(date, base);
      if (!day) continue;
      const start = booked.start.with(day);
      if (start.toISODate() === booked.start.toISODate() || start.ts < base.ts - 86_400_000)
        continue;
      const length = booked.end ? booked.end.ts - booked.start.ts : null;
      return {
        ...booked,
        start,
        end: length !== null ? start.plusMillis(length) : null,
        relative: date.kind !== 'absolute',
        offered: false,
      };
    }
  }
  return null;
}

const EARLIER = alternation(LANGUAGES.flatMap((t) => t.shiftWords?.earlier ?? []));
const LATER = alternation(LANGUAGES.flatMap((t) => t.shiftWords?.later ?? []));
/** Half an hour's amount: "half an", "eine halbe", "une demi", "media", "meia". */
const HALF = String.raw`half an?|eine halbe|une demi|media|meia`;
const AMOUNT = String.raw`\d{1,3}|an?|one|two|${HALF}|eine[rn]?|zwei|une|deux|una|un|uma|um|dos|duas|due|een|twee`;
const IS_HALF = new RegExp(`^(?:${HALF})$`);
const UNIT = String.raw`hours?|hrs?|minutes?|mins?|stunden?|minuten|heures?|horas?|minutos|ore|ora|minuti|uur`;
/** "an hour later", "30 minutes earlier", "eine Stunde später", "une heure plus tôt". */
const SHIFT = plainRegExp(
  String.raw`(?<![\p{L}\d])(${AMOUNT})[ -]?(${UNIT})\s+(?:(${EARLIER})|(${LATER}))`,
  'giu',
);
const EARLIER_BY = alternation(LANGUAGES.flatMap((t) => t.shiftWords?.earlierBy ?? []));
const LATER_BY = alternation(LANGUAGES.flatMap((t) => t.shiftWords?.laterBy ?? []));
/** "pushed back an hour", "moved up by 15 minutes", "repoussé d'une heure". */
const SHIFT_BY = plainRegExp(
  String.raw`(?:(${EARLIER_BY})|(${LATER_BY}))\s+(?:(?:by|de|di|em|en|um)\s+|d['’])?(${AMOUNT})[ -]?(${UNIT})(?![\p{L}])`,
  'giu',
);
const MOVE_VERBS = plainRegExp(alternation(LANGUAGES.flatMap((t) => t.moveVerbs ?? [])), 'iu');
/**
 * A move verb of any table or a move phrase: a shift without one is advice ("log in 10 minutes
 * earlier"). Two patterns: as one it would pass V8's size limit for optimised patterns.
 */
export function saysMove(text: string): boolean {
  return MOVE_VERBS.test(text) || MOVED.test(text);
}
const HOUR_UNIT = /^(?:h|heure|hora|ore|ora|uur|stunde)/i;

function minutesOf(amount: string, unit: string): number {
  const a = amount.toLowerCase();
  const count = /^\d/.test(a)
    ? Number(a)
    : IS_HALF.test(a)
      ? 0.5
      : /^(?:two|zwei|deux|dos|duas|due|twee)$/.test(a)
        ? 2
        : 1;
  return HOUR_UNIT.test(unit) ? count * 60 : count;
}

/** A shift said in a sentence that moves the meeting: where it is, and by how many minutes. */
interface Shift {
  index: number;
  minutes: number;
}

function* shiftsIn(text: string): Generator<Shift> {
  // Both forms, as [amount, unit, earlier]: "30 minutes earlier", "moved up by 30 minutes".
  const found = [
    ...allMatches(text, SHIFT).map((m) => ({ at: m.index ?? 0, m: [m[1], m[2], m[3]] })),
    ...allMatches(text, SHIFT_BY).map((m) => ({ at: m.index ?? 0, m: [m[3], m[4], m[1]] })),
  ].sort((a, b) => a.at - b.at);
  for (const { at, m } of found) {
    const from = Math.max(0, ...[...'.!?\n'].map((c) => text.lastIndexOf(c, at) + 1));
    const rest = text.slice(at);
    const stop = rest.search(SENTENCE_BREAK);
    const sentence = text.slice(from, stop < 0 ? text.length : at + stop);
    if (!saysMove(sentence)) continue;
    const minutes = minutesOf(m[0] as string, m[1] as string) * (m[2] ? -1 : 1);
    if (minutes === 0 || Math.abs(minutes) > 12 * 60) continue;
    yield { index: at, minutes };
  }
}

function shifted(booked: When, minutes: number): When {
  return {
    ...booked,
    start: booked.start.plusMinutes(minutes),
    end: booked.end ? booked.end.plusMinutes(minutes) : null,
    offered: false,
  };
}

/** "We've pushed it an hour later, same day": the booked time shifted, its length kept. */
export function shiftedInTime(booked: When, newer: NewerText[]): When | null {
  for (const { text } of newer)
    for (const shift of shiftsIn(text)) return shifted(booked, shift.minutes);
  return null;
}

/** Every table's words for later and earlier: a text without one shifts nothing. */
const SHIFT_WORD = plainRegExp(`${EARLIER}|${LATER}|${EARLIER_BY}|${LATER_BY}`, 'iu');

/**
 * "Your interview on Thursday at 2pm ET will now start 30 minutes later", "… commencera 30
 * minutes plus tard": the time written before the shift, moved by it. A time written after it
 * ("… half an hour later, at 2:30") only repeats the new one; a text that also gives the old
 * time ("from 2pm to 2:30, half an hour later") has already said the new one.
 */
export function shiftedInItsText(
  found: When,
  text: string,
  candidates: { start: When['start']; index: number; movedFrom?: When['start'] }[],
): When | null {
  if (!SHIFT_WORD.test(text)) return null;
  const at = candidates.filter((c) => c.start.ts === found.start.ts).map((c) => c.index);
  if (at.length === 0) return null;
  const written = Math.min(...at);
  for (const shift of shiftsIn(text)) {
    if (shift.index < written) continue;
    const old = found.start.ts - shift.minutes * 60_000;
    if (candidates.some((c) => c.start.ts === old || c.movedFrom?.ts === old)) return null;
    return shifted(found, shift.minutes);
  }
  return null;
}
