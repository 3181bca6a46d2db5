// Phase six: how sure the parser is, and what exactly is a guess. A warning is written only for
// something that was guessed (the zone, the date's reference, the interviewers, the kind) or
// not read, so a reader can ask about it instead of taking it as said; a message that is not an
// interview carries no warning about the interview's details, since none are given. The
// confidence starts from where the time came from and drops for each guess.
import type { KindDecision } from './kind.js';
import type { TimeChoice } from './time-choice.js';

export interface ConfidenceInput {
  kind: KindDecision;
  time: Pick<TimeChoice, 'start' | 'sources' | 'warnings' | 'relative' | 'zoneStated'>;
  company: string | null;
  role: string | null;
  interviewers: number;
  /** Nobody was named as the interviewer; the sender was assumed to be. */
  interviewersGuessed: boolean;
  /** Warnings about the input itself (only part of it was read). */
  reading: string[];
}

export interface Confidence {
  /** 0 to 1, two decimals. */
  confidence: number;
  warnings: string[];
}

export function judgeConfidence(input: ConfidenceInput): Confidence {
  const { kind, time } = input;
  const warnings = [...input.reading];
  if (kind.kind === 'not_interview') return { confidence: time.start ? 0.2 : 0.8, warnings };

  warnings.push(...time.warnings);
  // A booked time with a role and people named to interview is an interview whatever words it
  // uses ("pairing session", "final loop"): the kind's weak signals are then not a guess.
  const kindGuessed =
    kind.guess && !(input.role !== null && input.interviewers > 0 && !input.interviewersGuessed);
  if (kindGuessed) warnings.push(`this may not be an interview (${kind.reason})`);
  if (input.interviewers === 0) warnings.push('no interviewer was named');
  else if (input.interviewersGuessed)
    warnings.push('nobody was named as the interviewer; the sender is assumed to be');

  let confidence = !time.zoneStated ? 0.7 : time.sources.start === 'calendar' ? 0.95 : 0.85;
  if (time.relative) confidence -= 0.05;
  if (!input.company) confidence -= 0.1;
  if (input.interviewers === 0) confidence -= 0.05;
  if (input.interviewersGuessed) confidence -= 0.1;
  if (kindGuessed) confidence -= 0.2;
  return { confidence: Math.max(0, Math.min(1, Number(confidence.toFixed(2)))), warnings };
}
