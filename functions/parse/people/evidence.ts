// Phase three, second half: what the message says of each person. Points for taking part
// (named after "You'll meet", under an "Interviewer:" label, in a schedule row, said to "join
// me", a calendar attendee) and points for only arranging it (a recruiter's title, "I won't be on
// the call", the forwarder). The seeker and robot mailboxes get none. Deciding from the points
// is ./roles.ts.
import { EMAIL_PATTERN } from '../addresses.js';
import { findTimeRanges } from '../clock-times.js';
import { itineraryRows } from '../itinerary.js';
import {
  alternation,
  escapeRegExp,
  LANGUAGES,
  phrasePattern,
  plainRegExp,
  WEEKDAY_ALTERNATION,
} from '../languages/index.js';
import { allMatches, eachMatch } from '../matches.js';
import { DEPARTMENT_BEFORE, findNames, leadingFirstName } from '../names.js';
import { hasJobNoun } from '../role.js';
import { type AuthoredText, type Cast, nativeScriptNames } from './collect.js';
import type { Person } from './directory.js';

export interface Evidence {
  interviewer: number;
  arranger: number;
  /** Order of first evidence: interviewers are listed in it. */
  order: number;
}

/** Points per person, in the order they were first given. */
export class EvidenceBook {
  readonly entries = new Map<Person, Evidence>();
  /** People another person replaces: whatever else was said, they no longer interview. */
  readonly replaced = new Set<Person>();
  /** People introduced only as members of the arranging team ("Megan from our recruiting team"). */
  readonly arrangingTeam = new Set<Person>();
  /**
   * People named alone in a sentence that books the meeting ("Dana Kim has you down for Tuesday
   * at 11"): with nobody else named as an interviewer, the one the seeker meets.
   */
  readonly booked = new Set<Person>();

  constructor(private readonly cast: Cast) {}

  interviewer(p: Person | null, points: number): void {
    if (p && !this.cast.isSeeker(p) && !p.robot) this.of(p).interviewer += points;
  }

  arranger(p: Person | null, points: number): void {
    if (p && !this.cast.isSeeker(p) && !p.robot) this.of(p).arranger += points;
  }

  get(p: Person): Evidence | undefined {
    return this.entries.get(p);
  }

  private of(p: Person): Evidence {
    let e = this.entries.get(p);
    if (!e) {
      e = { interviewer: 0, arranger: 0, order: this.entries.size };
      this.entries.set(p, e);
    }
    return e;
  }
}

const LEAD = plainRegExp(
  `(?:${alternation(LANGUAGES.flatMap((t) => t.interviewerLead))})[ \\t]*(?:[:：\\-–][ \\t]*)?`,
  'iu',
);
/**
 * Labels that name the interviewers whatever their titles ("Interviewer: X, Recruiter",
 * "Interviewer name: X", "当日の面接官："; a leader of dots has become a colon before, in
 * ../leaders.ts).
 */
const EXPLICIT_LABEL = plainRegExp(
  String.raw`^[ \t\u3000■•*-]*【?(?:(?:ihre?|your|vos|vostri|seus?|sus|uw|je|os|les|die)\s+|[\u3040-\u30ff\u3400-\u9fff]{1,8}の)?(?:interviewers?|panel(?:ists)?|interview(?:ing)? (?:team|panel)|who|with|hosts?|(?:employer |company )?representatives?|面接官|面接担当者?|ご?対応者|commissione|commissie|jury|tribunal|gesprächspartner\w*|intervistator\w*|entrevistador\w*|quem vai conversar com você|intervenants?|guests|attendees|participants|interviewing(?:[ \t]+(?:for|on behalf of)[ \t]+(?:the[ \t]+)?[\p{L}]+)?|avec|mit|con|com|met|${LANGUAGES.flatMap((t) => t.interviewerLabels ?? []).join('|')})(?:[ \t]+names?)?】?[ \t\u3000]*(?:[:：]|$|(?<=】)|(?<=\t))`,
  'iu',
);
/** A line that only introduces the people below it: "You'll meet with:". */
const LEAD_LINE = plainRegExp(
  `^[ \\t]*(?:[\\p{L}'’]+[ \\t]+){0,4}(?:${alternation(LANGUAGES.flatMap((t) => t.interviewerLead))})[ \\t]*[:：][ \\t]*$`,
  'iu',
);
/**
 * "You'll meet three people in back-to-back sessions:", "Your panel for Thursday, March 4:",
 * "Panel (Thursday):": a lead, then a few words that name nobody, then the colon that opens the
 * list.
 */
const LEAD_PHRASE_LINE = plainRegExp(
  `^[ \\t]*(?:[\\p{L}'’]+[ \\t]+){0,4}?(${alternation(LANGUAGES.flatMap((t) => t.interviewerLead))})((?:[ \\t]+\\(?|,[ \\t]*|[ \\t]*\\()[\\p{L}\\p{N}'’-]+(?:(?:[ \\t]+|,[ \\t]*)[\\p{L}\\p{N}'’-]+){0,5})\\)?[ \\t]*[:：][ \\t]*$`,
  'iu',
);
/** Capitalised words that name no one: days, months, and the words for the meeting ("Interview"). */
const NAMES_NO_ONE = plainRegExp(
  alternation([
    ...LANGUAGES.flatMap((t) => [...t.weekdays, ...t.months].flat()),
    ...LANGUAGES.flatMap((t) => [...t.interview, ...(t.meetingWords ?? [])]),
  ]),
  'giu',
);
/** Leads too common to open a list when other words follow them ("with", "who", "then"). */
const WEAK_LEAD = /^(?:with|w\/|who|then(?: with)?|avec|con|mit|met|com)$/i;
/** "Two small things before then:": "then" after other words is a time, no lead. */
const UNTIL_THEN = /\S[ \t]+then[ \t]*[:：][ \t]*$/i;

/** A heading that is a lead alone, as applicant systems print them: "QUEM VAI PARTICIPAR". */
const LEAD_HEADING = plainRegExp(
  `^[ \\t]*(?:[\\p{L}'’]+[ \\t]+){0,2}?(${alternation(LANGUAGES.flatMap((t) => t.interviewerLead))})[ \\t]*$`,
  'iu',
);

/** A lead that ends its line before the colon, whatever comes before it: "… for a virtual loop with:". */
const LEAD_ENDS_LINE = plainRegExp(
  `(?<![\\p{L}])(${alternation(LANGUAGES.flatMap((t) => t.interviewerLead))})[ \\t]*[:：][ \\t]*$`,
  'iu',
);

/**
 * A line that ends in the verb that says who takes part, then the colon of the list below it:
 * "Vanuit DeltaGrid schuiven aan:", "The following people will join:". Whatever it names
 * before the verb is a label, no person.
 */
const VERB_ENDS_LINE = plainRegExp(
  `(?:${alternation(LANGUAGES.flatMap((t) => t.interviewerVerb))})[ \\t]*[:：][ \\t]*$`,
  'iu',
);

function opensList(line: string): boolean {
  // Every lead line ends in a colon, except a heading, which is short.
  const colon = /[:：][ \t]*$/.test(line);
  if (line.length > 80 && !colon) return false;
  if ((LEAD_LINE.test(line) && !UNTIL_THEN.test(line)) || (colon && VERB_ENDS_LINE.test(line)))
    return true;
  const ending = colon ? LEAD_ENDS_LINE.exec(line) : null;
  if (ending && !WEAK_LEAD.test(ending[1] as string)) return true;
  const heading = LEAD_HEADING.exec(line);
  if (heading && !WEAK_LEAD.test(heading[1] as string)) return true;
  const m = LEAD_PHRASE_LINE.exec(line);
  if (!m) return false;
  const words = m[2] as string;
  // "Who you'll meet on Thursday:": past a weak lead, a strong one may follow.
  if (WEAK_LEAD.test(m[1] as string)) return opensList(`${words.trim()}:`);
  return !/\p{Lu}/u.test(words.replace(NAMES_NO_ONE, ''));
}
/** A guest list's mark of the invitation's organizer: "Lena Fischer - organizer". */
const ORGANIZER_MARK = plainRegExp(
  `^[ \\t]*(?:[-–—(,][ \\t]*)?(?:${alternation(LANGUAGES.flatMap((t) => t.organizerMark ?? []))})`,
  'iu',
);
const BARE_WITH = /^(?:with|w\/|avec|con|mit|met|com)[ \t:：\-–]*$/i;
/** The sentences of a line before its last one: "You're confirmed for 10am. You'll meet:". */
const LINE_BEFORE_LAST_SENTENCE = /^.*[.!?](?=\s)/;
/**
 * A line labelled with the person's job title: "Design Director: Darius Mbeki". The label reads
 * like a job (its words end in one of these) and holds no digits.
 */
const TITLE_LABEL =
  /^[ \t■•*-]*((?:[\p{L}&,/]+[ \t]+){0,5}?(?:director|manager|engineer|lead|head of [\p{L} &]+|designer|scientist|researcher|analyst|architect|officer|president|vp(?: of [\p{L} &]+)?|founder|partner|recruiter|coordinator|ceo|cto|cfo|coo|chief [\p{L} ]+|owner|principal))[ \t]*:[ \t]*/iu;
/** A pronoun right after a lead ("your review with her"): the person named just before. */
const PRONOUN =
  /^\s*(?:him|her|them|lui|elle|eux|ihm|ihr|ihnen|él|ella|ellos|ellas|lei|loro|hem|haar|hen)(?![\p{L}])/iu;
/** A pronoun that opens a sentence as its subject; the group is a plural one. */
const SUBJECT_PRONOUN =
  /^\s*(?:(they|ils|elles|ellos|ellas|loro|zij)|she|he|elle|il|ella|él|lei|lui|hij)(?![\p{L}])/iu;
/**
 * What stands between a person and the writer who takes part with them: "and I", past a bracket
 * ("(marco@…)") and the team they come from ("from our platform team").
 */
const BESIDE_THE_WRITER =
  /^(?:[ \t]*\([^()\n]{0,60}\))?(?:,?[ \t]+(?:from|on|in|of)[ \t]+(?:our|the|my)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?[\p{L}-]+,?)?[ \t]+(?:and|&)[ \t]+I\b/u;
/** A sentence about the meeting itself: its time, its kind, or what the seeker will do in it. */
const MEETING_SENTENCE =
  /\d|interview|see you|speak to you|talk to you|catch you|noon|midday|entretien|entrevue|entrevista|gespräch|colloquio|gesprek|面接|call|chat|meet|session|panel|exercise|pair|you(?:'|’)ll|you will|vous (?:allez|serez)|sie werden|usted|vas a|take place|se déroule\w*|aura lieu|findet\b|stattfinden|tendrá lugar|si terrà|terá lugar|vindt plaats/i;
/** The same, in every table's words for the interview and for a call or meeting. */
const MEETING_WORDS = phrasePattern((t) => [...t.interview, ...(t.meetingWords ?? [])]);
const INTERVIEWER_VERB = phrasePattern((t) => t.interviewerVerb);
const CALLS_SEEKER = phrasePattern((t) => t.callsSeeker ?? []);
const TAKES_PART = phrasePattern((t) => t.senderTakesPart);
const OUR_MEETING = phrasePattern((t) => t.ourMeeting ?? []);
const ABSENT = phrasePattern((t) => t.absent ?? []);
const PAST_MEETING = phrasePattern((t) => t.pastMeeting ?? [], 'giu');
/** "as per your email yesterday": the past word is the message's. */
const MESSAGE_BEFORE = plainRegExp(
  `(?<![\\p{L}])(?:${alternation(
    LANGUAGES.flatMap((t) => t.messageBefore ?? []),
    false,
  )})[ \\t]*$`,
  'iu',
);

/** Whether a sentence speaks of a meeting already held (not of a message sent before). */
function saysPastMeeting(s: string): boolean {
  for (const m of eachMatch(s, PAST_MEETING))
    if (!MESSAGE_BEFORE.test(s.slice(Math.max(0, (m.index ?? 0) - 40), m.index))) return true;
  return false;
}
const REPLACING = phrasePattern((t) => t.replacing ?? []);
const HAS_REPLACED_AFTER = phrasePattern((t) => t.replacedAfter ?? []);
/** "Sean Pike rather than Nora Blake": the words right before the one replaced. */
const REPLACED_AFTER = plainRegExp(
  `(?<![\\p{L}])(?:${alternation(LANGUAGES.flatMap((t) => t.replacedAfter ?? []))})[ \\t]+$`,
  'iu',
);
const ARRANGES = phrasePattern((t) => t.senderArranges);
/** "ask for Dana Kim at the front desk": someone to find on arrival, not one who interviews. */
const CONTACT_ON_ARRIVAL = phrasePattern((t) => t.contactOnArrival ?? []);
/** A sentence that says when: a number or a weekday. */
const WEEKDAY = plainRegExp(WEEKDAY_ALTERNATION, 'iu');
const TAKING_PART = phrasePattern((t) => [
  ...t.interview,
  ...(t.meetingWords ?? []),
  ...(t.takingPart ?? []),
]);
const UPCOMING = phrasePattern((t) => t.upcoming ?? []);
const ONLY_ARRANGING = phrasePattern((t) => t.onlyArranging ?? []);
const SELF_UPCOMING = phrasePattern((t) => t.selfUpcoming ?? []);
const ARRANGER_TITLE = phrasePattern((t) => t.arrangerTitles);
const CJK_LIST_NAME =
  /([\p{Script=Han}]{1,4}[ 　][\p{Script=Han}\p{Script=Hiragana}]{1,4})[ \t]*(?:[（(]|$)/u;
/**
 * Under an interviewer label, a name written without its space after the team it belongs to
 * ("データ基盤チーム 井上さくら"); a post or a team ("部長", "開発部") is none.
 */
const UNSPACED_CJK_NAME =
  /(?:^|[ 　])(\p{Script=Han}{1,3}[\p{Script=Han}\p{Script=Hiragana}]{1,4})[ \t　]*(?:[（(]|$)/u;
const CJK_POST_OR_TEAM = /[部課長室係班]$/u;
/** A line that opens with a full name and then its title: "Ana Ruiz, …", "Ana Ruiz – …", "Ana Ruiz (…". */
const PERSON_CELL_START =
  /^[ \t]*\p{Lu}[\p{L}\p{M}'’-]+[ \t]+\p{Lu}[\p{L}\p{M}'’-]+[ \t]*(?:,|[–—·-]|\()/u;
const BULLET = /^[ \t]*(?:[-•*·▪◦–■□]|\d+[.)](?!\d))\s*/;
/** A clause of a schedule row about what comes after its session: ", then …", "; afterwards …". */
const AFTER_THE_SESSION = /[,;][ \t]+(?:and[ \t]+)?(?:then|afterwards|after that|after which)\b/i;
/** A schedule row starts with its time (within its first 3 characters): digits or a noon word. */
const ROW_START = plainRegExp(
  `^[\\s\\S]{0,2}(?:\\d|${alternation(LANGUAGES.flatMap((t) => t.noon))}|midnight)`,
  'iu',
);
/** "M. Thorsrud", "B. Thorsrud": one capital and its stop before a family name. */
const INITIAL_AND_FAMILY = /^(\p{Lu})\.[ \t]+(\p{Lu}[\p{L}\p{M}'’-]+)$/u;
const HONORIFIC_INITIALS = new Set(
  LANGUAGES.flatMap((t) => t.honorifics ?? []).filter((h) => /^\p{Lu}$/u.test(h)),
);

/** The one person of that family name, when the capital is their initial or a form of address. */
function byInitialOrFormOfAddress(
  dir: Cast['directory'],
  initial: string,
  family: string,
  cast: Cast,
): Person | null {
  const person = dir.byFamilyName(family, (p) => cast.isSeeker(p));
  if (!person?.name) return null;
  return person.name.startsWith(initial) || HONORIFIC_INITIALS.has(initial) ? person : null;
}

/** A form of address or two, then a family name alone: "Frau Dr. Lindner", "M. Benali". */
const ADDRESSED_FAMILY_NAME = plainRegExp(
  `(?<![\\p{L}])(?:(?:${LANGUAGES.flatMap((t) => t.honorifics ?? [])
    .map(escapeRegExp)
    .join(
      '|',
    )})\\.?[ \\t]+){1,2}(\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:-\\p{Lu}?[\\p{Ll}\\p{M}'’]+)*)(?![\\p{L}\\p{M}-])(?![ \\t]+\\p{Lu})`,
  'gu',
);
/** The forms of address of every table, as words: "pani", "herr", "señora". */
const HONORIFIC_WORDS = new Set(
  LANGUAGES.flatMap((t) => t.honorifics ?? []).map((h) => h.toLowerCase()),
);
/** Words by which the author names themself. */
const SELF = /(?<![\p{L}])(?:me|myself|moi|mir|mí|mim|me stesso)(?![\p{L}])/gu;
/** "let me know", "call me": the writer is reached there, not met. */
const CONTACTS_WRITER = plainRegExp(
  // "they'll call up to me", "reach out to me": a particle and "to" may follow the verb.
  `(?<![\\p{L}])(?:${alternation(LANGUAGES.flatMap((t) => t.contactsWriter ?? []))})(?:[ \\t]+(?:up|out|over|back|across))?(?:[ \\t]+to)?[ \\t]+$`,
  'iu',
);
/** "Megan from our recruiting team": the person belongs to the team that arranges. */
const IN_ARRANGING_TEAM = `(?:${alternation(LANGUAGES.flatMap((t) => t.memberOf ?? []))})[ \\t]+(?:[\\p{L}-]+[ \\t]+){0,2}?(?:${alternation(LANGUAGES.flatMap((t) => t.arrangerTitles))})`;
const HAS_ARRANGING_MEMBER = plainRegExp(IN_ARRANGING_TEAM, 'iu');
const ARRANGING_MEMBER_AFTER = plainRegExp(
  `^(?:[ \\t]*\\([^()\\n]{0,30}\\))?,?[ \\t]+${IN_ARRANGING_TEAM}`,
  'iu',
);
/** A name right after these is a place or an organisation ("from Acme", "at Lumio"). */
const NOT_A_PERSON_BEFORE = /\b(?:from|at|of|in|on|to|via|about|for)\s+(?:our\s+|the\s+)?$/i;
/** "Gertrude Ballantyne-Sow, our Pricing Actuary,": capitals after ", our" are the title of the one before. */
const APPOSITIVE_TITLE_BEFORE =
  /,[ \t]*(?:our|their|his|her|your|notre|votre|leur|nuestr[oa]|su|unser(?:e|er|em)?|ihr(?:e|er|em)?|il nostro|la nostra|nosso|nossa|o nosso|a nossa|onze)[ \t]+$/iu;
/** "X, one of their Senior Pricing Actuaries": a kind of job, not a person. */
const ONE_OF_BEFORE = /\bone of (?:our|their|the|his|her|my|your)\s+(?:\p{Lu}[\p{L}-]*\s+)?$/u;
/**
 * …except a sender ("the invite will come from X", "you'll hear from X"), the person spoken
 * to ("you'll present to X", "speaking to X"), one brought into the thread ("I've looped in X")
 * and one written for ("I'm writing on behalf of X").
 */
const SENT_FROM_BEFORE =
  /\b(?:(?:(?:writing|write|writes|email(?:ing)?|reach(?:ing)? out|contact(?:ing)?) )?on behalf of|(?:loop|looped|looping|copy|copied|copying|cc'?d|cc'?ing|rope|roped|roping|bring|brought|bringing|pull|pulled|pulling)\s+in|(?:come|comes|coming|invite|invitation|email|e-mail|call|message|hear)\s+from|(?:speak|speaking|talk|talking|chat|chatting|introduce you|introducing you|(?:present|presenting|pitch|pitching)(?:\s+[\w'’-]+){0,3}|(?:pass|passed|passing|forward|forwarded|hand|handed|sent)(?:\s+\S+){0,3}?(?:\s+(?:on|over|along))?)\s+to)\s+$/i;

/**
 * Abbreviations whose full stop ends no sentence: every table's short forms of address ("Prof.",
 * Polish "p.", Spanish "Dña.") and a few more.
 */
const ABBREVIATIONS = [
  ...LANGUAGES.flatMap((t) => t.honorifics ?? []).filter((h) => h.length <= 4),
  // Degrees after a name: "Mikkel Søgaard, ph.d. (address) og Louise Friis".
  ...'a.m p.m Jr St Hr Fr Ing Dipl Eng Lic Arq Sig.ra Dott.ssa dott dr prof ing eng sig approx incl vs e.g i.e ph.d Ph.D PhD MSc M.Sc cand.scient'.split(
    ' ',
  ),
];
/**
 * A sentence ends at a full stop, but not the one after a title ("Prof. Ramón de la Cruz"), and
 * at a line break, but not one that a client's wrapping put between two small letters ("She
 * leads our payments squad and" / "will run the next conversation") or before a comma ("Sá" /
 * "(address), do time …": brackets are blanked first).
 */
const SENTENCE_END = plainRegExp(
  `(?<!(?<![\\p{L}])(?:${[...new Set(ABBREVIATIONS)].map(escapeRegExp).join('|')}))[.!?。](?=\\s)|(?<![a-zß-öø-ÿ,][ \\t]*)\\n|\\n(?![ \\t]*[a-zß-öø-ÿ,;])`,
  'gu',
);

/** A long line that ends in a capitalised word, no stop before it: a given name, wrapped. */
const LINE_ENDS_IN_GIVEN_NAME = /(?:^|\n)[^\n]{45,}[ \t]\p{Lu}[\p{Ll}\p{M}]+\n$/u;
/** A line that opens with a family name and its comma or bracket ("Whaanga-Dunn, our …"). */
const LINE_OPENS_WITH_FAMILY_NAME = /^\p{Lu}[\p{L}\p{M}'’-]+(?:,[ \t]+\p{Ll}|[ \t]+\()/u;

function sentences(text: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  // Parentheses hold titles and addresses: their dots do not end a sentence.
  const masked = text.replace(/\([^()\n]{0,200}\)/g, (p) => ' '.repeat(p.length));
  let start = 0;
  for (const m of allMatches(masked, SENTENCE_END)) {
    const end = (m.index ?? 0) + 1;
    // "I'm also cc'ing Rangi" / "Whaanga-Dunn, our senior data technician": a name its writer
    // wrapped mid-clause runs on to the next line.
    if (
      masked[end - 1] === '\n' &&
      LINE_ENDS_IN_GIVEN_NAME.test(masked.slice(Math.max(0, end - 100), end)) &&
      LINE_OPENS_WITH_FAMILY_NAME.test(masked.slice(end, end + 40))
    )
      continue;
    if (end - start > 1) out.push({ text: text.slice(start, end), index: start });
    start = end;
  }
  if (start < text.length) out.push({ text: text.slice(start), index: start });
  return out;
}

/**
 * A line of 60 characters or more that ends mid-clause (a small letter, a comma, a bracket), then
 * its break.
 */
const WRAPPED_MID_CLAUSE = /(?:^|\n)[^\n]{59,}[\p{Ll}\p{M},)][ \t]*\n$/u;

/** A title set off by a comma, then the address in brackets: ", directrice technique (a@…)". */
const TITLE_THEN_ADDRESS =
  /^,[ \t]*[^,()<>\n@]{2,60}?[ \t]*[(<（]\s*([^()<>\s,;]+@[^()<>\s,;]+?)\s*[)>）]/u;

/** What joins the next person of a list: "…), et par B", "and B", " y B". */
const JOINED_BEFORE =
  /(?<![\p{L}])(?:et|and|y|e|und|en|og|och|oraz)[ \t]+(?:(?:par|by|with|avec|con|com|mit|met|por|da)[ \t]+)?$/u;

/** The word for the people met, right before a bracket that names them. */
const PEOPLE_NOUN_BEFORE =
  /(?<![\p{L}])(?:interviewers?|panel(?:ists)?|people|person|hiring manager)[ \t]*$/iu;

/** A person named in a text, between index and end (the author, where they say "me"). */
interface Mention {
  person: Person;
  index: number;
  end: number;
}

/**
 * Who is named in text[from, to): full names, CJK names, known first names, and "me". `noting`:
 * only learning the names a message holds, before any is weighed.
 */
function mentionsIn(
  cast: Cast,
  text: string,
  from: number,
  to: number,
  author: Person | null,
  noting = false,
): Mention[] {
  const dir = cast.directory;
  const span = text.slice(from, to);
  const found: Mention[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && b > x);
  const take = (person: Person, index: number, length: number) => {
    found.push({ person, index: from + index, end: from + index + length });
    taken.push([index, index + length]);
  };
  for (const m of nativeScriptNames(span)) {
    const person = dir.byName(`${m[1]} (${m[2]})`);
    if (person) take(person, m.index ?? 0, m[0].length);
  }
  // Brackets hold titles and addresses, except right after the word for the people met: "the
  // same interviewer (Dana Kim) as last time", "the same panel (A, B)".
  const masked = span.replace(/\([^()]{0,300}\)/g, (p, at: number) =>
    PEOPLE_NOUN_BEFORE.test(span.slice(Math.max(0, at - 24), at))
      ? ` ${p.slice(1, -1)} `
      : ' '.repeat(p.length),
  );
  for (const n of findNames(masked)) {
    if (!free(n.index, n.end)) continue;
    const before = masked.slice(Math.max(0, n.index - 24), n.index);
    if (
      NOT_A_PERSON_BEFORE.test(before) &&
      !SENT_FROM_BEFORE.test(masked.slice(Math.max(0, n.index - 48), n.index))
    )
      continue;
    // A team, a post or an organisation is no person, and no first name in it is one either.
    if (
      ONE_OF_BEFORE.test(before) ||
      APPOSITIVE_TITLE_BEFORE.test(before) ||
      DEPARTMENT_BEFORE.test(before) ||
      cast.isOrganisation(n.name) ||
      isDepartment(cast, masked, n)
    ) {
      taken.push([n.index, n.end]);
      continue;
    }
    // A name met only in prose joins the directory here (when only noting names, a job title
    // such as "Marine Biologist" does not).
    // "M. Thorsrud" (Monsieur, or an initial) for the one Thorsrud the headers name in full.
    const initialled = INITIAL_AND_FAMILY.exec(n.name);
    const known =
      dir.byName(n.name) ??
      (initialled
        ? byInitialOrFormOfAddress(dir, initialled[1] as string, initialled[2] as string, cast)
        : null);
    const person =
      // The name written in full names the one met shorter before ("Tan Wei Jie", "Wei Jie").
      (known && (known.name?.split(' ').length ?? 0) < n.name.split(' ').length
        ? dir.add(n.name, null, 'text')
        : known) ??
      (/[@\d]/.test(n.name) || (noting && hasJobNoun(n.name))
        ? null
        : dir.add(n.name, null, 'text'));
    if (person) take(person, n.index, n.end - n.index);
  }
  // Noting full names is all the first pass needs.
  if (noting) return found;
  // First names of people already known ("Benedikt (cc'd) has blocked 45 minutes"); a form of
  // address is none ("z którym miała Pani rozmawiać" is no "Pani Agato").
  for (const m of masked.matchAll(/(?<![\p{L}\p{M}'’-])\p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\p{M}])/gu)) {
    const index = m.index ?? 0;
    if (
      !free(index, index + m[0].length) ||
      HONORIFIC_WORDS.has(m[0].toLowerCase()) ||
      !(leadingFirstName(m[0]) || dir.isAddressedFirstName(m[0]))
    )
      continue;
    const person = dir.byFirstName(m[0], (p) => cast.isSeeker(p));
    if (person) take(person, index, m[0].length);
  }
  // "Frau Dr. Lindner", "Mr. Osei": a family name after a form of address, for the one person
  // of that family name the message knows.
  for (const m of allMatches(masked, ADDRESSED_FAMILY_NAME)) {
    const family = m[1] as string;
    const index = (m.index ?? 0) + m[0].length - family.length;
    if (!free(index, index + family.length)) continue;
    const person = dir.byFamilyName(family, (p) => cast.isSeeker(p));
    if (person) take(person, index, family.length);
  }
  if (author)
    for (const m of allMatches(masked, SELF)) {
      if (CONTACTS_WRITER.test(masked.slice(Math.max(0, (m.index ?? 0) - 20), m.index))) continue;
      found.push({
        person: author,
        index: from + (m.index ?? 0),
        end: from + (m.index ?? 0) + m[0].length,
      });
    }
  return found.sort((a, b) => a.index - b.index);
}

/** A job title, then a comma: "our VP, ", "Managing Director, ". */
const TITLE_THEN_COMMA =
  /(?:^|[\t(:;]|\b(?:our|the|their|my|by|and|with)[ \t]+)([\p{L}][\p{L}\p{M} &.'’-]{0,40}?)[ \t]*,[ \t]*$/u;
/** A name, a comma, then a job title and a comma: "Ines Roy, Director, ". */
const AFTER_NAME_TITLE_THEN_COMMA =
  /\p{Lu}[\p{Ll}\p{M}'’-]+[ \t]*,[ \t]*([\p{L}][\p{L}\p{M} &.'’-]{0,40}?)[ \t]*,[ \t]*$/u;
/** The end of a cell or line. */
const CELL_ENDS = /^[ \t]*(?:$|[\t\n|)])/;
/** Another name follows, after a comma or a dash: "…, Marie Roy", "… – Tan Wei Ling". */
const NAME_FOLLOWS = /^[ \t]*(?:,|[–—-])[ \t]*\p{Lu}/u;

/**
 * "our VP, Actuarial Pricing, Marie Roy", "Director, Risk Technology – Ana Ruiz": capitalised
 * words between a job title and the person's name are the title's department, not a person.
 * A name the headers or an address already know stays a person.
 */
function isDepartment(cast: Cast, text: string, n: { name: string; index: number; end: number }) {
  const before = text.slice(Math.max(0, n.index - 60), n.index);
  const title = NAME_FOLLOWS.test(text.slice(n.end, n.end + 6))
    ? TITLE_THEN_COMMA.exec(before)?.[1]
    : // "Ines Roy, Director, Computational Biology": the cell ends after the department.
      CELL_ENDS.test(text.slice(n.end, n.end + 3))
      ? AFTER_NAME_TITLE_THEN_COMMA.exec(before)?.[1]
      : undefined;
  if (!title || !hasJobNoun(title)) return false;
  const known = cast.directory.byName(n.name);
  return !known || (known.email === null && [...known.seen].every((s) => s === 'text'));
}

/** A recruiter's title written next to a name: "X, Technical Recruiter", "our recruiter, X". */
function arrangerTitleNear(text: string, mention: Mention): string | null {
  const after = /^\s*(?:[,(–—-]|\t)\s*([^()\n,;]{2,80})/.exec(
    text.slice(mention.end, mention.end + 120),
  )?.[1];
  const before =
    /(?:our|the|their|my|your|notre|nuestr[oa]|unser\w*)\s+([^,.\n]{2,60}),\s*$/iu.exec(
      text.slice(Math.max(0, mention.index - 80), mention.index),
    )?.[1];
  if (after && ARRANGER_TITLE.test(after)) return after.trim();
  if (before && ARRANGER_TITLE.test(before)) return before.trim();
  // "Denise Halvorsen (copied), our department administrator": the title past a note in brackets.
  const pastNote = /^[ \t]*\([^()\n]{1,30}\)[ \t]*(?:[,–—-]|\t)\s*([^()\n,;]{2,80})/.exec(
    text.slice(mention.end, mention.end + 120),
  )?.[1];
  if (pastNote && ARRANGER_TITLE.test(pastNote)) return pastNote.trim();
  // A title phrase split around the name ("our talent, X (partner)") still counts.
  return ARRANGER_TITLE.test(`${before ?? ''} ${after ?? ''}`)
    ? `${before ?? ''} ${after ?? ''}`.trim()
    : null;
}

/**
 * A table's heading row, its cells named by column words ("Name | Designation | Email", in the
 * languages read; the cells may be joined by a tab, a bar or only a space): it names no one.
 */
const COLUMN_HEAD = String.raw`(?:(?:full |first |last )?names?|designation|(?:job )?title|role|position|e-?mail(?: address)?|department|team|function|interviewers?|nom|poste|fonction|courriel|funktion|abteilung|nombre|cargo|correo|nome|ruolo|funzione|naam|functie|rol|navn|stilling|namn|titel|roll|stanowisko|imię i nazwisko|氏名|役職|部署)`;
const COLUMN_HEADS = new RegExp(
  String.raw`^[ \t]*${COLUMN_HEAD}(?:(?:[ \t]*\|[ \t]*|[ \t]+)${COLUMN_HEAD})+[ \t|]*$`,
  'iu',
);

/** A table's heading cell over its people: "Interviewer", "Meeting with", "Who", "Name". */
function isPeopleColumnHead(cell: string): boolean {
  const head = cell.trim();
  return (
    head.length > 0 &&
    head.length < 30 &&
    (EXPLICIT_LABEL.test(head) || LEAD_HEADING.test(head) || /^(?:full )?names?$/i.test(head))
  );
}

/** How many lines below its label (or its last person) a list reaches. */
const LIST_REACH = 12;

/** Labelled lists ("Panel:" then one person a line) and labelled lines ("Interviewer: A, B"). */
function weighLists(cast: Cast, book: EvidenceBook, { text, author }: AuthoredText): void {
  const lines = text.split('\n');
  let offset = 0;
  let listUntil = -1;
  let explicitList = false;
  let listItems = 0;
  let labelledLine = -2;
  let tableRows = false;
  // "Interviewer\tTitle\tTime\tTopic": the column of a flattened table that holds its people.
  let peopleColumn = -1;
  lines.forEach((line, i) => {
    const lineStart = offset;
    offset += line.length + 1;
    if (line.includes('\t')) {
      const cells = line.split('\t');
      const cell = cells[peopleColumn];
      if (peopleColumn >= 0 && cell !== undefined) {
        const cellStart =
          lineStart + cells.slice(0, peopleColumn).join('\t').length + (peopleColumn > 0 ? 1 : 0);
        const first = mentionsIn(cast, text, cellStart, cellStart + cell.length, author)[0];
        if (first && first.person !== author) book.interviewer(first.person, 3);
      } else peopleColumn = cells.findIndex(isPeopleColumnHead);
    } else if (line.trim() !== '') peopleColumn = -1;
    // An indented line under "Interviewer: A" continues the label: "            B".
    // A line that opens with a label of its own ("  Location: …") continues nothing.
    const continued =
      i === labelledLine + 1 &&
      /^[ \t\u3000]{2,}\S/u.test(line) &&
      !/^[ \t\u3000]*\p{Lu}[\p{L}\p{M} ]{1,24}[:：]/u.test(line);
    if (continued) labelledLine = i;
    const explicit = EXPLICIT_LABEL.test(line);
    const labelled = explicit || continued;
    if (explicit) labelledLine = i;
    if (labelled) {
      explicitList = true;
      if (line.replace(EXPLICIT_LABEL, '').trim() === '') {
        listUntil = i + LIST_REACH;
        listItems = 0;
        tableRows = false;
      }
    } else if (opensList(line.replace(LINE_BEFORE_LAST_SENTENCE, ''))) {
      // "You'll meet with:" and the people one a line below it.
      listUntil = i + LIST_REACH;
      listItems = 0;
      tableRows = false;
      return;
    }
    // A blank line ends the list unless another item follows it (lists spaced out by HTML): a
    // bullet, or the next row of a table under its heading row (a sentence ends it below).
    if (!labelled && i <= listUntil && line.trim() === '' && listItems > 0) {
      const next = lines.slice(i + 1).find((l) => l.trim() !== '') ?? '';
      // "　　Dept Title　Name" over the same indent: HTML paragraphs put a blank between items.
      const indent = (l: string) => /^[ \t\u3000]*/.exec(l)?.[0] ?? '';
      const sameIndent = indent(next) !== '' && indent(next) === indent(lines[i - 1] ?? '');
      if (!BULLET.test(next) && !tableRows && !sameIndent) listUntil = -1;
    }
    const inList = !labelled && i <= listUntil && line.trim() !== '';
    // "Name\tDesignation\tEmail" over the rows: the heading row of the table the list is.
    if (inList && listItems === 0 && COLUMN_HEADS.test(line)) {
      tableRows = true;
      return;
    }
    if (inList && (line.length > 120 || /[.!?]\s*$/.test(line.trim()) || /https?:/.test(line))) {
      listUntil = -1;
      // "You'll be speaking with" / "Oluwakemi Adeyemi-Ross, their Director of Asset Management
      // (o@…). Expect …": the lead's sentence runs on into its one person, then on as prose.
      if (listItems === 0 && PERSON_CELL_START.test(line)) {
        const first = mentionsIn(cast, text, lineStart, lineStart + line.length, author)[0];
        if (first && first.person !== author && !/\S/.test(text.slice(lineStart, first.index))) {
          const email = TITLE_THEN_ADDRESS.exec(text.slice(first.end, first.end + 120))?.[1];
          if (email) cast.directory.attachEmail(first.person, email);
          book.interviewer(first.person, 3);
        }
      }
      return;
    }
    if (!labelled && !inList) {
      if (!weighRoster(cast, book, text, lineStart, line, author))
        weighTitleLabel(cast, book, text, lineStart, line, author);
      return;
    }
    const body = labelled ? line.replace(EXPLICIT_LABEL, '') : line;
    const bodyStart = lineStart + line.length - body.length;
    const mentions = mentionsIn(cast, text, bodyStart, lineStart + line.length, author);
    // Names in CJK script, one a line or listed with "、" ("山本 真理子（部長）、小林 大輔").
    const items = mentions.length === 0 ? splitListed(body.replace(BULLET, '')) : [];
    for (const item of items) {
      const unspaced = labelled ? UNSPACED_CJK_NAME.exec(item.trim())?.[1] : undefined;
      const name =
        CJK_LIST_NAME.exec(item.trim())?.[1] ??
        (unspaced && unspaced.length >= 3 && !CJK_POST_OR_TEAM.test(unspaced) ? unspaced : null);
      if (!name) continue;
      const email = item.match(EMAIL_PATTERN)?.[0] ?? null;
      book.interviewer(cast.directory.add(name.replace(/　/g, ' '), email, 'text'), 4);
    }
    if (inList) listItems++;
    // A table flattened one cell a line runs on while its rows keep naming people.
    if (inList && mentions.length > 0) listUntil = Math.max(listUntil, i + LIST_REACH);
    mentions.forEach((m, k) => {
      // One person a line in a list below a label; what follows the name is their title. A cell's
      // lines joined with "; " are lines of their own.
      const previous = mentions[k - 1];
      // "… — lorenzo@x.example Wanjiru Kamau — …": a name after an address starts the next entry
      // (two entries a wrap joined).
      const between = previous ? text.slice(previous.end, m.index) : '';
      if (inList && previous && !between.includes(';') && !/@\S+[ \t]+$/.test(between)) return;
      // A pasted invitation lists its organizer among the guests: that says nothing of whether
      // they take part (the text around it may).
      if (ORGANIZER_MARK.test(text.slice(m.end, lineStart + line.length))) return;
      // An address on the same line, before the next name, is this person's.
      const next = (inList ? undefined : mentions[k + 1]?.index) ?? lineStart + line.length;
      const email = text.slice(m.end, next).match(EMAIL_PATTERN)?.[0];
      if (email) cast.directory.attachEmail(m.person, email);
      book.interviewer(m.person, explicitList ? 4 : 3);
    });
  });
}

/** "Hiring Manager: Dana Wu": the person after a job title takes part, unless it arranges. */
function weighTitleLabel(
  cast: Cast,
  book: EvidenceBook,
  text: string,
  lineStart: number,
  line: string,
  author: Person | null,
): void {
  if (line.length > 160) return;
  const label = TITLE_LABEL.exec(line);
  if (!label || /\d/.test(label[1] as string)) return;
  const bodyStart = lineStart + label[0].length;
  const first = mentionsIn(cast, text, bodyStart, lineStart + line.length, author)[0];
  // The name opens the value: "Director: Darius Mbeki (darius@…)", not a sentence naming someone.
  if (!first || first.index !== bodyStart || first.person === author) return;
  const email = text.slice(first.end, lineStart + line.length).match(EMAIL_PATTERN)?.[0];
  if (email) cast.directory.attachEmail(first.person, email);
  if (ARRANGER_TITLE.test(label[1] as string)) book.arranger(first.person, 3);
  else book.interviewer(first.person, 3);
}

/** What a roster line holds between its people: commas, "and", a full stop. */
const ROSTER_JOINER = /^[ \t,;&.•*-]*(?:(?:and|und|et|y|e|en|og|och|as well as)[ \t,;&.]*)?$/iu;
/** A job title in brackets right after a name: "(Principal Scientist)". */
const TITLE_IN_BRACKETS = /^[ \t]*\(([^()\n]{2,80})\)/;

/**
 * "Fergus MacAulay (Director, Computational Biology) and Sunniva Aalto (Principal Scientist).":
 * a line that is only people, each with a job title in brackets, names who takes part (a
 * recruiter's title there arranges). Returns whether the line was one.
 */
function weighRoster(
  cast: Cast,
  book: EvidenceBook,
  text: string,
  lineStart: number,
  line: string,
  author: Person | null,
): boolean {
  if (line.length > 200 || !line.includes('(')) return false;
  const lineEnd = lineStart + line.length;
  const mentions = mentionsIn(cast, text, lineStart, lineEnd, author).filter((m) =>
    /\s/.test(text.slice(m.index, m.end)),
  );
  if (mentions.length === 0) return false;
  const titles: (string | null)[] = [];
  let at = lineStart;
  for (const m of mentions) {
    if (m.index < at || !ROSTER_JOINER.test(text.slice(at, m.index))) return false;
    const title = TITLE_IN_BRACKETS.exec(text.slice(m.end, lineEnd));
    titles.push(title && hasJobNoun(title[1] as string) ? (title[1] as string) : null);
    at = m.end + (title?.[0].length ?? 0);
  }
  if (!ROSTER_JOINER.test(text.slice(at, lineEnd)) || titles.every((t) => t === null)) return false;
  mentions.forEach((m, i) => {
    const title = titles[i];
    if (title && ARRANGER_TITLE.test(title)) book.arranger(m.person, 2);
    else book.interviewer(m.person, 3);
  });
  return true;
}

/** The items of a listed line, split at commas (and the full-width slash) outside parentheses, which hold titles. */
function splitListed(line: string): string[] {
  const masked = line.replace(/[（(][^（()）]*[)）]/g, (p) => ' '.repeat(p.length));
  const items: string[] = [];
  let from = 0;
  // "A／B": a full-width slash separates Japanese names too.
  for (const m of masked.matchAll(/[、，,／]/g)) {
    items.push(line.slice(from, m.index));
    from = (m.index ?? 0) + 1;
  }
  items.push(line.slice(from));
  return items;
}

/** Prose: "You'll meet A and B", "C will interview you", "join me", schedule rows. */
function weighSentences(cast: Cast, book: EvidenceBook, { text, author }: AuthoredText): void {
  // A phrase found nowhere in the text is found in none of its sentences: each long
  // alternation is tried on every sentence only when the whole text has it.
  // A phrase a wrap broke over two lines ("vão" / "participar comigo") is read in a sentence
  // joined back into one line: the whole text is tested the same way.
  const flat = text.replace(/\n/g, ' ');
  const has = {
    lead: LEAD.test(flat),
    verb: INTERVIEWER_VERB.test(flat),
    takesPart: author !== null && TAKES_PART.test(flat),
    ourMeeting: author !== null && OUR_MEETING.test(flat),
    arranges: author !== null && ARRANGES.test(flat),
    absent: ABSENT.test(flat),
    arrangingMember: HAS_ARRANGING_MEMBER.test(flat),
    takingPart: TAKING_PART.test(flat) && UPCOMING.test(flat),
    past: saysPastMeeting(flat),
    replacing: REPLACING.test(flat),
    replacedAfter: HAS_REPLACED_AFTER.test(flat),
  };
  // "9:45 – Dr. Philippa Rowntree" among other rows of a day's itinerary is a row without an end
  // of its own: where each row's time ends, by where its line starts.
  const itinerary = new Map(
    itineraryRows(text).map((r) => [r.lineStart, r.range.end - r.lineStart]),
  );
  // Who the sentence before said cannot be there: "A is out this week. B will run it in her place."
  let absentBefore: Mention[] = [];
  let prior: { text: string; index: number } | null = null;
  let priorIsRow = false;
  // The line before named its people after a lead ("Your panel Kenji Abe · Staff Engineer").
  let priorLeadLine = false;
  // The sentence before named people after a lead and ran on past a line its writer wrapped.
  let leadRunsOn = false;
  for (const sentence of sentences(text)) {
    const before = prior;
    prior = sentence;
    // A sentence wrapped over lines reads as one line (same length: the indexes hold).
    const inner = sentence.text.indexOf('\n');
    const s =
      inner >= 0 && inner < sentence.text.length - 1
        ? sentence.text.replace(/\n(?!$)/g, ' ')
        : sentence.text;
    // A sentence longer than this is not prose about people (and would cost too much).
    if (s.length > 1500) continue;
    let named: Mention[] | undefined;
    const mentions = () =>
      (named ??= mentionsIn(cast, text, sentence.index, sentence.index + s.length, author));
    const rowTimeEnd =
      s.length < 200 ? (scheduleRowTimeEnd(s) ?? itinerary.get(sentence.index) ?? null) : null;
    const isRow = rowTimeEnd !== null;
    // "1:00 PM - 1:45 PM | Architecture" over "Platform Lead - Keiko Hara": the line right
    // under a schedule row names the session's interviewer.
    const underLine =
      before !== null &&
      before.text.endsWith('\n') &&
      before.index + before.text.length === sentence.index;
    const continuesRow = !isRow && priorIsRow && underLine;
    // "Your panel Kenji Abe · Staff Engineer" over "Priya Raman · Engineering Manager": the next
    // person of the same list, one a line.
    const continuesLead: boolean =
      !isRow && priorLeadLine && underLine && PERSON_CELL_START.test(s);
    priorLeadLine = false;
    // "Friday, 5 February, 11:00 – 12:00" over "Olufemi Adeyemi, VP of Supply Chain": a booking's
    // when-line, then its who-line.
    const underWhenLine =
      !isRow &&
      !continuesRow &&
      PERSON_CELL_START.test(s) &&
      underLine &&
      before.text.length < 100 &&
      findTimeRanges(before.text).some((r) => r.finish !== null);
    priorIsRow = isRow;
    if (continuesRow || underWhenLine || continuesLead) {
      // "Meeting with the Dean of Engineering," over "Rosalind Achterberg": the row runs on.
      const rowRunsOn = continuesRow && /,[ \t]*\n$/.test(before.text);
      const person = personCell(cast, text, sentence.index, s, author, rowRunsOn);
      if (person) {
        book.interviewer(person, 3);
        priorLeadLine = continuesLead;
        continue;
      }
    }
    const lead = has.lead ? LEAD.exec(s) : null;
    // A bare "with" names people only in a sentence about the meeting itself.
    const leadUsed =
      lead && !(BARE_WITH.test(lead[0]) && !MEETING_SENTENCE.test(s) && !MEETING_WORDS.test(s))
        ? lead
        : null;
    const verbFound = has.verb ? INTERVIEWER_VERB.exec(s) : null;
    // "Vanuit DeltaGrid schuiven aan:": the verb opens the list below; its line names no one.
    const verbMatch =
      verbFound && /^[ \t]*[:：][ \t]*\n?$/.test(s.slice(verbFound.index + verbFound[0].length))
        ? null
        : verbFound;
    const verb = verbMatch !== null;
    // "Vous serez reçue par A, responsable de l'équipe" / "Data (a@…), et par B,": a long line
    // that ends mid-clause goes on with the lead's list on the next one.
    const carried: boolean = leadRunsOn && !isRow;
    leadRunsOn =
      (leadUsed !== null || verb || carried) &&
      !isRow &&
      !s.includes('\t') &&
      WRAPPED_MID_CLAUSE.test(sentence.text);
    // "Thanks for chatting with me last week": the writer's part in a meeting already held.
    const past = has.past && saysPastMeeting(s);
    if (has.takesPart && TAKES_PART.test(s) && !past) {
      book.interviewer(author, 3);
      // "the call Ravi Menon and I had lined up with you", "Marco from our platform team and I
      // will be on the call": so does the one beside the writer.
      for (const m of mentions())
        if (m.person !== author && BESIDE_THE_WRITER.test(text.slice(m.end, m.end + 90)))
          book.interviewer(m.person, 2);
    } else if (has.ourMeeting && OUR_MEETING.test(s) && !past) book.interviewer(author, 1);
    if (has.arranges && ARRANGES.test(s)) book.arranger(author, 5);
    // "Dana Kim has you down for Tuesday at 11", "Booked: Dana Kim, 11–11:45": one other
    // person named in full in a sentence that says when.
    if (!isRow && s.length < 300 && (/\d/.test(s) || WEEKDAY.test(s))) {
      const others = mentions().filter(
        (m) => m.person !== author && /\s/.test(text.slice(m.index, m.end).trim()),
      );
      if (
        others.length > 0 &&
        others.every((m) => m.person === others[0]?.person) &&
        !ONLY_ARRANGING.test(s) &&
        !CONTACT_ON_ARRIVAL.test(s)
      )
        book.booked.add((others[0] as Mention).person);
    }
    const absence = has.absent ? ABSENT.exec(s) : null;
    // "Megan from our recruiting team is on the invite to keep track of scheduling": she arranges,
    // whatever guest list she is on.
    // After a lead or a verb, only when the clause about her only arranges: "Your interviewer is
    // Dev Malhotra; Grace Obi from our recruiting team will send you the Zoom link".
    if (!isRow && has.arrangingMember && HAS_ARRANGING_MEMBER.test(s))
      for (const m of mentions())
        if (
          ARRANGING_MEMBER_AFTER.test(text.slice(m.end, m.end + 80)) &&
          (!(leadUsed || verb) ||
            ONLY_ARRANGING.test(
              /^[^;.!?]*/.exec(text.slice(m.end, sentence.index + s.length))?.[0] ?? '',
            ))
        )
          book.arrangingTeam.add(m.person);
    // "It'll be myself and Siobhán Kearney on the call", "First up is Ines Roy": whoever a
    // sentence about the coming meeting names by full name takes part, unless it only reaches,
    // sends or schedules (a weak point: any title or label outweighs it).
    if (
      has.takingPart &&
      !past &&
      TAKING_PART.test(s) &&
      UPCOMING.test(s) &&
      !ONLY_ARRANGING.test(s)
    ) {
      // "We'll mostly talk through an incident you've handled": so does the writer.
      if (SELF_UPCOMING.test(s)) book.interviewer(author, 1);
      for (const m of mentions()) {
        if (m.person === author || !/\s/.test(text.slice(m.index, m.end).trim())) continue;
        if (arrangerTitleNear(text, m)) book.arranger(m.person, 2);
        else book.interviewer(m.person, 1);
      }
    }
    // "You'll meet Sean Pike rather than Nora Blake": the one named after the words is replaced.
    if (has.replacedAfter && HAS_REPLACED_AFTER.test(s)) {
      const named = mentions().filter((m) => m.person !== author);
      for (const m of named)
        if (
          named.some((o) => o.person !== m.person) &&
          REPLACED_AFTER.test(text.slice(Math.max(0, m.index - 24), m.index))
        )
          book.replaced.add(m.person);
    }
    const absentJustBefore = absentBefore;
    absentBefore = [];
    if (!absence && absentJustBefore.length > 0 && has.replacing && REPLACING.test(s))
      takeOver(book, absentJustBefore, mentions(), author);
    // "技術部長の森田 健二（address）と、エンジニアの石井 美穂が担当いたします": names in Han
    // script, after a title, in the sentence that says who holds the interview.
    if (verb) {
      weighHanNames(cast, book, sentence, author);
      // "…の藤田 翔太と、" over "…の松本 由衣の2名がお話をうかがいます": a line that ends
      // mid-clause runs on into this one.
      if (before?.text.endsWith('\n') && /[、，と][ \t]*\n$/.test(before.text))
        weighHanNames(cast, book, before, author);
    }
    if (!isRow && !leadUsed && !verb && !absence && !carried) continue;
    const found = mentions().filter((m) => !(past && m.person === author));
    if (absence)
      absentBefore = weighAbsence(book, found, sentence.index + absence.index, s, author);
    // "We need to move your review with her": the people named before the lead.
    if (leadUsed && PRONOUN.test(s.slice(leadUsed.index + leadUsed[0].length))) {
      const named = (list: Mention[], until: number) =>
        list.filter((m) => m.index < until && m.person !== author);
      let referred = named(found, sentence.index + leadUsed.index);
      if (referred.length === 0 && before)
        referred = named(
          mentionsIn(cast, text, before.index, before.index + before.text.length, author),
          before.index + before.text.length,
        );
      for (const m of referred) book.interviewer(m.person, 3);
    }
    // "Looping in Dr. A (copied here). She'll run the next conversation with you.": a sentence
    // whose subject is a pronoun says it of the one named in the sentence before (of all of them
    // for "they").
    const subject = verb && before ? SUBJECT_PRONOUN.exec(s) : null;
    if (subject && before && found.every((m) => m.person === author)) {
      const named = mentionsIn(
        cast,
        text,
        before.index,
        before.index + before.text.length,
        author,
      ).filter((m) => m.person !== author);
      for (const m of subject[1] ? named : named.slice(-1)) book.interviewer(m.person, 3);
    }
    // "closing chat with me, then Bev will take you to the shuttle": what follows the session.
    const rowSessionEnd = isRow
      ? sentence.index +
        (AFTER_THE_SESSION.exec(s.slice(rowTimeEnd))?.index ?? s.length) +
        rowTimeEnd
      : 0;
    // "Beverly (copied) will book your flight; a driver will collect you": after a semicolon,
    // a clause with a subject of its own (no name, no pronoun) says its verb of that subject.
    const clauseStart = verbMatch ? s.lastIndexOf(';', verbMatch.index) + 1 : 0;
    const verbOwnSubject =
      verbMatch !== null &&
      clauseStart > 0 &&
      !SUBJECT_PRONOUN.test(s.slice(clauseStart)) &&
      !found.some(
        (m) =>
          m.index >= sentence.index + clauseStart && m.index < sentence.index + verbMatch.index,
      );
    let rowPerson = false;
    // "1:00 – 1:45  Hiring manager (Leah Stone)": a row's person may be written in brackets
    // after the session (brackets are masked where names are looked for).
    if (isRow && s.includes('(') && !found.some((m) => m.index >= sentence.index + rowTimeEnd))
      for (const b of s
        .slice(rowTimeEnd, rowSessionEnd - sentence.index)
        .matchAll(/\(([^()\n]{3,60})\)/g)) {
        const name = findNames(b[1] as string).find((n) => n.index === 0)?.name;
        if (name && !cast.isOrganisation(name)) {
          const person = cast.directory.byName(name) ?? cast.directory.add(name, null, 'text');
          book.interviewer(person, 3);
        }
      }
    for (const m of found) {
      if (isRow && m.index >= sentence.index + rowTimeEnd) {
        // "Rhys Gwilym | Staff Engineer, Sensor Fusion": past the row's person, a cell that opens
        // with a job title and a comma goes on with its team, no second person.
        if (rowPerson && titleCellBefore(text.slice(sentence.index + rowTimeEnd, m.index)))
          continue;
        // In a row the last name is the person: "Systems Design Anika Rao".
        if (m.index < rowSessionEnd) {
          book.interviewer(m.person, 3);
          rowPerson = m.person !== author;
        }
        continue;
      }
      const afterLead =
        (carried && JOINED_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) ||
        (leadUsed && m.index >= sentence.index + leadUsed.index);
      if (afterLead && m.person !== author && s.endsWith('\n')) priorLeadLine = true;
      if (afterLead || (verb && !(verbOwnSubject && m.index < sentence.index + clauseStart))) {
        const title = arrangerTitleNear(text, m);
        const calls = verb && CALLS_SEEKER.test(s);
        if (title && !calls) {
          if (!m.person.titles.includes(title)) m.person.titles.push(title);
          book.arranger(m.person, 2);
        }
        // The one who will phone the seeker holds the call, whoever else they help.
        book.interviewer(m.person, afterLead || calls ? 3 : 2);
      }
    }
    // "The panel will be A (a@…) and B (b@…)", "A (Head of X, a@…)": the address in brackets
    // right after each name.
    for (const m of found) {
      const after = text.slice(m.end, m.end + 120);
      const email =
        /^(?:,?[ \t]*(?:ph\.?d|m\.?sc|m\.?d|mba|dr)\.?)?\s*[(<（](?:[^()<>（）@\n]{0,80}[,;]\s*)?([^()<>\s,;]+@[^()<>\s,;]+?)\s*[)>）]/i.exec(
          after,
        )?.[1];
      // "Mme A, directrice technique (a@…)": past the title set off by a comma, when no one
      // else is named before the bracket.
      const titled = email ? null : TITLE_THEN_ADDRESS.exec(after);
      const titledEmail =
        titled &&
        !found.some((o) => o.index >= m.end && o.index < m.end + (titled[0] as string).length)
          ? titled[1]
          : undefined;
      if (email ?? titledEmail)
        cast.directory.attachEmail(m.person, (email ?? titledEmail) as string);
    }
  }
}

/** The last cell of a row so far is a job title then a comma: "\tStaff Engineer, ", "| Director, ". */
const TITLE_CELL_THEN_COMMA =
  /(?:^|\t|[ \t]\|[ \t])[ \t]*([\p{L}][\p{L}\p{M} &.'’-]{0,40}?)[ \t]*,[ \t]*$/u;

function titleCellBefore(row: string): boolean {
  const title = TITLE_CELL_THEN_COMMA.exec(row)?.[1];
  return title !== undefined && hasJobNoun(title);
}

/**
 * A family and a given name in Han script, after a title ("部長の", "CTO "), before a particle
 * or the count of the people named ("の2名が").
 */
const HAN_NAME_IN_PROSE =
  /(?<=[のは、\s])(\p{Script=Han}{1,3}[ 　][\p{Script=Han}\p{Script=Hiragana}]{1,3})(?=[（(、とが]|の[\d０-９一二三四五]名|[ \t]*$)/gu;

function weighHanNames(
  cast: Cast,
  book: EvidenceBook,
  sentence: { text: string; index: number },
  author: Person | null,
): void {
  for (const m of allMatches(sentence.text, HAN_NAME_IN_PROSE)) {
    const name = (m[1] as string).replace(/　/g, ' ');
    const after = sentence.text.slice((m.index ?? 0) + m[0].length);
    const email = /^[（(]\s*([^()（）\s]+@[^()（）\s]+?)\s*[)）]/.exec(after)?.[1] ?? null;
    const person = cast.directory.add(name, email, 'text');
    if (person !== author) book.interviewer(person, 3);
  }
}

/**
 * "Dana is out sick, so we need to cancel": whoever cannot be there was to interview. "Priya is
 * out that day, so Daniel will take the interview instead": the one replaced no longer does.
 */
function weighAbsence(
  book: EvidenceBook,
  found: Mention[],
  at: number,
  sentence: string,
  author: Person | null,
): Mention[] {
  // "Tomas's out sick": the absence is read from the name on.
  const absent = found.filter((m) => m.index <= at && m.person !== author);
  const others = found.filter((m) => m.index > at && m.person !== author);
  if (others.length > 0 && REPLACING.test(sentence)) {
    takeOver(book, absent, others, author);
    return [];
  }
  for (const m of absent) book.interviewer(m.person, 2);
  return absent;
}

/** Whoever takes over from the absent interviews; the absent no longer do. */
function takeOver(
  book: EvidenceBook,
  absent: Mention[],
  named: Mention[],
  author: Person | null,
): void {
  if (absent.length === 0) return;
  const takers = named.filter(
    (m) => m.person !== author && !absent.some((a) => a.person === m.person),
  );
  if (takers.length === 0) return;
  for (const m of absent) book.replaced.add(m.person);
  for (const m of takers) book.interviewer(m.person, 3);
}

/**
 * The person a line that is one cell names: "Title – Name", "Name – Title", "Name, Title", or a
 * known person's name alone. Which side is the person is read from the words (a name on one side, a job title on
 * the other), not from the order.
 */
function personCell(
  cast: Cast,
  text: string,
  index: number,
  line: string,
  author: Person | null,
  nameAlone = false,
): Person | null {
  if (line.length > 120 || findTimeRanges(line).length > 0) return null;
  const cell = line.replace(BULLET, '').trim();
  // "Name – Title", "Name · Title, Department (address)": the cell splits at its first mark.
  const mark = /[ \t]+[–—·-][ \t]+|,[ \t]+|[ \t]*[|(][ \t]*/.exec(cell);
  const parts = mark
    ? [cell.slice(0, mark.index), cell.slice(mark.index + mark[0].length)]
    : [cell];
  const mentions = mentionsIn(cast, text, index, index + line.length, author);
  const person = mentions.find((m) => parts.some((part) => text.slice(m.index, m.end) === part));
  if (!person) return null;
  const other = parts.find((part) => part !== text.slice(person.index, person.end));
  // A name alone may be a place ("Riverside Terrace"), unless the headers know the person.
  if (other === undefined)
    return nameAlone ||
      person.person.email !== null ||
      [...person.person.seen].some((s) => s !== 'text')
      ? person.person
      : null;
  return hasJobNoun(other.replace(/\)$/, '')) ? person.person : null;
}

/**
 * Where the time of a schedule row ends, or null when the line is not one. The time starts the
 * row ("9:00 – 9:45 am: Coffee with me", "10:00\tAnika Rao\tStaff Engineer") or, in a table
 * flattened to tab-separated cells, starts a later cell ("Coding\t11:45 AM - 12:45 PM\tMei Ito");
 * the people are named after it.
 */
function scheduleRowTimeEnd(line: string): number | null {
  let cellStart = 0;
  for (const cell of line.split('\t')) {
    // A bullet, or the indent of a column-aligned itinerary, before the time.
    const bullet =
      cellStart === 0 ? ((BULLET.exec(cell) ?? /^[ \t]*/.exec(cell))?.[0].length ?? 0) : 0;
    const text = cell.slice(bullet);
    const range = ROW_START.test(text) ? findTimeRanges(text.slice(0, 40))[0] : undefined;
    if (range && range.index < 3 && range.finish !== null) return cellStart + bullet + range.end;
    cellStart += cell.length + 1;
  }
  return null;
}

/** A recruiter's title in the few lines after their name at the end of a text (a signature). */
function signsAsArranger(p: Person, text: string): boolean {
  const names = [p.name, p.name?.split(' ')[0]].filter((n): n is string =>
    Boolean(n && n.length > 1),
  );
  for (const name of names) {
    const at = text.lastIndexOf(name);
    if (at < 0) continue;
    const block = text.slice(at + name.length, at + name.length + 160);
    // "Hollis Vang - organizer" over the other guests: an invitation's guest list, no signature.
    if (ORGANIZER_MARK.test(block.replace(/^(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*)*/u, ''))) continue;
    if (ARRANGER_TITLE.test(block.split('\n').slice(0, 4).join('\n'))) return true;
  }
  return false;
}

/**
 * "Delphine Ruiz" over "Recruiting Coordinator | Quillmark": a name alone on its line with a
 * recruiter's title on the lines just below it (a signature, or a contact block).
 */
function signsOnOwnLine(p: Person, text: string): boolean {
  const names = [p.name, p.name?.split(' ')[0]].filter((n): n is string =>
    Boolean(n && n.length > 1),
  );
  for (const name of names)
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const lineStart = text.lastIndexOf('\n', at) + 1;
      const newline = text.indexOf('\n', at);
      const lineEnd = newline < 0 ? text.length : newline;
      if (text.slice(lineStart, at).trim() || text.slice(at + name.length, lineEnd).trim())
        continue;
      const below = text
        .slice(lineEnd + 1, lineEnd + 161)
        .split('\n')
        .slice(0, 2)
        .join('\n');
      if (ARRANGER_TITLE.test(below)) return true;
    }
  return false;
}

export function weighEvidence(cast: Cast, written: { latest: string; history: string }) {
  const book = new EvidenceBook(cast);
  // "Dr. Chen can no longer make it" above the quoted "with Dr. Wei Chen", "Wei Jie and Farhana
  // will see you" above the quoted "with Tan Wei Jie and Farhana Rahim": the full names of every
  // text are known before a first or family name alone is looked up.
  for (const { text, author } of cast.texts) mentionsIn(cast, text, 0, text.length, author, true);
  for (const text of cast.texts) {
    weighLists(cast, book, text);
    weighSentences(cast, book, text);
  }
  // Signatures and titles: a recruiter who signs the mail arranges it.
  const { sender, historyAuthor, directory } = cast;
  // Below a meeting block the signature may be split off as history of no known author: the
  // sender's still.
  if (
    sender &&
    (signsAsArranger(sender, written.latest) ||
      (!historyAuthor && signsAsArranger(sender, written.history)))
  )
    book.arranger(sender, 2);
  if (historyAuthor && historyAuthor !== sender && signsAsArranger(historyAuthor, written.history))
    book.arranger(historyAuthor, 2);
  for (const p of directory.people) if (p.seen.has('forwarder')) book.arranger(p, 3);
  // Whoever signs a mail sent by a scheduling system or someone else with a recruiter's title
  // (a colleague copied on it) arranges it.
  for (const p of directory.people)
    if (
      p !== sender &&
      p !== historyAuthor &&
      (signsOnOwnLine(p, written.latest) || signsOnOwnLine(p, written.history))
    )
      book.arranger(p, 2);
  // The calendar: attendees take part; the organizer of an invitation nobody else attends is
  // the one the seeker meets.
  const attending = directory.people.filter(
    (p) =>
      (p.seen.has('attendee') || p.seen.has('optional')) &&
      !p.seen.has('non-participant') &&
      !p.seen.has('organizer') &&
      !p.seen.has('forwarder') &&
      !p.robot &&
      !cast.isSeeker(p),
  );
  for (const p of attending) book.interviewer(p, 2);
  if (attending.length === 0)
    for (const p of directory.people) if (p.seen.has('organizer')) book.interviewer(p, 1);
  return book;
}
