// One owner's interviews, each with its steps: what the owner's page, the status command, the
// digest and the calendar feed all start from. Scoped by the owner's address, so nothing of
// another owner is ever read.
import type { Interview, Owner, Step } from '#core/domain.js';
import type { AppDeps } from './deps.js';

export interface InterviewPlan {
  interview: Interview;
  steps: Step[];
}

export async function ownerPlans(
  deps: Pick<AppDeps, 'store'>,
  owner: Pick<Owner, 'email'>,
): Promise<InterviewPlan[]> {
  const interviews = await deps.store.listInterviewsByOwner(owner.email);
  return Promise.all(
    interviews.map(async (interview) => ({
      interview,
      steps: await deps.store.listSteps(interview.id),
    })),
  );
}
