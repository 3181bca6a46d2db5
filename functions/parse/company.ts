// The hiring company. Strongest: a name in the text that spells a sender's or interviewer's
// email domain ("Larkspur Analytics" ↔ larkspuranalytics.example). Then a team sender's
// display name ("Tidewater Payments Recruiting"), "position at X", a signature's
// "Title | Company", and the subject.
import { addressMatchesName, fold, isRobot, isRoleAddress } from './addresses.js';
import { LANGUAGES, plainRegExp, REPLY_OR_FORWARD_MARK } from './languages/index.js';
import { ja } from './languages/ja.js';
import { allMatches } from './matches.js';
import { findCapitalisedPhrases, sameName } from './names.js';
import { JOB_NOUN, NOT_ROLE } from './role.js';
import type { ParsedAddress } from './types.js';

const WEBMAIL =
  /^(?:gmail|googlemail|outlook|hotmail|live|msn|icloud|me|mac|yahoo|ymail|aol|proton|protonmail|pm|gmx|mail|fastmail|zoho|yandex|hey|tutanota|qq|163|web|t-online|orange|free|comcast|verizon|att|sbcglobal)$/i;
/** Domain labels that name no company: mail and web hosts, mailboxes, video-meeting services. */
const GENERIC_LABEL =
  /^(?:www|mail|email|e-mail|smtp|mx|careers?|jobs?|talent|hr|recruiting|notifications?|notify|noreply|no-reply|send|bounce|calendar|app|apps|portal|us\d+web|eu\d*|us\d*|web|corp|inc|co|com|net|org|example|info|news|em\d*|go|my|hire|apply|people|vagas|empleos?|karriere|jobs?|stellen|carreiras?|carreras?|carrieres?|lavora|werkenbij|zoom|webex|teams|meet|gotomeeting|gotowebinar|bluejeans|whereby|skype|chime|ringcentral|jitsi)$/i;
/**
 * What ends a team's or a sender's name after the company's own: team words ("Recruiting",
 * "Talent") and legal forms, one or more ("Baumwerk AG Talent", "Elbtal GmbH & Co. KG"). "Co."
 * after "&" is the name itself ("Ferrand & Co."), as a person writes it.
 */
const SUFFIX =
  /(?:\s+(?:Early (?:Careers|Talent)|(?:Campus|University|Graduate|Student) (?:Recruiting|Recruitment|Hiring|Programs?)|Emerging Talent|Recruiting|Recruitment|Careers|Career|Jobs|Talent(?: Acquisition| Team)?|Hiring(?: Team)?|People(?: Team| Ops)?|HR|Team|Notifications|Scheduling|Scheduler|Interviews?|Calendar|HQ|Headquarters|Offices?|Inc\.?|LLC|LLP|L\.L\.P\.|PLLC|LP|Ltd\.?|Ltda\.?|GmbH|Corp\.?|Limited|plc|S\.?A\.?|S\.L\.?|AG|KG|SE|BV|B\.V\.?|NV|N\.V\.?|S\.?r\.?l\.?|S\.p\.A\.?|SpA|SPRL|BVBA|S\.A\.S\.?|SLU|S\.?A\.?C\.?|S\.?A\.?(?:P\.?I\.?)? de C\.?V\.?|Lda\.?|EIRL|eG|e\.V\.|Pvt\.?|Pty\.?|Pte\.?|SAS|SARL|Oy|AB|ASA|AS|A\/S|ApS|Kft\.?|OÜ|S\.L\.U\.?|Unipessoal(?:,? Lda\.?)?|Sp\.?(?: z o\.o\.?)?|S\.à(?: r\.l\.?)?|(?<!&\s*)Co\.?|(?:GmbH\s*)?&\s*Co\.?\s*KG(?:aA)?|株式会社)|\s*株式会社)+$/i;
/** A team named before the company: "HR Team Baumwerk AG", "Talent Acquisition Team - Vireo". */
const TEAM_BEFORE = String.raw`(?:HR|Talent(?: Acquisition)?|Recruiting|Recruitment|People|Hiring) Team`;
const PREFIX = new RegExp(
  String.raw`^(?:(?:The|Your|Our|At|From|Team|Welcome to|Join|Thanks for applying to|Hello from|${TEAM_BEFORE})\s+|株式会社\s*)`,
  'i',
);
const NOT_COMPANY =
  /^(?:Hi|Hello|Dear|Thanks|Thank You|Best|Kind Regards|Regards|Cheers|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Interview|Video|Zoom|Google|Microsoft Teams|Teams|(?:Google|Zoom|Microsoft|Outlook|Apple|Cisco|Webex) (?:Meet|Meetings?|Calendar|Video|Workplace|Teams|Docs|Forms)|Join|Location|Date|Time|When|Where|Role|Position|Event Type|Host|Invitee|Eastern Time|Pacific Time|Central Time|Video Call|Phone Screen|Technical Interview|Hiring Manager|Engineering Manager|Final Round)$/i;

export interface CompanyInput {
  texts: string[];
  subjects: string[];
  /** Addresses of the people on the company's side (sender, reply-to, interviewers, cc). */
  companyAddresses: ParsedAddress[];
  sender: ParsedAddress | null;
}

/**
 * Danish legal forms written with a slash ("Fjordhavn Logistik A/S"): the phrase finder would
 * keep their first letter as a word of the name.
 */
const SLASHED_LEGAL_FORM = /[ \t]+[AIKP]\/S(?![\p{L}])/gu;

function clean(name: string): string {
  return name
    .replace(PREFIX, '')
    .replace(/\.$/, '')
    .replace(SUFFIX, '')
    .replace(/\s+via\s+.*$/i, '')
    .replace(/[\s,;:–—|-]+$/, '')
    .trim();
}

/** The labels of a domain that can name a company: "careers.fernhill-outdoors.example" → fernhilloutdoors. */
export function domainLabels(address: string): string[] {
  const domain = address.split('@')[1] ?? '';
  const parts = domain.toLowerCase().split('.');
  parts.pop();
  if (parts.length >= 2 && /^(?:co|com|org|net|ac|gov)$/.test(parts[parts.length - 1] ?? ''))
    parts.pop();
  return parts
    .filter((p) => p.length >= 3 && !GENERIC_LABEL.test(p) && !WEBMAIL.test(p))
    .map((p) => fold(p));
}

const COMPANY_TAIL_WORDS = new Set(LANGUAGES.flatMap((t) => t.companyTailWords ?? []));
const COMPANY_TAIL = plainRegExp(`^(\\p{L}{3,}?)(${[...COMPANY_TAIL_WORDS].join('|')})$`, 'u');

/**
 * A domain label as a name, its hyphens as spaces (halyard-systems.example → "Halyard Systems"),
 * or a word that ends company names split off (brightlinemedia → "Brightline Media").
 */
function nameFromLabel(label: string, addresses: ParsedAddress[]): string {
  const hyphenated = addresses
    .flatMap((a) => (a.address.split('@')[1] ?? '').toLowerCase().split('.'))
    .find((part) => part.includes('-') && fold(part) === label);
  const tail = hyphenated ? null : COMPANY_TAIL.exec(label);
  const written = hyphenated ?? (tail ? `${tail[1]}-${tail[2]}` : label);
  return written
    .split('-')
    .filter((word) => word.length > 0)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Prefers "Corvid Systems" over "CORVID SYSTEMS". */
function betterCase(a: string, b: string): string {
  const lower = (s: string) => (s.match(/\p{Ll}/gu) ?? []).length;
  return lower(b) > lower(a) ? b : a;
}

/** A full stop after a word of small letters ends a sentence ("Labs. We"), unlike "Co." or "A.I.". */
const SENTENCE_STOP = /(?<=\p{Ll}{2})\.(?=[ \t])/u;

/**
 * A line that names the employer outright ("Employer: X", "Entreprise : X"), or a table row of a
 * label cell and the name's cell (flattened HTML puts a tab between cells).
 */
const EMPLOYER_LABEL =
  /^[ \t■•*-]*(?:employer|company|hiring company|organi[sz]ation|client|entreprise|société|empresa|unternehmen|firma|azienda|bedrijf|werkgever|企業名|会社名)(?:[ \t]*[:：][ \t]*|\t+)([^\n]{2,80})$/imu;
/** "Denali Freightways via Crewbase": a company speaking through a tool. */
const VIA_TOOL = /^(.{2,60}?)\s+via\s+\S.*$/i;
/** "Chebucto Maritime Insurance (Hiretrack)": the tool, named in brackets, after the company. */
const TOOL_IN_BRACKETS = /^(.{2,60}?)\s*\(([^()]{2,30})\)$/;
/** A school's or a job board's office, which passes on interviews but does not hire. */
const INTERMEDIARY = /\b(?:career (?:center|centre|services|office)|university|college|school)\b/i;
/**
 * A name followed by its legal form ("Elbtal Logistik GmbH", "ほしぞらテック株式会社"); in Japanese
 * the form may come first, and a romanised name may have two words ("株式会社Aozora Data").
 */
const LEGAL_FORM =
  /(?:^|[\s,(])((?:\p{Lu}[\p{L}\p{M}'’.&-]*[ \t]+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*)[ \t]+(?:GmbH|AG|Inc\.?|LLC|LLP|Ltd\.?|Limited|S\.A\.|SAS|SARL|B\.V\.|BV|N\.V\.|S\.r\.l\.|SRL|SPRL|BVBA|S\.p\.A\.|S\.A\.S\.|Pty Ltd|plc|Oy|AB|ApS|A\/S|SA|NV|[Ss]p\. z o\.o\.)(?![\p{L}])|((?:\p{Lu}[\p{L}\p{M}&.'’-]*[ \t])?[\p{L}\p{M}ー・&]{2,20}?)株式会社|株式会社([\p{L}\p{M}ー・&]{2,20}(?:[ \t]\p{Lu}[\p{L}\p{M}&.'’-]*){0,2})/gmu;

/** From a particle (の, は, …) after a name in another script: "株式会社ミナトの人事部". */
const JA_PARTICLE_AFTER_NAME = /(?<=[^\p{Script=Hiragana}])[のはをにがでへもと].*$/u;

/** Up to the last particle (は, を, に, …) that a name in another script follows. */
const JA_PARTICLE_BEFORE_NAME = /^.*[はをにがでへも](?=[^\p{Script=Hiragana}])/u;

const BEFORE_JA_TEAM = plainRegExp(
  String.raw`(?<=^|[\s、。「（(])([\p{Script=Katakana}\p{Script=Han}ー・A-Za-z]{2,20}?)[ \t　]?(?:${ja.arrangerTitles.join('|')})`,
  'mu',
);

/** A recruitment agency's name or domain: it passes on a client's interviews, it does not hire. */
const AGENCY =
  /(?<![\p{L}])(?:recruit\p{L}*|staffing|resourcing|personnel|headhunt\p{L}*|(?:executive )?search(?: partners| group| associates)?)(?![\p{L}])/iu;
/**
 * "My client, Tamarind Foods, would like…", "on behalf of a client, X", "the client (X)", a
 * subject's "Client: X": the agency names the company it recruits for.
 */
const CLIENT =
  /\b(?:(?:[Mm]y|[Oo]ur|[Aa]|[Tt]he) client(?:[,:]?[ \t]+|[ \t]*\([ \t]*)|Client:[ \t]*)((?:\p{Lu}[\p{L}\p{M}'’.-]*|&)(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’.-]*|&)){0,4})/u;
// From a word's start only, and words of bounded length: a pattern that opens with the name
// must not try every letter of a long run of capitals. Such a pattern still starts a try at every
// capital of a text: each goes with the plain `words` after the name, tested first (1-3 µs a
// text against 40-100 µs for the pattern, timed pattern by pattern over the corpus's texts).
const COMPANY_WORDS = String.raw`(?<![\p{L}\p{M}'’.&-])((?:\p{Lu}[\p{L}\p{M}'’.-]{0,30}|&)(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’.-]{0,30}|&)){0,4})`;
/**
 * What an agency writes of the company it recruits for, without the word "client": "the hiring
 * team at Quarrystone Analytics would like…", "Quarrystone's hiring manager", "Quarrystone
 * Analytics are keen to meet you" (a company takes a plural verb in British English; a person
 * does not).
 */
const HIRING_TEAM = /\b(?:hiring|recruiting|interview)[ \t]+(?:team|manager|panel)\b/;
const CLIENT_SAYS: { words: RegExp; pattern: RegExp; endsLikeCompany?: boolean }[] = [
  {
    words: HIRING_TEAM,
    pattern: plainRegExp(
      String.raw`\b(?:the|their)[ \t]+(?:hiring|recruiting|interview)[ \t]+(?:team|manager|panel)[ \t]+(?:at|from)[ \t]+${COMPANY_WORDS}`,
      'u',
    ),
  },
  {
    words: HIRING_TEAM,
    pattern: plainRegExp(
      String.raw`${COMPANY_WORDS}['’]s?[ \t]+(?:hiring|recruiting|interview)[ \t]+(?:team|manager|panel)\b`,
      'u',
    ),
  },
  {
    // "the Senior Data Analyst position at Harrowgate Foods": a job is at a company.
    words: /\b(?:role|position|opening|job|vacancy|opportunity)[ \t]+at[ \t]+\p{Lu}/u,
    pattern: plainRegExp(
      String.raw`\b(?:role|position|opening|job|vacancy|opportunity)[ \t]+at[ \t]+${COMPANY_WORDS}`,
      'u',
    ),
  },
  {
    // "the … role with Harrowgate Foods"; "the … role with Kenji Mori" names the interviewer, so
    // the name must end the way company names end.
    words: /\b(?:role|position|opening|job|vacancy|opportunity)[ \t]+with[ \t]+\p{Lu}/u,
    pattern: plainRegExp(
      String.raw`\b(?:role|position|opening|job|vacancy|opportunity)[ \t]+with[ \t]+${COMPANY_WORDS}`,
      'u',
    ),
    endsLikeCompany: true,
  },
  {
    // "your interview with Harrowgate Foods for the … role", written by an agency.
    words: /\b[Ii]nterview[ \t]+with[ \t]+\p{Lu}/u,
    pattern: plainRegExp(String.raw`\b[Ii]nterview[ \t]+with[ \t]+${COMPANY_WORDS}`, 'u'),
    endsLikeCompany: true,
  },
  {
    words: /[ \t](?:are|have)[ \t]+(?:keen|asked|invited|requested|come back|confirmed)\b/,
    pattern: plainRegExp(
      String.raw`${COMPANY_WORDS}[ \t]+(?:are|have)[ \t]+(?:keen|asked|invited|requested|come back|confirmed)\b`,
      'u',
    ),
  },
];
/** The meeting and then who, or where, it is with: "interview with X", "call at X". */
const MEETING_WITH = plainRegExp(
  String.raw`\b(?:[Ii]nterviews?|[Ii]nterviewing|[Cc]onversation|[Cc]all|[Mm]eeting)[ \t]+(?:with|at)[ \t]+${COMPANY_WORDS}`,
  'gu',
);
/**
 * "Powered by Slotwise", "Talentry on behalf of Maplecrest Insurance": the tool that sent the
 * mail, never the employer.
 */
const TOOL =
  /\b(?:[Pp]owered by|[Ss]ent (?:with|via|using)|[Ss]cheduled (?:with|via|using)|[Bb]ooked (?:with|via|using)|[Dd]elivered by)[ \t]+(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,2})/gu;
/** ", our Plant Engineering Manager,", ", who would like…": what is said of a person after a name. */
const PERSON_AFTER =
  /^,[ \t]+(?:(?:our|their|his|her|the)[ \t]+([^,.;\n]{2,60})|who(?:m|['’]ll|['’]d)?(?![\p{L}]))/u;
/** Tried only in a text that says "on behalf of" (see COMPANY_WORDS on why). */
const ON_BEHALF_OF = /(?<![\p{L}\p{M}'’.-])(\p{Lu}[\p{L}\p{M}'’.-]*)[ \t]+on behalf of\b/gu;
/**
 * Separators between the parts of a subject: "Interview confirmed – Analyst – Halden Freight",
 * "Analyst @ Halden Freight".
 */
const SUBJECT_PART = /\s[-–—|@]\s|:\s/;
/** "RE: FW: …": a subject's reply and forward marks, no part of it. */
const REPLY_OR_FORWARD = plainRegExp(`^\\s*(?:${REPLY_OR_FORWARD_MARK})+`, 'iu');

interface FoundCompany {
  company: string | null;
  source: string | null;
  labels: string[];
}

export function findCompany(input: CompanyInput): FoundCompany {
  const found = companyAsWritten(input);
  // Whoever writes "my client, X" is an agency, whatever its name says: X hires.
  const named = clientNamed(input, found);
  if (named && found.source !== 'label')
    return { company: named, source: 'text', labels: found.labels };
  if (!found.company || !isAgency(found.company, input.texts)) return found;
  // An agency writing for its client, named in the subject: the part that is neither the
  // meeting nor the job, and that the text names too.
  const client = clientInSubject(input);
  return client ? { company: client, source: 'subject', labels: found.labels } : found;
}

/**
 * The word after a name that makes it an agency's ("TalentForge Recruitment"); "Recruiting" after
 * a name is more often the company's own team ("Norwood Bio Recruiting").
 */
const AGENCY_AFTER_NAME = /^(?:Recruitment|Staffing|Resourcing|Personnel|Headhunters)\b/;
/**
 * An agency's name, or a name its signature writes with an agency word after it ("TalentForge
 * Recruitment", which the name's cleaning shortens to "TalentForge").
 */
function isAgency(name: string, texts: string[]): boolean {
  if (AGENCY.test(name)) return true;
  for (const text of texts)
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const next = /^[ \t]+(\S+)/.exec(text.slice(at + name.length, at + name.length + 40));
      if (next && AGENCY_AFTER_NAME.test(next[1] as string)) return true;
    }
  return false;
}

/** The client an agency names: "my client, X" in the text or "Client: X" in the subject too. */
function clientNamed(input: CompanyInput, found: FoundCompany): string | null {
  const texts = input.texts;
  for (const text of [...input.subjects, ...texts]) {
    const name = clean((CLIENT.exec(text)?.[1] ?? '').split(SENTENCE_STOP)[0] ?? '');
    if (name.length >= 2 && !NOT_COMPANY.test(name) && !AGENCY.test(name)) return name;
  }
  // Without the word "client", only a company other than the writer's own is one.
  const own = found.company ? fold(found.company) : null;
  for (const text of texts) {
    for (const { words, pattern, endsLikeCompany } of CLIENT_SAYS) {
      if (!words.test(text)) continue;
      const raw = (pattern.exec(text)?.[1] ?? '').split(SENTENCE_STOP)[0] ?? '';
      const name = clean(raw.replace(/^(?:The|Our|Their|Your|And|But|So|Good|Great|News)\s+/, ''));
      const folded = fold(name);
      if (
        name.length < 2 ||
        NOT_COMPANY.test(name) ||
        AGENCY.test(name) ||
        (endsLikeCompany && !endsLikeACompany(name)) ||
        (own !== null && (own.startsWith(folded) || folded.startsWith(own)))
      )
        continue;
      return name;
    }
  }
  return null;
}

function clientInSubject(input: CompanyInput): string | null {
  const text = input.texts.join('\n');
  for (const subject of input.subjects) {
    for (const part of subject.replace(REPLY_OR_FORWARD, '').split(SUBJECT_PART)) {
      const name = clean(part.trim());
      if (name.length < 2 || NOT_COMPANY.test(name) || AGENCY.test(name)) continue;
      if (JOB_NOUN.test(name) || NOT_ROLE.test(name)) continue;
      const phrase = findCapitalisedPhrases(name)[0];
      if (phrase?.name === name && text.includes(name)) return fullerInText(name, text) ?? name;
    }
  }
  return null;
}

/**
 * The client's name as the text writes it in full, where the subject shortens it: "… – Harbourline"
 * and "Harbourline Insurance would like to meet you". One or two more capitalised words that are
 * no job, meeting or greeting word.
 */
function fullerInText(name: string, text: string): string | null {
  for (const phrase of findCapitalisedPhrases(text)) {
    if (!phrase.name.startsWith(`${name} `)) continue;
    const more = phrase.name.slice(name.length + 1);
    const longer = clean(phrase.name);
    if (
      more.split(' ').length <= 2 &&
      longer.length > name.length &&
      !NOT_COMPANY.test(more) &&
      !JOB_NOUN.test(more) &&
      !NOT_ROLE.test(more) &&
      !AGENCY.test(more)
    )
      return longer;
  }
  return null;
}

/**
 * The company in a robot's display name that names the tool too: "X via Tool", or "X (Tool)" when
 * the bracket spells the sending domain (a bracket may also hold a team or a city).
 */
function viaTool(name: string, sender: ParsedAddress | null): RegExpExecArray | null {
  const via = VIA_TOOL.exec(name);
  if (via) return via;
  const bracket = TOOL_IN_BRACKETS.exec(name);
  const labels = sender ? domainLabels(sender.address) : [];
  return bracket && labels.includes(fold(bracket[2] as string)) ? bracket : null;
}

/**
 * "Signal Hill Marine Systems <notifications@tidalhire…>": a tool's robot mailbox shown under the
 * hiring company's name. The name must end the way company names end, be unlike the sending domain
 * (that is the tool's) and be said again in the text.
 */
function companyInRobotName(input: CompanyInput): string | null {
  const sender = input.sender;
  if (!sender?.name?.includes(' ') || !isRobot(sender)) return null;
  const name = clean(sender.name);
  const last = name.split(' ').pop()?.toLowerCase() ?? '';
  if (!name.includes(' ') || !COMPANY_TAIL_WORDS.has(last) || NOT_COMPANY.test(name)) return null;
  const key = fold(name);
  if (domainLabels(sender.address).some((label) => commonPrefix(key, label) >= 4)) return null;
  return input.texts.some((text) => text.includes(name)) ? name : null;
}

/** "Dana Whitlock via Bookwell": a name that a company-side address spells is a person's. */
function spellsAnAddress(name: string, input: CompanyInput): boolean {
  return input.companyAddresses.some((a) => addressMatchesName(a.address, name));
}

function companyAsWritten(input: CompanyInput): FoundCompany {
  const labelled = labelledEmployer(input.texts);
  if (labelled) return { company: labelled, source: 'label', labels: [] };
  const senderName = input.sender?.name ?? null;
  const via = senderName && isRobot(input.sender) ? viaTool(senderName, input.sender) : null;
  if (via && !INTERMEDIARY.test(via[1] as string) && !spellsAnAddress(via[1] as string, input)) {
    const name = clean(via[1] as string);
    if (name.length >= 2 && !NOT_COMPANY.test(name))
      return { company: name, source: 'sender', labels: [] };
  }
  const displayed = companyInRobotName(input);
  if (displayed) return { company: displayed, source: 'sender', labels: [] };
  const tools = new Set(
    input.texts.flatMap((text) =>
      [
        ...allMatches(text, TOOL),
        ...(text.includes('on behalf of') ? allMatches(text, ON_BEHALF_OF) : []),
      ].map((m) => fold(m[1] as string)),
    ),
  );
  // People's own mailboxes say more about the company than a tool's robot address does.
  const weights = new Map<string, number>();
  for (const address of input.companyAddresses) {
    const weight = isRoleAddress(address.address) ? 1 : 2;
    for (const label of domainLabels(address.address))
      if (!tools.has(label)) weights.set(label, Math.max(weights.get(label) ?? 0, weight));
  }
  const labels = [...weights].map(([label, weight]) => ({ label, weight }));
  const phrases = new Map<string, string>();
  const consider = (raw: string) => {
    const name = clean(raw);
    if (name.length < 2 || NOT_COMPANY.test(name)) return;
    // "Lindgrün" is spelled lindgruen in its domain: the German way of writing an umlaut
    // without it gives a second key.
    const keys = new Set([fold(name), fold(name.replace(/[äöüÄÖÜ]/g, (c) => `${c}e`))]);
    for (const key of keys) {
      if (key.length < 3 || tools.has(key)) continue;
      const seen = phrases.get(key);
      phrases.set(key, seen === undefined || seen === name ? name : betterCase(seen, name));
    }
  };
  const names = input.companyAddresses
    .map((a) => a.name ?? '')
    .filter((n) => n && !n.includes('@'));
  const allText = [...input.subjects, ...input.texts, ...names]
    .join('\n')
    .replace(SLASHED_LEGAL_FORM, '');
  for (const phrase of findCapitalisedPhrases(allText)) {
    consider(phrase.name);
    // Also every tail of a longer run ("Talent Partner Larkspur Analytics" → "Larkspur Analytics").
    const words = phrase.name.split(' ');
    for (let i = 1; i < words.length; i++) consider(words.slice(i).join(' '));
  }
  // 1. A phrase that spells a company-side email domain.
  let best: { name: string; score: number; label: string; key: string; weight: number } | null =
    null;
  for (const [key, name] of phrases) {
    for (const { label, weight } of labels) {
      let score = 0;
      if (key === label) score = 100 + key.length;
      else {
        const common = commonPrefix(key, label);
        const shorter = Math.min(key.length, label.length);
        if (
          common === shorter &&
          common >= 5 &&
          common / Math.max(key.length, label.length) >= 0.45
        )
          score = 50 + common;
        else if (abbreviatedBy(name, label) || spellsHeadOf(name, label)) score = 50 + label.length;
      }
      score *= weight;
      if (
        score > 0 &&
        (!best || score > best.score || (score === best.score && name.length < best.name.length))
      ) {
        best = { name, score, label, key, weight };
      }
    }
  }
  // A robot mailbox's domain is a tool's when the mail says whom the interview is with.
  const meetingWith = best?.weight === 1 ? companyTheMeetingIsWith(input) : null;
  if (meetingWith && !fold(meetingWith).startsWith(best?.key ?? ''))
    return { company: meetingWith, source: 'text', labels: labels.map((l) => l.label) };
  // A robot mailbox's domain that only its display name spells ("Slotwise Scheduling" from
  // slotwise-mail) is the tool's when the text names another company.
  const written = (name: string) =>
    [...input.texts, ...input.subjects].some((text) => text.includes(name));
  const unwritten = best !== null && best.weight === 1 && !written(best.name) ? best : null;
  if (best && !unwritten) return fromDomain(best);
  function fromDomain(best: { name: string; label: string; key: string }): FoundCompany {
    const longer =
      signatureForm(best.name, input.texts) ??
      signedFromHead(best.name, best.label, input.texts) ??
      withArticle(best.name, input.texts) ??
      withGroupWord(best.name, input.texts);
    if (longer) return { company: longer, source: 'domain', labels: labels.map((l) => l.label) };
    // "Salinas" + salinasdelnorte → "Salinas del Norte", as the text writes the rest.
    const spelled = spelledOnInText(best.name, best.label, input.texts);
    if (spelled) return { company: spelled, source: 'domain', labels: labels.map((l) => l.label) };
    // "Marigold" + marigoldstudios → "Marigold Studios": the domain spells the rest.
    const rest = best.label.slice(best.key.length);
    if (
      best.key.length < best.label.length &&
      rest.length >= 3 &&
      !/^(?:hq|inc|co|corp|llc|app|apps|io|jobs|careers|mail|team|hr|global|usa|us|uk|online|web)$/.test(
        rest,
      )
    ) {
      return {
        company: `${best.name} ${rest.charAt(0).toUpperCase()}${rest.slice(1)}`,
        source: 'domain',
        labels: labels.map((l) => l.label),
      };
    }
    return { company: best.name, source: 'domain', labels: labels.map((l) => l.label) };
  }
  // 1b. The domain spells only the first words of a longer phrase ("Red Mesa Surveying" for
  // redmesa): the name a signature line gives to those words.
  for (const [key, name] of phrases)
    for (const { label, weight } of labels) {
      if (weight < 2 || label.length < 5 || !key.startsWith(label)) continue;
      const signed = signedFromHead(name, label, input.texts);
      if (signed) return { company: signed, source: 'domain', labels: labels.map((l) => l.label) };
    }
  // 2. A team sender's display name: "Norwood Bio Recruiting via Quillhire". One the text never
  // writes ("Greenhouse Scheduling") may be the tool's: what the text says comes first.
  let teamSender: FoundCompany | null = null;
  if (senderName && isRobot(input.sender) && SUFFIX.test(senderName.replace(/\s+via\s+.*$/i, ''))) {
    const name = clean(senderName);
    // "Talent Team <no-reply@…>": team words alone name no company.
    if (name.length >= 2 && !NOT_COMPANY.test(name) && !isDepartment(name)) {
      teamSender = { company: name, source: 'sender', labels: labels.map((l) => l.label) };
      if (written(name)) return teamSender;
    }
  }
  // 3. Phrases in prose and signatures.
  const patterns = [
    /\b(?:(?:position|role|job|opening|opportunity|careers?|[Pp]artner|[Rr]ecruiter|[Ss]ourcer|[Cc]oordinator|[Mm]anager|[Dd]irector|[Ss]pecialist|[Aa]dvisor)\s+at|on behalf of|interviewing (?:at|with)|joining|join us at|interest in|applying to|applied to|applied at|working at|work at)\s+((?:\p{Lu}[\p{L}\p{M}'’.-]*|&)(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’.-]*|&)){0,4})/gu,
    // A signature's "Name | Title | Company" line; an itinerary row that opens with a time is none.
    /(?:^|\n)(?![ \t]*\d{1,2}(?:[:.]\d{2}|[ \t]*[ap]\.?m))[^\n]{2,60}?\s[|·•,]\s((?:\p{Lu}[\p{L}\p{M}'’.-]*|&)(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’.-]*|&)){0,4})\s*(?:[|·•,]\s*([^\n]{0,40}))?(?=\n|$)/gu,
  ];
  for (const pattern of patterns) {
    for (const text of [...input.texts, ...input.subjects]) {
      for (const m of allMatches(text, pattern)) {
        // "interest in Brightwater Labs. We would…": the name ends with its sentence.
        let name = clean((m[1] ?? '').split(SENTENCE_STOP)[0] ?? '');
        // "Robin Hale | Talent Partner | Ferncastle Labs": the cell after a title names the company.
        const next = clean(m[2] ?? '');
        if (next && JOB_NOUN.test(name) && !JOB_NOUN.test(next)) name = next;
        // "Farah Iskandar | Talent Acquisition": a department, and the company on the next line.
        const department = SUFFIX.test(` ${name}`);
        const company = department ? lineBelow(text, (m.index ?? 0) + m[0].length) : name;
        // "on behalf of Anselm Vukovic-Hart, our Plant Engineering Manager": a person, by title.
        const apposition = PERSON_AFTER.exec(text.slice((m.index ?? 0) + m[0].length));
        if (apposition && (!apposition[1] || JOB_NOUN.test(apposition[1]))) continue;
        if (company && company.length >= 2 && !NOT_COMPANY.test(company) && /\p{Ll}/u.test(company))
          return { company, source: 'text', labels: labels.map((l) => l.label) };
      }
    }
  }
  // 3b. "Your interview with Cobalt Freight", "Interview at Arcfield Robotics": after the meeting,
  // a name is a person's unless its last word is one that ends company names.
  for (const text of [...input.texts, ...input.subjects])
    for (const m of allMatches(text, MEETING_WITH)) {
      const name = clean((m[1] ?? '').split(SENTENCE_STOP)[0] ?? '');
      if (name.includes(' ') && endsLikeACompany(name) && !NOT_COMPANY.test(name))
        return { company: name, source: 'text', labels: labels.map((l) => l.label) };
    }
  // 4. A name written with its legal form.
  for (const text of input.texts) {
    for (const m of allMatches(text, LEGAL_FORM)) {
      // "この度はサクラ…株式会社": a particle before the name ends the words of the sentence,
      // and one after a name written after the form ends it ("株式会社ミナトの人事部").
      const name = clean(
        m[1] ??
          m[2]?.replace(JA_PARTICLE_BEFORE_NAME, '') ??
          m[3]?.replace(JA_PARTICLE_AFTER_NAME, '') ??
          '',
      );
      if (name.length >= 2 && !NOT_COMPANY.test(name))
        return { company: name, source: 'legal-form', labels: labels.map((l) => l.label) };
    }
  }
  // 4b. Japanese writes no capitals: the name stands before the hiring team's title
  // ("ツバメソフト採用担当の森田です"), and beats the romanised domain.
  for (const text of input.texts) {
    const m = BEFORE_JA_TEAM.exec(text);
    if (m?.[1] && !NOT_COMPANY.test(m[1]))
      return { company: m[1], source: 'text', labels: labels.map((l) => l.label) };
  }
  // 4c. A signature that writes the company under or after its writer's title: "Founder,
  // Quarrystone", or "Jane Doe / People Partner / Quarrystone Analytics" on three lines.
  for (const text of input.texts) {
    const name = signatureCompany(text);
    if (name) return { company: name, source: 'text', labels: labels.map((l) => l.label) };
  }
  // 5. A person's company domain, as a name: brackenfield.example → "Brackenfield".
  const personal = labels.find((l) => l.weight === 2);
  if (personal) {
    const name = nameFromLabel(personal.label, input.companyAddresses);
    return { company: name, source: 'domain-name', labels: labels.map((l) => l.label) };
  }
  // 6. Mail from a tool's mailbox: a sign-off that names the team beside the company
  // ("Oakhurst Mills Recruiting", "Talent, Kōwhai Digital", "HR Team Baumwerk AG").
  for (const text of input.texts) {
    const name = signoffCompany(text);
    if (name) return { company: name, source: 'text', labels: labels.map((l) => l.label) };
  }
  return (
    (unwritten ? fromDomain(unwritten) : teamSender) ?? {
      company: null,
      source: null,
      labels: labels.map((l) => l.label),
    }
  );
}

/** "Puffin Point Seafoods", "Harrowgate Foods": a name whose last word ends company names. */
function endsLikeACompany(name: string): boolean {
  return COMPANY_TAIL_WORDS.has(name.split(' ').pop()?.toLowerCase() ?? '');
}

/** The host of a link: "puffinpoint" in https://puffinpoint.zoom.example/j/1. */
const LINK_HOST = /\bhttps?:\/\/([\w.-]{3,100})/gi;

/**
 * "Your interview with Puffin Point Seafoods" in a tool's notification: the company the meeting
 * is with, when its name ends like a company's or a link's host spells it (a company's own video
 * address, puffinpoint.zoom.example). Otherwise, or when a company-side address or person bears
 * it, the name may be a person's.
 */
function companyTheMeetingIsWith(input: CompanyInput): string | null {
  const hosts = new Set(
    input.texts.flatMap((text) =>
      allMatches(text, LINK_HOST).flatMap((m) =>
        (m[1] as string)
          .toLowerCase()
          .split('.')
          .filter((label) => label.length >= 5 && !GENERIC_LABEL.test(label)),
      ),
    ),
  );
  for (const text of input.texts)
    for (const m of allMatches(text, MEETING_WITH)) {
      const name = clean((m[1] ?? '').split(SENTENCE_STOP)[0] ?? '');
      if (!name.includes(' ') || NOT_COMPANY.test(name) || spellsAnAddress(name, input)) continue;
      if (input.companyAddresses.some((a) => a.name && sameName(a.name, name))) continue;
      const key = fold(name);
      if (endsLikeACompany(name) || [...hosts].some((host) => key.startsWith(fold(host))))
        return name;
    }
  return null;
}

/**
 * A domain that spells a name's first words and the initials of the rest: banksia-ms for
 * "Banksia Mining Services", nfg for "Northern Freight Group". Two initials at least, so that a
 * one-letter tail ("Acme Labs" ↔ acmel) proves nothing; and three letters, as two match people.
 */
function abbreviatedBy(name: string, label: string): boolean {
  if (label.length < 3) return false;
  const words = name
    .split(' ')
    .map(fold)
    .filter((w) => w !== '');
  // "tolland-mfg" for "Tolland Manufacturing": the last word cut to some of its letters.
  const last = words[words.length - 1] ?? '';
  const head = words.slice(0, -1).join('');
  if (words.length >= 2 && label.startsWith(head) && isShortFor(label.slice(head.length), last))
    return true;
  // "geolafleche" for "Géomatique Laflèche": the first word cut to its start, the rest whole.
  const first = words[0] ?? '';
  const rest = words.slice(1).join('');
  const cut = label.length - rest.length;
  if (words.length >= 2 && cut >= 3 && cut < first.length && label === first.slice(0, cut) + rest)
    return true;
  // "tallgrassstorage" for "Tallgrass Energy Storage": the first word and some of the later
  // ones spelled whole, a word between them left out.
  if (
    words.length >= 3 &&
    label.startsWith(first) &&
    spellsSomeOf(label.slice(first.length), words.slice(1))
  )
    return true;
  for (let spelled = 0; spelled <= words.length - 2; spelled++) {
    const abbreviation =
      words.slice(0, spelled).join('') +
      words
        .slice(spelled)
        .map((w) => w[0])
        .join('');
    if (abbreviation === label) return true;
  }
  return false;
}

/** Whether a domain's tail spells some of the words whole, in their order ("storage"). */
function spellsSomeOf(tail: string, words: string[]): boolean {
  return words.some(
    (word, i) =>
      tail.startsWith(word) &&
      (tail === word || spellsSomeOf(tail.slice(word.length), words.slice(i + 1))),
  );
}

/** A founder's or chief's title, which names no job noun: "Co-founder & CEO". */
const LEADER_TITLE = /\b(?:(?:co-?)?founder|ceo|cto|coo|cfo|chief|vp|president)\b/i;

/** A title in a signature: a job word, a department, or a founder's or chief's title. */
function isTitleLine(line: string): boolean {
  return (
    line.length <= 60 &&
    !/\d|[.!?:]$/.test(line) &&
    /^\p{Lu}/u.test(line) &&
    line.split(/\s+/).length <= 7 &&
    (JOB_NOUN.test(line) || SUFFIX.test(` ${line}`) || LEADER_TITLE.test(line))
  );
}

/** A name alone on its line: capitalised words, no job, no digits. */
function nameLine(line: string): string | null {
  const name = clean(line);
  if (
    name.length < 2 ||
    /\d/.test(line) ||
    findCapitalisedPhrases(line)[0]?.name !== line ||
    JOB_NOUN.test(name) ||
    NOT_COMPANY.test(name)
  )
    return null;
  return name;
}

/**
 * A rank that names no function ("Director", "Senior VP"): after its comma comes the writer's
 * department ("Director, Data Platform"), not the company ("Founder, Quarrystone").
 */
const RANK_ONLY =
  /^(?:(?:senior|sr\.?|associate|assistant|executive|group|general|principal|regional|global|deputy)\s+)*(?:director|vp|svp|evp|avp|vice president|head|manager|lead|leader)$/i;

/**
 * The company in a signature: "Founder, Quarrystone" (a title, a comma, the name), or a title
 * line with the name on the line below it, under the writer's name.
 */
function signatureCompany(text: string): string | null {
  const lines = text.split('\n').map((l) => l.trim());
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const comma = /^([^,]{2,50}),[ \t]+([^,]{2,50})$/.exec(line);
    if (comma && isTitleLine(comma[1] as string) && !RANK_ONLY.test(comma[1] as string)) {
      const name = nameLine(comma[2] as string);
      if (name) return name;
    }
    const above = lines[i - 1] ?? '';
    if (
      i > 0 &&
      isTitleLine(line) &&
      findCapitalisedPhrases(above)[0]?.name === above &&
      above.split(' ').length <= 4 &&
      !isTitleLine(above)
    ) {
      const name = nameLine(lines[i + 1] ?? '');
      if (name) return name;
    }
  }
  return null;
}

/** A signature's next line when it is a name alone ("Merlion Logistics Technology"), no job or place. */
function lineBelow(text: string, at: number): string | null {
  const line = /^\n?([^\n]{2,60})/.exec(text.slice(at))?.[1]?.trim() ?? '';
  const name = clean(line);
  if (findCapitalisedPhrases(line)[0]?.name !== line || JOB_NOUN.test(name) || /\d/.test(line))
    return null;
  return name;
}

/**
 * A domain that spells a name's first word whole and the start of the next, then ends its own
 * way: merlionlogix for "Merlion Logistics Technology", harbourfin for "Harbour Financial".
 * Three letters of the second word at least, and the domain mostly a prefix of the name.
 */
function spellsHeadOf(name: string, label: string): boolean {
  const words = name
    .split(' ')
    .map(fold)
    .filter((w) => w !== '');
  const first = words[0] ?? '';
  const key = words.join('');
  if (words.length < 2 || first.length < 4 || !label.startsWith(first)) return false;
  const common = commonPrefix(key, label);
  return common >= first.length + 3 && common >= label.length - 2;
}

/** "mfg" for "manufacturing", "intl" for "international": the word's first letter, then some of its others in order. */
function isShortFor(short: string, word: string): boolean {
  if (short.length < 3 || short.length >= word.length || short[0] !== word[0]) return false;
  let at = 1;
  for (const ch of short.slice(1)) {
    at = word.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

function labelledEmployer(texts: string[]): string | null {
  for (const text of texts) {
    const m = EMPLOYER_LABEL.exec(text);
    if (!m) continue;
    const name = clean((m[1] as string).replace(/\s[(–—|].*$/, ''));
    if (name.length >= 2 && !NOT_COMPANY.test(name) && !/@|https?:/.test(name)) return name;
  }
  return null;
}

/** Articles that belong to a company's name in other languages ("Les Ateliers …", "Het Atelier"). */
const ARTICLE = plainRegExp(
  `^[ \\t]*(${[...new Set(LANGUAGES.flatMap((t) => t.companyArticles ?? []))].join('|')})[ \\t]+$`,
  'u',
);

/** "Les Ateliers Solenne" on a line of its own, where the domain spells "Ateliers Solenne". */
function withArticle(name: string, texts: string[]): string | null {
  for (const text of texts) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const lineStart = text.lastIndexOf('\n', at) + 1;
      const article = ARTICLE.exec(text.slice(lineStart, at));
      const after = text.slice(at + name.length, at + name.length + 2);
      if (article && /^[ \t]*(?:\n|$)/.test(after)) return `${article[1] as string} ${name}`;
    }
  }
  return null;
}

/** Group words of languages the parser has no table for (Polish "Grupa"). */
const GROUP_WORDS_WITHOUT_TABLE = ['Grupa'];
/**
 * Words that open a company's name but that its domain leaves out ("Grupo Nopal Digital" at
 * nopaldigital.example, "Groupe Vallée", "Banco …").
 */
const GROUP_WORD = plainRegExp(
  `(?:^|[\\s(])(${[...new Set([...LANGUAGES.flatMap((t) => t.groupWords ?? []), ...GROUP_WORDS_WITHOUT_TABLE])].join('|')})[ \\t]+$`,
  'u',
);

/** "Grupo Nopal Digital" written in full where the domain spells "Nopal Digital". */
function withGroupWord(name: string, texts: string[]): string | null {
  for (const text of texts) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const word = GROUP_WORD.exec(text.slice(Math.max(0, at - 20), at));
      if (word && !/^[\p{L}\p{M}]/u.test(text.slice(at + name.length)))
        return `${word[1] as string} ${name}`;
    }
  }
  return null;
}

/** One or two capitalised words, then the end of the line or a separator. */
/**
 * A phrase that starts with the words the domain spells and goes on ("Wrenfield Inn" for
 * wrenfield): the domain proves only those words, so the company is the name a signature line
 * writes with them ("Wrenfield University · 9 College Green"), when one does.
 */
function signedFromHead(name: string, label: string, texts: string[]): string | null {
  const words = name.split(' ');
  for (let i = 1; i < words.length; i++) {
    const head = words.slice(0, i).join(' ');
    if (fold(head) === label) return signatureForm(head, texts);
    if (fold(head).length > label.length) break;
  }
  return null;
}

/** "Talent", "People Ops", "Recruiting": only the words a mailbox or a team adds to a name. */
function isDepartment(words: string): boolean {
  return ` ${words.trim()}`.replace(SUFFIX, '').trim() === '';
}

/** After a signature's name: its legal form, then the end of the line or a separator. */
const LEGAL_TAIL = String.raw`(?:,?[ \t]+(?:Pvt|Pty|Pte|Ltd|Inc|Corp|Co|LLC|LLP|GmbH|AG|plc|Limited|SA|BV|NV|AB|Oy|ApS|A\/S|Lda|Ltda|S\.A|S\.p\.A|S\.r\.l|[Ss]p\. z o\.o)\.?)*(?:[ \t]*(?:$|\n|[|·•,–—]|\t)|[ \t]+-[ \t])`;
/** A word that joins two names in one company's name ("Talent and Media", "Hale & Co."). */
const NAME_JOINER = String.raw`(?:&|and|und|et|y|e|en|og|och)`;
const CAPITALISED_WORD = String.raw`[ \t]+\p{Lu}[\p{L}\p{M}'’-]+`;
// A last word may be an abbreviation with its dot ("Silverpine Supply Co.", "Hale Bros."),
// which the name's cleaning drops with the other legal forms.
const MORE_WORDS = plainRegExp(
  String.raw`^((?:${CAPITALISED_WORD}){0,2}(?:[ \t]+${NAME_JOINER}(?:${CAPITALISED_WORD}){1,2})?\.?)${LEGAL_TAIL}`,
  'u',
);
const ENDS_WITH_JOINER = plainRegExp(String.raw`\s${NAME_JOINER}$`, 'iu');

/** Small words inside a company's name, in the languages read ("Salinas del Norte"). */
const NAME_PARTICLE = String.raw`(?:de|del|della|di|da|do|dos|das|du|des|la|le|los|las|van|von|der|den|y|e|and|of|&)`;
const WORDS_ON = plainRegExp(
  String.raw`^((?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’-]*|${NAME_PARTICLE}(?![\p{L}]))){1,4})`,
  'u',
);

/** The name as a text goes on to spell the whole domain label: "Salinas" → "Salinas del Norte". */
function spelledOnInText(name: string, label: string, texts: string[]): string | null {
  for (const text of texts)
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const m = WORDS_ON.exec(text.slice(at + name.length, at + name.length + 80));
      if (!m) continue;
      const words = (m[1] as string).trim().split(/[ \t]+/);
      for (let n = words.length; n >= 1; n--) {
        const longer = `${name} ${words.slice(0, n).join(' ')}`;
        if (fold(longer) === label && /\p{Lu}/u.test(words[n - 1] as string)) return longer;
      }
    }
  return null;
}

/** A last word short enough to be cut from a longer one ("Bio", "Tech", "Pharma"). */
const CLIPPED_LAST_WORD = plainRegExp(String.raw`\s\p{Lu}\p{Ll}{1,5}$`, 'u');
/** The rest of a cut word, then what may end the signature's name: "sciences, Inc." */
const CLIPPED_REST = plainRegExp(
  String.raw`^(\p{Ll}{3,}(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+)?)${LEGAL_TAIL}`,
  'u',
);

/**
 * The fuller name a signature gives for a name the domain spells: "Kestrel Aerial" and the
 * signature line "Kestrel Aerial Systems | Hawthorne, CA" or "Talent Team | Kestrel Aerial Systems".
 * One or two more capitalised words, on a line of its own or between separators.
 */
function signatureForm(name: string, texts: string[]): string | null {
  for (const text of texts) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      // Only at the start of a line, after a signature's separator ("Talent Team | Name", a
      // bilingual "Systèmes Nord / Nord Systems") or after a job title, a leader's title or a
      // department and a comma ("Talent Partner, Name", "Co-founder & CEO, Name", "Talent, Name").
      const lineBefore = text.slice(text.lastIndexOf('\n', at) + 1, at);
      if (
        !/^(?:[ \t]*|.*\s[|·•/][ \t]*)$/.test(lineBefore) &&
        !(
          /^[^,\n]{2,60},[ \t]*$/.test(lineBefore) &&
          (JOB_NOUN.test(lineBefore) ||
            LEADER_TITLE.test(lineBefore) ||
            isDepartment(lineBefore.replace(/,[ \t]*$/, '')))
        )
      )
        continue;
      const after = text.slice(at + name.length, at + name.length + 120);
      // "Larkspur Bio" for "Larkspur Biosciences, Inc.": the short form cuts its last word.
      const clipped = CLIPPED_LAST_WORD.test(name) ? CLIPPED_REST.exec(after) : null;
      const m = clipped ?? MORE_WORDS.exec(after);
      if (!m) continue;
      const longer = clean(`${name}${m[1] as string}`);
      // "Acme Recruiting and Talent" is a team after all: its cleaning leaves a joiner last.
      if (
        longer.length > name.length &&
        !NOT_COMPANY.test(longer) &&
        !ENDS_WITH_JOINER.test(longer)
      )
        return longer;
    }
  }
  return null;
}

/** Words that close a message before its writer's sign-off. */
const CLOSING =
  /^(?:(?:best|kind|warm|many thanks|thanks|thank you|regards|cheers|sincerely|all the best|talk soon|see you)[\p{L} ]{0,20}[,!.]?[ \t]+)/iu;
/** "(Talent, Kōwhai Digital)", "— Leilani, Reef Institute HR": the writer's cells in brackets or after a dash. */
const SIGNOFF_CELLS = /[ \t]*(?:,|\||·|•|@|[ \t][–—-][ \t]|\(|\))[ \t]*/;
/** "Google Calendar", "Acme Notifications": a tool's words, not a team's. */
const TOOL_WORDS = /\b(?:Calendar|Notifications?|Schedul\w*|Interviews?)\b/;
const TEAM_FIRST = new RegExp(String.raw`^${TEAM_BEFORE}[ \t]+(\p{Lu}.*)$`, 'u');

/**
 * The company a sign-off names beside its writer's team, in the last lines of a text: a cell of
 * a company's words followed by team words ("Oakhurst Mills Recruiting", "Tristate Grocers Talent
 * Acquisition"), a company after a team or a title ("Finance Recruiting, Oakhurst Mills",
 * "coordinator, Larkspur Health"), or a team named first ("HR Team Baumwerk AG").
 */
function signoffCompany(text: string): string | null {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(-6);
  for (const line of lines.reverse()) {
    // An inline sign-off after the last sentence: "… Apologies! Corvid Works Talent".
    const tail = line.split(/(?<=[.!?])[ \t]+(?=\p{Lu}|[–—-])/u).pop() ?? line;
    if (tail.length > 100 || /https?:|@\S+\./.test(tail)) continue;
    const cells = tail
      .replace(/^[–—-][ \t]*/, '')
      .replace(CLOSING, '')
      .split(SIGNOFF_CELLS)
      .map((c) => c.trim())
      .filter((c) => c !== '');
    for (let i = cells.length - 1; i >= 0; i--) {
      const cell = cells[i] as string;
      const teamFirst = TEAM_FIRST.exec(cell);
      const named = teamFirst ? clean(teamFirst[1] as string) : null;
      if (named && isCompanyName(named)) return named;
      const name = clean(cell);
      // The cell ends in team words that the cleaning took off, and a company's words remain.
      const at = cell.indexOf(name);
      const team = at >= 0 ? cell.slice(at + name.length) : '';
      if (team.trim() !== '' && isDepartment(team) && !TOOL_WORDS.test(team) && isCompanyName(name))
        return name;
      const before = cells[i - 1];
      if (
        before !== undefined &&
        isTeamOrTitle(before) &&
        isCompanyName(name) &&
        findCapitalisedPhrases(cell)[0]?.name === cell
      )
        return name;
    }
  }
  return null;
}

/** "Talent", "Finance Recruiting", "coordinator", "CEO & Founder": what a writer is, not where. */
function isTeamOrTitle(cell: string): boolean {
  const rest = cell.split(' ').slice(1).join(' ');
  return (
    isDepartment(cell) ||
    (rest !== '' && isDepartment(rest)) ||
    ((JOB_NOUN.test(cell) || LEADER_TITLE.test(cell)) && !RANK_ONLY.test(cell))
  );
}

/** A company's name: capitalised words, not a job, a greeting, a person's closing or team words. */
function isCompanyName(name: string): boolean {
  return (
    name.length >= 2 &&
    /^\p{Lu}/u.test(name) &&
    /\p{Ll}/u.test(name) &&
    !/\d/.test(name) &&
    name.split(' ').length <= 5 &&
    name.split(' ').every((word) => /^(?:\p{Lu}|&|and$|of$|de$)/u.test(word)) &&
    !NOT_COMPANY.test(name) &&
    // The last word only: "Lindqvist" ends like "pianist".
    !JOB_NOUN.test(name.split(' ').pop() as string) &&
    !isDepartment(name)
  );
}
