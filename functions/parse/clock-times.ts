import { BARE_DAY_ARTICLE } from './dates.js';
import {
  alternation,
  LANGUAGES,
  MONTH_ALTERNATION,
  plainRegExp,
  WEEKDAY_ALTERNATION,
} from './languages/index.js';
import { allMatches } from './matches.js';
import { numberFromWord } from './number-words.js';
import { zoneAt } from './zones.js';

// Clock times and ranges in text (noon words come from the language tables): "3pm", "10:30 AM", "14:00", "11am – 12pm",
// "from 4:00 to 5:15 PM", "2:00–3:30 PM", "16h30", "16:30h", "noon".

const NOON = LANGUAGES.flatMap((t) => t.noon).join('|');
/** "午後" right before a clock reading: its half of the day. */
const MERIDIEM_BEFORE = plainRegExp(
  `(?:(${alternation(LANGUAGES.flatMap((t) => t.meridiemBefore?.am ?? []))})|(${alternation(LANGUAGES.flatMap((t) => t.meridiemBefore?.pm ?? []))}))[ \t\u3000]*$`,
  'iu',
);

export interface ClockTime {
  hour: number;
  minute: number;
}

export interface TimeRange {
  index: number;
  end: number;
  start: ClockTime;
  /** Null when only a start is written. */
  finish: ClockTime | null;
  /** Written with am/pm or on a 24-hour clock (not a guess). */
  certain: boolean;
}

interface Token {
  index: number;
  end: number;
  hour: number;
  minute: number | null;
  meridiem: 'am' | 'pm' | null;
  /** Written like a time on its own (has minutes, am/pm, or is a word like noon). */
  standalone: boolean;
}

/** French typography spaces the hour mark: "10 h 30", "9 h" (often with a no-break space). */
const SPACE = '[ \u00a0\u202f]';
/** The first half of a dotted range before "Uhr"/"uur": "14.30–15.30 Uhr". */
const DOTTED_TO_UNIT = String.raw`(?=\s*[–—-]\s*\d{1,2}\.\d{2}\s*(?:uhr|uur|h)\b)`;
/**
 * Flemish writes the hour mark as "u" (for "uur"), glued to digits that stand alone: "14u30",
 * "9u" (not "jobs4u").
 */
const FLEMISH_HOUR = String.raw`(?<=(?<![\p{L}\d])\d{1,2})u`;
const TOKEN = plainRegExp(
  String.raw`(?<![\d:.,$£€#+/@%])(\d{1,2})(?:([:時]|[ \t]?시[ \t]?|${SPACE}?h${SPACE}?|${FLEMISH_HOUR})(\d{2}|(?<=時)半|(?<=시[ \t]?)반)[分분]?(?::\d{2})?(?:h(?:rs?)?(?![\p{L}\d]))?|\.(\d{2})(?=\s*(?:[ap]\.?m\b|uhr\b|uur\b)|${DOTTED_TO_UNIT})|${SPACE}?(h(?![\p{L}\d])|時(?![間\d])|시(?![간\d])|${FLEMISH_HOUR}(?![\p{L}\d])))?(?:\s*([ap])(\.?m\.?|\.${SPACE}m\.?)|([ap])(?![\p{L}\d]))?(?![\d/%]|\.\d|:\d|[a-ln-zA-LN-Z]|時間|分|시간|분)|(?<![\p{L}-])(${NOON})(?![\p{L}])|\b(midnight)\b`,
  'giu',
);
/**
 * "om 10.30", "alle 14.30", "at 9.45", "od 10.30 do 11.30": a dotted clock reading after a word that introduces a
 * time (a dotted pair elsewhere may be a date or a score, and is read only before am/pm/Uhr).
 */
const DOTTED_AFTER_WORD = plainRegExp(
  String.raw`(?<![\p{L}])(?:om|alle|ore|um|kl\.?|klo|at|à|às|as|a las|las|dalle|van|tot|from|to|bis|until|od|do|ve?|godz\.?|godzina|godzinie)[ \t]+(\d{1,2})\.(\d{2})(?:[ \t]*[–—-][ \t]*(\d{1,2})\.(\d{2}))?(?![\d.]*\d)`,
  'dgiu',
);
const MORNING = alternation(LANGUAGES.flatMap((t) => t.partOfDay?.am ?? []));
const AFTERNOON = alternation(LANGUAGES.flatMap((t) => t.partOfDay?.pm ?? []));
/**
 * A day and "at" before a bare hour make it a clock reading: "Monday at 11", "tomorrow at 3",
 * "the 18th at 10", "March 4 at 2", "4 March at 2", "3/18 at 11", "Wednesday morning at 10".
 */
const BARE_HOUR_LEAD = plainRegExp(
  String.raw`(?:(?<![\p{L}])(?:${WEEKDAY_ALTERNATION}|tomorrow|today|tonight)\.?|(?<![\d/])\d{1,2}(?:st|nd|rd|th)|(?<![\p{L}])(?:${MONTH_ALTERNATION})\.? \d{1,2}(?:st|nd|rd|th)?|(?<![\d/])\d{1,2} (?:${MONTH_ALTERNATION})|(?<![\d/])\d{1,2}\/\d{1,2})(?:,?\s+(?:${MORNING}|${AFTERNOON}))?,?\s+at\s+$`,
  'iu',
);
/** "morning at 7" is 07:00 and "evening at 7" 19:00, whatever business hours would guess. */
const PART_OF_DAY_BEFORE = plainRegExp(
  String.raw`(?<![\p{L}])(?:(${MORNING})|(${AFTERNOON})),?\s+at\s+$`,
  'iu',
);
/**
 * "at 10 on Wednesday morning", "at 3 on Friday", "at 2 tomorrow afternoon": a day after a bare
 * hour that "at" leads to makes it a clock reading, on the half of the day a part of it names.
 */
const DAY_AFTER_BARE_HOUR = plainRegExp(
  String.raw`^\s+(?:on\s+)?(?:(?:this|next|coming)\s+)?(?:${WEEKDAY_ALTERNATION}|tomorrow|today)\.?(?:,?\s+(?:(${MORNING})|(${AFTERNOON})))?(?![\p{L}])`,
  'iu',
);
/**
 * "1400 ET", "0930 hrs", "1030h", "1030h-1130h", "1400Z": four digits on the 24-hour clock without a colon, read only
 * when "hrs" or a zone follows (a bare "1400" is a street number or an amount).
 */
const FOUR_DIGIT_TIME =
  /(?<![\d:.,$£€#+/@%]|(?<!\d{4}h)-)([01]\d|2[0-3])([0-5]\d)(?!\d)(?=((?:\s*(?:hrs?\.?|hours)|h)(?![\p{L}]))?)/gu;
/** Before an hour with a lone a/p: "@ 2p", "at 10a", "from 9:30a", "2-3p". */
const GLUED_MERIDIEM_LEAD = /(?:@|(?<![\p{L}])(?:at|from|to|until|till|by|or)|[-–—~])\s*$/iu;
/** "11:30a–12:15p", "2p-3p": a glued a/p before a dash and a second such reading opens a range. */
const GLUED_RANGE_REST = /^\s*[-–—~]\s*\d{1,2}(?::\d{2})?[ap](?![\p{L}\d])/iu;
/**
 * "we'll wrap up by 2:30 pm", "should be done around 3": the words that give the time a day of
 * meetings ends (a bare hour after them is a clock reading).
 */
export const DAY_END = plainRegExp(
  String.raw`(?<![\p{L}])(?:${alternation(LANGUAGES.flatMap((t) => t.dayEnd ?? []))})\s+(?:(?:by|at|around|about|no later than)\s+)?(?:(?:approximately|approx\.?|roughly|circa|ca\.)\s+)?$`,
  'iu',
);
/** "your interview starts at 11", "we begin at 9": a bare hour the meeting starts at. */
const STARTS_AT =
  /(?<![\p{L}])(?:starts?|starting|begins?|beginning|kicks? off|kicking off) at\s+$/iu;
/** "at 2 Eastern", "at 10 PT", "@ 2 ET": a bare hour that a zone follows is a clock reading. */
const AT_BEFORE = /(?:(?<![\p{L}])at\s+|@\s*)$/iu;
/** "from 2 till 3 Eastern": two bare hours after "from" or "between" make a range. */
const RANGE_OPENER = /(?<![\p{L}])(?:from|between)\s+$/iu;
/** What may follow the bare hour that closes such a range: the clause ends, or a zone or day comes. */
const AFTER_BARE_RANGE =
  /^\s*(?:$|[^\p{L}\d\s]|(?:on|at|in|for|with|via|and|today|tomorrow|o['’]clock)(?![\p{L}]))/iu;
const CONNECTOR =
  /^\s*(?:-|–|—|~|～|〜|から|to|until|till|through|thru|à|a|a las|bis|tot|al|até|às|as|alle|alle ore|e|do)\s*$/i;
/**
 * "el jueves 11 a las 16:00", "jeudi 11 à 16 h": a bare number right after a weekday, before the
 * word for "at", is the day of the month, not the opening hour of a range.
 */
const WEEKDAY_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${WEEKDAY_ALTERNATION})\.?,?\s+$`,
  'iu',
);
const AT_CONNECTOR = /^[.,]?\s*(?:a las|à|às|as|alle|a|um|om)\s*$/i;
/** "le 4 à 10h30", "am 4. um 10 Uhr": a bare number after the article of a day is that day. */
const DAY_ARTICLE_BEFORE = new RegExp(`${BARE_DAY_ARTICLE}$`, 'iu');
/**
 * A whole hour written bare after the word that says it is a clock reading: "alle ore 15",
 * "dalle 15 alle 16", "a las 10", "às 15", "um 10 Uhr", "om 10 uur", "à 15 heures 30", "de 14
 * heures à 15 heures" (but "de 2 heures" is a length).
 */
const HOUR_AFTER_WORD = plainRegExp(
  String.raw`(?<![\p{L}])(?:(?:dalle|alle)(?:[ \t]+ore)?|ore|a las|de las|às|das)[ \t]+(\d{1,2})(?![\d:h時]|[.,]\d|[ \t]*(?:%|€|\$|minut|min\b|ore\b|hours?\b|horas?\b|d[ií]as\b|giorni\b|persone\b|personas\b|pessoas\b))|(?<![\d:.,])(\d{1,2})[ \t]+(?:uhr|uur)(?![\p{L}])|(?<![\p{L}])(?:à|vers|de(?=[ \t]+\d{1,2}[ \t]+heures?(?:[ \t]+\d{2})?[ \t]+à[ \t]))[ \t]+(\d{1,2})[ \t]+heures?(?:[ \t]+(\d{2})(?!\d))?(?![\p{L}])`,
  'dgiu',
);
/** "between 2 and 3pm", "entre 14h et 15h", "zwischen 14 und 15 Uhr": the pair is a range. */
const BETWEEN_BEFORE =
  /(?<![\p{L}])(?:between|entre|zwischen|tra|fra|tussen)(?:[ \t]+(?:las|les|the|ore))?[ \t]+$/iu;
const AND_CONNECTOR = /^\s*(?:and|et|und|y|e|en)(?:\s+(?:las|les))?\s*$/i;
/**
 * "At 10:30 she sits down with A (a@b.example) until 11:15": a session's start and its "until"
 * with the people between, in one sentence (no sentence end, semicolon or blank line inside).
 */
const UNTIL_AFTER_CLAUSE = /\b(?:until|till)\s*$/i;
const CLAUSE_BREAK = /[.!?;]\s|\n\s*\n/;
/** How long a session opened and closed across a clause may run: longer is two facts. */
const CLAUSE_RANGE_MINUTES = 180;
/** "Wed, Dec 9 — 10:30 a.m.": a bare number right after a month's name is the day, no opening hour. */
const DAY_AFTER_MONTH = plainRegExp(
  String.raw`(?<![\p{L}])(?:${MONTH_ALTERNATION})\.?[ \t]+$`,
  'iu',
);
/**
 * After a bare hour that closes a range ("from 9:30 until 11"), words that make it a count or a
 * day instead ("9:30 to 11 December", "10:00 - 12 people").
 */
const NOT_A_CLOSING_HOUR = plainRegExp(
  String.raw`^\s*(?:(?:${MONTH_ALTERNATION})(?![\p{L}])|(?:people|persons|candidates|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b|[%/.,]\d)`,
  'iu',
);
/**
 * "half past two", "quarter to four", "ten past four": a clock reading in words. British speech
 * drops the "past": "half ten" is 10:30 (a count follows otherwise: "half ten minutes" is not a
 * time). Five, ten, twenty and twenty-five minutes are read "past" the hour only.
 */
const WORDS_TIME =
  /\b(half|quarter|five|ten|twenty|twenty[- ]five) (?:(past|to) )?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b(?!\s*(?:o['’]|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|people|per|%))(?:\s*([ap])\.?m\.?)?/gi;
const MINUTE_WORDS: Record<string, number> = {
  half: 30,
  quarter: 15,
  five: 5,
  ten: 10,
  twenty: 20,
  'twenty-five': 25,
};
const HOUR_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
/**
 * "3 in the afternoon", "three in the afternoon", "10:30 in the morning", "4 de la tarde",
 * "3 heures de l'après-midi": the half of the day written after the hour.
 */
const MERIDIEM_AFTER = plainRegExp(
  String.raw`(?<![\p{L}\d:.])(\d{1,2}|${HOUR_WORDS.join('|')})(?::(\d{2}))?(?:\s*(?:o['’]\s?clock|heures?|uhr|uur))?\s+(?:(${alternation(LANGUAGES.flatMap((t) => t.meridiemAfter?.am ?? []))})|(${alternation(LANGUAGES.flatMap((t) => t.meridiemAfter?.pm ?? []))}))(?![\p{L}])`,
  'giu',
);
const O_CLOCK = new RegExp(String.raw`\b(\d{1,2}|${HOUR_WORDS.join('|')})\s+o['’]\s?clock\b`, 'gi');
/** Every table's hour words ("drei", "dieci") → 1–12. */
const CLOCK_HOURS = new Map<string, number>(
  LANGUAGES.flatMap((t) => (t.clockWords?.hours ?? []).map((w, i): [string, number] => [w, i + 1])),
);
const CLOCK_BEFORE = new Map<string, number>(LANGUAGES.flatMap((t) => t.clockWords?.before ?? []));
const CLOCK_AFTER = new Map<string, number>(LANGUAGES.flatMap((t) => t.clockWords?.after ?? []));
const CLOCK_HOUR_WORD = alternation([...CLOCK_HOURS.keys()]);
/** "um halb drei", "kwart over tien": minutes before or after an hour said in words. */
const CLOCK_WORDS_BEFORE = plainRegExp(
  String.raw`(?<![\p{L}])(${alternation([...CLOCK_BEFORE.keys()])})\s+(${CLOCK_HOUR_WORD})(?![\p{L}\d])`,
  'giu',
);
/** "alle 11 e mezza", "a las tres y cuarto", "10 heures et demie": minutes said after the hour. */
const CLOCK_WORDS_AFTER = plainRegExp(
  String.raw`(?<![\p{L}\d:.])(\d{1,2}|${CLOCK_HOUR_WORD})(?:\s*(?:heures?|h))?\s+(${alternation([...CLOCK_AFTER.keys()])})(?![\p{L}])`,
  'giu',
);

/** "from half past nine until eleven": an hour in words that closes a range after "until". */
const UNTIL_HOUR_WORD = new RegExp(
  String.raw`\b(?:until|till)\s+(${HOUR_WORDS.join('|')})\b(?![\s-]*(?:o['’]|of\b|people|persons|minutes?|hours?))`,
  'gi',
);
/** A number after these words is a length of time, not a clock reading ("durée : 1h30"). */
const DURATION_BEFORE = /(?:dur\p{L}*|dauer|duur|length|lasting)\s*(?:de|:|van)?\s*$/iu;

function tokens(text: string): Token[] {
  const found: Token[] = [];
  for (const m of allMatches(text, TOKEN)) {
    const index = m.index ?? 0;
    if (m[9] || m[10]) {
      const midnight = Boolean(m[10]);
      found.push({
        index,
        end: index + m[0].length,
        hour: midnight ? 0 : 12,
        minute: 0,
        meridiem: midnight ? 'am' : 'pm',
        standalone: true,
      });
      continue;
    }
    if (DURATION_BEFORE.test(text.slice(Math.max(0, index - 16), index))) continue;
    const hour = Number(m[1]);
    const minuteText = m[3] ?? m[4];
    // "10時半", "10시 반": half past ten.
    const minute =
      minuteText === '半' || minuteText === '반'
        ? 30
        : minuteText !== undefined
          ? Number(minuteText)
          : m[5]
            ? 0
            : null;
    // "5m" (five minutes) or a stray letter is not a meridiem; only a/p followed by m.
    const before =
      MERIDIEM_BEFORE.exec(text.slice(Math.max(0, index - 8), index)) ??
      PART_OF_DAY_BEFORE.exec(text.slice(Math.max(0, index - 16), index));
    // "@ 2p CT", "10-11a": a lone a/p glued to the hour, after a word that leads to a time or
    // before a zone ("Room 2a" is none).
    const glued =
      m[8] !== undefined &&
      (GLUED_MERIDIEM_LEAD.test(text.slice(Math.max(0, index - 8), index)) ||
        GLUED_RANGE_REST.test(text.slice(index + m[0].length, index + m[0].length + 12)) ||
        zoneAt(text, index + m[0].length, 2) !== null)
        ? m[8].toLowerCase()
        : null;
    if (m[8] !== undefined && glued === null) continue;
    const end = index + m[0].length;
    const dayAfter =
      minuteText === undefined && !m[5] && !m[6] && hour >= 1 && hour <= 12 && !before
        ? AT_BEFORE.test(text.slice(Math.max(0, index - 8), index))
          ? DAY_AFTER_BARE_HOUR.exec(text.slice(end, end + 40))
          : null
        : null;
    const meridiem =
      m[6] && m[7]
        ? m[6].toLowerCase() === 'a'
          ? 'am'
          : 'pm'
        : glued
          ? glued === 'a'
            ? 'am'
            : 'pm'
          : before
            ? before[1]
              ? 'am'
              : 'pm'
            : dayAfter?.[1]
              ? 'am'
              : dayAfter?.[2]
                ? 'pm'
                : null;
    if (m[6] && !m[7]) continue;
    if (hour > 23 || (minute !== null && minute > 59)) continue;
    if (meridiem && (hour === 0 || hour > 12)) continue;
    found.push({
      // "午後3時": the word for the half of the day is part of the reading ("午後2時〜午後3時").
      index: index - (!m[7] && before ? before[0].length : 0),
      end,
      hour,
      minute,
      meridiem,
      standalone:
        minute !== null ||
        meridiem !== null ||
        Boolean(dayAfter) ||
        (hour >= 1 && hour <= 12 && STARTS_AT.test(text.slice(Math.max(0, index - 24), index))) ||
        (hour >= 1 && BARE_HOUR_LEAD.test(text.slice(Math.max(0, index - 40), index))) ||
        (hour >= 1 && hour <= 12 && DAY_END.test(text.slice(Math.max(0, index - 60), index))) ||
        (hour >= 1 &&
          hour <= 12 &&
          AT_BEFORE.test(text.slice(Math.max(0, index - 8), index)) &&
          zoneAt(text, end, 2, true) !== null),
    });
  }
  for (const m of allMatches(text, FOUR_DIGIT_TIME)) {
    const index = m.index ?? 0;
    const end = index + m[0].length + (m[3]?.length ?? 0);
    if (!m[3] && zoneAt(text, end, 2) === null) continue;
    if (found.some((t) => t.index === index)) continue;
    found.push({
      index,
      end,
      hour: Number(m[1]),
      minute: Number(m[2]),
      meridiem: null,
      standalone: true,
    });
  }
  for (const m of allMatches(text, DOTTED_AFTER_WORD)) {
    const hour = Number(m[1]);
    const minute = Number(m[2]);
    if (hour > 23 || minute > 59) continue;
    const index = m.indices?.[1]?.[0] ?? m.index ?? 0;
    if (found.some((t) => t.index === index)) continue;
    const end = m.indices?.[2]?.[1] ?? index;
    found.push({ index, end, hour, minute, meridiem: null, standalone: true });
    // "kl. 13.00–14.00": the dotted reading after the dash closes the range.
    const closing = m.indices?.[3];
    if (closing && m[3] !== undefined && m[4] !== undefined) {
      const [closeHour, closeMinute] = [Number(m[3]), Number(m[4])];
      if (closeHour > 23 || closeMinute > 59 || found.some((t) => t.index === closing[0])) continue;
      const closeEnd = m.indices?.[4]?.[1] ?? closing[1];
      found.push({
        index: closing[0],
        end: closeEnd,
        hour: closeHour,
        minute: closeMinute,
        meridiem: null,
        standalone: true,
      });
    }
  }
  for (const m of allMatches(text, HOUR_AFTER_WORD)) {
    const group = m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : 3;
    const hour = Number(m[group]);
    const minute = Number(m[4] ?? 0);
    const index = m.indices?.[group]?.[0] ?? m.index ?? 0;
    if (hour > 23 || minute > 59) continue;
    const bare = found.findIndex((t) => t.index === index);
    if (bare >= 0 && (found[bare] as Token).standalone) continue;
    if (bare >= 0) found.splice(bare, 1);
    // "11 heures à 12 heures": the reading ends after its word, where a range's "à" follows.
    const end = group === 3 ? (m.index ?? 0) + m[0].length : index + String(m[group]).length;
    found.push({ index, end, hour, minute, meridiem: null, standalone: true });
  }
  // "3 o'clock", "three o'clock": a whole hour, its half of the day left to the caller's guess.
  for (const m of allMatches(text, O_CLOCK)) {
    const word = (m[1] as string).toLowerCase();
    const hour = HOUR_WORDS.indexOf(word) + 1 || Number(word);
    if (!(hour >= 1 && hour <= 12)) continue;
    const index = m.index ?? 0;
    const bare = found.findIndex((t) => t.index === index);
    if (bare >= 0) found.splice(bare, 1);
    found.push({
      index,
      end: index + m[0].length,
      hour,
      minute: 0,
      meridiem: null,
      standalone: true,
    });
  }
  for (const m of allMatches(text, WORDS_TIME)) {
    const word = (m[3] as string).toLowerCase();
    const named = HOUR_WORDS.indexOf(word) + 1 || Number(word);
    if (!(named >= 1 && named <= 12)) continue;
    const half = (m[1] as string).toLowerCase() === 'half';
    if (!m[2] && !half) continue;
    // "from ten to eleven" is a range: minutes other than a quarter or a half only go "past".
    if (!/^(?:half|quarter)$/i.test(m[1] as string) && (m[2] as string).toLowerCase() !== 'past')
      continue;
    const past = !m[2] || m[2].toLowerCase() === 'past';
    const minutes = MINUTE_WORDS[(m[1] as string).toLowerCase().replace(' ', '-')] ?? 0;
    const hour = past ? named : named - 1;
    const index = m.index ?? 0;
    found.push({
      index,
      end: index + m[0].length,
      hour: hour === 0 ? 12 : hour,
      minute: past ? minutes : 60 - minutes,
      meridiem: m[4] ? (m[4].toLowerCase() === 'a' ? 'am' : 'pm') : null,
      standalone: true,
    });
  }
  for (const [pattern, hourAt, wordAt] of [
    [CLOCK_WORDS_BEFORE, 2, 1],
    [CLOCK_WORDS_AFTER, 1, 2],
  ] as const)
    for (const m of allMatches(text, pattern)) {
      const said = (m[hourAt] as string).toLowerCase();
      const hour = CLOCK_HOURS.get(said) ?? Number(said);
      const shift = (pattern === CLOCK_WORDS_BEFORE ? CLOCK_BEFORE : CLOCK_AFTER).get(
        (m[wordAt] as string).toLowerCase().replace(/\s+/g, ' '),
      );
      if (!(hour >= 1 && hour <= 12) || shift === undefined) continue;
      const index = m.index ?? 0;
      // The bare hour the digits gave ("11" of "11 e mezza") is this reading.
      for (let i = found.length - 1; i >= 0; i--)
        if ((found[i] as Token).index >= index && (found[i] as Token).index < index + m[0].length)
          found.splice(i, 1);
      const minutes = hour * 60 + shift;
      const at = minutes <= 0 ? minutes + 12 * 60 : minutes;
      found.push({
        index,
        end: index + m[0].length,
        hour: Math.floor(at / 60) || 12,
        minute: at % 60,
        meridiem: null,
        standalone: true,
      });
    }
  for (const m of allMatches(text, UNTIL_HOUR_WORD)) {
    const word = m[1] as string;
    const index = (m.index ?? 0) + m[0].length - word.length;
    const hour = HOUR_WORDS.indexOf(word.toLowerCase()) + 1;
    if (!found.some((t) => t.index === index))
      found.push({
        index,
        end: index + word.length,
        hour,
        minute: null,
        meridiem: null,
        standalone: false,
      });
  }
  for (const m of allMatches(text, MERIDIEM_AFTER)) {
    const word = (m[1] as string).toLowerCase();
    const hour = HOUR_WORDS.indexOf(word) + 1 || Number(word);
    if (!(hour >= 1 && hour <= 12)) continue;
    const index = m.index ?? 0;
    const meridiem = m[3] ? 'am' : 'pm';
    // The hour read already ("2:45", "quarter past ten", "3 o'clock") takes the half of the day.
    const written = found.find((t) => t.index <= index && index < t.end);
    if (written) {
      if (written.meridiem === null) Object.assign(written, { meridiem, standalone: true });
      continue;
    }
    const minute = m[2] !== undefined ? Number(m[2]) : 0;
    if (minute > 59) continue;
    const end = index + (m[1] as string).length + (m[2] !== undefined ? m[2].length + 1 : 0);
    found.push({ index, end, hour, minute, meridiem, standalone: true });
  }
  found.sort((a, b) => a.index - b.index);
  return withListedHours(text, found);
}

/** "2, 3 or 4pm", "10 or 11 o'clock": bare hours listed before a whole hour share its reading. */
const LISTED_HOURS = /(?<![\d:.,$£€#+/@%]\s?)((?:\d{1,2},[ \t]*){0,4}\d{1,2}),?[ \t]+or[ \t]+$/;

function withListedHours(text: string, found: Token[]): Token[] {
  const listed: Token[] = [];
  for (const token of found) {
    if (!token.standalone || (token.minute !== null && token.minute !== 0)) continue;
    if (token.hour < 1 || token.hour > 12) continue;
    const before = text.slice(Math.max(0, token.index - 24), token.index);
    const m = LISTED_HOURS.exec(before);
    if (!m) continue;
    let at = token.index - before.length + (m.index ?? 0);
    for (const part of (m[1] as string).split(',')) {
      const index = at + part.search(/\d/);
      const hour = Number(part.trim());
      at += part.length + 1;
      if (hour < 1 || hour > 12 || found.some((t) => t.index === index && t.standalone)) continue;
      listed.push({
        index,
        end: index + String(hour).length,
        hour,
        minute: token.minute,
        meridiem: token.meridiem,
        standalone: true,
      });
    }
  }
  if (listed.length === 0) return found;
  const kept = found.filter((t) => !listed.some((l) => l.index === t.index));
  return [...kept, ...listed].sort((a, b) => a.index - b.index);
}

function to24(token: Token, meridiem: 'am' | 'pm' | null): ClockTime {
  let hour = token.hour;
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  return { hour, minute: token.minute ?? 0 };
}

/** Business-hours reading of a time written without am/pm ("at 3:00" → 15:00). */
function guess(token: Token): ClockTime {
  if (token.hour >= 13 || token.hour === 0) return { hour: token.hour, minute: token.minute ?? 0 };
  if (token.hour <= 7) return { hour: token.hour + 12, minute: token.minute ?? 0 };
  return { hour: token.hour, minute: token.minute ?? 0 };
}

const minutesOf = (t: ClockTime) => t.hour * 60 + t.minute;

export function findTimeRanges(text: string): TimeRange[] {
  const list = tokens(text);
  const ranges: TimeRange[] = [];
  /** The clause ends after a bare closing hour, or a zone or day comes: "from 2 till 3 Eastern", "9:30-11 ET". */
  const closesClause = (hour: Token) =>
    AFTER_BARE_RANGE.test(text.slice(hour.end, hour.end + 16)) ||
    zoneAt(text, hour.end, 2, true) !== null;
  for (let i = 0; i < list.length; i++) {
    const first = list[i] as Token;
    const next = list[i + 1];
    const gap = next ? text.slice(first.end, next.index) : '';
    const dayOfWeekday =
      !first.standalone &&
      AT_CONNECTOR.test(gap) &&
      (WEEKDAY_BEFORE.test(text.slice(Math.max(0, first.index - 24), first.index)) ||
        DAY_ARTICLE_BEFORE.test(text.slice(Math.max(0, first.index - 12), first.index)));
    const joined =
      (CONNECTOR.test(gap) && !dayOfWeekday) ||
      (AND_CONNECTOR.test(gap) &&
        BETWEEN_BEFORE.test(text.slice(Math.max(0, first.index - 16), first.index)));
    // "from 2 till 3 Eastern": both hours bare, the words around say it is a range of the day.
    const bareRange =
      next !== undefined &&
      first.minute === null &&
      first.meridiem === null &&
      next.minute === null &&
      next.meridiem === null &&
      first.hour >= 1 &&
      first.hour <= 12 &&
      next.hour >= 1 &&
      next.hour <= 12 &&
      RANGE_OPENER.test(text.slice(Math.max(0, first.index - 12), first.index)) &&
      closesClause(next);
    // The closing hour may be bare when the opening one is a clear clock reading: "9:30 until 11",
    // and after a dash when the clause ends or a zone follows: "9:30-11 ET", "9:30–11.".
    const closes =
      next !== undefined &&
      (next.standalone ||
        bareRange ||
        (first.minute !== null &&
          first.standalone &&
          (/\p{L}/u.test(gap) || closesClause(next)) &&
          !NOT_A_CLOSING_HOUR.test(text.slice(next.end, next.end + 24))));
    // "09:00": an hour written with a leading zero is on the 24-hour clock.
    const padded = /^0\d/.test(text.slice(first.index, first.index + 2));
    const dayOfMonth =
      !first.standalone &&
      first.minute === null &&
      DAY_AFTER_MONTH.test(text.slice(Math.max(0, first.index - 16), first.index));
    if (next && joined && closes && !dayOfMonth) {
      const range = pair(first, next, padded, bareRange);
      if (range) {
        ranges.push({ index: first.index, end: next.end, ...range });
        i++;
        continue;
      }
    }
    const acrossClause =
      next !== undefined &&
      !joined &&
      first.standalone &&
      next.standalone &&
      (first.minute !== null ||
        first.meridiem !== null ||
        STARTS_AT.test(text.slice(Math.max(0, first.index - 24), first.index))) &&
      gap.length <= 200 &&
      UNTIL_AFTER_CLAUSE.test(gap) &&
      !CLAUSE_BREAK.test(gap);
    if (acrossClause) {
      const range = pair(first, next, padded);
      if (range && minutesOf(range.finish) - minutesOf(range.start) <= CLAUSE_RANGE_MINUTES) {
        ranges.push({ index: first.index, end: next.end, ...range });
        i++;
        continue;
      }
    }
    if (!first.standalone) continue;
    // "10:30" alone is only a time if it is a plausible clock reading (not "1:2" scores).
    const certain = first.meridiem !== null || first.hour >= 13 || first.hour === 0 || padded;
    const start = first.meridiem
      ? to24(first, first.meridiem)
      : padded
        ? { hour: first.hour, minute: first.minute ?? 0 }
        : guess(first);
    ranges.push({ index: first.index, end: first.end, start, finish: null, certain });
  }
  return ranges;
}

function pair(
  a: Token,
  b: Token,
  padded: boolean,
  bareRange = false,
): { start: ClockTime; finish: ClockTime; certain: boolean } | null {
  if (a.meridiem || b.meridiem) {
    const finish = to24(b, b.meridiem ?? a.meridiem);
    let start: ClockTime;
    if (a.meridiem) start = to24(a, a.meridiem);
    else {
      // "11:45 – 12:30 PM" is 11:45 AM; "4:00 to 5:15 PM" is 4 PM.
      const same = to24(a, b.meridiem);
      start =
        minutesOf(same) <= minutesOf(finish) ? same : to24(a, b.meridiem === 'pm' ? 'am' : 'pm');
    }
    if (minutesOf(finish) <= minutesOf(start)) return null;
    return { start, finish, certain: true };
  }
  if (a.minute === null && b.minute === null && !bareRange) return null;
  if (a.hour >= 13 || b.hour >= 13 || a.hour === 0 || padded) {
    const start = { hour: a.hour, minute: a.minute ?? 0 };
    const finish = { hour: b.hour, minute: b.minute ?? 0 };
    if (minutesOf(finish) <= minutesOf(start)) return null;
    return { start, finish, certain: true };
  }
  const start = guess(a);
  let finish = guess(b);
  if (minutesOf(finish) <= minutesOf(start)) finish = { hour: b.hour + 12, minute: b.minute ?? 0 };
  if (finish.hour > 23 || minutesOf(finish) <= minutesOf(start)) return null;
  return { start, finish, certain: false };
}

/**
 * Units of time in every language read; those HOUR_UNIT starts are hours. Polish and Swedish
 * ones too ("ok. 45 minut", "2 timmar"); not the Danish and Norwegian "time(r)", an English word.
 */
const UNITS =
  'hours?|hrs?|h|minutes?|mins?|min|heures?|horas?|hora|ore|ora|uur|stunden?|std|minutos?|minuti|minuten|minuty|minuter|minutter|minut|godzin[ya]?|timmar|timme';
const HOUR_UNIT = /^(?:h|heure|hora|ore|ora|uur|stunde|std|godz|timm)/i;
/** "à 3 heures", "alle 8 ore": after the word for "at" a number reads a clock, not a length. */
const CLOCK_LEAD = /(?:^|[^\p{L}])(?:à|a las|alle|às|um|om)\s*$/u;

export interface Duration {
  index: number;
  minutes: number;
}

/** Lengths said in words, from the language tables ("drie kwartier", "media hora"). */
const DURATION_WORDS = LANGUAGES.flatMap((t) => t.durations ?? []).map(
  ([pattern, minutes]): [RegExp, number] => [plainRegExp(`^(?:${pattern})$`, 'iu'), minutes],
);
const DURATION_PHRASE = plainRegExp(
  alternation(LANGUAGES.flatMap((t) => (t.durations ?? []).map(([pattern]) => pattern))),
  'giu',
);

/** "30 minutes plus tard", "30 Minuten später": how far a meeting moves, not how long it lasts. */
const SHIFTED_BY = alternation(
  LANGUAGES.flatMap((t) => [...(t.shiftWords?.earlier ?? []), ...(t.shiftWords?.later ?? [])]),
);

/** "retrasada 30 minutos", "repoussé d'une heure": the same, said before the length. */
const SHIFTED_BY_BEFORE = plainRegExp(
  `(?:${alternation(LANGUAGES.flatMap((t) => [...(t.shiftWords?.earlierBy ?? []), ...(t.shiftWords?.laterBy ?? [])]))})\\s+(?:(?:de|di|em|en|um)\\s+|d['’])?$`,
  'iu',
);

/**
 * A length written with its unit ("45 minutes", "an hour and a half"), built once; the words of
 * a length may be wrapped onto the next line.
 */
const SPELLED_DURATION = plainRegExp(
  String.raw`(?<![\p{L}\d])(half\s+an\s+hour|half[- ]hour|an\s+hour\s+and\s+a\s+half|(\d{1,3}(?:[.,]\d{1,2})?|an?|one|two|three|four|five|six|fifteen|twenty|thirty|forty[- ]?five|forty|fifty|sixty|ninety|une|um|uma|un|una|eine|een)(?:[- ]|['’]\s?|[ \t]*\n[ \t]*(?=\p{L}{3})|(?<=\d))(${UNITS})(?:\s*(?:and\s*)?(?:(\d{1,2})(?:[- ]?(?:minutes?|mins?|min))?|(ten|fifteen|twenty|thirty|forty[- ]?five|forty|fifty)[- ](?:minutes?|mins?)))?)(?:-long)?(?![\p{L}\d-])(?!\s+(?:before|beforehand|prior|ahead|in advance|early|earlier|notice|on it|later|after|ago|of prep|of homework|to prepare))(?!\s+(?:${SHIFTED_BY}))`,
  'giu',
);

/**
 * A length in Japanese, written against the words around it ("午前10時30分から1時間程度", "所要
 * 時間は90分です", "1時間半"), so UNITS leaves its units out: not a clock's minutes ("10時30分",
 * after 時), nor how long before or after something ("30分前", "15分遅れて").
 */
const JAPANESE_DURATION = /(?<![\d時.,:])(\d{1,3})[ \t]?(時間半?|分間?)(?![\d前後遅早繰延])/g;

/**
 * "45 minutes", "a 90-minute", "1.5 hours", "an hour and a half", "1 hour 30 minutes", "an
 * hour-long session"; a line wrapped between the number and a unit word ("for 45 / minutes")
 * still says it.
 */
/**
 * "three back-to-back 45-minute sessions", "two 30-minute interviews in a row": how many meetings of
 * the length follow each other (1 when the length is said of one).
 */
function sessionsInARow(before: string, after: string): number {
  const count =
    /\b(two|three|four|five|[2-5])\s+(?:back[- ]to[- ]back|consecutive)\s+$/.exec(before) ??
    (/^\s+(?:[\w-]+\s+)?(?:sessions|interviews|conversations|rounds|chats|calls|meetings)\s+(?:back[- ]to[- ]back|in a row)\b/i.test(
      after,
    )
      ? /\b(two|three|four|five|[2-5])\s+$/.exec(before)
      : null);
  return count ? numberFromWord(count[1] as string) : 1;
}

export function findDurations(text: string): Duration[] {
  const found: Duration[] = [];
  const spans: [number, number][] = [];
  for (const m of allMatches(text, DURATION_PHRASE)) {
    const minutes = DURATION_WORDS.find(([pattern]) => pattern.test(m[0]))?.[1];
    if (minutes === undefined) continue;
    const index = m.index ?? 0;
    spans.push([index, index + m[0].length]);
    found.push({ index, minutes });
  }
  for (const m of allMatches(text, SPELLED_DURATION)) {
    // "moved up by 15 minutes", "pushed back an hour": how far it moved, not how long it lasts;
    // "arrive no more than 10 minutes early" neither, but "should take no more than 20 minutes" is.
    const before = text.slice(Math.max(0, (m.index ?? 0) - 24), m.index ?? 0).toLowerCase();
    const inARow = sessionsInARow(before, text.slice((m.index ?? 0) + m[0].length));
    if (
      inARow === 1 &&
      /\b(?:within|(?<!no )more than|(?<!\b(?:take|takes|last|lasts|run|runs|be|is)\s+)(?:no more than|up to|at most)|at least|every|each|(?<!(?:will|should|would|to|may|might|can|it'll|it'?s going to) )last|past|by|back|forward)\s*$/.test(
        before,
      )
    )
      continue;
    if (CLOCK_LEAD.test(before) || (inARow === 1 && SHIFTED_BY_BEFORE.test(before))) continue;
    const at = m.index ?? 0;
    // "una hora y media": the phrase in words already says the whole length.
    if (spans.some(([from, to]) => at >= from && at < to)) continue;
    let minutes: number;
    // A line wrapped inside the words ("an hour and a / half") says the same length.
    const whole = (m[1] as string).toLowerCase().replace(/\s+/g, ' ');
    if (whole === 'half an hour' || /^half[- ]hour$/.test(whole)) minutes = 30;
    else if (whole === 'an hour and a half') minutes = 90;
    else {
      const amountText = (m[2] as string).toLowerCase();
      const amount = numberFromWord(amountText);
      const unit = (m[3] as string).toLowerCase();
      minutes = HOUR_UNIT.test(unit) ? amount * 60 : amount;
      if (m[4]) minutes += Number(m[4]);
      else if (m[5]) minutes += numberFromWord(m[5].toLowerCase());
    }
    minutes *= inARow;
    if (!Number.isFinite(minutes) || minutes < 10 || minutes > 8 * 60) continue;
    found.push({ index: m.index ?? 0, minutes: Math.round(minutes) });
  }
  for (const m of allMatches(text, JAPANESE_DURATION)) {
    const amount = Number(m[1]);
    const unit = m[2] as string;
    const minutes = unit.startsWith('時間') ? amount * 60 + (unit.endsWith('半') ? 30 : 0) : amount;
    if (minutes >= 10 && minutes <= 8 * 60) found.push({ index: m.index ?? 0, minutes });
  }
  return found.sort((a, b) => a.index - b.index);
}
