import type { Step, StepKind, StepStatus } from '#core/domain.js';
import type { CasResult } from './cas-result.js';

export interface Steps {
  /** Creates the step unless it exists (idempotent retries of logInterview). */
  putStepIfAbsent(step: Step): Promise<{ created: boolean; step: Step }>;
  getStep(interviewId: string, kind: StepKind): Promise<Step | null>;
  /** An interview's steps, by due time. */
  listSteps(interviewId: string): Promise<Step[]>;
  /**
   * Compare-and-set on status: moves the step to `to` (with `patch`) only if its status is in
   * `from` and, with `heldBy`, only while the step's `sendRun` is that run.
   */
  transitionStep(
    interviewId: string,
    kind: StepKind,
    from: readonly StepStatus[],
    to: StepStatus,
    patch?: Partial<Omit<Step, 'interviewId' | 'kind' | 'status'>>,
    heldBy?: string,
  ): Promise<CasResult<Step>>;
}
