// Swedish.
import type { LanguageTable } from './types.js';

export const sv: LanguageTable = {
  code: 'sv',
  titleIntro: { strong: ['som'], weak: ['tjänsten'] },
  jobNouns: [
    'utvecklare',
    'analytiker',
    'konsult',
    'ingenjör',
    'arkitekt',
    'tekniker',
    'ekonom',
    'projektledare',
    'ledare',
    'handläggare',
    'samordnare',
    'rådgivare',
    'sjuksköterska',
    'säljare',
  ],
  months: [
    ['januari'],
    ['februari'],
    ['mars'],
    ['april'],
    ['maj'],
    ['juni'],
    ['juli'],
    ['augusti'],
    ['september'],
    ['oktober'],
    ['november'],
    ['december'],
  ],
  // Full names only: the short forms ("mån", "tor") are words too.
  weekdays: [['måndag'], ['tisdag'], ['onsdag'], ['torsdag'], ['fredag'], ['lördag'], ['söndag']],
  relativeDays: {
    today: ['idag', 'i dag'],
    tomorrow: ['imorgon', 'i morgon'],
    dayAfter: ['i övermorgon'],
  },
  weekdayNextWeek: ['nästa vecka', 'i nästa vecka'],
  accepting: ['passar', 'fungerar', 'låter bra', 'perfekt', 'toppen', 'bekräftar'],
  declining: ['inte', 'tyvärr'],
  forwardLabels: {
    from: ['från'],
    to: ['till'],
    cc: ['kopia', 'cc'],
    subject: ['ämne'],
    date: ['skickat', 'datum'],
    replyTo: ['svara till', 'svar till'],
  },
  forwardMarkers: ['vidarebefordrat meddelande', 'ursprungligt meddelande'],
  replyAttributions: [String.raw`den\b.{0,300}\bskrev`],
  zonePhrases: [['svensk tid', 'Europe/Stockholm']],
  forwardPrefixes: ['vb', 'vs'],
  interview: ['intervju', 'anställningsintervju', 'intervjun'],
  meetingWords: ['videosamtal', 'samtal', 'möte', 'videomöte'],
  cancelled: [
    String.raw`(?:måste|behöver) (?:vi |jag )?(?:tyvärr )?ställa in`,
    String.raw`(?:har|blivit) (?:tyvärr )?(?:ställt|ställts) in`,
    String.raw`är (?:\p{L}+ ){0,2}inställd`,
    String.raw`(?:avboka|avbokat|avbokad|avbokats)`,
    // "intervjun kan tyvärr inte genomföras", "samtalet blir inte av".
    String.raw`(?:kan|kommer) (?:\p{L}+ ){0,2}inte (?:att )?(?:genomföras|bli av|äga rum)`,
    String.raw`blir (?:\p{L}+ ){0,2}inte av`,
  ],
  cancelledTitle: ['inställt', 'inställd', 'inställd händelse', 'avbokad', 'avbokat'],
  // With the definite endings the Scandinavian languages add to the noun ("mötet", "mødet").
  meetingNouns: ['händelse', 'händelsen', 'inbjudan', 'träff', 'träffen', 'mötet', 'samtalet'],
  rescheduled: [
    String.raw`(?:har|måste) (?:flyttat|flytta)`,
    'ny tid',
    String.raw`(?:är|har|blivit) (?:\p{L}+ ){0,2}(?:flyttad|flyttats|framflyttad|uppskjuten)`,
    String.raw`(?:måste|behöver) (?:tyvärr )?(?:flytta|skjuta upp)`,
    String.raw`flyttar vi`,
  ],
  newTime: ['ny tid', String.raw`flyttad till`],
  // "hitta en ny tid"; "vi kan inte föreslå någon ny tid ännu": no new time yet.
  newTimeToFind: [
    'hitta en ny tid',
    String.raw`föreslå (?:\p{L}+ ){0,2}ny tid`,
    String.raw`(?:inte|ingen) (?:\p{L}+ ){0,4}ny tid`,
    // "Någon ny tid blir det inte just nu": the denial after the new time.
    String.raw`någon ny tid (?:\p{L}+ ){0,3}inte`,
  ],
  oldTime: ['ursprungligen', 'i stället för'],
  notInterview: {
    // Meetings with an interview word outside hiring: leaving a job, a review with the current
    // manager, a school meeting about a child.
    notTheSeekers: [
      String.raw`intervju,? inte min\b`,
      String.raw`inte min (?:egen )?(?:jobb)?intervju`,
      'avgångssamtal',
      'exitsamtal',
      'medarbetarsamtal',
      'lönesamtal',
      'utvecklingssamtal',
    ],
    rejection: [
      String.raw`(?:gått|gå) vidare med (?:en )?annan kandidat`,
      'andra kandidater',
      String.raw`(?:beslutat|bestämt|valt) (?:oss för )?att inte gå vidare`,
      String.raw`(?:tjänsten|rollen|positionen) (?:är|har) (?:nu |redan )?(?:blivit )?tillsatt`,
    ],
    offer: [
      'anställningsavtal',
      'erbjudande om anställning',
      String.raw`skriva (?:på|under) (?:ditt )?avtal`,
    ],
    assessment: ['arbetsprov', 'personlighetstest'],
    survey: ['enkät'],
    backgroundCheck: ['bakgrundskontroll'],
    event: ['webbinarium', 'informationsträff'],
    receipt: [String.raw`tack för din ansökan`],
    chooseSlot: [
      String.raw`välj (?:gärna |vänligen )?(?:en|ett) (?:av (?:dessa|följande) )?(?:tid(?:er|punkter|punkt)?|tidpunkt)`,
      String.raw`vilken (?:tid|av tiderna|dag)(?: som)? passar`,
      String.raw`(?:jag|vi) kan föreslå`,
    ],
    afterInterview: [
      String.raw`tack för (?:ett |en )?(?:\p{L}+ ){0,2}(?:samtal(?:et)?|intervju(?:n)?)`,
      // Checking references, a step after the interviews with times of its own.
      String.raw`referenstagning\p{L}*`,
      String.raw`(?:ta|tar|ringa|ringer|kontakta|kontaktar|prata med|pratar med) (?:\p{L}+ ){0,2}?referens(?:er(?:na)?|personer(?:na)?)?\b`,
    ],
    outreach: [
      // A headhunter's first contact: "Skulle torsdag kl. 14.00 passa för ett kort samtal?", "jag är
      // rekryteringskonsult på …", "ett förutsättningslöst samtal".
      String.raw`skulle (?:[^\s?!]+ ){1,8}?passa (?:för|dig)\b`,
      String.raw`(?:jag är|jag jobbar som|och är) (?:\p{L}+ ){0,3}?(?:rekryteringskonsult|headhunter|rekryterare) (?:på|hos|vid|för)\b`,
      String.raw`förutsättningslös(?:t|a)? (?:samtal|prat|möte|snack)`,
    ],
    newsletter: ['avregistrera', 'nyhetsbrev'],
    // A seat to sign up for: a session for many, not a booking.
    selfSchedule: [String.raw`boka din plats`, String.raw`anmäl dig (?:nu|här)`],
  },
  confirmed: [
    String.raw`vill (?:gärna )?träffa dig`,
    'är bokad',
    String.raw`(?:bjuder|bjuda) in dig`,
  ],
  interviewerLead: [
    // "Du skulle ha träffat A och B": the people a cancelled meeting was with.
    String.raw`du skulle (?:ha )?(?:träffat|pratat med|talat med)`,
    // "Dina samtalspartner på torsdag:" over the people.
    String.raw`samtalspartner`,
    String.raw`du (?:kommer att )?träffa(?:r)?`,
    String.raw`du (?:pratar|talar) med`,
    String.raw`intervjuare`,
    // "Från oss deltar A och B", "med från vår sida är": the company's side of the table.
    String.raw`från (?:oss|vår sida) (?:deltar|medverkar|kommer|är)`,
  ],
  interviewerVerb: [
    String.raw`(?:håller|leder) (?:i )?intervjun`,
    // "Johan, som du skulle ha träffat": the one the seeker was to meet.
    String.raw`som du (?:skulle|ska|kommer att) (?:ha )?(?:träffa|träffat|möta|mött|prata med|pratat med|tala med|talat med)`,
  ],
  senderTakesPart: [String.raw`och mig\b`, String.raw`med mig\b`],
  senderArranges: [],
  arrangerTitles: ['rekryterare', 'hr', 'talent'],
  roleLabels: ['tjänst', 'roll'],
  referenceWords: ['referensnummer', 'annons-id', 'ref.nr'],
  departmentWords: [
    'avdelningen för',
    'enheten för',
    'avdelning',
    'avdelningen',
    'avdelning',
    'enheten',
  ],
  rolePatterns: [
    String.raw`tjänsten som (TITLE)`,
    String.raw`rollen som (TITLE)`,
    String.raw`rekryteringen av (?:en |ett )?(TITLE)`,
  ],
  noon: [],
  honorifics: ['Dr'],
  abbreviations: [
    'kl',
    'ca',
    't. ex',
    'bl. a',
    'dvs',
    'fr. o. m',
    'o. s. v',
    'nr',
    'tfn',
    'tel',
    'ev',
    'resp',
  ],
};
