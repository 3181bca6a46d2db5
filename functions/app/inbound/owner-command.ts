// An owner's one-word email command: status, help, pause or resume, answered by mail.
import type { Owner } from '#core/domain.js';
import type { OwnerCommand } from '#core/inbound/owner-command.js';
import { composeCommandReply, type InterviewPlan } from '../compose-command-reply.js';
import type { AppDeps } from '../deps.js';
import { scheduleStep } from '../log-interview.js';
import { handled, type InboundResult } from './inbound-result.js';
import { replyToOwner } from './reply-to-owner.js';

export async function handleOwnerCommand(
  deps: AppDeps,
  owner: Owner,
  command: OwnerCommand,
  answering: string | null,
): Promise<InboundResult> {
  let current = owner;
  if (command === 'pause' || command === 'resume') {
    current = { ...owner, paused: command === 'pause' };
    await deps.owners.update(current);
    if (command === 'resume') await releaseDueSteps(deps, current);
  }
  const plans = command === 'status' ? await plansOf(deps, current) : [];
  const email = composeCommandReply(deps, current, command, plans);
  await replyToOwner(deps, current, email, answering);
  return handled(`command_${command}`);
}

async function plansOf(deps: AppDeps, owner: Owner): Promise<InterviewPlan[]> {
  const interviews = await deps.store.listInterviewsByOwner(owner.email);
  return Promise.all(
    interviews.map(async (interview) => ({
      interview,
      steps: await deps.store.listSteps(interview.id),
    })),
  );
}

/**
 * While paused, a due step was deferred a day at a time; on resume those due now fire at once
 * instead of waiting for their next deferral.
 */
async function releaseDueSteps(deps: AppDeps, owner: Owner): Promise<void> {
  const now = deps.clock.now().getTime();
  for (const { interview, steps } of await plansOf(deps, owner)) {
    if (interview.status !== 'active') continue;
    for (const step of steps) {
      const waiting = ['scheduled', 'snoozed', 'approved'].includes(step.status);
      if (waiting && Date.parse(step.sendAt ?? step.dueAt) <= now) {
        await scheduleStep(deps, owner, step);
      }
    }
  }
}
