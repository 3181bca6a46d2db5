// A newer message of a thread that moves the time an older one booked without writing the whole
// new time: "same time on Thursday" (a new day at the booked hour), "an hour later, same day" (the
// booked time shifted). The booked time gives what the newer message leaves out: the hour, the
// day, the zone and the length.
import { findDates, resolveDate } from './dates.js';
import type { When } from './interview-time.js';
import { alternation, LANGUAGES, MOVED, phrasePattern, plainRegExp } from './languages/index.js';

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
    for (const m of text.matchAll(SAME_TIME)) {
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
const AMOUNT = String.raw`\d{1,3}|an?|one|two|half an?|eine[rn]?|zwei|une|deux|una|un|uma|um|dos|duas|due|een|twee`;
const UNIT = String.raw`hours?|hrs?|minutes?|mins?|stunden?|minuten|heures?|horas?|minutos|ore|ora|minuti|uur`;
/** "an hour later", "30 minutes earlier", "eine Stunde später", "une heure plus tôt". */
const SHIFT = plainRegExp(
  String.raw`(?<![\p{L}\d])(${AMOUNT})[ -]?(${UNIT})\s+(?:(${EARLIER})|(${LATER}))`,
  'giu',
);
/** The move verbs of every table: a shift without one is advice ("log in 10 minutes earlier"). */
const MOVE_VERB = plainRegExp(
  `${alternation(LANGUAGES.flatMap((t) => t.moveVerbs ?? []))}|${MOVED.source}`,
  'iu',
);
const HOUR_UNIT = /^(?:h|heure|hora|ore|ora|uur|stunde)/i;

function minutesOf(amount: string, unit: string): number {
  const a = amount.toLowerCase();
  const count = /^\d/.test(a)
    ? Number(a)
    : /^half/.test(a)
      ? 0.5
      : /^(?:two|zwei|deux|dos|duas|due|twee)$/.test(a)
        ? 2
        : 1;
  return HOUR_UNIT.test(unit) ? count * 60 : count;
}

/** "We've pushed it an hour later, same day": the booked time shifted, its length kept. */
export function shiftedInTime(booked: When, newer: NewerText[]): When | null {
  for (const { text } of newer) {
    for (const m of text.matchAll(SHIFT)) {
      const at = m.index ?? 0;
      const from = Math.max(0, ...[...'.!?\n'].map((c) => text.lastIndexOf(c, at) + 1));
      const rest = text.slice(at);
      const stop = rest.search(SENTENCE_BREAK);
      const sentence = text.slice(from, stop < 0 ? text.length : at + stop);
      if (!MOVE_VERB.test(sentence)) continue;
      const minutes = minutesOf(m[1] as string, m[2] as string) * (m[3] ? -1 : 1);
      if (minutes === 0 || Math.abs(minutes) > 12 * 60) continue;
      return {
        ...booked,
        start: booked.start.plusMinutes(minutes),
        end: booked.end ? booked.end.plusMinutes(minutes) : null,
        offered: false,
      };
    }
  }
  return null;
}
