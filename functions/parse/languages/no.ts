// Norwegian (bokmål).
import type { LanguageTable } from './types.js';

export const no: LanguageTable = {
  code: 'no',
  jobNouns: [
    'utvikler',
    'analytiker',
    'konsulent',
    'ingeniør',
    'arkitekt',
    'tekniker',
    'økonom',
    'prosjektleder',
    'avdelingsleder',
    'teamleder',
    'medarbeider',
    'rådgiver',
    'sykepleier',
    'lærling',
  ],
  months: [
    ['januar'],
    ['februar'],
    ['mars'],
    ['april'],
    ['mai'],
    ['juni'],
    ['juli'],
    ['august'],
    ['september'],
    ['oktober'],
    ['november'],
    ['desember'],
  ],
  // Full names only: the short forms ("man", "tor") are words too.
  weekdays: [['mandag'], ['tirsdag'], ['onsdag'], ['torsdag'], ['fredag'], ['lørdag'], ['søndag']],
  relativeDays: { today: ['i dag'], tomorrow: ['i morgen'], dayAfter: ['i overmorgen'] },
  weekdayNextWeek: ['neste uke', 'i neste uke'],
  accepting: ['passer', 'fungerer', 'høres bra ut', 'perfekt', 'bekrefter'],
  declining: ['ikke', 'dessverre'],
  forwardLabels: {
    from: ['fra'],
    to: ['til'],
    cc: ['kopi', 'cc'],
    subject: ['emne'],
    date: ['sendt', 'dato'],
    replyTo: ['svar til'],
  },
  forwardMarkers: ['videresendt melding', 'opprinnelig melding'],
  replyAttributions: [String.raw`den\b.{0,300}\bskrev`],
  zonePhrases: [['norsk tid', 'Europe/Oslo']],
  forwardPrefixes: ['vs', 'videresend'],
  interview: ['intervju', 'intervjuet', 'jobbintervju', 'ansettelsesintervju'],
  meetingWords: ['videomøte', 'møte', 'samtale', 'samtalen'],
  cancelled: [
    String.raw`(?:må|blir nødt til å) (?:\p{L}+ ){0,2}avlyses?`,
    // "at intervjuet … ikke blir noe av", "samtalen blir dessverre ikke noe av".
    String.raw`(?:ikke blir|blir (?:\p{L}+ ){0,2}ikke) noe av`,
    String.raw`(?:er|har blitt|blir) (?:dessverre )?avlyst`,
    'avlysning',
    String.raw`(?:kan|vil) (?:\p{L}+ ){0,2}ikke (?:gjennomføres|finne sted)`,
  ],
  cancelledTitle: ['avlyst', 'avlyst hendelse', 'avlyst møte'],
  meetingNouns: ['avtale', 'avtalen', 'invitasjon', 'hendelse', 'hendelsen', 'møtet'],
  rescheduled: [
    String.raw`(?:må|har) (?:\p{L}+ ){0,2}(?:flytte|flyttet|utsette|utsatt)`,
    'nytt tidspunkt',
    String.raw`(?:er|har blitt|blir) (?:\p{L}+ )?(?:flyttet|utsatt)`,
  ],
  newTime: ['nytt tidspunkt', String.raw`flyttet til`, String.raw`utsatt til`],
  // "Vi kommer ikke til å foreslå et nytt tidspunkt": a new time denied is no move either.
  newTimeToFind: [
    'finne et nytt tidspunkt',
    String.raw`(?:foreslå|tilby|gi deg) (?:\p{L}+ ){0,2}nytt tidspunkt`,
    String.raw`(?:ikke|ingen) (?:\p{L}+ ){0,4}nytt tidspunkt`,
  ],
  oldTime: ['opprinnelig', 'i stedet for'],
  notInterview: {
    // Meetings with an interview word outside hiring: leaving a job, a review with the current
    // manager, a school meeting about a child.
    // A job centre's follow-up of the job search ("oppfølgingssamtale") is one too.
    notTheSeekers: [
      // The seeker's own note of someone else's interview: "Sindre sitt intervju, ikke mitt".
      String.raw`intervju,? ikke mitt\b`,
      String.raw`ikke mitt (?:eget )?(?:jobb)?intervju`,
      'sluttsamtale',
      'medarbeidersamtale',
      'utviklingssamtale',
      'foreldresamtale',
      'oppfølgingssamtale',
    ],
    rejection: [
      String.raw`valgt (?:å gå videre med )?en annen kandidat`,
      'andre kandidater',
      String.raw`(?:besluttet|bestemt oss for|valgt) (?:å ikke|ikke å) gå videre`,
      String.raw`stillingen er (?:nå |allerede )?(?:blitt )?besatt`,
    ],
    offer: ['arbeidsavtale', 'tilbud om ansettelse'],
    assessment: ['case-oppgave', 'personlighetstest'],
    survey: ['spørreskjema', 'spørreundersøkelse'],
    backgroundCheck: ['politiattest'],
    event: ['webinar', 'informasjonsmøte', 'karrieredag'],
    appointment: [
      // A job centre's meeting with the seeker's own counsellor about the job search.
      String.raw`(?:veilederen din|din veileder)`,
      'aktivitetsplan',
      String.raw`(?:din )?første arbeidsdag`,
    ],
    receipt: [String.raw`takk for (?:din )?søknad(?:en)?(?! på stillingen)`],
    chooseSlot: [
      String.raw`velg (?:gjerne |vennligst )?(?:et|ett) (?:av (?:disse|følgende) )?tidspunkt(?:er|ene)?`,
      String.raw`hvilke[tn]? (?:av )?(?:tidspunkt(?:ene)?|dager?(?:ne)?)(?: som)? passer`,
    ],
    afterInterview: [
      String.raw`takk for (?:et |en )?(?:\p{L}+ ){0,2}(?:samtale(?:n)?|intervju(?:et)?)`,
    ],
    outreach: [],
    newsletter: ['avslutt abonnement', 'nyhetsbrev'],
    // A seat to sign up for: a session for many, not a booking.
    selfSchedule: [
      String.raw`(?:sikre|reserver) deg (?:en )?plass`,
      String.raw`meld deg på (?:nå|her)`,
    ],
  },
  confirmed: [String.raw`invitere deg til`, 'er bekreftet'],
  interviewerLead: [
    // "Du skulle ha møtt A og B": the people a cancelled meeting was with.
    String.raw`du (?:skulle|skal) (?:ha )?(?:møtt|snakket med|pratet med)`,
    // "Dine samtalepartnere torsdag:" over the people.
    String.raw`samtalepartnere`,
    String.raw`intervjuere`,
    String.raw`du (?:skal )?(?:snakke|prate) med`,
    String.raw`du møter`,
    String.raw`fra (?:oss|vår side) (?:kommer|deltar|stiller)`,
  ],
  interviewerVerb: [
    // "Johan, som du skulle ha møtt": the one the seeker was to meet.
    String.raw`som du (?:skulle|skal) (?:ha )?(?:møte|møtt|snakke med|snakket med|prate med|pratet med)`,
  ],
  senderTakesPart: [String.raw`og meg\b`, String.raw`med meg\b`],
  senderArranges: [],
  arrangerTitles: ['rekrutter(?:er|ing)', 'hr', 'talent'],
  roleLabels: ['stilling'],
  referenceWords: ['stillingsnummer', 'referansenummer'],
  departmentWords: ['avdelingen for', 'avdeling', 'avdelingen'],
  rolePatterns: [String.raw`stillingen som (TITLE)`],
  noon: [],
  honorifics: ['Dr'],
  // "Varighed: 1 time": "time" is the hour only after the label (it is an English word too).
  durations: [
    [String.raw`varighet\s*:?\s*(?:ca\.?\s*)?(?:1|en|én|et|ein) time`, 60],
    [
      String.raw`varighet\s*:?\s*(?:ca\.?\s*)?(?:1[,.]5|halvanden|halvannen|en og en halv) timer?`,
      90,
    ],
    [String.raw`varighet\s*:?\s*(?:ca\.?\s*)?(?:2|to) timer`, 120],
  ],
  abbreviations: ['kl', 'ca', 'f. eks', 'bl. a', 'dvs', 'nr', 'tlf', 'evt', 'mht', 'osv', 'pga'],
};
