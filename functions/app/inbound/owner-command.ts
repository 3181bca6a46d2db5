// An owner's one-word email command: status, help, pause or resume, answered by mail.
import type { Owner } from '#core/domain.js';
import type { OwnerCommand } from '#core/inbound/owner-command.js';
import { composeCommandReply } from '../compose-command-reply.js';
import type { AppDeps } from '../deps.js';
import { setPaused } from '../owner-pause.js';
import { ownerPlans } from '../owner-plans.js';
import type { InboundOutcome } from './inbound-outcome.js';
import { replyToOwner } from './reply-to-owner.js';

export async function handleOwnerCommand(
  deps: AppDeps,
  owner: Owner,
  command: OwnerCommand,
  answering: string | null,
): Promise<InboundOutcome> {
  let current = owner;
  if (command === 'pause' || command === 'resume') {
    current = await setPaused(deps, owner, command === 'pause');
  }
  const plans = command === 'status' ? await ownerPlans(deps, current) : [];
  const email = await composeCommandReply(deps, current, command, plans);
  await replyToOwner(deps, current, email, answering);
  return { outcome: 'command', command };
}
