import type { StepKind } from '#core/domain.js';

/** What a schedule delivers to the step function when it fires. */
export interface StepEvent {
  interviewId: string;
  step: StepKind;
}

/** What a schedule delivers when an owner's weekly digest is due. */
export interface DigestEvent {
  kind: 'digest';
  ownerEmail: string;
}

/** Everything a schedule can deliver: a step of a plan, or an owner's weekly digest. */
export type ScheduledEvent = StepEvent | DigestEvent;

export function isDigestEvent(event: ScheduledEvent): event is DigestEvent {
  return 'kind' in event && event.kind === 'digest';
}

export interface ScheduleRequest {
  /** Deterministic, at most 64 characters: creating it twice is harmless. */
  name: string;
  /** The instant it fires. */
  at: Date;
  /** The zone `at` is expressed in for the schedule expression (the owner's zone). */
  timezone: string;
  payload: ScheduledEvent;
}

export interface Scheduler {
  /** Creates the schedule, or moves it when it exists. */
  schedule(request: ScheduleRequest): Promise<void>;
  /** Deletes it; a schedule that no longer exists is fine. */
  cancel(name: string): Promise<void>;
}

/** Only the event's own fields travel with a schedule, whatever else the object carries. */
export function payloadOf(event: ScheduledEvent): ScheduledEvent {
  return isDigestEvent(event)
    ? { kind: 'digest', ownerEmail: event.ownerEmail }
    : { interviewId: event.interviewId, step: event.step };
}
