import type { StepKind } from '#core/domain.js';

/** What a schedule delivers to the step function when it fires. */
export interface StepEvent {
  interviewId: string;
  step: StepKind;
}

export interface ScheduleRequest {
  /** Deterministic, at most 64 characters: creating it twice is harmless. */
  name: string;
  /** The instant it fires. */
  at: Date;
  /** The zone `at` is expressed in for the schedule expression (the owner's zone). */
  timezone: string;
  payload: StepEvent;
}

export interface Scheduler {
  /** Creates the schedule, or moves it when it exists. */
  schedule(request: ScheduleRequest): Promise<void>;
  /** Deletes it; a schedule that no longer exists is fine. */
  cancel(name: string): Promise<void>;
}
