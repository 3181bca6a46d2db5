// The owner's private calendar feed: every interview they have not cancelled and each pending
// step, read fresh on every request, so a subscribed calendar follows the plan as steps move.

import type { Owner } from '#core/domain.js';
import { planCalendar, planEvents } from '#render/plan-calendar.js';
import { headline } from './compose.js';
import type { AppDeps } from './deps.js';
import { ownerPlans } from './owner-plans.js';

export async function ownerCalendar(
  deps: Pick<AppDeps, 'store' | 'clock' | 'config'>,
  owner: Owner,
): Promise<string> {
  const plans = await ownerPlans(deps, owner);
  const events = plans
    .filter(({ interview }) => interview.status !== 'cancelled')
    .flatMap(({ interview, steps }) =>
      planEvents(interview, interview.status === 'active' ? steps : [], headline(interview, owner)),
    );
  return planCalendar(events, deps.config.domain, deps.clock.now().toISOString());
}
