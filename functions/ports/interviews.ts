import type { Interview, InterviewStatus } from '#core/domain.js';
import type { CasResult } from './cas-result.js';

export interface Interviews {
  /** Creates the interview unless one with the same id exists; returns the stored one either way. */
  createInterview(interview: Interview): Promise<{ created: boolean; interview: Interview }>;
  getInterview(id: string): Promise<Interview | null>;
  /** One owner's interviews ordered by start instant. */
  listInterviewsByOwner(
    ownerEmail: string,
    range?: { from?: string; to?: string },
  ): Promise<Interview[]>;
  findInterviewByCalendarUid(ownerEmail: string, uid: string): Promise<Interview | null>;
  /** Overwrites fields of the interview when its status is one of `ifStatus`. */
  updateInterview(
    id: string,
    patch: Partial<Omit<Interview, 'id' | 'ownerEmail' | 'createdAt'>>,
    ifStatus: readonly InterviewStatus[],
  ): Promise<CasResult<Interview>>;
}
