// Danish.
import type { LanguageTable } from './types.js';

export const da: LanguageTable = {
  code: 'da',
  jobNouns: [
    'udvikler',
    'analytiker',
    'konsulent',
    'ingeniør',
    'arkitekt',
    'tekniker',
    'økonom',
    'projektleder',
    'afdelingsleder',
    'teamleder',
    'medarbejder',
    'rådgiver',
    'sygeplejerske',
    'elev',
  ],
  months: [
    ['januar'],
    ['februar'],
    ['marts'],
    ['april'],
    ['maj'],
    ['juni'],
    ['juli'],
    ['august'],
    ['september'],
    ['oktober'],
    ['november'],
    ['december'],
  ],
  // Full names only: the short forms ("man", "tor") are words too.
  weekdays: [['mandag'], ['tirsdag'], ['onsdag'], ['torsdag'], ['fredag'], ['lørdag'], ['søndag']],
  relativeDays: { today: ['i dag'], tomorrow: ['i morgen'], dayAfter: ['i overmorgen'] },
  weekdayNextWeek: ['i næste uge', 'næste uge'],
  accepting: ['passer', 'fungerer', 'lyder godt', 'perfekt', 'bekræfter'],
  declining: ['ikke', 'desværre'],
  forwardLabels: {
    from: ['fra'],
    to: ['til'],
    cc: ['cc', 'kopi'],
    subject: ['emne'],
    date: ['sendt', 'dato'],
    replyTo: ['svar til'],
  },
  forwardMarkers: ['videresendt besked', 'videresendt meddelelse', 'oprindelig meddelelse'],
  replyAttributions: [String.raw`den\b.{0,300}\bskrev`],
  zonePhrases: [
    ['dansk tid', 'Europe/Copenhagen'],
    ['norsk tid', 'Europe/Oslo'],
  ],
  forwardPrefixes: ['vs', 'videresend'],
  interview: ['samtale', 'jobsamtale', 'ansættelsessamtale', 'samtalen'],
  meetingWords: ['videomøde', 'møde', 'opkald'],
  cancelled: [
    String.raw`(?:må|skal) desværre aflyse`,
    String.raw`nødt til at aflyse`,
    String.raw`(?:er|har|bliver|blevet) (?:desværre )?aflyst`,
    'aflysning',
    // "samtalen kan desværre ikke gennemføres", "bliver ikke til noget".
    String.raw`(?:kan|vil) (?:\p{L}+ ){0,2}ikke (?:gennemføres|finde sted|blive til noget)`,
  ],
  cancelledTitle: ['aflyst', 'aflyst begivenhed', 'aflyst møde'],
  meetingNouns: [
    'begivenhed',
    'begivenheden',
    'invitation',
    'aftale',
    'aftalen',
    'mødet',
    'opkaldet',
  ],
  rescheduled: [
    String.raw`(?:har|må) (?:flyttet|flytte)`,
    'nyt tidspunkt',
    String.raw`(?:nødt til at|må|skal) (?:\p{L}+ )?(?:flytte|rykke|udskyde)`,
    String.raw`(?:er|har|bliver|blevet) (?:\p{L}+ )?(?:flyttet|rykket|udskudt)`,
  ],
  newTime: ['nyt tidspunkt', String.raw`flyttet til`, String.raw`rykket til`],
  // "Vi vil ikke foreslå et nyt tidspunkt": a new time denied is no move either.
  newTimeToFind: [
    'finde et nyt tidspunkt',
    String.raw`(?:foreslå|tilbyde|give dig) (?:\p{L}+ ){0,2}nyt tidspunkt`,
    String.raw`(?:ikke|intet) (?:\p{L}+ ){0,4}nyt tidspunkt`,
  ],
  oldTime: ['oprindeligt', 'i stedet for'],
  notInterview: {
    // Meetings with an interview word outside hiring: leaving a job, a review with the current
    // manager, a school meeting about a child.
    notTheSeekers: [
      String.raw`(?:samtale|interview),? ikke (?:min|mit)\b`,
      String.raw`ikke (?:min|mit) (?:egen |eget )?(?:jobsamtale|samtale|interview)`,
      'exitsamtale',
      'fratrædelsessamtale',
      String.raw`mus-samtale`,
      'medarbejderudviklingssamtale',
      String.raw`skole-hjem-samtale`,
      'forældresamtale',
    ],
    rejection: [
      String.raw`valgt (?:at gå videre med )?en anden kandidat`,
      'andre kandidater',
      String.raw`(?:besluttet|valgt) (?:ikke at|at ikke) gå videre`,
      String.raw`stillingen er (?:nu |allerede )?(?:blevet )?besat`,
    ],
    offer: ['ansættelseskontrakt', 'tilbud om ansættelse'],
    assessment: ['case-opgave', 'personlighedstest'],
    survey: ['spørgeskema'],
    backgroundCheck: ['straffeattest'],
    event: ['webinar', 'informationsmøde'],
    receipt: [String.raw`tak for din ansøgning(?! til stillingen)`],
    chooseSlot: [
      String.raw`vælg (?:venligst |gerne )?(?:et|ét) (?:af (?:disse|følgende) )?tidspunkt(?:er)?`,
      String.raw`hvilke[tn]? (?:af )?(?:tidspunkt(?:erne)?|dage(?:ne)?)(?: der)? passer`,
      String.raw`(?:jeg|vi) kan foreslå`,
    ],
    afterInterview: [String.raw`tak for (?:en )?(?:\p{L}+ ){0,2}samtale(?:n)?`],
    outreach: [],
    newsletter: ['afmeld', 'nyhedsbrev'],
    // A seat to sign up for: a session for many, not a booking.
    selfSchedule: [String.raw`(?:sikr|reserver) dig en plads`, String.raw`tilmeld dig (?:nu|her)`],
  },
  confirmed: [String.raw`invitere dig til`, 'er bekræftet'],
  interviewerLead: [
    // "Du skulle have mødt A og B": the people a cancelled meeting was with.
    String.raw`du skulle (?:have )?(?:mødt|talt med|snakket med)`,
    // "Dine samtalepartnere torsdag:" over the people.
    String.raw`samtalepartnere`,
    String.raw`interviewere`,
    String.raw`(?:til samtalen )?deltager`,
    String.raw`du (?:skal )?(?:tale|snakke) med`,
    String.raw`du møder`,
    // "Fra vores side kommer afdelingschef A og jeg selv".
    String.raw`fra vores side (?:kommer|deltager)`,
    // "din samtale … med Mikkel Sørensen (afdelingsleder)": the people the seeker meets.
    'med',
  ],
  interviewerVerb: [
    // "Johan, som du skulle have mødt": the one the seeker was to meet.
    String.raw`som du (?:skulle|skal) (?:have )?(?:møde|mødt|tale med|talt med|snakke med|snakket med)`,
  ],
  senderTakesPart: [
    String.raw`og mig\b`,
    String.raw`med mig\b`,
    String.raw`og jeg selv\b`,
    String.raw`(?:kommer|deltager)\b[^.\n]{1,80}? og jeg\b`,
  ],
  senderArranges: [],
  arrangerTitles: ['rekrutter(?:ing)?', 'hr', 'talent'],
  roleLabels: ['stilling'],
  referenceWords: ['jobnummer', 'sagsnummer', 'stillingsnummer'],
  departmentWords: ['afdelingen for', 'afdeling', 'enheden for', 'afdelingen', 'afdeling'],
  rolePatterns: [String.raw`stillingen som (TITLE)`],
  noon: [],
  honorifics: ['Dr'],
  // "Varighed: 1 time": "time" is the hour only after the label (it is an English word too).
  durations: [
    [String.raw`varighed\s*:?\s*(?:ca\.?\s*)?(?:1|en|én|et|ein) time`, 60],
    [
      String.raw`varighed\s*:?\s*(?:ca\.?\s*)?(?:1[,.]5|halvanden|halvannen|en og en halv) timer?`,
      90,
    ],
    [String.raw`varighed\s*:?\s*(?:ca\.?\s*)?(?:2|to) timer`, 120],
  ],
  abbreviations: ['kl', 'ca', 'f. eks', 'bl. a', 'dvs', 'nr', 'tlf', 'evt', 'mht', 'osv', 'pga'],
};
