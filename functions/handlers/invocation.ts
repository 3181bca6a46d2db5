// Which Lambda invocation is running: its request id, and whether it is the container's first
// (the cold start). Lambda runs one invocation at a time per container, so one current record is
// enough; every log line of the handlers carries it.
import type { LogContext } from '#ports/logger.js';

/** The part of Lambda's context object the handlers use. */
export interface LambdaContext {
  awsRequestId: string;
}

interface Invocation {
  requestId: string | null;
  coldStart: boolean;
}

let started = 0;
let current: Invocation = { requestId: null, coldStart: true };

/** Called first thing in each handler. */
export function beginInvocation(context: LambdaContext | undefined): void {
  started += 1;
  current = { requestId: context?.awsRequestId ?? null, coldStart: started === 1 };
}

export const invocationFields: LogContext = () => ({
  requestId: current.requestId,
  coldStart: current.coldStart,
});
