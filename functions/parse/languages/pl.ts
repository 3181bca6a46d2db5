// Polish. Months are written in the genitive after a day ("12 stycznia"), weekdays change with
// the preposition before them ("we wtorek", "w środę"): both forms are listed.
import type { LanguageTable } from './types.js';

export const pl: LanguageTable = {
  code: 'pl',
  titleIntro: { strong: ['na stanowisko', 'stanowisko'], weak: [] },
  jobNouns: [
    'tester',
    'programist',
    'inżynier',
    'analityk',
    'specjalist',
    'kierownik',
    'architekt',
    'konsultant',
    'księgow',
    'projektant',
    'administrator',
    'koordynator',
    'deweloper',
  ],
  months: [
    ['stycznia', 'styczeń', 'sty'],
    ['lutego', 'luty', 'lut'],
    ['marca', 'marzec', 'mar'],
    ['kwietnia', 'kwiecień', 'kwi'],
    ['maja', 'maj'],
    ['czerwca', 'czerwiec', 'cze'],
    ['lipca', 'lipiec', 'lip'],
    ['sierpnia', 'sierpień', 'sie'],
    ['września', 'wrzesień', 'wrz'],
    ['października', 'październik', 'paź'],
    ['listopada', 'listopad', 'lis'],
    ['grudnia', 'grudzień', 'gru'],
  ],
  // Full names and their forms after "w"/"we" only: the short forms ("pon", "pt") are words too.
  weekdays: [
    ['poniedziałek', 'poniedziałku'],
    ['wtorek', 'wtorku'],
    ['środa', 'środę', 'środy'],
    ['czwartek', 'czwartku'],
    ['piątek', 'piątku'],
    ['sobota', 'sobotę', 'soboty'],
    ['niedziela', 'niedzielę', 'niedzieli'],
  ],
  relativeDays: { today: ['dzisiaj', 'dziś'], tomorrow: ['jutro'], dayAfter: ['pojutrze'] },
  weekdayNextWeek: [String.raw`w (?:przyszłym|następnym) tygodniu`],
  accepting: ['pasuje', 'odpowiada mi', 'świetnie', 'potwierdzam', 'zgoda'],
  declining: ['nie', 'niestety'],
  forwardLabels: {
    from: ['od'],
    to: ['do'],
    cc: ['dw', 'kopia'],
    subject: ['temat'],
    date: ['data', 'wysłano', 'wysłane'],
    replyTo: ['odpowiedź do'],
  },
  forwardMarkers: ['przekazana wiadomość', 'wiadomość przekazana dalej', 'wiadomość oryginalna'],
  replyAttributions: [String.raw`w dniu\b.{0,300}\bnapisał`],
  zonePhrases: [
    ['czasu polskiego', 'Europe/Warsaw'],
    ['czas polski', 'Europe/Warsaw'],
  ],
  forwardPrefixes: ['pd', 'prześlij dalej'],
  interview: [
    String.raw`rozmow\p{L}* (?:kwalifikacyjn|rekrutacyjn|techniczn)\p{L}*`,
    String.raw`(?:kwalifikacyjn|rekrutacyjn)\p{L}* rozmow\p{L}*`,
    String.raw`spotkani\p{L}* rekrutacyjn\p{L}*`,
    // "rozmowa o pracę" is the job interview; "zapraszam Pana na rozmowę" invites to one.
    String.raw`rozmow\p{L}* o pracę`,
    String.raw`zaprosić (?:\p{L}+ ){0,2}na rozmowę`,
    String.raw`zaprasza\p{L}* (?:\p{L}+ ){0,2}na rozmowę`,
  ],
  meetingWords: ['wideorozmowa', 'wideorozmowy', 'wideorozmowę', 'spotkanie', 'rozmowa', 'rozmowę'],
  cancelled: [
    String.raw`(?:musimy|muszę|jesteśmy zmuszeni) (?:\p{L}+ ){0,2}(?:odwołać|anulować)`,
    String.raw`(?:została|zostało|zostanie|zostaje|jest) (?:\p{L}+ )?(?:odwołana|odwołane|anulowana|anulowane)`,
    // "Z przykrością odwołuję naszą rozmowę": the writer calls it off.
    String.raw`(?:odwołuję|odwołujemy|anuluję|anulujemy)`,
    String.raw`nie (?:odbędzie się|dojdzie do skutku)`,
  ],
  cancelledTitle: [
    'odwołane',
    'odwołano',
    'anulowane',
    'odwołane wydarzenie',
    'anulowane wydarzenie',
  ],
  meetingNouns: ['wydarzenie', 'zaproszenie'],
  rescheduled: [
    String.raw`(?:musimy|muszę) (?:\p{L}+ ){0,2}(?:przełożyć|przesunąć|zmienić termin)`,
    String.raw`(?:została|zostało|zostanie) (?:\p{L}+ )?(?:przełożona|przełożone|przesunięta|przesunięte)`,
    'nowy termin',
    'zmiana terminu',
  ],
  newTime: ['nowy termin', String.raw`(?:przełożona|przełożone|przesunięta|przesunięte) na`],
  newTimeToFind: [String.raw`(?:ustalimy|ustalić|znaleźć|zaproponujemy) nowy termin`],
  oldTime: ['pierwotnie', 'zamiast'],
  notInterview: {
    // Meetings with an interview word outside hiring: a review with the current manager, a
    // parent-teacher meeting, a research interview.
    notTheSeekers: [
      'rozmowa roczna',
      'ocena roczna',
      'rozmowa oceniająca',
      'wywiadówka',
      String.raw`wywiad\p{L}* (?:pogłębion|badawcz|fokusow)\p{L}*`,
    ],
    rejection: [
      String.raw`inn(?:ego|ych|ą|ym) kandydat\p{L}*`,
      String.raw`nie (?:będziemy )?kontynuować (?:procesu|rekrutacji)`,
    ],
    offer: ['oferta pracy', 'umowa o pracę', 'podpisanie umowy'],
    assessment: ['zadanie domowe'],
    survey: ['ankieta satysfakcji'],
    backgroundCheck: ['zaświadczenie o niekaralności'],
    event: ['webinar', 'webinarium', 'dzień otwarty', 'dni otwarte', 'targi pracy'],
    appointment: ['badania lekarskie', 'medycyny pracy', String.raw`pierwszy dzień pracy`],
    receipt: [
      String.raw`dziękujemy za (?:przesłanie |złożenie )?(?:aplikacji|zgłoszenia|cv)(?! na stanowisko)`,
    ],
    chooseSlot: [
      String.raw`(?:proszę|prosimy) o (?:podanie|wskazanie) (?:\p{L}+ ){0,2}(?:dostępności|terminów)`,
      String.raw`któr(?:y|e) (?:z (?:tych|poniższych) )?termin(?:ów|y)? (?:\p{L}+ )?(?:pasuje|pasują|odpowiada)`,
    ],
    outreach: [],
    newsletter: ['wypisz się', 'newsletter'],
    // A tentative hold: "zablokowałam wstępnie termin", "to jeszcze nie jest potwierdzone spotkanie".
    notYetBooked: [
      String.raw`(?:zablokowa|zarezerwowa|wpisa|zaplanowa)(?:ł|l)\p{L}* (?:\p{L}+ ){0,2}?(?:wstępnie|tymczasowo)`,
      String.raw`(?:wstępnie|tymczasowo) (?:\p{L}+ ){0,2}?(?:zablokowa|zarezerwowa|wpisa|zaplanowa)(?:ł|l)\p{L}*`,
      String.raw`(?:jeszcze )?nie jest (?:jeszcze )?potwierdzon\p{L}*`,
      String.raw`niepotwierdzon\p{L}*`,
    ],
    // A seat to sign up for: a session for many, not a booking.
    selfSchedule: [
      String.raw`zarezerwuj (?:swoje )?miejsce`,
      String.raw`(?:zapisz|zarejestruj) się (?:już teraz|teraz|tutaj)`,
    ],
  },
  confirmed: [
    String.raw`zaprasza(?:m|my) (?:pana|panią|cię|ciebie|państwa)`,
    'odbędzie się',
    'potwierdzam',
  ],
  interviewerLead: [
    // "Twoi rozmówcy w czwartek:", "Osoby prowadzące rozmowę:" over the people.
    String.raw`rozmówc(?:y|ami)`,
    String.raw`osoby prowadzące(?: rozmowę| spotkanie)?`,
    String.raw`udział (?:wezmą|weźmie)`,
    String.raw`(?:wezmą|weźmie) udział`,
    String.raw`ze strony (?:firmy|zespołu)`,
    String.raw`(?:pan|pani) (?:porozmawia|spotka się) z`,
    String.raw`rozmowę (?:poprowadzi|poprowadzą)`,
  ],
  interviewerVerb: [
    String.raw`(?:poprowadzi|poprowadzą|przeprowadzi|przeprowadzą) (?:z (?:Panią|Panem|tobą) )?(?:rozmowę|spotkanie)`,
    // A cancellation names who was to lead it: "A, który miał prowadzić spotkanie".
    String.raw`(?:który|która|którzy|które) (?:miał|miała|mieli|miały|będzie|będą) (?:prowadzić|przeprowadzić|poprowadzić)`,
    String.raw`z (?:którym|którą|którymi) (?:miał|miała|mieli|miały|będzie|będą)(?: (?:Pan|Pani|Państwo))? (?:rozmawiać|porozmawiać|się spotkać|spotkać się)`,
    String.raw`(?:spotka|spotkają) się z (?:Panią|Panem|tobą)`,
  ],
  senderTakesPart: [String.raw`(?:i|oraz|ze) mną`],
  senderArranges: [],
  arrangerTitles: ['rekruter', 'rekruterka', 'rekrutacji', 'hr', 'talent'],
  roleLabels: ['stanowisko'],
  referenceWords: ['nr ref', 'numer referencyjny'],
  departmentWords: ['dział', 'działu', 'zespołu'],
  rolePatterns: [String.raw`na stanowisko (TITLE)`],
  noon: [],
  durations: [
    [String.raw`(?:ok\. |około )?godzin[yę]`, 60],
    [String.raw`(?:ok\. |około )?pół godziny`, 30],
    [String.raw`(?:ok\. |około )?półtorej godziny`, 90],
  ],
  // Degrees stack before a name: "dr inż.", "dr hab.", "prof. dr hab.", "mgr inż.".
  honorifics: ['Pan', 'Pani', 'Dr', 'p', 'inż', 'mgr', 'hab', 'prof'],
  abbreviations: ['np', 'tj', 'godz', 'ul', 'tel', 'nr', 'm. in', 'ds', 'pt', 'tzw', 'wg'],
};
