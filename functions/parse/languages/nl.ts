// Dutch.
import type { LanguageTable } from './types.js';

export const nl: LanguageTable = {
  code: 'nl',
  titleIntro: { strong: ['voor', 'functie', 'vacature'], weak: ['van'] },
  jobNouns: [
    'analist',
    'teamleid',
    'projectleid',
    'verpleegkundig',
    'docent',
    'stagiair',
    'medewerker',
    'adviseur',
    'ontwikkelaar',
    'beheerder',
    'redacteur',
  ],
  months: [
    ['januari'],
    ['februari'],
    ['maart', 'mrt'],
    ['april'],
    ['mei'],
    ['juni'],
    ['juli'],
    ['augustus'],
    ['september'],
    ['oktober'],
    ['november'],
    ['december'],
  ],
  weekdays: [
    ['maandag'],
    ['dinsdag'],
    ['woensdag'],
    ['donderdag'],
    ['vrijdag'],
    ['zaterdag'],
    ['zondag'],
  ],
  relativeDays: { today: ['vandaag'], tomorrow: ['morgen'], dayAfter: ['overmorgen'] },
  weekdayNextWeek: ['volgende week', 'van volgende week'],
  weekdayWeekLater: { before: [], after: ['over een week'] },
  daysAhead: { before: ['over'], days: ['dagen', 'dag'], weeks: ['weken', 'week'] },
  forwardLabels: {
    from: ['van'],
    to: ['aan'],
    cc: ['cc', 'kopie'],
    subject: ['onderwerp'],
    date: ['verzonden', 'datum'],
    replyTo: ['antwoord aan', 'antwoorden aan'],
  },
  forwardMarkers: ['doorgestuurd bericht', 'oorspronkelijk bericht'],
  replyAttributions: [String.raw`op\b.{0,300}\bschreef`],
  zonePhrases: [
    [String.raw`nederlandse tijd`, 'Europe/Amsterdam'],
    [String.raw`belgische tijd`, 'Europe/Brussels'],
  ],
  forwardPrefixes: ['doorst', 'fw'],
  interview: ['gesprek', 'sollicitatiegesprek', 'kennismakingsgesprek'],
  meetingWords: ['videogesprek', 'videocall', 'belafspraak', 'afspraak'],
  cancelled: [
    String.raw`(?:moeten|moet) (?:helaas )?annuleren`,
    // The verb last, the meeting and its time between: "moeten we je gesprek van dinsdag 9 maart
    // om 9.00 uur annuleren".
    String.raw`(?:moeten|moet)\s+(?:[\p{L}\p{N}:.()]+\s+){1,14}?annuleren`,
    String.raw`gaat niet door`,
    'annulering',
    String.raw`is geannuleerd`,
    String.raw`is afgezegd`,
    String.raw`(?:moeten|moet|hebben|heb) (?:\p{L}+ ){0,4}(?:afzeggen|afgezegd)`,
    // Dutch puts the meeting between the verb and its end: "komt het gesprek van vrijdag 19 maart
    // om 14:00 uur helaas te vervallen".
    String.raw`(?:komt|komen)\s+(?:[\p{L}\p{N}:.]+\s+){0,12}?te\s+vervallen`,
    // "kan helaas niet doorgaan", "gaat toch niet door", "vindt geen doorgang".
    String.raw`(?:kan|kunnen|zal|zullen) (?:\p{L}+ ){0,3}niet (?:doorgaan|plaatsvinden)`,
    String.raw`gaat (?:\p{L}+ ){1,2}niet door`,
    String.raw`(?:vindt|vinden) (?:\p{L}+ ){0,2}(?:geen doorgang|niet plaats)`,
  ],
  cancelledTitle: ['geannuleerd', 'geannuleerde afspraak', 'afgezegd'],
  meetingNouns: ['evenement', 'uitnodiging', 'kennismaking', 'vergadering', 'meeting'],
  rescheduled: [
    // "begint 30 minuten later": the same meeting, moved by a length.
    String.raw`(?:begint|beginnen|start|starten) (?:\p{L}+ ){0,2}(?:\d{1,3}|een|twee|een half) (?:minuten|min|uur) (?:later|eerder)`,
    String.raw`(?:is|wordt) verplaatst`,
    String.raw`(?:moeten|moet) (?:\p{L}+ ){0,6}verplaatsen`,
    'nieuwe datum',
    String.raw`nieuwe? tijdstip`,
    String.raw`(?:is|wordt|heb|hebben) (?:\p{L}+ ){0,3}(?:verzet|verschoven)`,
    String.raw`(?:moeten|moet) (?:\p{L}+ ){0,6}(?:verzetten|verschuiven)`,
    String.raw`(?:is|wordt|zijn|worden) (?:\p{L}+ ){0,3}(?:vervroegd|uitgesteld)`,
    String.raw`(?:moeten|moet) (?:\p{L}+ ){0,6}(?:vervroegen|uitstellen)`,
    String.raw`verplaatsing (?:van )?(?:je|jouw|uw|het|ons)`,
    // "konden we snel schuiven", "we hebben het gesprek een week opgeschoven".
    String.raw`(?:konden|kunnen|moeten|moesten) we (?:\p{L}+ ){0,3}(?:schuiven|opschuiven|doorschuiven)`,
    String.raw`(?:is|wordt|heb|hebben) (?:\p{L}+ ){0,4}(?:opgeschoven|doorgeschoven)`,
  ],
  newTime: [
    'nieuwe datum',
    String.raw`nieuwe? tijdstip(?: is)?`,
    'verplaatst naar',
    'verzet naar',
    'verschoven naar',
    // "we zien je nu op donderdag": the day that replaces the old one.
    String.raw`(?:we )?(?:zien|spreken) (?:we )?(?:je|jou|u) (?:nu|dan) (?:op|om)`,
  ],
  // "Ik kom bij je terug met een nieuwe datum", "we prikken later een nieuwe datum": still to find.
  newTimeToFind: [
    // "We stellen geen nieuw tijdstip voor": a new time denied is no move either.
    String.raw`geen\s+nieuwe?\s+(?:datum|tijd|tijdstip|afspraak)`,
    String.raw`nieuwe?\s+(?:datum|tijd|tijdstip)\s+is\s+er\s+(?:\p{L}+\s+){0,2}niet`,
    String.raw`(?:kom|komen)\s+(?:\p{L}+\s+){0,4}terug\s+met\s+een\s+nieuwe?\s+(?:datum|tijd|tijdstip|afspraak)`,
    String.raw`(?:zoeken|plannen|prikken|vinden)\s+(?:\p{L}+\s+){0,3}een\s+nieuwe?\s+(?:datum|tijd|tijdstip|afspraak)`,
    String.raw`een\s+nieuwe?\s+(?:datum|tijd|tijdstip|afspraak)\s+(?:\p{L}+\s+){0,3}(?:zoeken|inplannen|plannen|prikken|vinden)`,
  ],
  newTimeAfter: ['in plaats daarvan', 'in plaats van'],
  oldTimeAfter: ['(?:komt|past) (?:\\p{L}+ )?niet meer(?: uit)?', 'is niet meer mogelijk'],
  oldTime: ['oorspronkelijk', 'in plaats van'],
  notInterview: {
    // Meetings with an interview word outside hiring: leaving a job, a review with the current
    // manager, a school meeting about a child.
    notTheSeekers: [
      'exitgesprek',
      'vertrekgesprek',
      'functioneringsgesprek',
      'beoordelingsgesprek',
      'oudergesprek',
      'tienminutengesprek',
    ],
    rejection: [
      String.raw`niet (?:verder )?(?:te )?(?:gaan|door|doorgaan) met (?:je|jouw|uw) sollicitatie`,
      String.raw`(?:een )?andere kandida\p{L}*`,
      String.raw`gekozen voor (?:een )?andere`,
      // "besloten je niet uit te nodigen voor een tweede ronde", "besloten niet verder te gaan".
      String.raw`besloten (?:om )?(?:je |jou |u )?niet (?:uit te nodigen|verder te gaan|door te gaan)`,
      String.raw`vacature is (?:inmiddels )?(?:ingevuld|vervuld)`,
    ],
    offer: [
      'arbeidsvoorwaardenvoorstel',
      'aanbod',
      'contractondertekening',
      String.raw`ondertekening van (?:je|jouw|uw|het) (?:arbeids)?contract`,
    ],
    assessment: ['thuisopdracht'],
    survey: ['enquête'],
    backgroundCheck: ['antecedentenonderzoek'],
    event: ['webinar', 'informatiesessie', 'banenmarkt', 'open sollicitatiedag'],
    appointment: [
      'oefengesprek',
      'sollicitatietraining',
      String.raw`medische keuring`,
      String.raw`(?:je|jouw|uw) eerste werkdag`,
      'introductiedag',
    ],
    declined: ['geweigerd:', 'afgewezen:'],
    receipt: [String.raw`bedankt voor je sollicitatie`],
    chooseSlot: [
      String.raw`kies(?: \p{L}+){0,4} een (?:tijdstip|moment|tijdslot)`,
      String.raw`een van (?:de volgende|onderstaande|deze) (?:tijdstippen|momenten|tijdsloten|opties)`,
      String.raw`welk(?:e)? (?:van de volgende |van deze )?(?:tijdstippen|momenten|tijdstip|moment|opties) (?:past|passen|schikt)`,
      String.raw`welk(?:e)? (?:daarvan|ervan) (?:past|schikt)`,
      String.raw`(?:hierbij|hieronder|dit (?:is|zijn)) mijn beschikbaarheid`,
    ],
    selfSchedule: [
      String.raw`(?:via|met) (?:de|deze) link[^.\n]{0,40}(?:kiezen|inplannen|boeken|selecteren)`,
      String.raw`(?:kies|plan|boek) (?:zelf )?(?:een|je) (?:tijdstip|moment|tijdslot)`,
      String.raw`reserveer (?:je|jouw|uw) (?:plek|plaats)`,
      String.raw`(?:meld je|schrijf je) nu aan`,
    ],
    outreach: [],
    newsletter: ['afmelden', 'uitschrijven'],
    afterInterview: ['referentiecheck', String.raw`referenties (?:nagaan|checken|bellen)`],
  },
  confirmed: [String.raw`bevestig(?:en)?`, 'gepland op'],
  interviewerLead: [
    // "Je gesprekspartners op donderdag:" over the people.
    String.raw`gesprekspartners?`,
    // "Aan tafel zitten A (Head of Product) en B".
    String.raw`aan tafel (?:zitten|zit|schuiven|schuift)`,
    // "je spreekt (dan / dit keer / die dag) met": a few words may stand before "met".
    String.raw`je spreekt (?:\p{L}+ ){0,2}met`,
    String.raw`gesprek met`,
    'met',
    // Flemish "Je maakt er kennis met A en B".
    String.raw`(?:je |u )?(?:maakt|maak) (?:er |daar )?kennis met`,
  ],
  interviewerVerb: [
    // "A, die je zou spreken": the one the seeker was to meet.
    String.raw`(?:die|met wie) (?:je|u) (?:zou|zal) (?:spreken|ontmoeten|praten)`,
    // "Ik heb ook A gevraagd om aan te schuiven", "B schuift ook aan": A joins the conversation.
    String.raw`gevraagd om (?:aan te schuiven|mee te doen|erbij te zijn|aan te sluiten)`,
    String.raw`(?:schuift|schuiven) (?:ook |eveneens )?aan`,
    String.raw`(?:het )?gesprek (?:\p{L}+ ){0,3}voeren`,
    String.raw`(?:zal|zullen) (?:\p{L}+ ){0,2}(?:interviewen|spreken)`,
    // "Ik heb ook A (…), een van onze engineers, gevraagd om aan te schuiven".
    String.raw`gevraagd (?:om )?(?:aan te schuiven|mee te doen|aan te sluiten|erbij te zijn|deel te nemen)`,
    String.raw`en ik (?:kijken (?:er )?(?:naar )?uit|zien (?:je|u|het gesprek) graag)`,
  ],
  callsSeeker: [String.raw`(?:belt|zal) (?:je|u) (?:op|bellen)`],
  senderTakesPart: [
    String.raw`met mij\b`,
    // The writer last in the list: "je spreekt met A en mij".
    String.raw`met [^\n]{1,80}? en mij\b`,
    String.raw`en ik (?:kijken (?:er )?(?:naar )?uit|zien (?:je|u|het gesprek) graag)`,
  ],
  senderArranges: [],
  organizerMark: ['organisator'],
  arrangerTitles: ['recruiter', 'hr', 'talent'],
  roleLabels: ['functie', 'vacature'],
  // "Vanuit DeltaGrid schuiven aan:": a preposition that opens a sentence.
  notNames: ['dhr', 'mevr', "collega's", 'vanuit'],
  referenceWords: ['vacaturenummer', 'referentie', 'vacature-id'],
  departmentWords: ['afdeling', 'directie', 'afdeling', 'divisie', 'team'],
  rolePatterns: [String.raw`(?:functie|vacature) (?:van )?(TITLE)`],
  beforeDate: { words: ['vóór', 'uiterlijk'], articles: ['op', 'de', 'den'] },
  deadline: ['uiterlijk', 'deadline'],
  companyArticles: ['De', 'Het'],
  noon: [],
  meridiemAfter: {
    am: ["'s ochtends", '’s ochtends', "'s morgens", '’s morgens'],
    pm: ["'s middags", '’s middags', "'s avonds", '’s avonds'],
  },
  sameTime: [String.raw`(?:op )?(?:hetzelfde tijdstip|dezelfde tijd)`, 'zelfde tijd'],
  durations: [
    [String.raw`(?:een )?half uur`, 30],
    [String.raw`(?:een )?kwartier`, 15],
    [String.raw`(?:drie|3) kwartier`, 45],
    [String.raw`anderhalf uur`, 90],
    // "Duur: ongeveer één uur"; not "om één uur", one o'clock.
    [String.raw`(?<!\bom\s)(?:één|eén) uur`, 60],
  ],
  honorifics: ['Dhr', 'Mevr', 'Mevrouw', 'Meneer', 'de heer', 'Dr', 'Ir', 'Drs'],
  abbreviations: [
    'ca',
    'bijv',
    'o. a',
    'd. w. z',
    'z. s. m',
    'm. b. t',
    'i. v. m',
    'tel',
    'nr',
    'vs',
    'evt',
  ],
  pastMeeting: [String.raw`bedankt voor (?:het|ons) gesprek`, String.raw`vorige week`, 'gisteren'],
  shiftWords: { earlier: ['eerder', 'vroeger'], later: ['later'] },
};
