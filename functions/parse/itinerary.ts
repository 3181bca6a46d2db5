// A day's itinerary: lines that each open with a clock time, then what happens at it ("8:30 –
// breakfast", "9:45 – Dr. Rowntree, Hale Hall"). Written as start times, a row runs until the
// next row's, and times written without am/pm are read in order through the day: "8:30 … 12:15 …
// 4:00" puts the last at 16:00, "7:30 … 9:00" keeps both in the morning.
import { type ClockTime, findTimeRanges, type TimeRange } from './clock-times.js';

/** A line that may open with a clock reading: an indent or a bullet, then "8:30", "9h30", "9 am". */
const ROW_OPENING = /^[ \t]*(?:[-•*·▪◦■□][ \t]*)?\d{1,2}(?:[:.h時]\d{2}|[ \t]?[ap]\.?m)/i;
/** What separates a row's time from its session: a dash, a colon, a bar, a tab or a wide space. */
const AFTER_TIME = /^(?:[ \t]*[–—:|~〜-][ \t]*|\t[ \t]*|[ \t]{2,})(?=[^\s\d])/;
/** Whether a line opens with a clock reading, as an itinerary's rows do. */
export function opensWithClock(line: string): boolean {
  return ROW_OPENING.test(line);
}
/** Fewer rows than this are no itinerary ("10:00 – call" over "10:30 – debrief" may be two options). */
const MIN_ROWS = 3;

export interface ItineraryRow {
  /** Where the row's line starts in the text. */
  lineStart: number;
  /** Its time, at its place in the text, with the end the next row gives it. */
  range: TimeRange;
}

const minutesOf = (t: ClockTime) => t.hour * 60 + t.minute;

/** The readings of a clock time written without am/pm: "4:00" is 4:00 or 16:00, "12:15" only noon. */
function readings(t: ClockTime): ClockTime[] {
  const hour = t.hour > 12 ? t.hour - 12 : t.hour;
  return hour === 12 || hour === 0
    ? [{ hour: 12, minute: t.minute }]
    : [
        { hour, minute: t.minute },
        { hour: hour + 12, minute: t.minute },
      ];
}

/** The first reading at or after `after` (strictly after when `strict`), or null. */
function readingFrom(t: ClockTime, after: number, strict: boolean): ClockTime | null {
  return readings(t).find((r) => (strict ? minutesOf(r) > after : minutesOf(r) >= after)) ?? null;
}

/** The rows of every itinerary in the text, in order. */
export function itineraryRows(text: string): ItineraryRow[] {
  const rows: ItineraryRow[] = [];
  let run: ItineraryRow[] = [];
  const close = () => {
    if (run.length >= MIN_ROWS) rows.push(...inOrder(run));
    run = [];
  };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const start = lineStart;
    lineStart += line.length + 1;
    if (line.trim() === '') continue;
    const row = ROW_OPENING.test(line) ? rowTime(line) : null;
    if (row)
      run.push({
        lineStart: start,
        range: { ...row, index: start + row.index, end: start + row.end },
      });
    else close();
  }
  close();
  return rows;
}

/** The time a line opens with, when a session follows it. */
function rowTime(line: string): TimeRange | null {
  const range = findTimeRanges(line.slice(0, 48))[0];
  if (
    !range ||
    line
      .slice(0, range.index)
      .trim()
      .replace(/^[-•*·▪◦■□]/, '') !== ''
  )
    return null;
  return AFTER_TIME.test(line.slice(range.end)) ? range : null;
}

/** Each row's time read after the one before it, and ended by the next row's where it has no end. */
function inOrder(run: ItineraryRow[]): ItineraryRow[] {
  let previous: number | null = null;
  const starts = run.map(({ range }) => {
    let start = range.start;
    if (!range.certain) {
      const first = readings(start);
      start =
        previous === null
          ? // The day starts in the morning: "8:30" is 8:30, "1:00" is 13:00.
            (first[0] as ClockTime).hour >= 6
            ? (first[0] as ClockTime)
            : range.start
          : (readingFrom(start, previous, false) ?? range.start);
    }
    previous = minutesOf(start);
    return start;
  });
  // Written as start times, each row runs until the next; among rows written as ranges, one
  // without an end is a moment ("8:45 am – arrive at reception"), no session.
  const startsOnly = run.filter((row) => !row.range.finish).length * 2 > run.length;
  return run.flatMap((row, i) => {
    const start = starts[i] as ClockTime;
    const next = starts[i + 1];
    let finish = row.range.finish;
    if (finish && !row.range.certain)
      finish = readingFrom(finish, minutesOf(start), true) ?? finish;
    if (!finish && !startsOnly) return [];
    if (!finish && next && minutesOf(next) > minutesOf(start)) finish = next;
    return [{ ...row, range: { ...row.range, start, finish } }];
  });
}
