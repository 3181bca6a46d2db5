// Person and organisation names in prose. A name is two to four capitalised words; words that
// are job titles, teams or calendar words split a run ("Systems Design Anika Rao" → "Anika Rao").
import { fold } from './addresses.js';
import { alternation, LANGUAGES, plainRegExp } from './languages/index.js';
import { allMatches } from './matches.js';
import { JOB_NOUN } from './role.js';

/**
 * A capitalised word, with the parts an apostrophe or a hyphen joins ("O'Neill", "Dell'Acqua",
 * "Jean-Luc"), but not a contraction or a possessive glued to it ("Marsh'll", "Priya's").
 */
const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]*(?:(?:-|['’](?!(?:ll|s|d|re|ve|m)(?![\p{L}\p{M}])))\p{Lu}?[\p{Ll}\p{M}]+|\p{Lu}[\p{Ll}\p{M}]+)*`;
/** Initials ("A.", "R.J.") and the abbreviated "St."/"Ste." of surnames like "St. Clair". */
const INITIALS = String.raw`(?:\p{Lu}\.){1,3}|Ste?\.`;
const INITIAL = plainRegExp(`^(?:${INITIALS})$`, 'u');
const PARTICLE =
  '(?:de|da|del|della|van|von|der|den|di|du|la|le|bin|binti|binte|bte|ap|ferch|al|ter|dos|das|af)';
/** Runs of capitalised words and initials (with name particles), anywhere. */
const TOKEN = `(?:${INITIALS}|${WORD})`;
const RUN = plainRegExp(
  String.raw`(?<![\p{L}\p{M}'’-])${TOKEN}(?: +(?:${PARTICLE} +){0,2}${TOKEN}){0,5}(?![\p{L}\p{M}])`,
  'gu',
);

/**
 * The words of the other languages' phrases that introduce the people met ("Incontrerà A",
 * "Poprowadzi A"): a sentence may open with one, capitalised, right before the name. They open
 * no name, but may end one ("Nuno Prata", the Swedish "prata"); English is left out, where those
 * words are also given names ("Will").
 */
const LEAD_VERB_WORDS = new Set(
  LANGUAGES.filter((t) => t.code !== 'en').flatMap((t) =>
    [...t.interviewerLead, ...t.interviewerVerb].flatMap(
      (source) =>
        source
          .replace(/\\p\{[^}]*\}|\\[a-zA-Z]|\[[^\]]*\]/g, ' ')
          .toLowerCase()
          .match(/\p{L}{5,}/gu) ?? [],
    ),
  ),
);

/** Capitalised words that are never part of a person's name: English here, others in their tables. */
const NOT_NAME = new Set([
  ...`hi hello hey hiya howdy aloha mahalo ora greetings morning afternoon evening namaste shalom
  salaam salam ciao salut hej moin servus dear thanks thank the our your we i you please best kind warm regards cheers sincerely
  monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun january
  february march april may june july august september october november december jan feb mar apr jun
  jul aug sep sept oct nov dec video join zoom teams google meet microsoft webex whereby interview
  interviews technical round final panel session sessions design systems incident management culture
  values break time date location where when event type host invitee format link links role position
  company inc llc ltd gmbh corp hiring team recruiting recruitment talent people careers career senior
  staff principal lead head director manager engineer engineering developer designer scientist science
  analyst analytics architect programmer artist recruiter coordinator partner vp svp evp chief officer
  president founder ceo cto cfo coo product data software platform security research quantitative
  marketing growth sales customer success support operations program project art game gameplay
  hardware firmware integration reliability audience payments core ledger application eastern pacific
  central mountain standard daylight building street avenue way suite lobby visitor parking yes no
  maybe reply invitation calendar guests organizer dial need powered privacy sent from to subject cc
  good great lovely looking forward apologies everything same new let expect plan talk if also heads
  confirmed confirmation scheduled cancelled canceled rescheduled onsite virtual phone screen call
  chat conversation exercise assessment review portfolio pairing hiring-manager system department
  group division office remote hybrid welcome congratulations dear sir madam mr mrs ms dr prof re fw
  fwd via on at in for with and or of by unfortunately sadly regrettably luckily fortunately hopefully
  meanwhile however alternatively additionally otherwise view browser unsubscribe issue question
  reader coming next this last week weeks day days month year today tomorrow frontend backend front
  back end full stack mobile ios android web cloud infrastructure devops sre qa test quality machine
  learning ai ml account executive business development finance legal hr human resources
  communications content brand creative studio lab labs associate assistant intern junior mid level
  specialist consultant administrator representative agent advisor strategist producer editor writer
  copywriter nurse physician teacher accountant technician operator planner buyer controller economist
  statistician pm am et pt ct mt est pst cst mst edt pdt cdt mdt gmt utc bst cet ist aedt aest room
  dial-in meeting id passcode password agenda details note notes hall suite center centre building
  floor campus interviewer interviewers panelist panelists panelists host hosts street road lobby
  reception office offices search committee faculty dean prof professor dr colleague colleagues
  selection vice provost chancellor rector registrar chair chairperson copying adding looping cc'ing
  ccing cc’ing bcc'ing including introducing inviting welcoming`.split(/\s+/),
  ...LANGUAGES.flatMap((t) => t.notNames ?? []),
]);

/** Every table's forms of address, as words: "pani", "mevrouw", "don". */
const HONORIFICS = new Set(
  LANGUAGES.flatMap((t) => t.honorifics ?? []).map((h) => h.toLowerCase()),
);

/** Month names that are also first names ("Jan Wolff", "May Chen", "June Park"). */
const MONTH_FIRST_NAMES = new Set(['jan', 'may', 'june', 'april', 'august']);

/**
 * Words kept from names elsewhere that are also family names ("Ruud Vos", "Amara Dean"): the
 * French "vos" and the academic "Dean" open no name, but end one after a given name, as the
 * German article "Das" ends "Priya Das".
 */
const FAMILY_NAMES_TOO = new Set(['vos', 'dean', 'das', 'dos']);
/**
 * Family names that are also a place's or an event's last word ("Marcus Hall", "Jonah Day",
 * "Ruth Street" against "Town Hall", "Demo Day", "Main Street", "Ground Floor", "Board Chair").
 * They end a name only after one given name that no article, possessive or place preposition
 * opens ("at the Town Hall", "our Demo Day") and that is not a word such places and events are
 * named by; a number after them ("Hall 3", "Day 2") makes them a place or an event too.
 */
const PLACE_FAMILY_NAMES = new Set(['hall', 'day', 'street', 'way', 'floor', 'chair']);
const OPENS_A_PLACE =
  /(?:^|[^\p{L}])(?:the|a|an|our|your|their|its|his|her|my|this|that|next|every|each|at|in|on|into|near|for|of|per)[ \t]+$/iu;
const PLACE_OR_EVENT_WORD =
  /^(?:town|city|county|village|main|high|wall|broad|market|church|station|park|demo|open|careers?|field|launch|sports?|ground|first|second|third|fourth|fifth|top|upper|lower|board|committee|program(?:me)?|memorial|labou?r|boxing|christmas|election|independence|veterans|presidents|orientation|onboarding|hack|press|media|investor|family|visit|visitor|graduation|pay|opening|music|concert|dining|lecture|assembly|student|residence|kick-?off)$/iu;
const NUMBER_AFTER = /^[ \t]*[\d#]/;
// Built once here: a bundler writes a \p{…} literal as `new RegExp(…)`, built again at each call,
// and these are tried on every word of a name run.
const OPENS_CAPITAL = /^\p{Lu}/u;
const OPENS_LOWER_CASE = /^\p{Ll}/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

function familyNameAfterName(
  text: string,
  start: number,
  words: RegExpMatchArray[],
  i: number,
  run: RegExpMatchArray[],
): boolean {
  const word = (words[i] as RegExpMatchArray)[0].toLowerCase();
  const previous = run[run.length - 1]?.[0];
  const next = words[i + 1]?.[0];
  if (
    previous === undefined ||
    !OPENS_CAPITAL.test(previous) ||
    (next !== undefined && OPENS_CAPITAL.test(next))
  )
    return false;
  if (FAMILY_NAMES_TOO.has(word)) return true;
  if (!PLACE_FAMILY_NAMES.has(word) || run.length !== 1) return false;
  const given = run[0] as RegExpMatchArray;
  const givenAt = start + (given.index ?? 0);
  const end = start + (words[i]?.index ?? 0) + word.length;
  return (
    !PLACE_OR_EVENT_WORD.test(given[0]) &&
    !OPENS_A_PLACE.test(text.slice(Math.max(0, givenAt - 12), givenAt)) &&
    !NUMBER_AFTER.test(text.slice(end, end + 4))
  );
}

/** A month word that opens a name: first in its run, and a name word (not a day number) follows. */
function monthAsFirstName(words: RegExpMatchArray[], i: number, runLength: number): boolean {
  const next = words[i + 1]?.[0];
  return (
    runLength === 0 &&
    MONTH_FIRST_NAMES.has((words[i] as RegExpMatchArray)[0].toLowerCase()) &&
    next !== undefined &&
    /^\p{Lu}\p{Ll}/u.test(next) &&
    isNameWord(next)
  );
}

/** The noun after a post's or a team's name: "the Patient Apps role", "the Data Platform team". */
const POST_AFTER =
  /^[ \t]+(?:role|position|post|posting|opening|vacancy|job|req|team|squad|department)(?![\p{L}])/u;

/** Words that end a firm's name but also a person's ("Samantha Power"): they stay. */
const FAMILY_NAME_TAILS = new Set(['power', 'marine', 'design', 'grid']);
/**
 * The last word of a body's or a firm's name: "Patient and Family Advisory Council", "Ellis Park
 * Distribution", "Harbour Point Seafoods" are no person (the tables' company tails, and these).
 */
const ORGANISATION_NOUN = new RegExp(
  `^(?:(?:council|committee|board|foundation|institute|association|society|commission|authority|federation|alliance|ministry|directorate|consortium|agency|bureau|registry|regulator|(?:sea)?food|enterprise|venture|service|pharmaceutical|airline|brewerie)s?|chamber|distribution|supply|manufacturing|technology|shipping|trading|outfitters|provisions|${LANGUAGES.flatMap(
    (t) => t.companyTailWords ?? [],
  )
    .filter((w) => !FAMILY_NAME_TAILS.has(w))
    .join('|')})$`,
  'iu',
);

/** A department's name follows: "responsável pela área de Canais Digitais", "der Abteilung X". */
export const DEPARTMENT_BEFORE = plainRegExp(
  `(?:${alternation(LANGUAGES.flatMap((t) => t.departmentWords ?? []))})(?:[ \\t]+(?:of|de|do|da|des|du|di|del|della|dello))?[ \\t]+$`,
  'iu',
);

/**
 * A job title right before names its field, no person: "Director of Customer Success",
 * "coordinadora de Mesa de Ayuda", and after a comma where the title is itself set off after
 * someone's name (by a comma or a dash) and the field ends the clause ("Ms A, Vice President,
 * Market Risk.", "A — Associate, Investment Banking").
 */
const JOB_WORD = `(?:${JOB_NOUN.source}|(?<![\\p{L}])(?:${LANGUAGES.flatMap((t) => t.jobNouns ?? []).join('|')})\\p{L}*)`;
const TITLE_OF_BEFORE = plainRegExp(
  `${JOB_WORD}[ \\t]+(?:of|for|de|del|de la|di|du|des|da|do|für)[ \\t]+$`,
  'iu',
);
const TITLE_SET_OFF_BEFORE = plainRegExp(
  `(?:,|[ \\t][–—-])[ \\t]+(?:[\\p{L}.-]+[ \\t]+){0,3}${JOB_WORD}(?:[ \\t]+[\\p{L}.-]+){0,2},[ \\t]+$`,
  'iu',
);
/** Someone in a list has their own title or address after the name; a field does not. */
const OWN_TITLE_OR_ADDRESS_AFTER = plainRegExp(
  `^[ \\t]*(?:[(<]|,[ \\t]+(?:[\\p{L}.-]+[ \\t]+){0,3}${JOB_WORD})`,
  'iu',
);
const CLAUSE_END_AFTER = /^[ \t]*(?:[.;!?)\n]|$)/;

/** A house number, then spaces (a tab parts a table's cells: "3\tNur Aisyah binte Rahman"). */
const HOUSE_NUMBER_BEFORE = /(?<![\d:.])\d{1,5}[a-z]?,? +$/;

export interface NameMention {
  name: string;
  index: number;
  end: number;
}

/**
 * An English sentence adverb that opens a sentence before a name ("Unfortunately Priya is out",
 * "Hopefully Sam can join"): by its ending, since names end in "-ly" too ("Emily", "Beverly").
 */
const SENTENCE_ADVERB =
  /^\p{Lu}\p{Ll}{2,}(?:ately|ally|ously|ently|antly|fully|ively|ingly|edly|arily|ckily|ppily|ssly)$/u;

/** `opensRun`: the word would open a name; an adverb only opens a sentence ("Don Mattingly"). */
function isNameWord(word: string, opensRun = true): boolean {
  return (
    // A plain capital alone is a word ("A Andrés le ha surgido", "I"), not a name: initials have
    // a dot, and the Irish "Ó" stays ("Ciarán Ó Dálaigh").
    !/^[A-Z]$/.test(word) &&
    !NOT_NAME.has(word.replace(/\./g, '').toLowerCase()) &&
    !ALL_CAPITALS.test(word) &&
    !(opensRun && SENTENCE_ADVERB.test(word))
  );
}

/**
 * Whether the initials at `i` belong to the name: they come before the surname, its last word
 * ("A. J. Penhaligon", "Siobhan M. Farrell", "Rhiannon St. Clair"). Initials followed by more
 * than one word end a sentence instead ("… in Building B. Sara Holm will meet you").
 */
function initialsBeginSurname(words: RegExpMatchArray[], i: number): boolean {
  let j = i;
  while (j < words.length && INITIAL.test((words[j] as RegExpMatchArray)[0])) j++;
  const surname = words[j]?.[0];
  if (surname === undefined || !OPENS_CAPITAL.test(surname) || !isNameWord(surname)) return false;
  const after = words[j + 1]?.[0];
  return after === undefined || !OPENS_CAPITAL.test(after) || !isNameWord(after);
}

/** Person-like names in `text` (2–4 words, no title or calendar words), in order. */
export function findNames(text: string): NameMention[] {
  const found: NameMention[] = [];
  for (const m of allMatches(text, RUN)) {
    const start = m.index ?? 0;
    // "at 3 Bedford Row": after a house number (not a clock time) comes a street.
    const words = [...m[0].matchAll(/\S+/g)];
    if (
      HOUSE_NUMBER_BEFORE.test(text.slice(Math.max(0, start - 12), start)) &&
      !INITIAL.test(words[0]?.[0] ?? '')
    )
      continue;
    let run: RegExpMatchArray[] = [];
    const flush = () => {
      // Trailing particles are not part of a name.
      while (run.length > 0 && OPENS_LOWER_CASE.test((run[run.length - 1] as RegExpMatchArray)[0]))
        run.pop();
      // "Pani Alicja Górska", "Mevrouw Sanne Visser": a form of address before a full name is no
      // part of it ("Don Whitaker", "Pan Wei" keep theirs: nothing would be left of the name).
      if (
        run.length >= 3 &&
        HONORIFICS.has((run[0] as RegExpMatchArray)[0].toLowerCase()) &&
        OPENS_CAPITAL.test((run[1] as RegExpMatchArray)[0])
      )
        run.shift();
      // "Chief Pilot Ray Tikhonov", "Head Nurse Ada Obi": a job's noun before a full name is its
      // title's last word (the words before it are no name words and split the run already).
      else if (
        run.length >= 3 &&
        JOB_NOUN_WORD.test((run[0] as RegExpMatchArray)[0]) &&
        OPENS_CAPITAL.test((run[1] as RegExpMatchArray)[0]) &&
        OPENS_CAPITAL.test((run[2] as RegExpMatchArray)[0])
      )
        run.shift();
      const capitalised = run.filter((w) => OPENS_CAPITAL.test(w[0])).length;
      if (capitalised >= 2 && capitalised <= 4) {
        const first = run[0] as RegExpMatchArray;
        const last = run[run.length - 1] as RegExpMatchArray;
        const from = start + (first.index ?? 0);
        const to = start + (last.index ?? 0) + last[0].length;
        // "the Product Manager, Patient Apps role", "der Abteilung Produktentwicklung Leben":
        // words that name a post, a team or a department.
        const before = text.slice(Math.max(0, from - 60), from);
        const after = text.slice(to, to + 60);
        if (
          ORGANISATION_NOUN.test(last[0]) ||
          POST_AFTER.test(text.slice(to, to + 16)) ||
          DEPARTMENT_BEFORE.test(before) ||
          (TITLE_OF_BEFORE.test(before) && !OWN_TITLE_OR_ADDRESS_AFTER.test(after)) ||
          (TITLE_SET_OFF_BEFORE.test(before) && CLAUSE_END_AFTER.test(after))
        ) {
          run = [];
          return;
        }
        found.push({ name: text.slice(from, to).replace(/\s+/g, ' '), index: from, end: to });
      }
      run = [];
    };
    for (const [i, w] of words.entries()) {
      if (OPENS_LOWER_CASE.test(w[0])) {
        if (run.length > 0) run.push(w);
        continue;
      }
      if (INITIAL.test(w[0])) {
        if (isNameWord(w[0]) && initialsBeginSurname(words, i)) run.push(w);
        else flush();
        continue;
      }
      if (run.length === 0 && LEAD_VERB_WORDS.has(w[0].toLowerCase())) continue;
      if (
        isNameWord(w[0], run.length === 0) ||
        monthAsFirstName(words, i, run.length) ||
        familyNameAfterName(text, start, words, i, run)
      )
        run.push(w);
      else {
        // Capitalised words right before a job noun, with only spaces between, are the title's
        // field ("Routing Optimization Engineer", "University Relations Manager"), no person.
        if (JOB_NOUN.test(w[0])) run = [];
        flush();
      }
    }
    flush();
  }
  return found;
}

/** A job's noun as a whole word: "Pilot", "Nurse", "Partner". */
const JOB_NOUN_WORD = new RegExp(`^(?:${JOB_NOUN.source})$`, JOB_NOUN.flags);

/** A single capitalised first name ("Priya") at the start of `text`. */
const LEADING_WORD = plainRegExp(`^${WORD}(?![\\p{L}\\p{M}])`, 'u');

export function leadingFirstName(text: string): string | null {
  const m = LEADING_WORD.exec(text);
  return m && isNameWord(m[0]) && m[0].length >= 2 ? m[0] : null;
}

const SENTENCE_STOP = /(?<=\p{Ll}{2})\.(?=[ \t])/u;

/** Runs of capitalised words, all-caps included, split at punctuation: organisation candidates. */
export function findCapitalisedPhrases(text: string): NameMention[] {
  const phrases: NameMention[] = [];
  const pattern =
    /(?<![\p{L}\p{M}])[\p{Lu}][\p{L}\p{M}'’.-]*(?:[ \t]+(?:&|and|of|de|du|la|y|und|et)?[ \t]*[\p{Lu}][\p{L}\p{M}'’.-]*){0,5}/gu;
  for (const m of allMatches(text, pattern)) {
    // A full stop after a word of small letters ends a sentence: "… at Wavelength Maps. Haruto
    // Sato from …" is two phrases ("St. Ives", "A.B. Dick" stay whole).
    let offset = 0;
    for (const part of m[0].split(SENTENCE_STOP)) {
      const name = part
        .replace(/[.'’-]+$/, '')
        .replace(/\s+/g, ' ')
        .trim();
      const index = (m.index ?? 0) + offset + (part.length - part.trimStart().length);
      if (name.length >= 2) phrases.push({ name, index, end: index + part.trimEnd().length });
      offset += part.length + 1;
    }
  }
  return phrases;
}

export function sameName(a: string, b: string): boolean {
  return fold(a) === fold(b);
}

/** Capitals that are titles, teams, places or zones, not family names: "our CTO, Dana". */
const NOT_FAMILY_NAME =
  /^(?:CEO|CTO|CFO|COO|CIO|CPO|CMO|CRO|CISO|VP|SVP|EVP|AVP|HR|PM|QA|UX|UI|IT|BI|SRE|ML|AI|USA|UK|EU|UAE|APAC|EMEA|LATAM|NYC|SF|LA|DC|PST|PDT|EST|EDT|CST|CDT|MST|MDT|GMT|BST|CET|CEST|UTC|IST|JST|AEST|AEDT|NB|PS|FYI|ASAP|RSVP|TBD|TBC|ETA|AM|PM|OK|FAQ)$/;
/** A given name, and a second one ("Thi Lan", "María José"). */
const GIVEN = String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?(?: \p{Lu}[\p{Ll}\p{M}]+)?`;
/**
 * "OYELARAN, Tunde", "van der Berg, Joost": a family name before a comma and the given name, as a
 * directory writes it, after a word that leads to a person ("with", "and", a colon, a bullet) or
 * opening a table's cell; in a cell of its own the family name may be written in small letters
 * ("Adewunmi-Cole, Babatunde").
 */
const FAMILY_NAME_FIRST = plainRegExp(
  String.raw`(?<=(?:(?<![\p{L}])(?:with|and|meet|meeting|by|from)|[:;•/(\n\t-]|^)[ \t]*)(?:(\p{Lu}{2,}(?:[ '’-]\p{Lu}{2,}){0,2}|${PARTICLE}(?: ${PARTICLE})? \p{Lu}\p{Ll}+)|(?<=(?:^|\t)[ \t]*)(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?)(?=,[ \t]+${GIVEN}[ \t]*(?:\t|$))),[ \t]+(${GIVEN})(?![\p{L}\p{M}.'’-])`,
  'gmu',
);

const PARTICLE_BEFORE_LAST = new RegExp(String.raw`\b${PARTICLE}\b(?= )`, 'gi');

/** "Location: DENVER, Colorado": a place, not a person. */
const PLACE_LABEL =
  /(?:location|where|address|venue|place|city|office|site|room|campus)[ \t]*:[ \t]*$/i;

/**
 * The text with family-name-first names turned round ("Tunde Oyelaran"), each kept at its length
 * so that positions found in it hold in the text as written.
 */
export function givenNameFirst(text: string): string {
  if (!text.includes(',')) return text;
  return text.replace(FAMILY_NAME_FIRST, (whole, shouted, small, given: string, at: number) => {
    const family = (shouted ?? small) as string;
    const written = /^\p{Lu}+$/u.test(family.replace(/[ '’-]/g, ''))
      ? family
          .toLowerCase()
          .replace(/(^|[ '’-])\p{Ll}/gu, (c) => c.toUpperCase())
          // "VAN DER STRAATEN" → "van der Straaten": particles before the last word in small letters.
          .replace(PARTICLE_BEFORE_LAST, (p) => p.toLowerCase())
      : family;
    if (
      NOT_FAMILY_NAME.test(family) ||
      !/[AEIOUYÀ-ÖØ-Ýa-z]/u.test(family) ||
      // "Director, Quality Assurance" in a title cell: a title's words are no name's.
      !isNameWord(written.split(/[ -]/).pop() as string) ||
      !given.split(' ').every((word) => isNameWord(word)) ||
      PLACE_LABEL.test(text.slice(Math.max(0, at - 24), at))
    )
      return whole;
    return `${given} ${written}`.padEnd(whole.length);
  });
}
