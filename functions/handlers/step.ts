// Lambda entry for the schedules (EventBridge Scheduler, input {"interviewId","step"} for a
// plan's step or {"kind":"digest","ownerEmail"} for a weekly digest): decode, fire, report the
// outcome. A thrown error asks the scheduler to retry.
import type { AppDeps } from '#app/deps.js';
import { fireScheduled, ScheduledEventSchema, type ScheduledResult } from '#app/fire-scheduled.js';
// A static import: every first call builds the deps, so a lazy one only added chunks to read.
import { awsDeps } from './aws-deps.js';
import { beginInvocation, type LambdaContext } from './invocation.js';

/** The step function's answer: what firing came to, or that the event was not one. */
export type StepResult = ScheduledResult | { outcome: 'rejected:bad_event' };

export async function handleStepEvent(deps: AppDeps, event: unknown): Promise<StepResult> {
  const decoded = ScheduledEventSchema.safeParse(event);
  if (!decoded.success) {
    // Not retried: the same event would fail the same way.
    deps.log.error('step.bad_event', { error: decoded.error.message });
    return { outcome: 'rejected:bad_event' };
  }
  return fireScheduled(deps, decoded.data);
}

export async function handler(event: unknown, context?: LambdaContext): Promise<StepResult> {
  beginInvocation(context);
  return handleStepEvent(awsDeps(), event);
}
