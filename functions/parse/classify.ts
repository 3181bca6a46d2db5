// Scheduled, rescheduled, cancelled, or not an interview at all (an application receipt, a
// newsletter, a reply without a time).
import type { CalendarEvent } from './calendar.js';
import type { InterviewKind } from './types.js';

const CANCELLED =
  /\b(?:has|have|had) been (?:cancel+ed|called off|withdrawn)\b|\b(?:is|was) (?:now )?cancel+ed\b|\b(?:we|I)(?:'ve| have| had)? (?:need|have|had) to cancel\b|\bwe(?:'re| are) cancel+ing\b|\bcancel+ation (?:notice|of your)\b|^\s*(?:interview )?cancel+ed\b/im;
const CANCELLED_SUBJECT = /\b(?:cancel+ed|cancel+ation|called off)\b/i;
const RESCHEDULED =
  /\b(?:has|have|had) been (?:re-?scheduled|moved|changed|updated|pushed)\b|\bnew (?:time|date|slot)\s*[:-]|\b(?:we|I)(?:'ve| have| had)? (?:need|have|had) to (?:move|reschedule|push|shift)\b|\bre-?scheduled (?:to|for)\b|\bmoved (?:your|the) (?:interview|call|meeting|chat)\b|\bupdated invitation\b|\bthe (?:interview|call|meeting) (?:is|has) (?:now )?moved\b/i;
const RESCHEDULED_SUBJECT =
  /\bre-?schedul|\bupdated invitation\b|\binvitation updated\b|\bnew time\b|\btime change\b|\bmoved\b/i;
const NOT_INTERVIEW =
  /\b(?:thank(?:s| you) for (?:applying|your application|your interest)|received your application|application (?:received|submitted)|unsubscribe|newsletter|view (?:it )?in (?:your )?browser|webinar|job alert|jobs? (?:you may|for you)|recommended jobs)\b/i;
const INVITING =
  /\b(?:I(?:'ll| will) (?:give you a )?(?:call|ring)|(?:chat|talk|speak) with you|set up (?:a|an) (?:call|interview|time)|invite you|invitation to|would like to (?:invite|schedule|meet|speak)|confirm(?:ed|ing)? (?:your|the|our)|you(?:'re| are) confirmed|(?:is|has been|are) (?:scheduled|booked|confirmed)|scheduled for|looking forward to (?:speaking|meeting|talking)|you(?:'ll| will) (?:meet|speak|be meeting|be speaking))\b/i;
const INTERVIEW_WORDS =
  /\b(?:entretien|entrevista|gespräch|vorstellungsgespräch|colloquio|interview|screen(?:ing)?|call|chat|conversation|meet(?:ing)?|session|onsite|on-site|panel|round|assessment|invitation|pairing|portfolio review|discussion|coffee|catch up|talk|speak|technical|hiring manager)\b/i;

export interface ClassifyInput {
  subject: string;
  /** The newest text of the original plus the seeker's note. */
  text: string;
  calendar: CalendarEvent | null;
  hasTime: boolean;
}

export function classify(input: ClassifyInput): InterviewKind {
  const { calendar, subject, text } = input;
  if (calendar?.cancelled) return 'cancelled';
  if (!input.hasTime) return 'not_interview';
  if (!calendar && NOT_INTERVIEW.test(`${subject}\n${text}`) && !INVITING.test(text)) {
    return 'not_interview';
  }
  if (!calendar && !INTERVIEW_WORDS.test(`${subject}\n${text}`)) return 'not_interview';
  const quietText = text.replace(
    /\bif you (?:need|have|want|would like) to (?:cancel|reschedule|move)[^.\n]*/gi,
    '',
  );
  if (CANCELLED.test(quietText) || CANCELLED_SUBJECT.test(subject)) return 'cancelled';
  if (
    RESCHEDULED.test(quietText) ||
    RESCHEDULED_SUBJECT.test(subject) ||
    (calendar && calendar.sequence > 0 && calendar.method !== 'CANCEL')
  ) {
    return 'rescheduled';
  }
  return 'scheduled';
}
