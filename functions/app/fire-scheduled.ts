// What a schedule delivers, validated where it enters (the step function in AWS, the scheduler
// loop locally), and the one service that handles it: a plan's step or an owner's digest.
import * as z from 'zod/mini';
import { EmailAddress } from '#core/domain.js';
import { isDigestEvent, type ScheduledEvent } from '#ports/scheduler.js';
import type { AppDeps } from './deps.js';
import { type FireResult, fireStep, StepEventSchema } from './fire-step.js';
import type { DigestOutcome } from './weekly-digest.js';

export const DigestEventSchema = z.strictObject({
  kind: z.literal('digest'),
  ownerEmail: EmailAddress,
});

export const ScheduledEventSchema = z.union([StepEventSchema, DigestEventSchema]);

/** What firing a schedule came to: a step's outcome or a digest's. */
export type ScheduledResult = FireResult | { outcome: DigestOutcome };

export async function fireScheduled(
  deps: AppDeps,
  event: ScheduledEvent,
): Promise<ScheduledResult> {
  if (!isDigestEvent(event)) return fireStep(deps, event);
  // Loaded with the first digest: most schedules a step function container fires are steps.
  const { sendWeeklyDigest } = await import('./weekly-digest.js');
  return sendWeeklyDigest(deps, event);
}
