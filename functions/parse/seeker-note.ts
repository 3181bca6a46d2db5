// What the seeker typed above the forward: a decision timeline ("decision in two weeks",
// "they'll decide by Dec 10") and topics to mention in the thank-you.
import type { ZonedTime } from '../core/zoned-time.js';
import { findDates, resolveDate } from './dates.js';
import { numberFromWord } from './number-words.js';

const DECISION =
  /\b(?:decision|decide|deciding|decided|hear back|hear from them|feedback|answer|response|next steps|verdict|outcome|offer)\b/i;
const SPAN =
  /\b(?:in|within|after|about|around|roughly|by)\s+(?:the\s+next\s+)?(\d{1,2}|a couple of|a couple|couple|a few|few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen)(?:\s*(?:-|–|to|or)\s*(\d{1,2}|two|three|four|five|six))?\s+(business days?|working days?|days?|weeks?|months?)\b/i;
const TOPIC =
  /\b(?:talked about|spoke about|discussed|discussing|chatted about|mention(?:ed)?|bring up|ask(?:ed)? about|remember to|follow up on|interested in|excited about|prep(?:are)?|highlight|we covered)\b/i;

function amount(word: string | undefined): number {
  if (!word) return 0;
  return numberFromWord(word);
}

/**
 * The decision date as YYYY-MM-DD. Spans count from the interview when the note says "after"
 * it (or the interview is still ahead), else from the note's own date.
 */
export function findDecisionBy(
  note: string,
  noteDate: ZonedTime,
  interviewStart: ZonedTime | null,
): string | null {
  for (const sentence of note.split(/(?<=[.!?;])\s+|\n+/)) {
    if (!DECISION.test(sentence)) continue;
    const span = SPAN.exec(sentence);
    if (span) {
      const low = amount(span[1]);
      const high = amount(span[2]) || low;
      const unit = (span[3] as string).toLowerCase();
      if (!Number.isFinite(high) || high <= 0 || high > 365) continue;
      const base =
        interviewStart && interviewStart > noteDate
          ? interviewStart.setZone(noteDate.zone)
          : noteDate;
      let date: ZonedTime;
      if (unit.startsWith('business') || unit.startsWith('working')) {
        date = base;
        for (let left = high; left > 0; ) {
          date = date.plusDays(1);
          if (date.weekday <= 5) left--;
        }
      } else if (unit.startsWith('week')) date = base.plusDays(7 * high);
      else if (unit.startsWith('month')) date = base.plusMonths(high);
      else date = base.plusDays(high);
      return date.toISODate();
    }
    const by = /\b(?:by|before|on|until|no later than)\s+(.{3,40})/i.exec(sentence);
    if (by) {
      const mention = findDates(by[1] as string, false)[0];
      if (mention && mention.index < 4) {
        const day = resolveDate(mention, noteDate);
        if (day)
          return `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
      }
    }
    if (/\bend of (?:the|this) week\b/i.test(sentence))
      return noteDate.plusDays((5 - noteDate.weekday + 7) % 7).toISODate();
    if (/\bend of next week\b/i.test(sentence))
      return noteDate.plusDays(((5 - noteDate.weekday + 7) % 7) + 7).toISODate();
    if (/\bend of (?:the|this) month\b/i.test(sentence)) return noteDate.endOfMonth().toISODate();
  }
  return null;
}

/** Sentences of the note worth mentioning in a thank-you. */
export function findNotes(note: string): string[] {
  const notes: string[] = [];
  for (const raw of note.split(/(?<=[.!?])\s+|\n+/)) {
    const sentence = raw.replace(/\s+/g, ' ').trim();
    if (sentence.length < 8 || sentence.length > 400) continue;
    if (DECISION.test(sentence) && SPAN.test(sentence)) continue;
    if (TOPIC.test(sentence)) notes.push(sentence);
  }
  return notes;
}
