// "Realistically, expect an answer by": hiring takes longer than hiring managers say, so the
// stated timeline is multiplied (career advice: "if they say two weeks, mentally double it").
import type { Interview, Owner, Playbook } from './domain.js';
import { planDates } from './planner.js';

export interface AnswerTimeline {
  /** YYYY-MM-DD in the owner's zone: the date they gave, or the playbook's default. */
  decisionDate: string;
  /** True when the date came from the seeker (decisionBy), false for the default. */
  stated: boolean;
  /** Days from the interview day to the decision date. */
  statedDays: number;
  /** YYYY-MM-DD: the interview day plus the stated days times realisticTimelineFactor. */
  realisticDate: string;
}

export function answerTimeline(input: {
  interview: Interview;
  owner: Owner;
  playbook: Playbook;
}): AnswerTimeline {
  const { callDay, statedDecision, statedDays, realisticDay } = planDates(input);
  return {
    decisionDate: callDay.toISODate(),
    stated: statedDecision,
    statedDays,
    realisticDate: realisticDay.toISODate(),
  };
}
