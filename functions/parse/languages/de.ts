// German.
import type { LanguageTable } from './types.js';

export const de: LanguageTable = {
  code: 'de',
  months: [
    ['januar', 'jänner', 'jän'],
    ['februar'],
    ['märz', 'maerz', 'mär'],
    ['april'],
    ['mai'],
    ['juni'],
    ['juli'],
    ['august'],
    ['september'],
    ['oktober', 'okt'],
    ['november'],
    ['dezember', 'dez'],
  ],
  weekdays: [
    ['montag'],
    ['dienstag'],
    ['mittwoch'],
    ['donnerstag'],
    ['freitag'],
    ['samstag', 'sonnabend'],
    ['sonntag'],
  ],
  relativeDays: { today: ['heute'], tomorrow: ['morgen'], dayAfter: ['übermorgen'] },
  forwardLabels: {
    from: ['von', 'absender'],
    to: ['an', 'empfänger'],
    cc: ['cc', 'kopie'],
    subject: ['betreff'],
    date: ['datum', 'gesendet'],
  },
  forwardMarkers: [
    'weitergeleitete nachricht',
    'anfang der weitergeleiteten nachricht',
    'ursprüngliche nachricht',
  ],
  replyAttributions: [String.raw`am\b.{0,300}\bschrieb`],
  zonePhrases: [
    [String.raw`(?:deutscher|mitteleuropäischer) (?:zeit|sommerzeit)`, 'Europe/Berlin'],
    [String.raw`(?:österreichischer|wiener) zeit`, 'Europe/Vienna'],
    [String.raw`schweizer zeit`, 'Europe/Zurich'],
  ],
  forwardPrefixes: ['wg', 'wtr'],
  interview: [
    'vorstellungsgespräch',
    'bewerbungsgespräch',
    'gespräch',
    'interview',
    'kennenlerngespräch',
  ],
  cancelled: [
    // "müssen wir das Vorstellungsgespräch am Dienstag … absagen", not "Ihnen absagen" (a rejection).
    String.raw`(?:müssen|muss)\b(?![^.\n]{0,160}\b(?:ihnen|dir|euch)\b)[^.\n]{0,160}\babsagen`,
    String.raw`absage (?:des|unseres|ihres|deines|zum) (?:\p{L}+)?(?:gespräch|interview|termin)`,
    String.raw`absage:? (?:\p{L}+)?(?:gespräch|interview)\p{L}*`,
    String.raw`(?:wird|wurde) abgesagt`,
    'absage des termins',
  ],
  rescheduled: [String.raw`(?:wird|wurde) verschoben`, String.raw`neuer termin`, 'terminänderung'],
  newTime: ['neuer termin', String.raw`verschoben auf`],
  newTimeToFind: ['einen neuen termin (?:finden|vereinbaren)'],
  newTimeAfter: ['stattdessen', 'statt dessen'],
  oldTime: ['ursprünglich', 'statt', 'bisherige'],
  notInterview: {
    rejection: [
      String.raw`(?:leider )?(?:nicht|keine) (?:weiter )?berücksichtigen`,
      // "Absage" alone also cancels a meeting: only an answer to the application rejects.
      String.raw`absage (?:auf|zu) (?:ihre|deine)r? bewerbung`,
      String.raw`(?:ihnen|dir|euch) (?:leider )?(?:eine )?absage`,
      String.raw`(?:ihnen|dir|euch) (?:\p{L}+ ){0,2}absagen`,
      String.raw`(?:ihre|deine) bewerbung (?:\p{L}+ ){0,4}nicht`,
      String.raw`für (?:einen |eine )?andere[nr]? (?:bewerber|kandidat)\p{L}*`,
      String.raw`leider (?:müssen|möchten) wir ihnen mitteilen`,
    ],
    offer: ['vertragsangebot', 'arbeitsvertrag'],
    assessment: ['probeaufgabe', 'testaufgabe'],
    survey: ['umfrage'],
    backgroundCheck: ['führungszeugnis'],
    event: ['webinar', 'infoveranstaltung', 'informationsveranstaltung'],
    receipt: [
      String.raw`vielen dank für ihre bewerbung`,
      String.raw`bewerbung (?:ist )?(?:bei uns )?eingegangen`,
    ],
    chooseSlot: [
      String.raw`(?:wählen|buchen) sie (?:einen|bitte einen) termin`,
      String.raw`welche[rs]? (?:der folgenden |dieser )?(?:termine?|zeiten|optionen) (?:passt|passen|würde|ihnen)`,
      String.raw`folgende (?:termine|zeitfenster) (?:an|vorschlagen)`,
    ],
    outreach: [],
    newsletter: ['abmelden', 'newsletter'],
    afterInterview: [
      'referenzprüfung',
      String.raw`referenzen (?:einholen|prüfen)`,
      'referenzgespräch',
    ],
  },
  confirmed: [String.raw`laden sie (?:herzlich )?(?:zu|ein)`, 'termin:', String.raw`bestätigen`],
  interviewerLead: [
    String.raw`ihre gesprächspartner(?:in|innen)?`,
    String.raw`gesprächspartner(?:in|innen)?`,
    'mit',
    String.raw`sie sprechen mit`,
    // "Mit dabei sind A und B", "Dabei sind …": the people named after it take part.
    String.raw`(?:mit )?dabei (?:sind|ist)(?: (?:außerdem|auch|ebenfalls))?`,
    String.raw`du (?:sprichst|triffst) mit`,
    String.raw`du triffst`,
    // "Von unserer Seite nehmen A und B teil": the people named after it take part.
    String.raw`(?:von unserer seite|seitens (?:des unternehmens|unseres teams)) (?:nehmen|nimmt|sind|ist)`,
  ],
  interviewerVerb: [
    String.raw`(?:wird|werden) (?:am gespräch )?teilnehmen`,
    String.raw`(?:das )?gespräch (?:\p{L}+ ){0,3}führen`,
    String.raw`(?:führt|führen) (?:das )?gespräch`,
    String.raw`(?:ist|sind|wird|werden) (?:ebenfalls|auch) (?:mit )?dabei`,
    String.raw`(?:nimmt|nehmen) (?:ebenfalls |auch )?(?:am gespräch )?teil`,
  ],
  senderTakesPart: [
    String.raw`mit mir\b`,
    // "unser Gespräch vom Freitag", "führen wir das Gespräch zu zweit": the writer takes part.
    String.raw`(?:unser(?:es)?|mein(?:es)?) (?:gespräch|telefonat|interview)`,
    String.raw`(?:führen|machen) wir das gespräch`,
  ],
  senderArranges: [
    // "Ich bin beim Gespräch nicht dabei", "ich kümmere mich nur um die Organisation".
    String.raw`(?:bin|werde|sein werde) (?:beim gespräch |im gespräch |selbst )?nicht (?:dabei|teilnehmen)`,
    String.raw`kümmere mich (?:nur |lediglich )?um die (?:organisation|terminierung|planung)`,
  ],
  arrangerTitles: ['personalreferent(?:in)?', 'recruiter(?:in)?', 'personal', 'hr', 'talent'],
  rolePatterns: [String.raw`(?:Bewerbung|Stelle) als (TITLE)`],
  deadline: ['bis spätestens', 'einsendeschluss', 'abgabetermin'],
  noon: ['mittag'],
  sameTime: [
    String.raw`(?:zur )?(?:gleichen|selben) (?:uhrzeit|zeit)`,
    String.raw`gleiche uhrzeit`,
  ],
  durations: [
    [String.raw`eine halbe stunde`, 30],
    [String.raw`(?:eine )?dreiviertelstunde`, 45],
    [String.raw`(?:eine )?viertelstunde`, 15],
    [String.raw`(?:anderthalb|eineinhalb) stunden`, 90],
  ],
};
