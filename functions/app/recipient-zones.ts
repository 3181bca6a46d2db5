// Whose business hours a send waits for. Its own module: the link pages show the queued time in
// these zones without loading the send itself.
import type { Draft, Interview } from '#core/domain.js';
import { selectedDrafts } from '#render/draft-text.js';

/** Zones of the people the drafts go to: each interviewer's own, else the interview's. */
export function recipientZones(interview: Interview, drafts: readonly Draft[]): string[] {
  const zones = selectedDrafts(drafts)
    .filter((draft) => draft.interviewerEmail)
    .map((draft) => {
      const person = interview.interviewers.find((p) => p.email === draft.interviewerEmail);
      return person?.timezone ?? interview.timezone;
    });
  return zones.length > 0 ? zones : [interview.timezone];
}
