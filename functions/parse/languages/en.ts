// English.
import type { LanguageTable } from './types.js';

/** "we're moving tomorrow's 9:00 am interview to 1:00 pm": the meeting, then where it goes. */
const MOVED_MEETING_TO = String.raw`(?:mov(?:ing|ed)|push(?:ing|ed)|shift(?:ing|ed)|bump(?:ing|ed)|slid(?:ing)?|swapp(?:ing|ed)) (?:your |the |our |this )?(?:(?:tomorrow|today|\w+day)'s )?(?:[\w:.-]+ ){0,3}(?:interview|call|meeting|chat|session|screen|panel) to`;

/** "…, I've already updated the invite": the sender has changed the invitation to the new time. */
const INVITE_CHANGED = String.raw`[^\n]{0,80}?(?:(?:i've|i have|we've|we have|i|we) (?:already |just |now |also )?(?:gone ahead and |went ahead and )?(?:updated|changed|moved|amended|adjusted|edited) (?:the|your|our|my) (?:[\w-]+ ){0,2}(?:invite|invitation|calendar|meeting|event|hold|booking)|(?:invite|invitation|calendar (?:invite|invitation|hold|entry)) (?:has|have|was) (?:already |now |just )?been (?:updated|changed|moved|amended)|(?:sent|sending) (?:you )?(?:an? |the )?(?:updated|new|revised|amended) (?:calendar )?(?:invite|invitation))`;

export const en: LanguageTable = {
  code: 'en',
  titleIntro: { strong: ['as', 'for', 'position', 'role', 'the'], weak: ['an', 'our', 'job'] },
  months: [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sept', 'sep'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
  weekdays: [
    ['monday', 'mon'],
    ['tuesday', 'tues', 'tue'],
    ['wednesday', 'wed'],
    ['thursday', 'thurs', 'thur', 'thu'],
    ['friday', 'fri'],
    ['saturday', 'sat'],
    ['sunday', 'sun'],
  ],
  relativeDays: {
    today: ['today', 'tonight', 'this morning', 'this afternoon', 'this evening'],
    tomorrow: ['tomorrow', 'tmrw'],
    dayAfter: ['the day after tomorrow', 'day after tomorrow'],
  },
  weekdayNextWeek: ['next week', 'of next week', 'the following week', 'the week after'],
  weekdayWeekLater: {
    before: ['a week from', 'one week from', 'a week on'],
    after: ['week', 'after next'],
  },
  daysAhead: { before: ['in'], days: ['days', 'day'], weeks: ['weeks', 'week'] },
  accepting: [
    'works',
    'work for me',
    'suits',
    'perfect',
    'great',
    'fine',
    'good',
    'see you',
    'confirm',
    'confirmed',
    'sounds',
    'ok',
    'okay',
    "let's do",
    "let's go with",
    "let's lock in",
    "let's book",
    'lets do',
    'lets go with',
    'lets lock in',
    'lets book',
    'lock in',
    'locked in',
    'all set',
    'go with',
    'prefer',
  ],
  declining: ['not', 'cannot', 'unable', 'unfortunately', 'instead'],
  forwardLabels: {
    from: ['from', 'sender'],
    to: ['to'],
    cc: ['cc'],
    subject: ['subject'],
    date: ['date', 'sent'],
    replyTo: ['reply-to', 'reply to'],
  },
  forwardMarkers: [
    'forwarded message',
    'original message',
    'begin forwarded message',
    'original appointment',
  ],
  replyAttributions: [String.raw`on\b.{0,300}\bwrote`],
  zonePhrases: [
    [String.raw`arizona(?: time)?`, 'America/Phoenix'],
    [String.raw`(?:uk|british|london) time`, 'Europe/London'],
  ],
  // A country's adjective before "time" names its one civil time ("2pm Irish time").
  placeAdjectives: [
    ['irish', 'Europe/Dublin'],
    ['scottish', 'Europe/London'],
    ['welsh', 'Europe/London'],
    ['english', 'Europe/London'],
    ['nz', 'Pacific/Auckland'],
    ['new zealand', 'Pacific/Auckland'],
    ['kiwi', 'Pacific/Auckland'],
    ['indian', 'Asia/Kolkata'],
    ['singaporean', 'Asia/Singapore'],
    ['japanese', 'Asia/Tokyo'],
    ['korean', 'Asia/Seoul'],
    ['philippine', 'Asia/Manila'],
    ['filipino', 'Asia/Manila'],
    ['israeli', 'Asia/Jerusalem'],
    ['south african', 'Africa/Johannesburg'],
    ['nigerian', 'Africa/Lagos'],
    ['kenyan', 'Africa/Nairobi'],
    ['egyptian', 'Africa/Cairo'],
    ['portuguese', 'Europe/Lisbon'],
    ['spanish', 'Europe/Madrid'],
    ['french', 'Europe/Paris'],
    ['belgian', 'Europe/Brussels'],
    ['dutch', 'Europe/Amsterdam'],
    ['german', 'Europe/Berlin'],
    ['swiss', 'Europe/Zurich'],
    ['austrian', 'Europe/Vienna'],
    ['italian', 'Europe/Rome'],
    ['polish', 'Europe/Warsaw'],
    ['swedish', 'Europe/Stockholm'],
    ['danish', 'Europe/Copenhagen'],
    ['norwegian', 'Europe/Oslo'],
    ['finnish', 'Europe/Helsinki'],
    ['greek', 'Europe/Athens'],
    ['argentine', 'America/Argentina/Buenos_Aires'],
    ['argentinian', 'America/Argentina/Buenos_Aires'],
    ['colombian', 'America/Bogota'],
    ['peruvian', 'America/Lima'],
    ['chilean', 'America/Santiago'],
  ],
  forwardPrefixes: ['fwd', 'fw'],
  meetingWords: ['discussion', 'video call', 'walkthrough', 'walk-through'],
  interview: [
    'interview',
    'interviews',
    'interviewing',
    'phone screen',
    'screening call',
    'technical screen',
    'onsite',
    'on-site',
    'panel',
    'final round',
    'campus visit',
    'hiring manager',
    'conversation',
    'next step',
    'pairing session',
    String.raw`(?:final|interview|onsite|on-site|virtual) loop`,
    'meet the team',
    // A live exercise with an engineer is an interview, whatever the invitation calls it.
    String.raw`live (?:technical|coding|system[- ]design|pair[- ]programming) (?:assessment|exercise|challenge|session|interview)`,
    String.raw`live[- ]coding`,
    // A session named for what is examined: "technical deep dive", "system design round".
    String.raw`(?:technical|architecture|system[- ]design) (?:deep[- ]dive|discussion)`,
    String.raw`(?:technical|coding|system[- ]design|case[- ]study|behaviou?ral) round`,
    String.raw`portfolio (?:review|walk-?through|presentation)`,
  ],
  cancelled: [
    String.raw`(?:has|have|had) been (?:cancel+ed|called off|withdrawn)`,
    // A calendar's notice, or the organizer's words: "Priya Raman has canceled this event".
    String.raw`(?:has|have|had|i've|we've) cancel+ed (?:this|the|your|our|their|today's|tomorrow's|\p{L}+['’]s (?:[\w-]+ )?(?:interview|call|meeting|chat|conversation|session|screen|panel|round))\b`,
    String.raw`(?:is|was) (?:now )?cancel+ed`,
    String.raw`(?:need|have|had) to cancel`,
    'must cancel',
    String.raw`(?:i'm|i am) cancel+ing`,
    String.raw`(?:need|have|had) to call (?:it |this |that |them )?off`,
    String.raw`(?:are|is|we're|i'm) calling (?:it |this |that |them )?off`,
    String.raw`(?:are|is|we're) cancel+ing`,
    String.raw`cancel+ation (?:notice|of your)`,
    String.raw`interview (?:is )?cancel+ed`,
    String.raw`(?:taken|removed) (?:it |the (?:interview|invite|invitation|meeting) )?(?:off|from) (?:the|our|your) calendars?`,
    String.raw`won't be able to (?:go ahead|proceed) with (?:the|your) interview`,
    // "We won't be going ahead with it", "the interview will no longer go ahead": called off, not
    // a verdict on the seeker (that is "going ahead with your application").
    String.raw`(?:won't|will not|can't|cannot|can no longer|are no longer|is no longer|no longer) (?:be )?(?:going|go|able to go) ahead with (?:it\b|(?:the|your|our|this|that|\p{L}+['’]s) (?:[\w-]+ )?(?:interview|call|meeting|chat|conversation|session|screen|panel)\b)`,
    String.raw`(?:interview|call|meeting|chat|conversation|session|screen|panel)\b[^.!?\n]{0,40}? (?:is|will) (?:no longer|not) (?:be )?(?:going ahead|go ahead|taking place|take place|happening)`,
    String.raw`stand(?:ing)? down (?:the|all|our|your|any|\p{L}+['’]s) (?:[\w-]+ ){0,4}interviews?`,
    // Called off by an idiom, the meeting often named by its day: "pull the plug on Friday's
    // final round", "we've scrapped tomorrow's call".
    String.raw`(?:pull|pulls|pulled|pulling) the plug on (?:it\b|(?:the|your|our|this|that|\p{L}+['’]s) (?:[\w-]+ ){0,2}(?:interview|call|meeting|chat|conversation|session|screen|panel|round)s?\b)`,
    String.raw`(?:scrap|scraps|scrapped|scrapping|scratch|scratched|scratching) (?:the|your|our|this|that|\p{L}+['’]s) (?:[\w-]+ ){0,2}(?:interview|call|meeting|chat|conversation|session|screen|panel|round)s?\b`,
    // "We have to postpone your interview indefinitely": put off with no new time, called off.
    String.raw`postpon(?:e|ed|ing) (?:it|(?:the|your|our|this|that|\p{L}+['’]s) (?:[\w-]+ ){0,2}(?:interview|call|meeting|chat|conversation|session|screen|panel|round|onsite|on-site)s?\b)[^.!?\n]{0,60}? (?:indefinitely|until further notice)`,
    // Called off by someone, or gone from the calendars: "A has called off the portfolio review",
    // "it has been removed from both calendars".
    String.raw`called off (?:the|your|our|this|that|today's|tomorrow's|\p{L}+['’]s) (?:[\w-]+ ){0,2}(?:interview|call|meeting|chat|conversation|session|screen|panel|round|review|event)s?\b`,
    String.raw`been (?:removed|deleted) from (?:your|both|all|the|our|their) (?:calendars?|schedules?|diar(?:y|ies))`,
    // "Your 2pm interview on Monday with A is off for now."
    String.raw`(?:interview|call|meeting|chat|conversation|session|screen|panel)\b(?:[^.!?\n]|\.(?! )){0,80}? is (?:now )?off\b(?! (?:to|at|on|from|until|by|site|campus)\b)`,
  ],
  cancelledTitle: [
    'canceled',
    'cancelled',
    'canceled event',
    'cancelled event',
    'canceled event with note',
    'cancelled event with note',
    'event canceled',
    'event cancelled',
    'meeting canceled',
    'meeting cancelled',
  ],
  meetingNouns: [
    'meeting',
    'call',
    'chat',
    'catch-up',
    'catch up',
    'appointment',
    'event',
    'session',
    'invite',
    'invitation',
    'sync',
    'slot',
    'booking',
  ],
  rescheduled: [
    String.raw`(?:has|have|had) been (?:re-?scheduled|moved|changed|pushed|preponed|bumped|shifted|switched|swapped|slid|brought forward)`,
    // "Your interview is now Friday at 11 instead of Thursday at 1": the new time and the old.
    String.raw`(?:(?:is|are|will be) now|will (?:now )?(?:take place|be held|happen|run)) (?:on |at |scheduled for |set for )?[^.\n]{1,60}? (?:instead of|rather than)`,
    // "is now on Friday at 1pm (previously Thursday at 11am)": the new time, the old one in brackets.
    String.raw`(?:is|are|will be) now\b[^.\n]{1,80}?\((?:it )?(?:previously|originally|formerly|was|instead of)\b`,
    // "was originally Tuesday at 2 but is now Wednesday at 3"; "is on Tuesday at 2 (it was Monday before)".
    String.raw`(?:was|were) (?:originally|previously|initially|first) [^.\n]{1,60}? (?:but|and) (?:is|are|will be) now\b`,
    String.raw`(?:is|are|will be) (?:on |at )?[^.\n()]{1,60}?\(it was [^.\n()]{1,40}\)`,
    // "has been postponed to Monday, December 14": put off to a named day (not "until further notice").
    String.raw`postpon(?:ed|ing) (?:[\w-]+ ){0,4}(?:to|until) (?:\w+day\b|next\b|the \d|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\b)`,
    // "Your interview originally set for Tuesday at 3pm is now Thursday at 10:30": the old, then the new.
    String.raw`(?:originally|previously|initially) (?:set|scheduled|booked|planned|arranged) (?:for |on |at )?[^.\n]{1,60}? (?:is|are|will be) now\b`,
    String.raw`(?:need|have|had) to (?:move|reschedule|push|shift|bump|slide|swap)`,
    // "Your interview time has changed", "we've had to change the time".
    String.raw`(?:time|date|slot) (?:has|have) (?:been )?changed`,
    String.raw`(?:had|have|need) to change the (?:time|date|slot)`,
    String.raw`re-?scheduled (?:to|for)`,
    String.raw`(?:we've|we have|i've|i have) (?:moved|pushed|shifted|rescheduled|bumped|slid|swapped|shuffled|nudged|shunted)`,
    String.raw`(?:moved|pushed|shifted|slid|bumped) (?:your|the|our) (?:[\w-]+ ){0,2}(?:interview|call|meeting|chat|session|screen|panel)\b`,
    // "Moving your interview up a day", "we've bumped the call back a week".
    String.raw`(?:mov(?:e|ed|ing)|bump(?:ed|ing)?|push(?:ed|ing)?|shift(?:ed|ing)?) (?:[\w&.'’/-]+ ){0,8}(?:up|back|forward) (?:a|one|two|\d+) (?:days?|weeks?)\b`,
    String.raw`(?:is|has) (?:now )?moved`,
    String.raw`change of plans`,
    // An ATS card's "WAS <old time>" line over a "NOW <new time>" line.
    // (It opens with its word, the line's start checked behind it, so that it is tried only at a "w".)
    String.raw`was(?<=(?<![^\n])[ \t|]*was)(?:\s*[:|]|[ \t]{2,}|\t)[^\n]{0,40}\d[^\n]{0,40}\n[ \t|]*now(?=\s*[:|]|[ \t]{2,}|\t)`,
    // "Instead of 10:30 it'll now be 11:15": the old time first, then the new.
    String.raw`instead of [^.\n]{1,60}? (?:it|this|that|we|you)(?:['’]ll| will|['’]s| is| are) now\b`,
    // "we're sliding your call 45 minutes later", "push the interview by a day": the same meeting, moved by a length of time.
    ...[
      'slid(?:e|ing)?',
      'mov(?:e|ed|ing)',
      'push(?:ed|ing)?',
      'shift(?:ed|ing)?',
      'bump(?:ed|ing)?',
    ].map(
      (verb) =>
        String.raw`${verb} (?:[\w&.'’/-]+ ){0,8}(?:(?:\d+|an?|half an?) (?:minutes?|mins?|hours?|hrs?) (?:later|earlier)|by (?:\d+|an?|one|two|half an?) (?:minutes?|mins?|hours?|hrs?|days?|weeks?)\b)`,
    ),
    String.raw`has a new time`,
    String.raw`new time\s*:`,
    String.raw`updated invitation`,
    String.raw`invitation updated`,
    String.raw`pushed (?:\w+ )?(?:back|forward)`,
    String.raw`(?:brought|pulled|moved|bring|bringing|pull|pulling) (?:[\w&.'’/-]+ ){0,8}(?:forward|earlier)`,
    // "will now start 30 minutes later", "now begins an hour earlier": the same meeting, moved.
    String.raw`(?:will )?now (?:start|begin|run)s? (?:\w+ ){0,3}(?:later|earlier)`,
    String.raw`(?:start|begin)s? (?:\w+ ){1,3}(?:later|earlier) than (?:planned|scheduled|originally)`,
    // "Your call is now an hour later", "will now be 30 minutes earlier".
    String.raw`(?:is|are|will be) now (?:[\w-]+ ){1,3}(?:later|earlier)\b`,
    // A proposed move the newest reply accepts: "could we move your interview from A to B".
    String.raw`(?:mov(?:e|ing)|bump(?:ing)?|shift(?:ing)?|slid(?:e|ing)|swap(?:ping)?) (?:your|the|our) (?:[\w-]+ ){0,2}(?:interview|call|meeting|chat|session|screen|panel) from`,
    MOVED_MEETING_TO,
    // A move asked for with the new day: "could we move your interview to Tuesday 30 March?".
    String.raw`(?:could|can|may|shall) (?:we|i) (?:please )?(?:move|push|shift|bump) (?:your|the|our|this) (?:[\w-]+ ){0,2}(?:interview|call|meeting|chat|session|screen|panel) (?:to|until) (?:\w+day\b|next\b|the \d|\d)`,
    // A labelled new time ("New slot: …", "Revised date: …") and a move said as a new plan
    // ("we'd like to bring you in a few days later instead", "change of interview time").
    String.raw`(?:new|updated|revised|amended) (?:slot|date|day|date and time|date & time|time and date|interview time|time)\s*:`,
    String.raw`(?:bring|see|meet|move|push|shift|have) (?:you|it|this|things) (?:in )?(?:\w+ ){0,3}(?:later|earlier) instead`,
    String.raw`change (?:to|of|in) (?:your |the )?(?:interview |call |meeting )?(?:time|date|slot|schedule)`,
    String.raw`(?:interview|meeting|call) (?:time|date|schedule) change`,
    // The people have taken the move: "Jolene and Tobias have both accepted the change".
    String.raw`(?:accepted|approved|agreed to|ok(?:'?d|ayed)|signed off on) (?:the|this|that) (?:change|switch|swap|move|new (?:time|slot|date|day))\b`,
    // The new time asked about, the invitation already changed to it: "could we do 3pm instead of
    // 11am? I've already updated the invite".
    String.raw`instead of ${INVITE_CHANGED}`,
    String.raw`rather than ${INVITE_CHANGED}`,
    String.raw`(?:updated|changed|moved|amended|edited) (?:the|your|our|my) (?:calendar )?(?:invite|invitation|calendar (?:invite|invitation|hold|event))[^\n]{0,80}?(?:instead of|rather than)`,
  ],
  newTime: [
    String.raw`new (?:time|date|slot)`,
    String.raw`moved (?:it |your \w+ |the \w+ )?(?:to|until)`,
    String.raw`changed (?:it )?to`,
    String.raw`rescheduled (?:it )?(?:to|for)`,
    MOVED_MEETING_TO,
    String.raw`push(?:ed)? (?:it )?(?:back )?to`,
    String.raw`(?:brought|moved|pulled) (?:\w+ ){0,8}(?:forward|earlier) to`,
    String.raw`now (?:be )?(?:on|at|scheduled)`,
    String.raw`updated (?:time|date|slot)`,
    String.raw`lock in`,
    String.raw`(?:locked|locking) (?:it |that |this |the time )?in`,
    String.raw`let's (?:do|go with|book)`,
    // "rebooked for Monday", not "will be in touch to rebook for next week".
    String.raw`rebooked (?:you )?(?:for|to|on)`,
    // A cancellation that invites again: "we would like to invite you instead to …".
    String.raw`invite you (?:instead|again)`,
    String.raw`instead,? (?:to|on|at|for)\b`,
    String.raw`new invitation`,
  ],
  newTimeToFind: [
    String.raw`(?:find|look(?:ing)? for|arrange|set up|propose|suggest|work out|figure out|agree on|pick)\s+(?:a\s+|another\s+)?new\s+(?:time|date|slot)`,
    // A new time denied: "we won't be offering a new time", "we can't propose another date".
    String.raw`no\s+new\s+(?:time|date|slot)`,
    // "I'll be in touch about a new time": one still to be found.
    String.raw`(?:in touch|back to you|reach out|follow up|circle back)\s+(?:soon\s+|shortly\s+)?(?:about|regarding|with|on)\s+(?:a\s+|another\s+|some\s+)?new\s+(?:times?|dates?|slots?|options)`,
    String.raw`(?:\p{L}+n['’]t|not|no longer|unable to)\s+(?:be\s+)?(?:offer(?:ing)?|propos(?:e|ing)|suggest(?:ing)?|giv(?:e|ing)|set(?:ting)?)\s+(?:you\s+)?(?:a\s+|another\s+|any\s+)?new\s+(?:time|date|slot)`,
  ],
  newTimeAfter: ['instead'],
  oldTimeAfter: [
    "(?:no longer|doesn't|does not|won't|will not|can't|cannot) (?:\\p{L}+ )?(?:works?|suits?|be possible|happen|go ahead)",
    'is no longer (?:possible|an option|available)',
    'is (?:now )?off',
  ],
  moveVerbs: [
    'move',
    'moved',
    'moving',
    'push',
    'pushed',
    'pushing',
    'rescheduled',
    'rescheduling',
    'changed',
    'changing',
    'shift',
    'shifted',
    'shifting',
    'switched',
    'brought',
    'bring',
    'bringing',
    'bump',
    'bumped',
    'bumping',
    'slide',
    'slid',
    'sliding',
    'swap',
    'swapped',
    'swapping',
    'shuffled',
    'nudged',
    'shunted',
    'postponed',
    // Indian English: moved earlier.
    'preponed',
    'prepone',
  ],
  oldTime: [
    'was',
    'were',
    'had been',
    'originally',
    'previously',
    'initially',
    'used to be',
    String.raw`old (?:time|date|slot)`,
    String.raw`previous (?:time|date|slot)`,
    String.raw`original (?:time|date|slot)`,
    'instead of',
    'rather than',
    'in place of',
    String.raw`doesn't work`,
    'declined',
  ],
  notInterview: {
    notTheSeekers: [
      // The seeker's own note of someone else's interview: "Sam's interview, not mine".
      String.raw`interview,? not mine\b`,
      String.raw`(?:isn't|is not|not) my (?:own )?interview\b`,
      // A meeting that says it is no step of hiring: an information event, however booked.
      String.raw`(?:is not|isn't|is in no way|does not form|doesn't form|does not count as|doesn't count as|(?:it|this|that)'s not) (?:a )?part of (?:the|our|your|any) (?:formal )?(?:selection|assessment|interview|recruitment|recruiting|hiring|application) process`,
      String.raw`(?:informational|information event|information session|info session) only`,
      // "This is a social evening - there are no interviews on the night".
      String.raw`there (?:are|will be) no interviews\b|there (?:won't|will not) be (?:any )?interviews\b|(?:this|it)(?: is (?:not|no)| isn't|'s not) (?:an )?interview\b`,
      String.raw`you(?:'ve| have) been (?:added|assigned|scheduled) (?:to|onto) (?:the |an |this )?(?:interview )?(?:panel|loop)`,
      String.raw`(?:interview|your|the) scorecards?`,
      'interview kit',
      String.raw`help(?:ing)? us hire`,
      String.raw`(?:don't|do not) share (?:the |any |our )?interview questions`,
      String.raw`you(?:'re| are) (?:scheduled to )?interview(?:ing)? (?:a |the |our |this )?candidate`,
      String.raw`interview(?:ing)? (?:a|our|the|this) (?:[\p{L}-]+ ){0,4}candidate\b`,
      'interviewer reminder',
      String.raw`(?:you|join me|sit in) as (?:a |the )?(?:second|another|shadow|backup|co-?)[- ]?interviewer`,
      String.raw`(?:sit in on|shadow) (?:an|a|the|this|my|our) interview`,
      String.raw`guest (?:lecture|lecturer|speaker)`,
      // The seeker's current job: leaving it, or staying.
      String.raw`(?:exit|stay|leaver's|leavers) interview`,
      String.raw`(?:your|the) offboarding`,
      String.raw`(?:annual|mid-year|year-end) (?:performance )?review`,
      String.raw`parent[- ]teacher (?:conference|meeting)`,
      String.raw`(?:podcast|radio|press|media|magazine|newspaper) interview`,
      String.raw`(?:my|our) co-?hosts?`,
      String.raw`episode \d+`,
      // A journalist's interview: "writing a feature on … and would love to interview you".
      String.raw`(?:writing|working on|putting together) (?:a|an) (?:feature|article|story|piece|profile|report)`,
      // The interview of someone the seeker referred, from a referral programme.
      String.raw`thank(?:s| you) for referring`,
      String.raw`(?:the )?(?:candidate|person|friend|colleague) you referred`,
      String.raw`referral (?:bonus|reward|programme|program|portal|policy)`,
      String.raw`(?:guest|come|coming|appear|appearing|be) on (?:the|our|my) (?:podcast|show|programme)`,
      // Choosing someone to share a home: "see if we'd get along as housemates".
      String.raw`(?:house|flat|room)[ -]?mates?`,
      String.raw`(?:house|flat)[ -]?share`,
      // A host or writer who wants to interview the seeker for what they publish.
      String.raw`interview you for (?:an? |our |the |my |this |next )?(?:upcoming |new |next |short |special )?(?:episode|podcast|article|feature|story|piece|profile|blog|newsletter|show|series|documentary|column|segment|issue)`,
      String.raw`(?:podcast|show|newsletter|blog|channel|column|radio show|youtube channel) (?:that )?(?:i|we) (?:co-?host|host|run|produce|present)`,
      String.raw`(?:episode|show|interview|piece|article) (?:goes|will go) (?:out|live)`,
    ],
    social: [
      String.raw`coffee catch[- ]?up`,
      String.raw`catch[- ]?up (?:over|for) (?:a )?(?:coffee|drinks?|lunch)`,
      'my treat',
      String.raw`(?:been|it's been) (?:way |far |much )?too long`,
      String.raw`(?:pass|send|forward) (?:along )?your (?:resume|cv|résumé) (?:along |on )?to (?:our|my|the)`,
      String.raw`(?:i can|i could|i'll|i will|happy to) refer you`,
      String.raw`(?:put|submit) (?:in )?a referral`,
      String.raw`(?:it's been|been) ages`,
      String.raw`put in a (?:good )?word`,
    ],
    rejection: [
      String.raw`(?:decided|decision) (?:not )?to (?:move|proceed|go) forward with other`,
      String.raw`not (?:to )?(?:be )?(?:moving|move|proceed(?:ing)?) forward with your`,
      String.raw`(?:will|won't|would) not be (?:moving|proceeding) forward`,
      String.raw`not be progressing`,
      // "the team has decided not to move forward", "we've opted not to proceed".
      String.raw`(?:decided|decision|chosen|chose|opted) not to (?:move|proceed|progress|continue)(?: (?:forward|further|ahead))?(?! with (?:the|your|our|this) (?:[\w-]+ )?(?:interview|call|meeting|chat|screen|panel))`,
      String.raw`(?:go|going|gone|went) (?:in|with) a different direction`,
      // Not "unfortunately we can't do Tuesday anymore" or "… we need to move it": the news is a move.
      String.raw`unfortunately,? (?:we|after careful)(?! (?:(?:really |just |now |simply )?(?:can't|cannot|can no longer|won't be able to|are unable to|aren't able to|need to|have to|had to|'ll (?:have|need) to|must|'ve had to|have had to) (?:do|make|keep|hold|meet|move|reschedule|cancel|postpone|push|shift|change|bring|call (?:it|this|that|our|the|your) (?:[\w-]+ )?off)))`,
      String.raw`other candidates whose`,
      String.raw`we (?:have )?decided to pursue`,
      String.raw`position has been filled`,
      String.raw`(?:won't|will not|wouldn't|would not|aren't|are not) be (?:moving|going|proceeding) (?:forward|ahead) with (?:your|you)`,
      String.raw`(?:offered|given) the (?:role|position|job) to (?:another|someone)`,
      String.raw`(?:went|gone|going) (?:ahead )?with (?:another|someone else|a different) (?:candidate|applicant|person)`,
      String.raw`keep your (?:cv|resume|résumé|details|profile) on file`,
      // The job went to someone else, or the seeker goes no further.
      String.raw`(?:go|going|gone|went|proceed(?:ing)?|move forward|moving forward) with (?:an? )?(?:internal|another|other|different|stronger) (?:candidate|applicant)s?`,
      String.raw`(?:chosen|chose|decided|opted) to (?:proceed|go|move)(?: ahead| forward)? with (?:an?|another|other) (?:[\w-]+ )?(?:candidate|applicant)`,
      String.raw`(?:role|position|vacancy|job|post|opening) (?:has|have) (?:now )?been filled`,
      String.raw`(?:have|has) not been (?:selected|shortlisted|chosen|successful)`,
      String.raw`(?:you were|application was|candidacy was) (?:not |un)successful`,
      String.raw`(?:not|won't|will not) be taking your (?:application|candidacy) (?:forward|further)`,
      String.raw`not to progress (?:with )?your (?:application|candidacy)`,
      String.raw`offer(?:ed)? (?:the|this) (?:[\w-]+ ){0,4}(?:role|position|job) to (?:another|someone|a different|an internal|an? (?:[\w-]+ )?(?:candidate|applicant))`,
      // "we won't be moving your application forward".
      String.raw`(?:won't|will not|aren't|are not|not) (?:be )?(?:moving|taking|progressing) your (?:application|candidacy) (?:forward|further)`,
    ],
    offer: [
      'offer letter',
      String.raw`pleased to offer you`,
      String.raw`(?:formal|written) offer`,
      String.raw`sign (?:and return )?(?:the|your) offer`,
      // A start date of its own; "a start date in March" in an invitation is no offer.
      String.raw`(?:proposed|agreed|confirmed|anticipated|target|your) start date`,
      // After a verbal offer, a call about pay: "talk through the numbers".
      String.raw`(?:congratulations|congrats) (?:again )?on (?:the|your) (?:verbal|offer)`,
      String.raw`verbal offer`,
      String.raw`(?:talk|go|walk) (?:you )?through (?:the )?numbers`,
      'start date:',
      String.raw`(?:accepted|accepting) (?:our|the|your) (?:job )?offer`,
      String.raw`(?:like|love|pleased|delighted|happy|excited) to extend (?:you )?an offer`,
      String.raw`(?:go|talk|walk) (?:you )?through (?:the|your) offer`,
      String.raw`welcome you to the team`,
      // "We're delighted to offer you the … role", "walk you through the package".
      String.raw`(?:delighted|thrilled|happy|excited|glad) to (?:offer you|make you an offer)`,
      String.raw`(?:like|love|pleased|delighted|happy|excited|thrilled|glad|want) to extend (?:you )?(?:a formal|a verbal|an official|the) offer`,
      String.raw`(?:walk|talk|take) (?:you )?through the (?:package|compensation|comp)\b`,
    ],
    assessment: [
      'take-home',
      'take home',
      String.raw`(?:coding|technical|online) (?:assessment|challenge|test)`,
      String.raw`assessment link`,
      String.raw`complete (?:the|this|your) (?:assessment|exercise|challenge|assignment)`,
    ],
    survey: [
      // "Our survey takes two minutes", "take the survey", "feedback survey"; not the job's own
      // field ("our field survey crews", "land survey").
      String.raw`(?:our|the|this|a|an|short|quick|brief|candidate|feedback|experience|satisfaction|anonymous)[ \t]+survey(?![\p{L}])`,
      String.raw`survey (?:link|below|above)`,
      String.raw`feedback (?:form|questionnaire)`,
      'how did we do',
      String.raw`(?:tell us about|rate|review) your (?:interview|candidate|recruitment) experience`,
    ],
    backgroundCheck: [
      'background check',
      'background screening',
      String.raw`authori[sz]ation form`,
      String.raw`consumer report`,
    ],
    event: [
      // Help for everyone doing a take-home, which says it is not assessed ("nobody is evaluated there").
      String.raw`(?:nobody|no one)(?:'s| is| will be) (?:evaluated|assessed|graded|scored)`,
      'webinar',
      String.raw`info(?:rmation)? session`,
      'open house',
      String.raw`open (?:day|evening|event)`,
      String.raw`careers? (?:fair|evening|event|night)`,
      String.raw`(?:insight|information) (?:day|evening)`,
      String.raw`meet the team (?:event|evening|session)`,
      String.raw`networking (?:event|session|evening)`,
      'career fair',
      String.raw`register(?:ed)? for (?:the|our|this) (?:event|session)`,
      String.raw`(?:cv|resume|résumé|career) clinic`,
      // A calendar notice's own mechanics ("modify your RSVP") are no event.
      String.raw`(?<!(?:modify|change|update|edit) your )rsvp`,
      'virtual event',
      String.raw`hiring (?:event|day|fair)`,
      String.raw`walk-?in (?:interviews?|hiring|event)`,
      String.raw`open interviews`,
      String.raw`job fair`,
      String.raw`you(?:'re| are| have been) registered for`,
      // Broadcasts: "LIVE Q&A", "Stream it here", "livestream".
      String.raw`live (?:q\s?&\s?a|stream|panel)`,
      String.raw`live-?stream`,
      // "Join us for an open Q&A about …"; an interview's own "the last 10 minutes are an open Q&A" is none.
      String.raw`(?:for|to|at) (?:an|our|the) open q\s?&\s?a|open q\s?&\s?a (?:session )?(?:about|on)\b`,
      String.raw`ask[- ]me[- ]anything`,
      String.raw`stream it (?:here|live|on)`,
      // A public panel: "our virtual panel … Register at the link", "hear from A and B".
      String.raw`(?:public|community|careers?) panel(?: discussion)?`,
      String.raw`panel discussion`,
      String.raw`register (?:at|via|using|through|on|with) (?:the|this|our) (?:link|page|form)`,
      String.raw`(?:register|sign up|save your (?:seat|spot)) (?:here|now|below|today)\b`,
      String.raw`talent community`,
    ],
    receipt: [
      String.raw`thank(?:s| you) for (?:applying|your application|your interest)`,
      String.raw`received your application`,
      String.raw`application (?:received|submitted)`,
    ],
    chooseSlot: [
      String.raw`(?:pick|choose|select|book|grab|find) (?:a|one|the|your|whichever|any|which) (?:\w+ )?(?:time|slot|option)`,
      String.raw`repl(?:y|ying) with (?:your|the) (?:pick|choice|preferred (?:time|slot))`,
      String.raw`i have (?:openings|availability|slots|some time)`,
      String.raw`(?:which|what) (?:of these )?(?:time|slot|times|slots)? ?(?:works|suits)`,
      String.raw`let me know (?:which|what) (?:time|slot|works)`,
      String.raw`(?:following|these) (?:times|slots)`,
      // A request for availability, not thanks for it ("thanks for sending over your availability").
      String.raw`(?:send|share|provide|give|tell) (?:me |us )?(?:over )?your availability`,
      String.raw`let (?:me|us) know your availability`,
      String.raw`what(?:'s| is) your availability`,
      // "Could you send me three or four times that work for you next week?"
      String.raw`(?:send|share|give|suggest|propose|offer|list) (?:me |us )?(?:(?:a few|some|a couple(?: of)?|several|\w+(?: or \w+)?) )?(?:times|slots|windows|dates|days) (?:that|which|when)\b`,
      String.raw`when (?:are|would|will) you (?:be )?(?:free|available)`,
      String.raw`what (?:times|days|dates)(?: and times)? (?:work|suit|would work|are good)`,
      // "Could you let me know if any of these work: …", "Would Tuesday at 10 work for you?"
      String.raw`(?:if|whether|do|does) (?:any|either|one) of (?:these|those|the following)(?: (?:times|slots|options|dates))? (?:work|works|suit|suits)`,
      String.raw`would (?:[\w:.-]+ ){1,6}?work for (?:you|your)`,
      // "Does Tuesday at 10am, Wednesday at 2pm or Thursday at 4pm work best for you?"
      // A clock time among the alternatives: "phone or video, whichever works for you" offers no slots.
      String.raw`(?:does|do|would|will|could|can) (?:[\w:./,-]+ ){0,10}?[\w:./,-]*\d[\w:./,-]* (?:[\w:./,-]+ ){0,8}?or (?:[\w:./,-]+ ){1,6}?(?:work|suit)s? (?:best )?for you`,
      String.raw`here(?:'s| is| are) my (?:availability|open slots|openings)`,
      String.raw`which (?:one|of them|of those)(?: of these)? (?:works|suits|would work|would suit)`,
    ],
    selfSchedule: [
      String.raw`(?:use|click|follow|visit|via|through|using) (?:the|this|my|our) (?:link|button|scheduling (?:link|page|tool))(?: below| above)?,? to (?:schedule|book|pick|choose|select|find|reserve|grab)\b(?! (?:a |an )?(?:new|different|another|other))`,
      String.raw`(?:pick|choose|select|book|grab|reserve) (?:a|your|the) (?:\w+ )?(?:time|slot|date|time slot) (?:that (?:works|suits) (?:for )?you )?(?:using|via|through|with|on|from) (?:the|this|my|our) (?:link|calendar|scheduling (?:link|page|tool))`,
      String.raw`self[- ]schedul\w*`,
      String.raw`schedule your (?:interview|call|session|time) (?:here|below|using|via|through|at|with the link)`,
      String.raw`once you (?:pick|choose|select|book|grab) (?:a|your) (?:time|slot)`,
      // A seat to sign up for ("Save my seat", "Register now"): a session for many, not a booking.
      String.raw`(?:save|reserve|claim) (?:my|your) (?:spot|seat|place)`,
      String.raw`register (?:here|now|today|below)`,
    ],
    outreach: [
      String.raw`would (?:\w+ )?(?:at \d+ )?work for (?:a )?(?:quick )?(?:\d+[- ]minute )?(?:call|chat)`,
      String.raw`came across your (?:profile|background|talk|work|post|article|portfolio|github|paper)`,
      // "Would you be open to a 20-minute intro call?"
      String.raw`open to (?:a |an )?(?:quick |short |brief )?(?:\d+[- ]?min(?:ute)?s? )?(?:intro(?:ductory)? |exploratory |informal )?(?:chat|call|conversation)`,
      // "I'm leading a confidential search for a Principal Engineer".
      String.raw`(?:leading|running|conducting|handling) a (?:confidential |retained |exclusive )?(?:executive )?search for\b`,
      String.raw`are you (?:free|available) (?:for|on|at|to|this|next|tomorrow)`,
      String.raw`(?:fancy|up for) (?:grabbing |getting |having )?(?:a )?(?:quick )?(?:coffee|chat|call|catch-up)`,
      // A time left to the seeker's wish ("I'm around Thursday at 11:30 if you want to hop on"),
      // and a first contact before any hiring process ("no formal process yet", "to see if
      // there's mutual interest").
      String.raw`if you(?:'d)? (?:want|like|fancy|feel like|(?:are|'re) up for) (?:to )?(?:hop|jump)(?:ping)? on\b`,
      String.raw`no (?:formal )?(?:hiring |interview )?process yet`,
      String.raw`(?:see|find out|gauge|explore) (?:if|whether) there(?:'s| is) (?:any )?mutual (?:interest|fit)`,
      // An agency's first contact: "I'm a recruiter at Northpass", "partnering exclusively with a
      // 200-person climate-tech company on a … hire".
      String.raw`(?:i'm|i am) (?:a|an) (?:[\w-]+ ){0,2}(?:recruiter|headhunter|search consultant) (?:at|with|for)\b`,
      String.raw`(?:partnering|partnered) (?:exclusively |directly |closely )?with (?:a|an) (?:[\w-]+ ){0,4}(?:company|startup|start-up|scale-?up|firm|business|client|organi[sz]ation)\b`,
    ],
    newsletter: [
      'unsubscribe',
      'newsletter',
      String.raw`view (?:it )?in (?:your )?browser`,
      'job alert',
      String.raw`jobs? (?:you may|for you)`,
      'recommended jobs',
    ],
    afterInterview: [
      String.raw`thank(?:s| you) (?:again )?for (?:taking the time to )?interview(?:ing)? with`,
      String.raw`thank(?:s| you) (?:again )?for (?:visiting|coming in|coming by|making the trip)`,
      String.raw`(?:gathering|collecting|reviewing) (?:the |your )?(?:interview )?feedback`,
      String.raw`(?:make|reach|have) a (?:final )?decision (?:by|within|early|next|in the next)`,
      String.raw`(?:be|get) in touch (?:either way|with (?:an update|next steps|feedback))`,
      // Checking references is a step after the interviews, with times of its own.
      String.raw`reference (?:check|call)s?`,
      String.raw`(?:call|contact|speak (?:to|with)|reach out to) your references?`,
      // Feedback on a decision made: "happy to walk you through our notes", "a feedback call".
      String.raw`(?:walk|talk|take) you through (?:our|the|my|some) (?:notes|feedback|decision|reasoning)`,
      String.raw`feedback (?:call|chat|session|conversation)`,
    ],
    autoReply: [
      String.raw`(?:automatic|auto)[- ]?reply`,
      String.raw`out of (?:the )?office(?: until| from|:)`,
      String.raw`(?:limited|no) access to (?:my )?e-?mail`,
    ],
    appointment: [
      String.raw`(?:mock|practice) interview`,
      // Training on interviewing at the seeker's own job.
      String.raw`interview(?:ing|er)? (?:skills|training|workshop|masterclass)`,
      String.raw`lunch (?:&|and) learn`,
      String.raw`interview (?:practice|coaching) (?:session|appointment)`,
      String.raw`interview prep(?:aration)? (?:workshop|session|webinar|class|clinic|bootcamp)`,
      String.raw`(?:pre-employment |pre-hire )?drug (?:test|screen|screening)`,
      String.raw`fingerprint(?:ing)? (?:appointment|session)`,
      String.raw`(?:pre-employment|pre-hire|occupational) (?:medical|physical|health (?:check|screening|assessment))`,
      String.raw`(?:new[- ]hire |employee )?(?:onboarding|orientation) (?:day|session|schedule)`,
      String.raw`new[- ]hire orientation`,
      String.raw`(?:your )?first day (?:of work|on the job)`,
      String.raw`your first (?:day|week)`,
      'welcome aboard',
      // Interviews outside hiring: a visa interview at a consulate, a parent-teacher evening.
      String.raw`(?:(?:non-?)?immigrant |student |work )?visa (?:interview|appointment)s?`,
      String.raw`(?:consular|embassy|consulate|immigration|citizenship|naturali[sz]ation) (?:interview|appointment)s?`,
      String.raw`parent[- ](?:teacher|tutor) (?:interview|conference|meeting|evening|night)s?`,
      String.raw`(?:student|school)[- ]led conferences?`,
      // Admission to a school or programme, or a scholarship: no employer hires.
      String.raw`(?:admissions?|enrol+ment|scholarship|bursary) interviews?`,
      // Paperwork after the offer: identity and right-to-work checks, signing, induction.
      String.raw`right[- ]to[- ]work (?:check|checks|verification|documents)`,
      String.raw`sign (?:your|the) (?:employment |job )?contract`,
      String.raw`induction (?:day|session|programme|program|starts|begins|will start)`,
      // An examination of the seeker's own degree: a viva, a thesis defence, its examiners.
      'viva voce',
      String.raw`viva (?:examination|exam)`,
      String.raw`(?:thesis|dissertation|doctoral|phd|ph\.d\.) (?:defen[cs]e|viva|examination|exam)`,
      'oral examination',
      String.raw`(?:external|internal) examiners?`,
      // A competition's round, even one whose winners are promised interviews.
      'leaderboard',
      String.raw`(?:top|best) \d+ (?:teams|finishers|entrants|scorers|participants)`,
      String.raw`(?:best|top|highest[- ]scoring) (?:finishers|entrants|scorers)`,
      String.raw`(?:will|would|could|may|might) be fast-?tracked (?:straight )?to interviews`,
      // A networking talk about a field, where nobody is hiring.
      String.raw`informational (?:interview|chat|call|conversation|meeting|coffee)s?`,
      String.raw`(?:don't|do not|doesn't|does not) have (?:any )?(?:openings|vacancies|open roles|roles open|positions open)`,
    ],
    declined: ['declined:'],
    notYetBooked: [
      String.raw`will (?:contact|reach out to|be in touch with|get in touch with) you to (?:schedule|arrange|set up|book)`,
      String.raw`(?:application )?status (?:of your application )?(?:has|was) (?:been )?(?:changed|updated)`,
      // The seeker's availability went to the team; the time is still to come.
      String.raw`will (?:come back to|get back to|circle back (?:to|with)|follow up with|revert to) you with (?:a |the |your )?(?:confirmed |final |firm )?(?:time|date|slot|schedule|interview time)`,
      String.raw`(?:passed|passing|shared|sharing|forwarded|sent) (?:on |along )?your availability`,
      // "If so, I'll send an invite": the time is still a question.
      String.raw`if (?:so|that works|it works|this works|that suits|it suits),? (?:i'll|i will|we'll|we will) (?:send|book|confirm|lock|set)`,
      // "I'll check those with the panel and get back to you with a confirmed time".
      String.raw`get back to you with (?:a |the )?(?:confirmed|final|firm) (?:time|date|slot)`,
      // A tentative hold: the time is kept free, the booking still to come ("please hold Thursday
      // 1-4pm for a possible onsite", "pending the panel's availability"). Not "we've pencilled you
      // in for Thursday at 2", which British and Irish recruiters write of a booked interview.
      String.raw`tentative(?:ly)? (?:hold(?:ing|s)?|held|block(?:ed|ing)?|reserv(?:ed|ing)|pencil(?:l?ed)?|book(?:ed|ing)|(?:scheduled|set|planned|penciled|pencilled) (?:you )?(?:for|on|at|in))`,
      String.raw`(?:hold|keep|block|save|reserve) (?:[\w:.()–-]+ ){1,6}?for (?:a |an )?(?:possible|potential|prospective|likely|tentative)`,
      String.raw`(?:hold|block|book|reserve|schedule|pencil|keep|put|set)\w* (?:[\w:.()–-]+ ){0,6}?tentatively`,
      // "… but it isn't confirmed yet", "nothing is final", "final times to follow".
      String.raw`(?:it|this|that|the (?:time|slot|date|schedule|timing|interview|onsite|on-site)) (?:isn't|is not|hasn't been|has not been) (?:yet )?(?:confirmed|final|finali[sz]ed|locked in|set in stone)`,
      String.raw`nothing(?:'s| is) (?:final|confirmed|set in stone|locked in)`,
      String.raw`(?:final|exact|firm|confirmed) (?:times?|timings?|schedule|slot|date) (?:to follow|tbc|tbd|to be confirmed)`,
      String.raw`(?:schedule|times?|timings?|agenda|itinerary|slot|date|details) (?:to follow|will follow) once (?:it(?:'s| is) |they(?:'re| are) )?(?:confirmed|finali[sz]ed|set|locked)`,
      String.raw`(?:i|we|they|she|he)(?:'ll| will) (?:send|share|circulate) (?:you )?(?:the |a )?(?:confirmed|exact|firm) (?:schedule|time|timing|times|slot|date)`,
      String.raw`(?:i|we|they|she|he)(?:'ll| will) confirm (?:the |your |a |an )?(?:final |exact |actual )?(?:schedule|time|timing|slot|date|day|agenda|itinerary)s? (?:by|once|when|after|early|later|next|shortly|soon|in|on|before|as soon)\b`,
      String.raw`pending (?:(?:the|their|her|his|your|our) )?(?:[\w'-]+ ){0,2}(?:availability|confirmation|approval|sign-?off)`,
    ],
  },
  confirmed: [
    // Not in a clause of what is still to come ("I'll send details once the panel is set").
    String.raw`(?:is|are|has been|have been) (?:now )?(?:confirmed|scheduled|booked|set)(?<!(?:once|when|until|till|after|if|as soon as) (?:[\w'-]+ ){0,3}(?:is|are|has been|have been) (?:now )?(?:confirmed|scheduled|booked|set))`,
    String.raw`you(?:'re| are) (?:confirmed|booked|all set)`,
    // Not the promise of one ("I'll confirm the schedule by Tuesday").
    String.raw`confirm(?:ing)? (?:your|the|our)(?<!(?:'ll|will|shall) confirm (?:your|the|our))`,
    String.raw`(?:we've|we have|i've|i have) (?:scheduled|booked|set up|updated the (?:invite|invitation|calendar))`,
    String.raw`(?:invite|invitation) (?:for|to) (?:your|an|the)`,
    String.raw`(?:like|love|pleased|happy) to invite you`,
    String.raw`look(?:ing)? forward to (?:speaking|meeting|talking|chatting|seeing)`,
    String.raw`see you (?:then|there|on)`,
    // "Thursday at 10:30 is locked in with Priyanka": booked, as "let's lock in" is.
    String.raw`lock(?:ed)? in`,
    String.raw`(?:we've|we have|i've|i have) (?:set aside|blocked)`,
    // Booked as a place in someone's calendar: "I've put it on her calendar for Thursday",
    // "you're now in Dev's diary for the 9th".
    String.raw`(?:we've|we have|i've|i have|i just|we just) (?:now )?(?:put|added|slotted|popped|got) (?:it|you|this|that|the (?:interview|call|meeting|chat|conversation|session)) (?:in|on|into|onto|to) (?:the|her|his|their|our|your|my|\p{L}+['’]s) (?:calendar|diary)s?`,
    String.raw`you(?:'re| are) (?:now |all )?(?:on|in) (?:the|her|his|their|our|my|\p{L}+['’]s) (?:calendar|diary)s?`,
    String.raw`will take place`,
    String.raw`will (?:call|phone|ring) you (?:on|at|this|next|tomorrow)`,
    'when:',
    // A booking tool's card: "Phone screen confirmed" as its heading, "Here's what you booked"
    // (its footer may offer an unsubscribe). Not a webinar's "Seat confirmed:".
    String.raw`(?:interview|screen|call|meeting|chat|booking) confirmed\b`,
    String.raw`what you(?:'ve| have)? booked`,
    // "Reply here if the time's bad", "let me know if that slot doesn't work": the writer has put
    // the time down and only an objection would move it.
    String.raw`if (?:the|that|this) (?:time|slot|date|timing)(?:'s| is)? (?:bad|no good|a problem|not good|inconvenient)`,
    String.raw`if (?:the|that|this) (?:time|slot|date|timing) (?:doesn't|does not|won't|will not|can't|cannot) (?:work|suit)`,
    // A day laid out for the seeker ("Below is the plan for your on-site", "here's your
    // itinerary"): the sessions are booked, whatever thanks or lunch surround them.
    String.raw`(?:here is|here's|below is|below you'll find|below you will find|please find below|attached is|find below) (?:the|your) (?:(?:full|final|detailed|confirmed|on-?site|interview|visit|day's) )?(?:schedule|itinerary|agenda|plan|running order|timetable|line-?up)`,
  ],
  interviewerLead: [
    String.raw`interviewers?`,
    String.raw`panel(?:ists| members)?`,
    'who',
    'host',
    'hosted by',
    // "The interview will be conducted by A".
    String.raw`(?:conducted|led|run|held|chaired|interviewed|assessed|moderated|facilitated|carried out|evaluated) by`,
    String.raw`you(?:'ll| will) (?:still |also |now |then |first )?(?:be )?(?:meet(?:ing)?|speak(?:ing)?|talk(?:ing)?|chat(?:ting)?)(?: with| to)?`,
    // A proposal the seeker then accepts: "could you do Tuesday? You'd be meeting A".
    String.raw`you(?:'d| would) (?:also |then |first )?(?:be )?(?:meet(?:ing)?|speak(?:ing)?|talk(?:ing)?|chat(?:ting)?)(?: with| to)?`,
    // Written to an agency about its candidate: "He'll meet A and B".
    String.raw`(?:he|she|they)(?:'ll| will) (?:be )?(?:meet(?:ing)?|speak(?:ing)?|talk(?:ing)?|chat(?:ting)?)(?: with| to)?`,
    String.raw`(?:meet|meeting|speak|speaking|talk|talking|chat|chatting|interview|interviews|interviewing|call|conversation|session|review|round|sync|coffee|loop|onsite|on-site) with`,
    String.raw`will (?:meet|speak|talk) with`,
    String.raw`the panel (?:will be|is|includes)`,
    // "On the call will be A, together with B".
    String.raw`(?:on|joining) (?:the|this|your) (?:call|line|panel|interview|video call|zoom|teams call) (?:will be|are|is|from our side)`,
    'joined by',
    'together with',
    String.raw`with me and`,
    String.raw`then(?: with)?`,
    String.raw`(?:[ap]\.?m\.?|ET|PT|CT|MT|GMT|UTC|time|confirmed|scheduled|booked|interview|call) with`,
    // Not a meeting named after them: "your hiring manager chat with him".
    String.raw`(?:our|your|the) (?:hiring manager|interviewer|panelists?|team lead|engineering manager|interviewing manager)(?! (?:chat|call|interview|conversation|round|screen|session|meeting|sync|review)\b),?`,
    'with',
    // "confirmed for tmrw 9:30am w/ Jake Moss": the short form.
    'w/',
    'guests',
    'attendees',
    'participants',
    // "It would be with Tomás Lindgren-Hale, about an hour": "it" is the meeting.
    String.raw`(?:it|this|that)(?:(?:['’]ll| will|['’]d| would) be|['’]s| is) with`,
    // "It'll be me and Mitch Evans": the people after "me and".
    String.raw`(?:it|that)(?:'ll| will) be me and`,
    // "It will be the two of us: me and our CMO, Dr. X".
    String.raw`(?:two|three|four) of us:? (?:me|myself) and`,
    // "You're meeting Ola Berg tomorrow", "you'll present to A and B", "you'll sit down with A".
    String.raw`you(?:'re| are) (?:also |now |then |first )?(?:meeting|speaking|talking|chatting|presenting to|sitting down with|pairing with)(?: with)?`,
    String.raw`you(?:'ll| will|'d| would) (?:also |then |first |now )?(?:be )?(?:present(?:ing)?|pitch(?:ing)?) (?:[\w'’-]+ ){0,3}?to`,
    String.raw`you(?:'ll| will|'d| would) (?:also |then |first |now )?(?:be )?(?:sit(?:ting)? down|pair(?:ing)?) with`,
    // A career-center notice's label for the employer's interviewer: "Representative: X (Title)".
    String.raw`(?:employer |company )?representatives?(?=[ \t]*:)`,
    // "Your conversation partners on the day will be A and B".
    String.raw`conversation partners?(?: (?:on the day|for (?:the|your) (?:day|interview|call|session|conversation)))?(?: will be| are| is|:)`,
    // "I'll bring along A, who'd be your closest collaborator": the writer brings a colleague.
    String.raw`(?:i|we)(?:'ll| will) (?:also )?(?:bring|be bringing)(?: along)?`,
    // "It'll be myself and A, our VP, on the call": the people after the writer.
    String.raw`(?:it|that)(?:'ll| will) be (?:myself|me) and`,
    // A panel in sequence: "First up is A …. B takes over at 10:20", "followed by B".
    String.raw`(?:first|next) up (?:is|will be|are)`,
    'followed by',
    // "Two people from engineering are on it: A (…), who …, and B".
    String.raw`(?:are|is|will be) on (?:it|this one|the call|the panel)[ \t]*:`,
    // "I'd like to get you in front of Keiko": the person the seeker is brought to.
    String.raw`(?:get|put|bring) you in front of`,
  ],
  interviewerVerb: [
    String.raw`will (?:also )?(?:be )?(?:interview(?:ing)?|join(?:ing)?|meet(?:ing)?|lead(?:ing)?|run(?:ning)?|host(?:ing)?|conduct(?:ing)?|call(?:ing)?) (?:with )?(?:you|me|us|the)`,
    String.raw`will (?:also )?join`,
    // "Lena will lead it": the interview just spoken of.
    String.raw`will (?:also )?(?:lead|run|host|conduct|chair) it\b`,
    // "with our COO, X, joining for the second half".
    String.raw`joining (?:for|us|in|from|halfway|partway|remotely|at the)\b`,
    // "I've asked A from our analytics team to join us".
    String.raw`(?:asked|invited|(?:i'll|i will|we'll|we will) (?:also )?(?:ask|invite)) [^.\n]{1,60}? to (?:join|sit in)`,
    // "B will take the interview instead".
    String.raw`(?:will|(?:she|he|they|who)'ll) (?:take|do|run|lead) (?:the|your|this) (?:(?:next|first|second|final|last|technical) )?(?:interview|call|conversation|session|round)`,
    String.raw`who will interview`,
    // "who'll be your interviewer", "she will be the interviewer".
    String.raw`(?:(?:who|he|she|they)'ll|will) be (?:your|the) (?:interviewers?|panel(?:ists)?)`,
    String.raw`would like to (?:meet|speak|talk|chat|interview)`,
    String.raw`(?:has|have) blocked`,
    String.raw`will (?:call|ring|phone) you`,
    String.raw`will (?:be )?(?:calling|ringing|phoning) you`,
    String.raw`will give you a (?:call|ring|buzz)`,
    // "Expect a call from Marcus at the number above".
    String.raw`expect a (?:phone )?(?:call|ring) from`,
    String.raw`will send you an invite`,
    String.raw`(?:conduct|run|lead|do)(?:s|ing)? (?:the|your) (?:interview|call|session|panel)`,
    String.raw`who(?:'ll| will) (?:be )?(?:interview(?:ing)?|meet(?:ing)?|speak(?:ing)? with) you`,
    String.raw`who(?:'ll| will) (?:run|lead|host|conduct) (?:the|your|this)`,
    // A cancellation names who was to interview: "X, our director, who was going to interview you".
    String.raw`who (?:was|were) (?:going|supposed|due|scheduled) to (?:interview|meet|speak with|talk with) you`,
    // "Johan, whom you would have met with Elin": the same, from the seeker's side.
    String.raw`who(?:m)? you (?:were|would have|'d have|was) (?:going to |due to |supposed to |scheduled to )?(?:meet|met|speak|spoken|talk|talked)\b`,
    // A relative clause after the person: "Wendell, who you'll be chatting with".
    String.raw`who(?:m)? you(?:'ll| will) (?:be )?(?:meet|speak|talk|chat|interview)\w*`,
    // What a person introduced earlier will do in the meeting: "Tomasz will start with…".
    String.raw`will (?:also )?(?:run|lead|host|do) (?:a|an|your)`,
    String.raw`will (?:start|begin|kick (?:things )?off|open) (?:with|by)`,
    String.raw`will (?:walk|take|talk) you through`,
    // "A will take the incident-response / debugging part; after him, B will go through a
    // capacity-planning scenario with you": each one's share of the interview.
    String.raw`will (?:take|do|run|lead|handle|cover) the [^.;!?\n]{1,50}? (?:part|portion|section|segment|half|exercise|scenario|case study|questions)\b`,
    String.raw`will (?:go|work) through (?:a|an|the|some) [^.;!?\n]{1,60}? with you\b`,
    String.raw`will (?:ask|quiz) you`,
    // "A (hiring manager) and B will cover telemetry pipelines": what they take the seeker through.
    String.raw`will (?:also )?(?:cover|dig into|go over|focus on|probe)\b`,
    String.raw`(?:will|(?:is|are) going to) (?:also )?(?:be )?sit(?:ting)? in`,
    // Joining a call by phone or on the fly: "Ngozi will dial in as well", "Omar will hop on".
    String.raw`will (?:also )?(?:dial|call|phone|hop|jump|listen) (?:in|on)\b`,
    String.raw`would (?:like|love) to (?:do|have|set up|schedule|hop on) an? (?:[\w-]+ ){0,2}(?:call|chat|conversation|interview)`,
    String.raw`would love to (?:meet|speak|talk|chat)`,
    String.raw`together with (?:my|our) (?:colleague|co-?interviewer|teammate|manager|lead)`,
    // "Ifeoma and I are looking forward to our chat": both take part.
    String.raw`and I (?:are|'re) (?:both |all )?(?:looking forward|excited|keen|eager|delighted|glad|happy) to\b`,
    // "Dominik is cc'd here — he's really looking forward to it": who looks forward to the
    // meeting takes part (the writer says "I": no name).
    String.raw`(?:(?:she|he|they)(?:'s|'re| is| are| was| were)|(?<![\p{L}])(?:is|are|was|were)) (?:really |very |so |all |both )?(?:looking forward|excited|keen|eager|delighted|thrilled) to (?:meeting|meet|speaking with|talking (?:with|to)|chatting with|it\b|the (?:chat|call|conversation|interview)|your (?:chat|call|conversation|interview))`,
    // "Wei Jie and Farhana will see you on Zoom", "Ola will greet you in reception".
    String.raw`will (?:see|welcome|greet|receive|collect) you`,
    String.raw`(?:takes|will take|is taking) over\b`,
    // The pronoun that carries it after the name: "A on cc: she's the person you'll be talking
    // with next", "he's who you'll meet".
    String.raw`(?:she|he|they)(?:'s|'re| is| are) (?:the (?:person|people|one|ones) |who )(?:you'll|you will|you're going to) (?:be )?(?:talk|speak|meet|chat|interview)\w*`,
    // … or after what the person does: "she manages X and is the person you'll be talking with".
    String.raw`(?:is|are|will be) (?:the (?:person|people|one|ones) |who )(?:you'll|you will|you're going to) (?:be )?(?:talk|speak|meet|chat|interview)\w*`,
    // "he manages X and will be the one interviewing you".
    String.raw`(?:will be|is|'s|are|'re) the (?:person|people|one|ones) (?:who(?:'ll| will) be )?(?:interview|meet|speak|talk|chatt?)ing(?: with| to)? you`,
    // The people on the call said to accept it: "Ola Berg has accepted: your interview is locked
    // in", "Ingrid and Samir both confirmed they can do the later slot".
    String.raw`(?:has|have|both|all|each|also) (?:accepted|confirmed)(?= ?:|[^.!?\n]{0,60}\b(?:interview|invite|invitation|slot|time|call|session)\b)`,
    String.raw`(?:confirmed|said|agreed) (?:that )?(?:they|she|he) (?:can|could|are able to|is able to) (?:do|make|join|take)`,
    // "A runs the first half, I'll take the second": a share of the interview.
    String.raw`(?:runs|leads|takes|handles|covers|does|will (?:run|lead|take|handle|cover|do)) (?:the )?(?:first|second|last|final|opening|closing|technical|morning|afternoon|other) (?:half|part|hour|session|portion|section|segment|round)`,
    // "For reference, A is our Head of Growth and the hiring manager": who the seeker talks to.
    String.raw`(?:is|'s) (?:our|the|your) (?:[\p{L}-]+ ){0,4}?(?:and (?:the|our|your) )?hiring manager(?![^.!?\n]*\b(?:won't|will not|isn't|is not|not be|can't|cannot|unable)\b)`,
    // A cancellation names who would have met the seeker: "A and B would have loved to meet you".
    String.raw`would (?:have )?(?:really |very much |so )?(?:liked|loved|been (?:glad|happy|delighted)) to (?:meet|speak with|talk with|talk to|chat with) you`,
  ],
  callsSeeker: [
    String.raw`will (?:call|ring|phone) you`,
    String.raw`will (?:be )?(?:calling|ringing|phoning) you`,
    String.raw`will give you a (?:call|ring|buzz)`,
    String.raw`expect a (?:phone )?(?:call|ring) from`,
  ],
  senderTakesPart: [
    String.raw`with me\b`,
    // The writer last in the list of people met: "you'll meet Sanne and me".
    String.raw`(?:meet|meeting|speak|speaking|talk|talking|chat|chatting|with|joined by|interviewed by) [^\n]{1,80}? and (?:me|myself)\b`,
    // … or first: "come in to meet the two of us: me, plus A", "meet with myself and A".
    String.raw`(?:meet|meeting|speak|speaking|talk|talking|chat|chatting|with|joined by|interviewed by)\b[^.!?\n]{0,40}?[ :,]\s*(?:me|myself),? (?:and|plus|&|along with|together with)\b`,
    String.raw`join (?:me|us)\b`,
    // "Joining me on the call will be our principal engineer, X": the writer hosts it.
    String.raw`joining me\b`,
    String.raw`(?:meet|speak|talk|chat)(?:ing)? (?:with|to) me\b`,
    String.raw`i(?:'ll| will) be (?:interviewing|speaking with you|talking with you|chatting with you|meeting with you|on the call)`,
    String.raw`i(?:'ll| will) (?:give you a )?(?:call|ring|phone) you`,
    String.raw`i(?:'ll| will) give you a (?:call|ring)`,
    // "I'll call your mobile (+971 …) at 2:30 pm": the writer holds the phone screen.
    String.raw`i(?:'ll| will) (?:call|ring|phone) (?:you on )?your (?:mobile|cell|cellphone|phone|number|landline)`,
    String.raw`it(?:'ll| will) (?:just |only )?be me`,
    String.raw`(?:it|that)(?:'ll| will| would|'d) be (?:just )?(?:myself|me),? (?:and|plus|along with|together with)`,
    String.raw`i(?:'ll| will) (?:run|lead|host|chair) (?:the|your|our) (?:conversation|interview|call|chat|session)`,
    // "I'll host this one", "I'll be leading it".
    String.raw`i(?:'ll| will) (?:be )?(?:run|lead|host|chair)(?:ing)? (?:this one|this|it)(?![ \t]+(?:by|past|over|through))\b`,
    String.raw`(?:the )?(?:two|three|four) of us\b`,
    String.raw`i(?:'ll| will) (?:run|do|take|lead|host) (?:it|this|the \w+) (?:myself|personally)`,
    String.raw`i (?:can|could|will|'ll) (?:do|run|take) (?:the|your|this) (?:\w+ )?(?:interview|call|screen)`,
    String.raw`i(?:'ll| will) be (?:running|leading|conducting|hosting|doing) (?:the|your|this|our)`,
    String.raw`(?:and I|I(?:'ll| will)) (?:will )?be (?:your|the) interviewers?`,
    String.raw`\w+\)?,? and I (?:had |have |will |are |'ll )?(?:scheduled|booked|interview|meet|speak|be|pair|run|host|lead|talk|chat)`,
    // "Marco and I will both be on" (not "will both be back").
    String.raw`\w+\)?,? and I(?: will|'ll) (?:both|also) (?:be (?:on|there|joining|interviewing|meeting|talking|speaking|chatting)|interview|meet|speak|talk|chat|pair|run|host|lead)\b`,
    // "Nurul and I will walk you through a case", "Noor Haddad (EM) and I will interview you":
    // the writer does it with them.
    String.raw`\w+\)? and I(?: will|'ll) (?:walk(?: you)? through|work through|run|host|lead|pair|talk|chat|meet|speak|ask you|cover|dig into|go over|go through|sit in|join|interview)\b`,
    // "she and I will do it together", "Omar and I are going to do this one together".
    String.raw`\w+\)? and I(?: will|'ll| are going to| are) [^.!?\n]{0,30}?\btogether\b`,
    // "Priscilla and I have to cancel": the sender was to take part.
    String.raw`\w+ and I (?:have to|had to|need to|must) (?:cancel|move|reschedule|push)`,
    // "the interview Omar and I had on the books with you": the writer's own meeting with the seeker.
    String.raw`\w+ and I (?:had|have|'d) (?:[\p{L}'’-]+ ){0,4}?with you\b`,
    String.raw`my (?:call|chat|conversation|interview) (?:on|at|tomorrow|next)`,
    String.raw`i look forward to (?:speaking|meeting|talking|chatting) with you`,
    String.raw`(?:i|we)(?:'ll| will) be joined by`,
    String.raw`i(?:'ll| will) (?:start|begin|kick (?:things )?off|open) (?:with|by)`,
    String.raw`(?:i've|i have) put us down for`,
    String.raw`\bi(?:'ve|'ll| will| have)? [^.!?\n]{0,80}\band will (?:call|ring|phone) you`,
    String.raw`(?:i'd|i would) (?:love|like) to (?:set up|have|do|schedule) an? (?:[\w-]+ ){0,2}(?:call|chat|screen|conversation)(?![^.!?\n]{0,40}\bwith (?!you\b))`,
    // "I'm the hiring manager for the Data Engineer opening": the writer will be on it.
    String.raw`i(?:'m| am) (?:the|your) (?:hiring manager|interviewer)`,
    String.raw`(?:i'd|i would) love to (?:meet|chat|talk|speak)`,
    // "Let's meet in person on Tuesday": the writer is one of the people met.
    String.raw`let's (?:meet|sit down)\b`,
    String.raw`i(?:'ll| will) (?:also )?(?:bring|be bringing)(?: along)?`,
    String.raw`i(?:'ll| will) (?:take|run|lead|handle|cover|do) (?:the )?(?:first|second|last|final|opening|closing|technical|other) (?:half|part|hour|session|portion|section|segment|round)`,
    // "I'll run the conversation, and our CTO will be on as well".
    String.raw`i(?:'ll| will) (?:run|lead|host|chair|do|take) (?:the|our|your|this) (?:conversation|interview|call|chat|session|screen|meeting)`,
    // "We'll mostly talk through an incident you've handled": the writer is in the "we".
    String.raw`we(?:'ll| will) (?:mostly |also |then |first |probably )?(?:talk|walk|go|dig|work) (?:through|into|over)`,
    // "My colleague A … will sit in too": beside the writer.
    String.raw`my (?:colleague|teammate|co-?founder|manager)\b[^.!?\n]{1,100}?\bwill (?:also )?(?:sit in|join|be on)\b[^.!?\n]{0,40}?\b(?:too|as well)`,
    String.raw`and I (?:are|'re) (?:both |all )?(?:looking forward|excited|keen|eager|delighted|glad|happy) to\b`,
    // A hiring manager writing directly: "I'd rather talk than trade emails", "My colleague X,
    // who owns our tooling, will sit in too" (too: beside the writer).
    String.raw`i(?:'d| would) rather (?:talk|chat|speak|meet)`,
    String.raw`(?:my|our) colleague,? [^.!?\n]{0,80}\bwill (?:also )?(?:sit in|join|be on|dial in|hop on)(?: the call| the interview)?,? (?:too|as well)\b`,
  ],
  takingPart: [
    String.raw`call|chat|conversation|session|panel|meet|meeting|talk|talking|speak|speaking|join|joining|sit in|sitting in|on the line|ring|phone|dial in|take over|takes over|first up|next up|on it`,
    // "X, who will be conducting it": the one who holds the meeting the sentence refers to.
    String.raw`conduct|conducting|host|hosting|run|running`,
    // A schedule in the present: "B takes the 10:45 slot", "C joins for the last half hour".
    String.raw`slot|joins`,
    // "Head of Platform A will be in the room with me": beside the writer, in the meeting.
    String.raw`in the room|alongside me`,
    // "It would be myself and A", "A and I will both be on": the writer and the people named
    // with them.
    String.raw`(?:me|myself),? (?:and|plus|along with|together with)|and (?:me|myself|I)`,
    // "It'll be a two-on-one with A and B".
    String.raw`(?:one|two|three|four|\d)[- ]on[- ](?:one|1)`,
  ],
  upcoming: [
    String.raw`will|going to|is on|are on|be on|would|joining|joins|takes|first up|next up|takes over`,
    String.raw`(?:i|you|he|she|it|we|they|that|who|there)'(?:ll|d)`,
  ],
  selfUpcoming: [
    String.raw`(?:i|we)(?:'ll| will| am going to| are going to)(?: (?:mostly|also|then|first|both|just|probably))? (?:talk|chat|speak|meet|walk|dig|discuss|go through|go over|cover|run|be (?:on|joining|there|interviewing|talking|chatting|speaking|meeting))`,
  ],
  onlyArranging: [
    // "If you have questions, A can help" (not "A will ask the harder questions": that is the interview).
    String.raw`(?<!\bask\b[^.!?\n]{0,30})questions`,
    String.raw`reach out|in touch|send|sends|contact|email|e-mail|follow up|invite from|help with|schedul\w*|coordinat\w*|logistics|on the (?:invite|invitation|thread)|keep (?:things |everything )?on track|keep track`,
    // "A is the hiring manager, but she won't be on the call": said of someone who stays away.
    String.raw`won't|will not|wont|not be|isn't|is not|can't|cannot|unable to`,
  ],
  memberOf: [String.raw`(?:from|on|in|of) (?:our|the|my)`],
  contactOnArrival: [
    String.raw`ask (?:for|at)|front (?:desk|gate)|reception|security desk|check in with|sign in with`,
    // "For directions, call Dana Kim on 555-0134": a number to ring on the way.
    String.raw`directions|parking|running late|get lost|(?:call|text|ring|phone) [^.!?\n]{1,40}? (?:on|at) \+?\(?\d{2,}`,
  ],
  contactsWriter: [
    'let',
    'give',
    'drop',
    'shoot',
    'send',
    'tell',
    'ask',
    'call',
    'ring',
    'phone',
    'text',
    'email',
    'e-mail',
    'ping',
    'contact',
    'reach',
    'message',
    'copy',
    'cc',
    'loop',
    'keep',
    'update',
    'inform',
  ],
  ourMeeting: [
    String.raw`our (?:call|chat|conversation|interview) (?:on|at|tomorrow|next)`,
    // "I'm taking our conversation off the calendar", "I have to push our chat",
    // "I have to pull the plug on our conversation", "calling off our chat": the writer's own.
    String.raw`(?:tak|pull|mov|push|cancel|call|reschedul|postpon|drop|bump|shift|scrap|scratch)\w*(?: [\p{L}'’]+){0,3}? our (?:call|chat|conversation|interview|meeting)\b`,
  ],
  senderArranges: [
    String.raw`i (?:won't|will not|can't|cannot|shan't) be (?:on|joining|in|at|attending)`,
    // "I'll walk you over to the first room, but I won't be part of the interviews".
    String.raw`i (?:won't|will not|shan't|am not going to) be (?:a )?part of (?:the |your )?(?:interviews?|panel|loop|conversations?|sessions?)`,
    String.raw`won't be on the call`,
    String.raw`not (?:be )?(?:on|joining) the call`,
    String.raw`(?:just|only) (?:handling|coordinating|arranging) the scheduling`,
    String.raw`pop in at the start`,
    String.raw`leave you with`,
  ],
  organizerMark: [String.raw`organi[sz]er`],
  arrangerTitles: [
    String.raw`recruit(?:er|ing|ment)`,
    'coordinator',
    String.raw`talent (?:partner|acquisition|lead|manager|team|advisor)`,
    'sourcer',
    String.raw`people (?:partner|team|ops)`,
    'hr',
    'human resources',
    'scheduler',
    'scheduling',
    String.raw`(?:department|office) administrator`,
    'assistant',
  ],
  companyTailWords: [
    'media',
    'labs',
    'systems',
    'grid',
    'power',
    'health',
    'healthcare',
    'capital',
    'software',
    'group',
    'partners',
    'technologies',
    'analytics',
    'studios',
    'studio',
    'energy',
    'foods',
    'logistics',
    'freight',
    'solutions',
    'consulting',
    'digital',
    'robotics',
    'networks',
    'games',
    'insurance',
    'financial',
    'ventures',
    'design',
    'motors',
    'biotech',
    'pharma',
    'therapeutics',
    'security',
    'cloud',
    'data',
    'finance',
    'bank',
    'markets',
    'mobility',
    'dynamics',
    'industries',
    'holdings',
    'interactive',
    'learning',
    'payments',
    'retail',
    'brands',
    'aerospace',
    'engineering',
    'legal',
    'realty',
    'homes',
    'hospitality',
    'travel',
    'apparel',
    'outdoors',
    'marine',
    'mining',
    'medical',
    'clinic',
    'textiles',
    'manufacturing',
    'construction',
    'pharmaceuticals',
    'telecom',
    'airlines',
    'hotels',
    'publishing',
    'brewing',
    'farms',
    'shipping',
    'chemicals',
    'electronics',
    'instruments',
    'materials',
  ],
  groupWords: ['Group'],
  departmentWords: [
    'department of',
    'division of',
    'office of',
    'school of',
    'faculty of',
    'department',
    'division',
    'business unit',
  ],
  rolePatterns: [
    String.raw`(?:for|in|about|of|as|to) (?:the|our|a|an|this|your) (TITLE) (?:role|position|opening|job|vacancy|opportunity|post|req)`,
    String.raw`(?:interview|interviewing|candidacy|application|screen|screening|call|chat|conversation) for (?:the |a |an )?(TITLE)`,
    String.raw`(?:the|our) (TITLE) (?:role|position|opening)`,
    // "the position of Senior Software Engineer - Payments", "the post of Finance Manager"
    String.raw`(?:the|a) (?:position|post|role|vacancy) of (TITLE)`,
  ],
  beforeDate: { words: ['before'], articles: ['the'] },
  noon: ['noon', 'midday'],
  meridiemAfter: { am: ['in the morning'], pm: ['in the afternoon', 'in the evening'] },
  partOfDay: { am: ['morning'], pm: ['afternoon', 'evening', 'night'] },
  durations: [
    [String.raw`(?:an|one) hour and a quarter`, 75],
    [String.raw`(?:an|one) hour and three[- ]quarters`, 105],
    [String.raw`(?:an|one) and a half hours`, 90],
    [String.raw`three[- ]quarters of an hour`, 45],
    [String.raw`(?:a )?quarter of an hour`, 15],
  ],
  // A task's window opening is a limit, not a meeting ("the challenge opens Thursday at 9am").
  deadline: [
    String.raw`(?:link|window|test|challenge|assessment|exercise|portal|task)(?: [\w-]+){0,6}? (?:opens|will open|unlocks|goes live|becomes available)`,
  ],
  dayEnd: [
    String.raw`(?:wrap|wrapping|wraps)(?: up)?`,
    String.raw`finish(?:es|ing)?`,
    String.raw`(?:be|are|is) (?:all )?(?:done|finished|over)`,
    // "Values chat with Ana, done by 1:45".
    String.raw`(?:all )?(?:done|finished)`,
    String.raw`(?:should|will|to) end`,
    String.raw`end(?:s|ing)?`,
  ],
  otherEnds: [
    'parking',
    'validation',
    'office',
    'building',
    'reception',
    'front desk',
    'cafeteria',
    'canteen',
    'shuttle',
    'registration',
    'offer',
    'window',
    'lobby',
    'garage',
  ],
  sameTime: [String.raw`(?:at )?(?:the )?same time(?: slot)?`],
  timeKept: [
    String.raw`same (?:day and )?time(?: \([^()\n]{1,30}\))?(?:,| and| &) same (?:link|place|room|location|address|day|date|zoom|teams|dial-in|number)`,
    String.raw`same (?:day|date)(?:,| and| &) same time`,
    String.raw`(?:time|date|day|date and time|time and date|timing) (?:stays|stay|remains|remain|is still|are still) (?:the same|unchanged|as (?:it was|planned|booked))`,
    String.raw`(?:time|date|date and time|time and date|timing) (?:does not|doesn['’]t|do not|don['’]t|has not|hasn['’]t|have not|haven['’]t|won['’]t|will not) change`,
  ],
  slotPicks: {
    ordinals: [
      ['first', '1st', 'earlier', 'former'],
      ['second', '2nd'],
      ['third', '3rd'],
      ['fourth', '4th'],
      ['fifth', '5th'],
    ],
    nouns: ['option', 'slot', 'choice', 'one', 'time slot'],
    last: ['last', 'final', 'latter', 'later'],
  },
  honorifics: ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Professor'],
  abbreviations: [
    'approx',
    'e. g',
    'i. e',
    'St',
    'Ave',
    'Blvd',
    'Rd',
    'Ste',
    'tel',
    'ext',
    'Dept',
    'Jr',
    'Sr',
    'vs',
    'hrs',
  ],
  absent: [
    // "'s" right after the name: the pattern starts at a word's start ("Dana's out sick").
    String.raw`(?:is|\p{L}+'s) (?:(?:now|still|currently|unexpectedly) )?(?:out sick|off sick|unwell|ill|sick|on (?:sick |parental |medical )?leave|out of (?:the )?office|out (?:that|this|on|next|all)|unavailable|no longer available|(?:now )?(?:travel(?:l)?ing|away|abroad|on holiday|on vacation) (?:that|this|next|later|on|all|until))`,
    // "Rosa has a conflict", "Dana has a board prep meeting that ran long": a clash of theirs
    // moves the interview (a meeting or a matter only with what it did).
    String.raw`(?:had|has) (?:a|an) (?:\w+ ){0,2}(?:(?:conflict|emergency|clash)(?![\p{L}])|(?:matter|issue|meeting) (?:come up|arise|that))`,
    // "Dominik has a leadership offsite that afternoon and asked if we could start earlier".
    String.raw`(?:had|has) (?:a|an) (?:[\w-]+ ){0,2}(?:off-?site|workshop|all-hands|commitment|appointment|flight|trip) (?:that|this|then|on|in the|so|and asked)\b`,
    String.raw`will be (?:out|away|off|on leave)\b`,
    // "A is double-booked at 10", "B has a clash then".
    String.raw`(?:is|was|got|am|\p{L}+'s) double[- ]?booked|(?:has|had|have) (?:a|another) clash`,
    String.raw`can no longer (?:make|do|join|attend|take)`,
    // "A has been pulled into an all-day workshop, so 10:00 no longer works for her".
    String.raw`(?:has|have|had|'s) been (?:pulled|called|dragged|roped) (?:in)?to\b`,
    String.raw`(?:no longer|doesn't|does not|won't|will not) works? for (?:her|him|them)\b`,
    String.raw`(?:has|had) (?:had )?to (?:drop (?:out|off)|pull out|step away|bow out)`,
    // "Nora has dropped off the panel", "can't make it anymore", "won't be able to join after all".
    String.raw`(?:has |had |'s )?(?:dropped|pulled|bowed) (?:out|off)\b`,
    String.raw`(?:can't|cannot|can not|won't be able to|will not be able to|is unable to) (?:make it|join|attend|be there)`,
    String.raw`is no longer (?:on|part of) (?:the|your) (?:panel|interview|loop|call)`,
  ],
  replacing: [
    'instead',
    String.raw`(?:in|take|takes|taking|sit in) (?:his|her|their) (?:place|seat|spot|stead)`,
    String.raw`will (?:now )?(?:take|cover|run|lead|do|step in|fill in)\b`,
    String.raw`replac(?:e|es|ed|ing)`,
    String.raw`step(?:s|ping)? in`,
    String.raw`(?:cover|covers|covering|fill|fills|filling|sub|subbing|standing) (?:in )?for`,
    String.raw`rather than|in place of|in lieu of`,
  ],
  replacedAfter: [String.raw`rather than|in place of|in lieu of|instead of`],
  pastMeeting: [
    String.raw`thanks? (?:you )?(?:again )?for (?:\w+ )?(?:chatting|speaking|talking|meeting|the (?:chat|call|conversation))`,
    String.raw`(?:great|good|nice|lovely|a pleasure) (?:chatting|speaking|talking|meeting)`,
    String.raw`enjoyed (?:our|the) (?:chat|call|conversation)`,
    String.raw`last week`,
    'yesterday',
    String.raw`earlier today`,
  ],
  messageBefore: [
    String.raw`(?:e-?mail|message|note|reply|letter|text|call)(?: of| from| you sent)?`,
  ],
  shiftWords: {
    earlier: ['earlier', 'sooner'],
    later: ['later'],
    earlierBy: [
      String.raw`(?:moved|bumped|pulled) up`,
      String.raw`(?:brought|pulled|moved) forward`,
    ],
    // A bare "back"/"up" only shifts in a sentence with a move verb: "pushed your 2pm back by an hour".
    laterBy: [String.raw`(?:pushed|moved|bumped|set) back`, 'back', 'delayed'],
  },
};
