import {
  alternation,
  CANCELLED,
  escapeRegExp,
  LANGUAGES,
  plainRegExp,
  REJECTION,
} from './languages/index.js';
import { allMatches, eachMatch } from './matches.js';

// The job title: "Role: X", "for the X role/position", "interview for X", then the segments
// of the calendar summary and the subject ("Interview: Quantitative Developer – Pemberton & Lowe").

/**
 * Other languages' words for an interview ("Vorstellungsgespräch", "entretien", "面接"), longest
 * first so a compound goes before the word it ends in: a meeting, never a job title.
 */
const FOREIGN_MEETING_WORDS = [
  ...new Set(LANGUAGES.filter((t) => t.code !== 'en').flatMap((t) => t.interview)),
]
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Nouns that make a phrase a job title. */
export const JOB_NOUN = plainRegExp(
  String.raw`\b(?:engineers?|developers?|managers?|scientists?|designers?|analysts?|leads?|directors?|architects?|programmers?|artists?|biologists?|chemists?|physicists?|specialists?|consultants?|coordinators?|administrators?|officers?|interns?|internship|associates?|representatives?|recruiters?|writers?|editors?|nurses?|accountants?|researchers?|technicians?|head|vp|president|product|strategists?|marketers?|producers?|advisors?|counsel|attorneys?|teachers?|sre|devops|owners?|executives?|assistants?|physicians?|therapists?|pharmacists?|economists?|statisticians?|operators?|planners?|buyers?|controllers?|partners?|fellows?|principal|staff|lecturers?|professors?|instructors?|tutors?|postdoc(?:toral)?|scholars?|librarians?|curators?|paralegals?|lawyers?|solicitors?|pilots?|chefs?|clerks?|auditors?|actuar(?:y|ies)|underwriters?|brokers?|agents?|inspectors?|investigators?|translators?|interpreters?|trainees?|apprentices?|journalists?|reporters?|dentists?|hygienists?|veterinarians?|counsell?ors?|receptionists?|secretary|mechanics?|electricians?|machinists?|welders?|drivers?|surveyors?|bookkeepers?|supervisors?|superintendents?|foreman|forem[ae]n|merchandisers?|technologists?|informaticists?|testers?|stylists?|photographers?|illustrators?|animators?|dispatchers?|estimators?|cashiers?|coaches|coach|trainers?|paramedics?|carpenters?|plumbers?|cooks?|baristas?|tellers?|modelers?|modellers?|generalists?|specialists?|strategists?|evangelists?|advocates?|adjusters?|appraisers?|examiners?|processors?|handlers?|installers?|fitters?|attendants?|caregivers?|aides?|midwi(?:fe|ves)|bartenders?|housekeepers?|custodians?|janitors?|landscapers?|painters?|labou?rers?|operatives?|collectors?|negotiators?|schedulers?|liaisons?|salesperson|salespeople|dietitians?|\p{L}+(?:ologists?|icians?|graphers?|(?<!(?:check|wish|play|short|hit|black|white|watch|price|wait(?:ing)?)l)ists?))\b`,
  'iu',
);
export const NOT_ROLE = new RegExp(
  String.raw`\b(?:interview|screen|round|session|call|chat|invitation|invite|meeting|confirmed|scheduled|cancel+ed|rescheduled?|reminder|application (?:received|submitted|status|update)|thank|follow-?up|conversation|update|${FOREIGN_MEETING_WORDS})\b`,
  'i',
);
/** Interview stages that read like titles but are not the job. */
const STAGE =
  /^\s*(?:(?:first|second|third|final|1st|2nd|3rd)[\s-]+)?(?:hiring manager|recruiter|technical|final|phone|video|onsite|on-site|panel|culture|system design|coding|behaviou?ral)[\s-]+(?:interview|screen|round|call|chat)\b/i;
const MEETING_WORDS = new RegExp(
  String.raw`\s*\b(?:(?:first|second|third|final|1st|2nd|3rd|technical|phone|video|virtual|onsite|on-site|panel)[- ]?)?(?:interview|screen(?:ing)?|round|call|chat|conversation|session|meeting|review)s?\b\s*|\s*(?:${FOREIGN_MEETING_WORDS})\s*`,
  'gi',
);
// "iOS", "eCommerce": a word whose capital comes second still belongs to a title.
// A word may hold digits after its capital ("B2B", "R0012345"): a requisition number glued to the
// title is then read whole, and cut off as one ("Senior Analyst - R0012345").
// An ampersand inside a word belongs to it too: "FP&A", "R&D", "M&A".
// Romance and German titles link their nouns with "di", "da", "du", "der" as English does with "of"
// ("Analista Controllo di Gestione"); a grade's number follows its word ("Analista TI Nivel 2").
const TITLE_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}\p{N}'’.+#/&-]*|\.\p{Lu}[\p{L}\p{N}]*|\p{Ll}{1,2}\p{Lu}[\p{L}\p{M}'’.+#/-]*|of|and|&|for|in|the|de|di|da|do|du|del|della|der|(?<=(?:Nivel|Level|Niveau|Nível|Livello|Stufe|Grade|Band|Tier)[ \t]+)\p{N}{1,2}(?![\p{L}\p{N}:.])|\(\p{Lu}?[^()\n]{0,30}\))`;
// After a comma, one capitalised word then a lowercase verb starts the next clause ("Designer, Le
// confermiamo"), whereas "Engineer, Data and ML" or "Manager, Payments role" go on naming it.
const CLAUSE_AFTER_COMMA = String.raw`(?!\p{Lu}\p{L}*[ \t]+(?!(?:and|of|for|in|the|de|role|position|opening|job|vacancy|post|req|interview|screen|call|chat|team|onsite|on-site|loop|panel)\b)\p{Ll})`;
// A title may start with such a word too: "the iOS Engineer role", "eCommerce Manager".
const TITLE = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.+#/&-]*|\p{Ll}{1,2}\p{Lu}[\p{L}\p{M}'’.+#/-]*)(?:(?:,[ \t]+${CLAUSE_AFTER_COMMA}|[ \t]+|[ \t]*[–—-][ \t]*)${TITLE_WORD}){0,8}`;
/**
 * A title written all in small letters ("for the founding frontend engineer role"): two to five
 * words, read only where they hold a job noun (see lowercaseTitle).
 */
const LOWERCASE_TITLE = String.raw`\p{Ll}[\p{Ll}-]*(?:[ \t]+\p{Ll}[\p{Ll}-]*){1,4}`;

/**
 * Other languages write titles in sentence case ("Responsable logistique", "Analista de datos"):
 * lowercase words (or an acronym: "Analyste crédit PME") after the first count only up to a clear
 * end (punctuation, the line's end, or "and" before the sentence's next verb: "PME et avons"), so
 * that "poste de Responsable le mardi 14" does not run on into the date.
 */
const SENTENCE_CASE_TITLE = String.raw`\p{Lu}[\p{L}\p{M}'’+#/-]*(?:[ \t]+(?:(?:de|di|da|del|des|du|do|der|d['’])[ \t]*)?(?:\p{Ll}[\p{L}\p{M}'’+#/-]*|\p{Lu}{2,5}(?![\p{L}\p{M}]))){1,3}(?=[ \t]*(?:[,.;:()\n]|$)|[ \t]+(?:et|und|y|e|en|och|og|and)[ \t]+\p{Ll})`;

/**
 * A title in katakana (with Latin letters) has no capitals: "バックエンドエンジニア", "iOSエンジニア",
 * after a field in kanji with its okurigana ("組込みソフトウェアエンジニア", "機械学習エンジニア"),
 * never "our company" (弊社, 当社, 貴社).
 */
/** "백엔드 개발자", "데이터 분석가": one to three words of Hangul (or Latin letters) after a line's start or a bracket. */
const HANGUL_TITLE = String.raw`(?<=^|[\n\]】)〉>] ?)[\p{sc=Hangul}A-Za-z0-9]{2,12}(?: [\p{sc=Hangul}A-Za-z0-9]{2,12}){0,2}`;
const KATAKANA_TITLE = String.raw`(?:(?<!\p{sc=Han})(?![弊当貴御同]社)(?:\p{sc=Han}[みりけ]?){1,4}(?=[\p{sc=Katakana}A-Za-z]))?[\p{sc=Katakana}ー・A-Za-z0-9]{2,30}`;

/** A booking card's label for the job, alone on its line above it. */
const CARD_ROLE_LABEL = 'Role|Position|Job title|Opening|Vacancy';

const ROLE_LABELS = LANGUAGES.flatMap((t) => t.roleLabels ?? []).join('|');

/** The per-language "position of X" patterns, which a subject written as a sentence uses too. */
const LANGUAGE_PATTERNS = LANGUAGES.flatMap((t) =>
  t.rolePatterns.map((p) => ({
    pattern: languagePattern(p, t.code),
    strong: false,
    words: leadOf(p),
  })),
);

/** Terms of employment, no part of the title: "(12-month contract)", "the full-time X role". */
const TERMS = String.raw`\b(?:\d+[- ]?(?:months?|mos?|weeks?|years?)|contract(?:or)?|ftc|fixed[- ]term|permanent|temporary|temp|interim|intern(?:ship)?|co-?op|placement|secondment|(?:maternity|parental|paternity) (?:cover|leave)|full[- ]time|tenure[- ]track|part[- ]time|(?:summer|fall|autumn|winter|spring) \d{4}|freelance|intake|cohort|(?:night|day|evening|weekend|late|early) shifts?|nights|weekends|evenings)\b`;
/**
 * Where a title is written. A strong place ("Role:", "for the X role", "the X position") names a
 * job whatever its words; elsewhere the words must read like a job ("the X interview").
 */
const PATTERNS: { pattern: RegExp; strong: boolean; words?: RegExp }[] = [
  {
    pattern: plainRegExp(
      String.raw`^[ \t]*(?:Role|Position|Job(?: title)?|Title|Opening|Vacancy|Job Opening)[ \t]*[:\-–]?[ \t]+(${TITLE})[ \t]*$`,
      'gmu',
    ),
    strong: true,
  },
  {
    // "Puesto: Ingeniero de Machine Learning", "■職種：…", "【募集職種】…": another language's
    // label, the title in sentence case or in a script without case.
    pattern: plainRegExp(
      String.raw`^[ \t]*(?:(?:[■□●◆▪•・*][ \t]*)?(?:${ROLE_LABELS})[ \t]*[:：]|[【［\[](?:${ROLE_LABELS})[】］\]])[ \t]*([\p{Lu}\p{Lo}][^\n]{1,80}?)[ \t]*$`,
      'gimu',
    ),
    strong: true,
  },
  {
    // A card's label alone on its line above the title ("Role" / "Data Platform Engineer"). A
    // table's header row flattened reads the same way ("Title" / "Focus"), so the title must read
    // like a job.
    pattern: plainRegExp(
      String.raw`^[ \t]*(?:${CARD_ROLE_LABEL})[ \t]*:?[ \t]*\n[ \t]*(${TITLE})[ \t]*$`,
      'gmu',
    ),
    strong: false,
    words: new RegExp(String.raw`\b(?:${CARD_ROLE_LABEL})[ \t]*:?[ \t]*\n`),
  },
  {
    // A booking form's question and the seeker's answer: "Which role is this for? Data Analyst",
    // "What position are you interviewing for?" with the answer on the next line. The answer is
    // the seeker's own words, so they must read like a job.
    pattern: plainRegExp(
      String.raw`^[ \t]*(?:[Ww]hich|[Ww]hat)[ \t]+(?:role|position|job|opening)\b[^?\n]{0,60}\?[ \t]*\n?[ \t]*(${TITLE})[ \t]*$`,
      'gmu',
    ),
    strong: false,
    words: /\b(?:which|what) (?:role|position|job|opening)\b/i,
  },
  {
    pattern: plainRegExp(
      // "their": an agency writes of its client's opening ("for their Payroll Lead vacancy").
      String.raw`\b(?:for|in|about|of|as|to)[ \t]+(?:the|our|a|an|this|your|their)[ \t]+(?:${TERMS}[ \t]+)?(${TITLE}|${LOWERCASE_TITLE})[ \t]+(?:role|position|opening|job|vacancy|opportunity|post|req)\b`,
      'gu',
    ),
    strong: true,
    words: /\b(?:role|position|opening|job|vacancy|opportunity|post|req)\b/,
  },
  {
    pattern: plainRegExp(
      // "your interview with Calloway Systems for Support Engineer", "the final round for Staff
      // Engineer": the company between, or a stage of the process, before the title.
      String.raw`\b(?:interview|interviewing|candidacy|application|shortlisted|considered|round)(?:[ \t]+with[ \t]+\p{Lu}[\p{L}\p{M}&'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}&'’.-]*){0,3})?[ \t]+for[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?(${TITLE})`,
      'gu',
    ),
    strong: false,
  },
  {
    pattern: plainRegExp(
      // "The Embedded Software Engineer position is on hold": at a sentence's start too.
      String.raw`\b(?:[Tt]he|[Oo]ur)[ \t]+(${TITLE})[ \t]+(?:role|position|opening)\b`,
      'gu',
    ),
    strong: true,
    words: /\b(?:role|position|opening)\b/,
  },
  {
    // "For the Senior Full-Stack Engineer spot": a word for a slot too ("the Tuesday spot"), so
    // the words must read like a job.
    pattern: plainRegExp(
      String.raw`\b(?:[Ff]or|[Aa]bout|[Ii]n|[Tt]o)[ \t]+(?:the|our|this|that|your)[ \t]+(${TITLE})[ \t]+spot\b`,
      'gu',
    ),
    strong: false,
    words: /\bspot\b/,
  },
  {
    // "joining us as a Backend Engineer", "to be our new Head of Finance": the job the seeker
    // would take; "as a" leads to much else, so the words must read like a job.
    pattern: plainRegExp(
      String.raw`\b(?:join(?:ing)?[ \t]+(?:us|our[ \t]+team|the[ \t]+team)[ \t]+as|be[ \t]+(?:our|the)[ \t]+(?:new|next))[ \t]+(?:an?[ \t]+|our[ \t]+)?(${TITLE})`,
      'gu',
    ),
    strong: false,
  },
  {
    // "Sam's Senior Data Scientist interviews": a coordinator writes of the seeker by name.
    pattern: plainRegExp(
      String.raw`\b(?:the|an?|your|\p{Lu}\p{Ll}+['’]s)[ \t]+(${TITLE})[ \t]+(?:interviews?|screen|phone screen|call|chat|onsite|on-site|loop|panel|final round)\b`,
      'gu',
    ),
    strong: false,
    words: /\b(?:interviews?|screen|call|chat|onsite|on-site|loop|panel|final round)\b/,
  },
  ...LANGUAGE_PATTERNS,
];

/**
 * The words before a language pattern's title ("na stanowisko "), in any case: a cheap test that
 * spares the title pattern's scan of a text that cannot hold it (most texts are in one language).
 * A pattern's `words` are such a test; the English ones test the words after the title.
 */
function leadOf(source: string): RegExp | undefined {
  const lead = source.slice(0, source.indexOf('(TITLE)'));
  return lead ? plainRegExp(lead, 'iu') : undefined;
}

/** Other languages write titles in sentence case too ("Analista de riesgos"). */
function languagePattern(source: string, code: string): RegExp {
  const title =
    code === 'en'
      ? `(${TITLE})`
      : code === 'ja'
        ? `(${KATAKANA_TITLE})`
        : code === 'ko'
          ? `(${HANGUL_TITLE})`
          : `(${SENTENCE_CASE_TITLE}|${TITLE})`;
  return plainRegExp(sentenceCase(source).replace('(TITLE)', title), 'gu');
}

/** A pattern that starts with a small letter also matches at a sentence's start ("Stillingen som"). */
function sentenceCase(pattern: string): string {
  const first = pattern.match(/^\p{Ll}/u)?.[0];
  return first ? `[${first}${first.toUpperCase()}]${pattern.slice(first.length)}` : pattern;
}

/** A sentence that turns the seeker down: the role it names is not the one interviewed for. */

/** The sentence around a position of a text (up to 400 characters either side). */
function sentenceAt(text: string, at: number): string {
  let from = at;
  while (from > 0 && at - from < 400 && !'.!?\n'.includes(text[from - 1] as string)) from--;
  let to = at;
  while (to < text.length && to - at < 400 && !'.!?\n'.includes(text[to] as string)) to++;
  return text.slice(from, to);
}

const EVENT_LABEL =
  /^[ \t]*(?:What|Event(?: Type| name)?|Meeting|Booking)[ \t]*:[ \t]*([^\n]{3,120})$/gim;

/**
 * "(m/w/d)", "(H/F/X)", "(m/k)", "(K/M)" in brackets, where a title ends ("k": the Danish and
 * Norwegian kvinde/kvinne, the Polish kobieta).
 */
const BRACKETED_GENDER = String.raw`\(\s*(?:[mwfdhvxk]|div|all)(?:\s*[/|,*]\s*(?:[mwfdhvxk]|div|all)){1,3}\s*\)`;
/** "(m/w/d)", "(H/F)", "(f/m/x)", "m/w/d": gender markers of job ads, not part of the title. */
const GENDER_MARKER = new RegExp(
  `${BRACKETED_GENDER}|(?<=\\s)[mwfdhvxk](?:\\/[mwfdhvxk]){1,3}(?=\\s|$)`,
  'gi',
);
/** Job nouns of the other languages read (no word boundaries: they are often compounds). */
const FOREIGN_JOB_NOUN = plainRegExp(
  LANGUAGES.flatMap((table) => table.jobNouns ?? []).join('|'),
  'iu',
);

/** Whether the words read like a job title in any language read ("VP", "Directeur"). */
export function hasJobNoun(words: string): boolean {
  return JOB_NOUN.test(words) || FOREIGN_JOB_NOUN.test(words);
}

/**
 * The terms of an engagement, not the job: "(6-month contract)", "(12-month FTC, hybrid)",
 * "- Summer 2027 Co-op", "(Internship)", "(maternity cover)", "(2027 intake)", "(Nights)".
 */
const TERMS_IN_PARENS = plainRegExp(String.raw`\((?=[^()]*${TERMS})[^()]*\)`, 'giu');
const TERMS_AFTER_DASH = plainRegExp(String.raw`\s+[–—-]\s+[^–—()]*?${TERMS}[\s\d]*$`, 'iu');

/** A full stop after a word of small letters ends the sentence ("Designer. We"), unlike "Sr.". */
const SENTENCE_END = /(?<=\p{Ll}{3})\.(?:\s|$)/u;
/**
 * Brackets that hold a reference number, not part of the title: "(req 4471)", "(rif. TO-07)".
 * Taken out before the title is cut at a sentence's end, whose full stop an abbreviation mimics.
 */
const REFERENCE_IN_PARENS = plainRegExp(
  String.raw`\((?:[^()]*(?:\b(?:req(?:uisition)?|id|ref|job|posting|vacancy)\b|${alternation(LANGUAGES.flatMap((t) => t.referenceWords ?? []))})[^()]*|\s*#?\s*\d[\w-]*\s*|re-?schedul\w*|updated|remote|hybrid|on-?site|contract|full[- ]time|part[- ]time|\d{1,3}\s*(?:min(?:ute)?s?|hours?|hrs?|h)\.?)\)`,
  'giu',
);

/** GENDER_MARKER and BRACKETED_GENDER as tests, built once. */
const HAS_GENDER_MARKER = new RegExp(GENDER_MARKER.source, 'i');
const BRACKETED_GENDER_MARKER = new RegExp(BRACKETED_GENDER, 'i');

export function cleanRole(raw: string, strong = false): string | null {
  // "(m/w/d)", "(H/F)": only job ads mark a title so.
  const marked = HAS_GENDER_MARKER.test(raw);
  // A bracketed marker ends the title: "Data Analist (m/v/x) gaat niet door" says more after it.
  const markerAt = raw.search(BRACKETED_GENDER_MARKER);
  if (markerAt > 0) raw = raw.slice(0, markerAt);
  raw = raw.replace(REFERENCE_IN_PARENS, '');
  let role = (raw.split(SENTENCE_END)[0] ?? raw)
    .slice(0, 200)
    .replace(GENDER_MARKER, '')
    .replace(TERMS_IN_PARENS, '')
    // "[Job ID 88121]", "[REQ-4471]": a number in square brackets.
    .replace(/\[[^[\]]*\d[^[\]]*\]/g, '')
    .replace(
      /\b(?:req(?:uisition)?\.?\s*(?:#|no\.?|id)?\s*:?\s*[\w-]*\d[\w-]*|#\s*\d[\w-]*|R-?\d{3,}|JR-?\d+)\b/gi,
      '',
    )
    .trimEnd()
    .replace(TERMS_AFTER_DASH, '')
    .replace(/\s*[–—-]\s*(?:remote|hybrid|on-?site)\s*$/i, '')
    // "Site Reliability Engineer, next stage/conversation": the step of the process after a comma is no title.
    .replace(
      /,\s*(?:(?:the|your)\s+)?(?:next|final|first|second|third|last|early|\d(?:st|nd|rd|th))\s+(?:stage|step|round|conversation|chat|interview|call)s?\s*$/i,
      '',
    )
    // "データサイエンティスト職": 職 marks a Japanese job title as a position.
    .replace(/(?<=[\p{Script=Katakana}ー])職$/u, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:–—|/-]+|[\s,;:–—|/-]+$/g, '')
    .trim();
  // "(Job ID 5512 - Warehouse Supervisor)": the bracket closed around the title is no part of it.
  if (role.endsWith(')') && !role.includes('(')) role = role.slice(0, -1).trimEnd();
  // "Hiring manager (": a bracket opened at the end (its names taken out) holds nothing of it.
  if (role.endsWith('(')) role = role.slice(0, -1).trimEnd();
  role = role
    .replace(/(?:\s+(?:at|with|in|de|del|of|and|for|the|&))+\s*$/i, '')
    // "Senior Analyst opportunity": the word for the post is not part of its title.
    .replace(/\s+(?:opportunity|role|position|opening|vacancy)$/i, '')
    .trim();
  if (
    role.length < 2 ||
    role.length > 80 ||
    !(strong || marked || JOB_NOUN.test(role) || FOREIGN_JOB_NOUN.test(role)) ||
    NOT_ROLE.test(role) ||
    /面接|案内|日程|選考/.test(role)
  )
    return null;
  if (
    /^(?:hiring manager|recruiter|panel|technical|final|onsite|on-site|phone|video|culture|system design)$/i.test(
      role,
    )
  ) {
    return null;
  }
  return role;
}

/** The company's name and its first two words or more, as one alternation, longest first. */
function companyForms(company: string): string {
  const words = company.split(/\s+/);
  const forms = [company];
  for (let n = words.length - 1; n >= 2; n--) forms.push(words.slice(0, n).join(' '));
  return forms.map(escapeRegExp).join('|');
}

/** Cuts a subject or event title into its parts and keeps the one that is a job title. */
function fromTitle(title: string, company: string | null, people: string[]): string | null {
  let named = title;
  const forms = company ? companyForms(company) : null;
  // In brackets the company's first word alone is its name too: "SRE Interview (Halyard)".
  const first = company?.split(/\s+/)[0] ?? '';
  const bracketForms = forms && first.length >= 4 ? `${forms}|${escapeRegExp(first)}` : forms;
  const companyAfter = forms
    ? new RegExp(`(?:,\\s*(?:${forms})|\\s*\\((?:${bracketForms})\\))\\s*$`, 'i')
    : null;
  // "Interview - Sam Okafor / Backend Engineer": people's names are not part of the job.
  for (const person of people) if (person.length >= 3) named = named.split(person).join(' | ');
  if (named.includes('(')) {
    named = named.replace(shortNamesInBrackets(people), ' ');
    // "Your phone interview with Tessa Brandt (Finance Manager)": the bracket after the person
    // the meeting is with is that person's title (after the company, it is the job's).
    named = named.replace(BRACKET_AFTER_WITH, (whole, name: string) =>
      forms && new RegExp(`^(?:${forms})$`, 'i').test(name) ? whole : name,
    );
  }
  const stripped = named
    .replace(
      /^\s*(?:(?:re|fwd?|fw|aw|wg|tr|invitation|updated invitation|invitation updated|accepted|confirmed|reminder|canceled|cancelled|new event)\s*:\s*)+/i,
      '',
    )
    .replace(/\s@\s.*$/, '')
    .replace(/\([^()]*@[^()]*\)/g, '');
  // "（データサイエンティスト職）", "Interview: Sam Lee <> Acme (Product Manager)": a bracketed title.
  const bracketed = [...stripped.matchAll(/（([^（）]{2,40})）|\(([^()]{2,60})\)/g)].map(
    (m) => (m[1] ?? m[2]) as string,
  );
  const parts = stripped
    .replace(/\(\s*[|\s]*\)/g, ' ')
    // "Acme Studios · iOS Engineer interview": a spaced middle dot or bullet parts a title too.
    .split(/\s+(?:[–—|:@/·•-]|<>)\s+|\s*[–—|]\s*|:\s+|\s+(?:with|at|for)\s+|【[^】]*】/)
    .concat(bracketed)
    // "Senior iOS Engineer, Kesari Finserv", "Backend Engineer (Kesari Finserv)": the company
    // after a comma or in brackets, or its first words ("…, Kestrel Ridge" for Kestrel Ridge
    // Outfitters), is not part of the job.
    .map((part) => (companyAfter ? part.replace(companyAfter, '') : part))
    // "株式会社ハナミズキ・インフラエンジニア職": the part holding the company keeps what follows it.
    .map((part) =>
      company && /[・／]/.test(part)
        ? part
            .replace(new RegExp(`(?:株式会社)?${escapeRegExp(company)}(?:株式会社)?[・／]`), '')
            .trim()
        : part,
    )
    .filter((part) => !(company && part.toLowerCase().includes(company.toLowerCase())));
  for (const part of parts) {
    const role = cleanRole(insideBrackets(part) ?? part);
    if (role) return role;
  }
  // "Engineering Manager interview": the title with the kind of meeting taken off.
  for (const part of parts) {
    const after = titleAfterMeetingWords(part);
    if (after) return after;
    if (STAGE.test(part)) continue;
    const role = cleanRole(
      beforeMeetingClause(part).replace(MEETING_WORDS, ' ').trim().replace(LEADING_CLAUSE, ''),
    );
    if (role) return role;
  }
  return null;
}

/**
 * "Staff Platform Engineer (Tomasz W.)", "(T. Wierzbicki)", "(Tomasz)": a person's first name
 * with or without the family name's initial, or an initial and the family name, in brackets tag
 * whose meeting it is, not the job.
 */
function shortNamesInBrackets(people: string[]): RegExp {
  const forms = people.flatMap((person) => {
    const words = person.split(/\s+/).filter((w) => /^\p{Lu}[\p{L}'’-]+$/u.test(w));
    const first = words[0];
    const last = words.at(-1);
    if (!first || !last || words.length < 2) return [];
    return [`${escapeRegExp(first)}(?:\\s+\\p{Lu}\\.?)?`, `\\p{Lu}\\.?\\s*${escapeRegExp(last)}`];
  });
  if (forms.length === 0) return /(?!)/;
  return new RegExp(`\\(\\s*(?:${forms.join('|')})\\s*\\)`, 'gu');
}

/** "with Tessa Brandt (Finance Manager)": a bracket after whom the meeting is with. */
const BRACKET_AFTER_WITH =
  /(?<=\bwith\s+)(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})\s*\([^()]*\)/gu;

/** The meeting words a subject opens with ("Technical interview", "entrevista"). */
const OPENING_MEETING_WORDS = new RegExp(`^(?:${MEETING_WORDS.source})`, 'i');
/** "técnica", "technique", "tecnico": small words between the meeting words and the title. */
const SMALL_WORDS = /^(?:\p{Ll}+[ \t]+){1,2}(?=\p{Lu})/u;

/**
 * "Technical interview Data Engineer", "entrevista técnica Engenheira de Dados", "Entretien
 * technique Ingénieur logiciel": a title after the meeting words with no separator, read only
 * when it holds a job noun.
 */
function titleAfterMeetingWords(part: string): string | null {
  const opening = OPENING_MEETING_WORDS.exec(part);
  if (!opening?.[0].trim()) return null;
  const rest = part.slice(opening[0].length).replace(SMALL_WORDS, '');
  if (!/^\p{Lu}/u.test(rest) || !hasJobNoun(rest)) return null;
  return cleanRole(rest);
}

/** "scheduling your Firmware Engineer interview": small words up to "your" start no title. */
const LEADING_CLAUSE = /^(?:\p{Ll}+[ \t]+){0,3}(?:your|the|our|an?|this|my)[ \t]+(?=\p{Lu})/u;

/**
 * "Data Analyst interview on Friday", "… interview tomorrow": lowercase words after the meeting
 * word say when it is, not what the job is.
 */
function beforeMeetingClause(part: string): string {
  for (const m of allMatches(part, MEETING_WORDS)) {
    const rest = part.slice((m.index ?? 0) + m[0].length);
    if (/^\p{Ll}/u.test(rest)) return part.slice(0, (m.index ?? 0) + m[0].length);
  }
  return part;
}

/**
 * "small time change (Staff Data Engineer)", "Quick update (Product Designer)": words that name
 * no job before a title in brackets; the brackets hold the title.
 */
function insideBrackets(part: string): string | null {
  const m = /^([^()]*?)\s*\(([^()]{2,60})\)\s*$/.exec(part);
  // "(Platform Engineer)" alone: what was before the brackets was a name, taken off.
  if (!m || (m[1] && hasJobNoun(m[1]))) return null;
  return cleanRole(m[2] as string) ? (m[2] as string) : null;
}

/** Gender endings in brackets glued to a word: "Desenvolvedor(a)", "Ingénieur(e)", "Berater(in)". */
const GLUED_GENDER = /(?<=\p{Ll})\((?:a|as|o|os|e|es|ne|in|innen)\)/gu;
/** A gender marker in brackets, where a title ends. */
const MARKER_IN_BRACKETS = plainRegExp(BRACKETED_GENDER, 'giu');
/** Words after which a job title starts, and those of them a title never holds. */
const STRONG_INTRO = new Set(LANGUAGES.flatMap((table) => table.titleIntro?.strong ?? []));
const TITLE_INTRO = new Set([
  ...STRONG_INTRO,
  ...LANGUAGES.flatMap((table) => table.titleIntro?.weak ?? []),
]);

/** What ends the words before a gender marker within a line: punctuation, brackets, quotes. */
const BEFORE_MARKER_BREAKS_IN_LINE = /[,.;:!?–—|"«»“”()[\]\t]|\s-\s|['’]/;
/** The same, a line's end ending them too. */
const BEFORE_MARKER_BREAKS = new RegExp(`\\n|${BEFORE_MARKER_BREAKS_IN_LINE.source}`);

/**
 * The title a gender marker closes, read back from the marker: its first capitalised word after
 * a word that introduces a title ("poste d'Ingénieure logiciel embarqué (f/h)", "Bewerbung als
 * Data Scientist (w/m/d)"), or the line's first word. Lowercase words inside are kept:
 * Romance languages write titles in sentence case.
 */
function titlesBeforeMarkers(text: string): string[] {
  const found: string[] = [];
  for (const m of allMatches(text, MARKER_IN_BRACKETS)) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 120), at);
    const inLine = titleBefore(before, BEFORE_MARKER_BREAKS);
    // "de functie Projectleider<br>Elektrotechniek (m/v/x)": a title broken over two lines (an
    // HTML line break the text was not joined back at) starts after its introducing word above.
    const across = inLine?.introduced ? null : titleBefore(before, BEFORE_MARKER_BREAKS_IN_LINE);
    const title = across?.introduced ? across.title : inLine?.title;
    if (title) found.push(title);
  }
  return found;
}

/** The title that ends a text, and whether a word that introduces titles comes before it. */
function titleBefore(
  before: string,
  breaks: RegExp,
): { title: string; introduced: boolean } | null {
  const segment = before.split(breaks).pop() ?? '';
  const words = segment.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const capital = (w: string) => /^\p{Lu}/u.test(w);
  // The first start after which no word introduces a title ("Sua candidatura per la
  // posizione di Sviluppatore Java" starts at "Sviluppatore").
  const start = words.findIndex(
    (w, i) =>
      capital(w) &&
      (i === 0 || TITLE_INTRO.has((words[i - 1] as string).toLowerCase())) &&
      !words.slice(i + 1).some((later) => STRONG_INTRO.has(later.toLowerCase())),
  );
  // A long sentence before the marker ("… dat je gesprek voor de functie Data Analist (m/v/x)")
  // still names the title after its last introducing word; only the title itself is short.
  if (start < 0 || words.length - start > 8) return null;
  return { title: words.slice(start).join(' '), introduced: start > 0 };
}

/** Small words a title keeps in small letters when its other words are capitalised. */
const SMALL_TITLE_WORDS = new Set(['of', 'and', 'for', 'in', 'the', 'to']);
/** Words that say which posting, not what the job is: "for the new data analyst role". */
const POSTING_WORDS =
  /^(?:new|open|same|other|current|advertised|above|following|exciting|posted)\s+/;

/**
 * A title written in small letters, capitalised as titles are ("Founding Frontend Engineer") when
 * its words hold a job noun; a posting's words ("the open analyst role") are no part of it.
 */
function lowercaseTitle(words: string): string | null {
  const title = words.replace(POSTING_WORDS, '');
  if (!/\s/.test(title) || !JOB_NOUN.test(title)) return null;
  const role = cleanRole(title);
  return role
    ? role
        .split(' ')
        .map((w, i) => (i > 0 && SMALL_TITLE_WORDS.has(w) ? w : w[0]?.toUpperCase() + w.slice(1)))
        .join(' ')
    : null;
}

/**
 * A booking card gives the job on the line under the company's name, with no label ("Cobalt
 * Finch Logistics" / "Warehouse Automation Technician"; a blank line between them when the card
 * is read from HTML); the line must read like a job.
 */
function titleUnderCompany(texts: string[], company: string): string | null {
  // Found from the name's own lines, with one pattern built once (a company's name is trimmed
  // and on one line: the phrases it comes from never hold a break).
  for (const text of texts) {
    let from = 0;
    for (let at = text.indexOf(company); at >= 0; at = text.indexOf(company, at + 1)) {
      let lineStart = at;
      while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t'))
        lineStart--;
      if (lineStart < from || (lineStart > 0 && !LINE_BREAK.test(text[lineStart - 1] as string)))
        continue;
      TITLE_UNDER.lastIndex = at + company.length;
      const m = TITLE_UNDER.exec(text);
      if (!m) continue;
      const role = cleanRole(m[1] as string);
      if (role) return role;
      from = TITLE_UNDER.lastIndex;
    }
  }
  return null;
}
/** What follows a company's name on its card: the title on the next line (or the one after a blank). */
const TITLE_UNDER = new RegExp(String.raw`[ \t]*\n(?:[ \t]*\n)?[ \t]*(${TITLE})[ \t]*$`, 'muy');
/** The characters after which a multiline `^` matches. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

export function findRole(input: {
  texts: string[];
  titles: string[];
  company: string | null;
  /** Names of the people in the message, the seeker's first: never part of a role. */
  people?: string[];
}): {
  role: string | null;
  source: string | null;
} {
  const texts = input.texts.map((t) => t.replace(GLUED_GENDER, ''));
  for (const text of [...texts, ...input.titles.map((t) => t.replace(GLUED_GENDER, ''))]) {
    for (const candidate of titlesBeforeMarkers(text)) {
      const role = cleanRole(candidate, true);
      if (role) return { role, source: 'text' };
    }
  }
  // "We won't move forward for the X role, but would like to interview you for our Y opening":
  // a role named where the seeker is turned down counts only if no other is named.
  let turnedDown: string | null = null;
  for (const { pattern, strong, words } of PATTERNS) {
    for (const text of texts) {
      if (words && !words.test(text)) continue;
      for (const m of eachMatch(text, pattern)) {
        let candidate = m[1] ?? '';
        // "the Product Manager, Patient Experience role" keeps its comma; "Engineer at Acme" stops.
        candidate = candidate.split(/\s+(?:at|with)\s+\p{Lu}/u)[0] ?? candidate;
        if (input.company)
          candidate = candidate.replace(
            new RegExp(`\\s*(?:[–—|-]|at)?\\s*${escapeRegExp(input.company)}.*$`, 'i'),
            '',
          );
        const role = /^\p{Ll}[^\p{Lu}]*$/u.test(candidate)
          ? lowercaseTitle(candidate)
          : cleanRole(candidate, strong);
        const sentence = sentenceAt(text, m.index ?? 0);
        // "Unfortunately we have to cancel your interview for the X position" calls the meeting
        // off; the seeker is not turned down for X.
        if (role && REJECTION.test(sentence) && !CANCELLED.test(sentence)) turnedDown ??= role;
        else if (role)
          return (
            titledJob(role, input) ?? { role: fullerInTitles(role, input) ?? role, source: 'text' }
          );
      }
    }
  }
  if (turnedDown) return { role: fullerInTitles(turnedDown, input) ?? turnedDown, source: 'text' };
  const carded = input.company ? titleUnderCompany(texts, input.company) : null;
  if (carded) return { role: carded, source: 'text' };
  // A subject written as a sentence ("Bekräftelse: intervju för tjänsten som Systemutvecklare"):
  // the words that introduce the title there, as in the text.
  for (const { pattern, words } of LANGUAGE_PATTERNS) {
    for (const title of input.titles) {
      if (words && !words.test(title)) continue;
      for (const m of eachMatch(title, pattern)) {
        const role = cleanRole(m[1] ?? '');
        if (role) return { role, source: 'subject' };
      }
    }
  }
  // A booking tool's "What: Interview - Product Designer (Acme)" line is an event title.
  const labelled = input.texts.flatMap((text) =>
    allMatches(text, EVENT_LABEL).map((m) => (m[1] as string).replace(/\s*\([^()]*\)\s*$/, '')),
  );
  for (const title of [...labelled, ...input.titles]) {
    const role = fromTitle(title, input.company, input.people ?? []);
    if (role) return { role: spelledOut(role, texts) ?? role, source: 'subject' };
  }
  return { role: null, source: null };
}

/** A title in capitals with its grade: "SRE II", "SWE 3". */
const INITIALS_TITLE = /^(\p{Lu}{2,5})((?:\s+(?:I{1,3}|IV|V|\d))?)$/u;

/**
 * A subject's initials written out in the text ("SRE II" where the prose says "Site Reliability
 * Engineer II"): the words whose first letters spell them, with the same grade, and a job noun.
 */
function spelledOut(role: string, texts: string[]): string | null {
  const m = INITIALS_TITLE.exec(role);
  if (!m) return null;
  const letters = [...(m[1] as string)];
  const grade = (m[2] as string).trim();
  const words = letters.map((c) => `${c}[\\p{Ll}-]+`).join('[ \\t]+');
  const pattern = new RegExp(`\\b${words}${grade ? `[ \\t]+${escapeRegExp(grade)}\\b` : ''}`, 'u');
  for (const text of texts) {
    const found = pattern.exec(text)?.[0];
    if (found && hasJobNoun(found)) return found;
  }
  return null;
}

/**
 * "the Platform role" names a team, not the job: where the prose's words hold no job noun and
 * the subject or event title names a job that does ("Entrevista com o time de Plataforma -
 * Engenheiro de Software Sênior"), the title's job is the role.
 */
function titledJob(
  role: string,
  input: { titles: string[]; company: string | null; people?: string[] },
): { role: string; source: string } | null {
  if (hasJobNoun(role)) return null;
  for (const title of input.titles) {
    const job = fromTitle(title, input.company, input.people ?? []);
    if (job && hasJobNoun(job)) return { role: job, source: 'subject' };
  }
  return null;
}

/** A grade written after the title, as Romance languages do ("Développeur Java senior"). */
const POSTPOSED_GRADE =
  /^\s+(?:senior|sénior|junior|júnior|confirmée?|expérimentée?|débutante?|sr\.?|jr\.?|ssr|semi[- ]?senior|pleno)\s*$/iu;

/** Adjectives after a Romance noun ("Analyste financier", "Técnico de mantenimiento"). */
const POSTPOSED_ADJECTIVES =
  /^\s+(?:(?:de|di|do|da|des|du|del|en)\s+)?\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*){0,2}\s*$/u;

/**
 * The same title written out further in a subject or event title ("Développeur Java" in prose
 * where the subject says "Développeur Java senior (H/F/X)"): a lowercase grade after the title
 * ends a title in prose, but is part of it.
 */
function fullerInTitles(
  role: string,
  input: { titles: string[]; company: string | null; people?: string[] },
): string | null {
  const key = role.toLowerCase();
  for (const title of input.titles) {
    const fuller = fromTitle(title, input.company, input.people ?? []);
    if (
      fuller?.toLowerCase().startsWith(`${key} `) &&
      (POSTPOSED_GRADE.test(fuller.slice(role.length)) ||
        (FOREIGN_JOB_NOUN.test(role) &&
          !JOB_NOUN.test(role) &&
          POSTPOSED_ADJECTIVES.test(fuller.slice(role.length))))
    )
      return fuller;
  }
  return null;
}
