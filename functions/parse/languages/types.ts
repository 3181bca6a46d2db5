// What the parser needs to know about one language. Each table lists words as written in mail
// (lowercase unless a capital matters); patterns are regular-expression sources, matched
// case-insensitively. Adding a language is adding one table and listing it in index.ts.

export interface LanguageTable {
  code: string;
  /**
   * Stems of the words that make a phrase a job title outside English ("ingénieur",
   * "entwickler"), as regular-expression sources matched anywhere in a word, so endings and
   * compounds count ("Softwareentwicklerin"). English job nouns are whole words in role.ts.
   */
  jobNouns?: string[];
  /**
   * Words after which a job title starts ("als", "poste de", "for the", "vaga de"): the strong
   * ones never stand inside a title, the weak ones may ("Chef de projet" holds "de").
   */
  titleIntro?: { strong: string[]; weak: string[] };
  /** Month names and abbreviations, January first. */
  months: string[][];
  /** Weekday names and abbreviations, Monday first. */
  weekdays: string[][];
  /** Words for relative days: today, tomorrow, the day after tomorrow. */
  relativeDays: { today: string[]; tomorrow: string[]; dayAfter: string[] };
  /**
   * Counting days ahead, "in two days", "dans deux jours": the words before the count, and the
   * words for days and for weeks after it (their numbers are in number-words.ts).
   */
  daysAhead?: { before: string[]; days: string[]; weeks: string[] };
  /** Words after a weekday that put it in the next week: "Thursday next week", "jeudi de la semaine prochaine". */
  weekdayNextWeek?: string[];
  /**
   * A weekday a week after the coming one: the words before it ("a week from Wednesday") and
   * after it ("Wednesday week", "the Wednesday after next", "mercredi en huit").
   */
  weekdayWeekLater?: { before: string[]; after: string[] };
  /** Words before a time that make it one that repeats: opening hours ("La reception è aperta"). */
  openingHours?: string[];
  /** A reply's words that accept a time asked about or offered ("works for me", "me convient"). */
  accepting?: string[];
  /** Words that make such a sentence decline it instead ("not", "leider", "pas"). */
  declining?: string[];
  /**
   * Labels of a forwarded block's header lines, by the header they stand for. Reply-To is
   * optional: only clients that copy it into the block have a word for it.
   */
  forwardLabels: {
    from: string[];
    to: string[];
    cc: string[];
    subject: string[];
    date: string[];
    replyTo?: string[];
  };
  /** Lines that open a forwarded message ("Forwarded message", "Message transféré"). */
  forwardMarkers: string[];
  /** Lines that open quoted reply history ("On … wrote:"). */
  replyAttributions: string[];
  /** Zone phrases that need no abbreviation: [pattern, IANA zone]. */
  zonePhrases: [string, string][];
  /** A place's adjective read like its name before the word for time: [adjective, IANA zone]. */
  placeAdjectives?: [string, string][];
  /** Subject prefixes of a forward ("Fwd", "TR", "WG"). */
  forwardPrefixes: string[];
  /** The words for a job interview and its stages: the message is about one. */
  interview: string[];
  /**
   * Words for a call or meeting besides the interview words ("visio", "Telefonat"): a sentence
   * with one is about the meeting, so a bare "with" in it names who takes part.
   */
  meetingWords?: string[];
  /** The interview is cancelled. */
  cancelled: string[];
  /**
   * A calendar's title for a called-off event, before its colon ("Canceled: Chat with Priya",
   * "Abgesagt: Kennenlernen"): the message cancels the meeting it is about.
   */
  cancelledTitle?: string[];
  /**
   * Plain words for a meeting as a calendar or a person names it ("meeting", "call", "event",
   * "Treffen"): a cancellation that names one, or an interview or meeting word, calls off the
   * meeting the message is about, not something beside it ("the office tour").
   */
  meetingNouns?: string[];
  /** The interview was moved; the text gives the new time. */
  rescheduled: string[];
  /** Words right before a new time ("new time:", "moved to"). */
  newTime: string[];
  /** Words right before an old or declined time ("originally", "instead of"). */
  oldTime: string[];
  /** Words right after a new time ("Wednesday at 11 instead", "10am instead of 9am"). */
  newTimeAfter?: string[];
  /** Words right after a time that no longer holds ("Thursday at 10 no longer works for her"). */
  oldTimeAfter?: string[];
  /** A new time still to be found ("we'll find a new time"): not a move. */
  newTimeToFind: string[];
  /** Verbs that move a meeting "from <old> to <new>" ("moved", "bumped", "shifted"). */
  moveVerbs?: string[];
  /** Outcomes and other mail that carries a time but is not an interview to plan. */
  notInterview: {
    /**
     * An interview that is not the seeker's job interview: a notice to the seeker as an
     * interviewer on someone else's panel, a podcast or press interview, an exit interview.
     */
    notTheSeekers?: string[];
    /** A social meeting (coffee with a friend who may refer the seeker): no employer booked it. */
    social?: string[];
    rejection: string[];
    offer: string[];
    assessment: string[];
    survey: string[];
    backgroundCheck: string[];
    event: string[];
    receipt: string[];
    chooseSlot: string[];
    /**
     * A link for the seeker to book a time or a seat themselves ("use the link below to choose a
     * time", "Save my seat"): whatever window of times it names, nothing is booked until they do.
     */
    selfSchedule?: string[];
    outreach: string[];
    newsletter: string[];
    /** About an interview that has happened: thanks for it, feedback and a decision pending. */
    afterInterview?: string[];
    /** Nothing booked yet: a time will be arranged later, or an application's status changed. */
    notYetBooked?: string[];
    /** An automatic reply (out of office): whatever times it gives, nobody booked anything. */
    autoReply?: string[];
    /**
     * Appointments on the way to a job that are not interviews: a practice interview with a
     * coach, a medical or drug test, fingerprinting, the first day or onboarding.
     */
    appointment?: string[];
    /** The reply to an invitation that declines it ("Declined:" in the subject). */
    declined?: string[];
  };
  /** A booked, confirmed time ("is confirmed", "we have scheduled"). */
  confirmed: string[];
  /** Before a list of the people the seeker will meet ("You'll meet", "Vous échangerez avec"). */
  interviewerLead: string[];
  /** Labels of a line that lists the interviewers whatever their titles ("ご対応者："). */
  interviewerLabels?: string[];
  /** In a sentence, said of the people named in it: they will interview ("will join me"). */
  interviewerVerb: string[];
  /**
   * Said of a person: they will phone the seeker themselves ("will call you"). A recruiter who
   * does is the one holding the phone screen, whatever their title.
   */
  callsSeeker?: string[];
  /** Said of "I" (the sender): they take part ("with me", "I'll be interviewing you"). */
  senderTakesPart: string[];
  /**
   * The meeting called the writer's side's ("unser Gespräch", "our call on Friday"): a weak sign
   * that the writer takes part, since a recruiter says it of the company's meeting too.
   */
  ourMeeting?: string[];
  /**
   * Words for taking part in a meeting besides the interview and meeting words ("join", "sit in",
   * "on the call", "takes over"): with an upcoming word, a sentence about who is in it.
   */
  takingPart?: string[];
  /** Words that put a sentence in the coming meeting ("will", "'ll", "first up"). */
  upcoming?: string[];
  /** The writer as the subject of what is to come ("I'll", "we will"). */
  selfUpcoming?: string[];
  /**
   * Words of a sentence about reaching, sending or scheduling rather than the meeting ("reach
   * out", "send", "questions"): who it names need not take part.
   */
  onlyArranging?: string[];
  /** Said of "I" (the sender): they only arrange it ("I won't be on the call"). */
  senderArranges: string[];
  /** Words between a name and the team it belongs to ("Megan from our recruiting team"). */
  memberOf?: string[];
  /** Words of a sentence that names someone to find on arrival ("ask for", "front desk"). */
  contactOnArrival?: string[];
  /** Verbs whose "me" is the writer being reached, not met ("let me know", "call me"). */
  contactsWriter?: string[];
  /** How a pasted invitation's guest list marks its organizer ("Lena Fischer - organizer"). */
  organizerMark?: string[];
  /** Job titles of people who arrange interviews (recruiter, coordinator). */
  arrangerTitles: string[];
  /**
   * Words that end a company's name ("Media", "Labs"), lowercase: where a domain runs the name
   * together (brightlinemedia), they split it.
   */
  companyTailWords?: string[];
  /**
   * Words that open a company's name but that its domain leaves out ("Groupe", "Banco",
   * "Stiftung"), capitalised as written.
   */
  groupWords?: string[];
  /**
   * Articles that open a company's name but that its domain leaves out ("Les", "Het"),
   * capitalised as written: "Les Ateliers Solenne" where the domain spells "ateliers solenne".
   */
  companyArticles?: string[];
  /**
   * Capitalised words that are never part of a person's name: forms of address, honorifics,
   * job titles, words for colleague, departments ("Frau", "Dott", "Teamleiter", "Ingeniería").
   */
  notNames?: string[];
  /**
   * Words right before a department's or a unit's name ("área de", "der Abteilung", "du pôle"),
   * with or without a linking "of/de": the capitalised words after them name no person
   * ("Leiterin der Abteilung Produktentwicklung").
   */
  departmentWords?: string[];
  /** Labels of a line that names the job ("Puesto:", "Stelle:"). */
  roleLabels?: string[];
  /** Before a job title ("for the … role", "poste de"): [pattern with one (…) for the title]. */
  rolePatterns: string[];
  /** Words for a job's reference number, in brackets after its title ("(rif. TO-07)"). */
  referenceWords?: string[];
  /** Time words: noon, midnight, and "half past" forms. */
  noon: string[];
  /**
   * A clock reading said in words: the hours one to twelve, and phrases that move the hour by
   * minutes, written before it ("halb drei" is 2:30, "kwart over tien" 10:15) or after it ("le
   * 11 e mezza" is 11:30, "las 3 menos cuarto" 2:45). Before an hour only its word is read.
   */
  clockWords?: {
    hours: string[];
    before?: [string, number][];
    after?: [string, number][];
  };
  /** Words written before a clock reading for its half of the day ("午後2時" is 14:00). */
  meridiemBefore?: { am: string[]; pm: string[] };
  /** Words written after an hour for its half of the day ("3 in the afternoon", "4 de la tarde"). */
  meridiemAfter?: { am: string[]; pm: string[] };
  /** A part of the day between a day and "at" before a bare hour ("Wednesday morning at 10"). */
  partOfDay?: { am: string[]; pm: string[] };
  /** Words right before the time a day of meetings ends ("we'll wrap up by", "finishing around"). */
  dayEnd?: string[];
  /**
   * Things whose own end or closing a message may give beside the interview ("parking validation
   * ends at 5pm", "the office closes at 6"): that time is theirs, not the meeting's.
   */
  otherEnds?: string[];
  /** "Same time": a moved interview keeps its old clock time on the new day. */
  sameTime?: string[];
  /**
   * The booked day and time stay as they were ("same time, same link", "the time doesn't
   * change"): what changes is something else, often who interviews.
   */
  timeKept?: string[];
  /**
   * After a length, the words that shift a booked time by it ("an hour later", "plus tôt");
   * `earlierBy`/`laterBy`: before it ("pushed back an hour", "avancé de 30 minutes").
   */
  shiftWords?: { earlier: string[]; later: string[]; earlierBy?: string[]; laterBy?: string[] };
  /** Words before a time that is a limit, not a meeting ("plazo", "au plus tard"). */
  deadline?: string[];
  /**
   * "before Friday, March 5", "avant le 12 mars": the words that make the date after them a
   * limit, and the articles that may stand between ("avant le", "vor dem").
   */
  beforeDate?: { words: string[]; articles: string[] };
  /** Lengths of time said in words ("drie kwartier", "media hora"): [pattern, minutes]. */
  durations?: [string, number][];
  /**
   * A reply picking one of several offered slots by its place: ordinal words, first first
   * ("second", "2nd"), the nouns they go with ("option", "slot"), and words for the last one.
   */
  slotPicks?: { ordinals: string[][]; nouns: string[]; last: string[] };
  /**
   * Forms of address written before a family name ("Frau", "Dr", "Mme"), without their full
   * stop: "Frau Dr. Lindner" names the one Lindner the message knows.
   */
  honorifics?: string[];
  /**
   * Words written with a full stop that ends no sentence ("z. B", "ca", "kl", "Nr"), without their
   * last stop; the forms of address above count too.
   */
  abbreviations?: string[];
  /**
   * Said of a person who cannot be there ("is out sick", "can no longer make it"): they were to
   * interview, unless `replacing` words in the same sentence name someone who takes over.
   */
  absent?: string[];
  /**
   * A meeting already held ("thanks for chatting with me last week"): the writer's part in it
   * says nothing of the interview to come.
   */
  pastMeeting?: string[];
  /**
   * A message the writer answers, right before a past word that is then the message's, not the
   * meeting's: "as per your email yesterday", "come da tua email di ieri".
   */
  messageBefore?: string[];
  /** Someone else takes the absent person's place ("instead", "will take the interview"). */
  replacing?: string[];
  /** Right before the name of the one another person replaces: "rather than", "in place of". */
  replacedAfter?: string[];
}

/**
 * A language the parser reads only in mail clients' forward headers (mail-client-words.ts): its
 * labels, markers and subject prefixes, and the month and weekday names its date lines spell.
 */
export type MailClientWords = Pick<
  LanguageTable,
  'code' | 'forwardLabels' | 'forwardMarkers' | 'forwardPrefixes'
> &
  Partial<Pick<LanguageTable, 'months' | 'weekdays'>>;
