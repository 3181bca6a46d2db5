import type { Interview, InterviewStatus, Step, StepKind, StepStatus } from '#core/domain.js';

/** Outcome of a conditional write: `won` is false when another writer got there first. */
export type CasResult<T> = { won: true; value: T } | { won: false; current: T | null };

export type LinkAction =
  | 'view'
  | 'approve'
  | 'skip'
  | 'heard_back'
  | 'snooze'
  | 'done'
  | 'cancel_plan'
  | 'fix_details'
  | 'add_notes'
  | 'looks_right'
  | 'manual_entry';

export interface LinkTokenRecord {
  /** SHA-256 (hex) of the token; the token itself is never stored. */
  hash: string;
  action: LinkAction;
  ownerEmail: string;
  interviewId: string | null;
  step: StepKind | null;
  /** Single-use tokens are consumed by the first successful state change. */
  singleUse: boolean;
  expiresAt: string;
  usedAt: string | null;
  createdAt: string;
}

export interface SentMessageRecord {
  /** The Message-ID header as recipients see it, without angle brackets. */
  messageId: string;
  interviewId: string;
  ownerEmail: string;
  step: StepKind;
  recipient: string;
  sentAt: string;
}

export interface InboundClaim {
  id: string;
  /** 'processing' while handled; 'done' once every effect happened. */
  state: 'processing' | 'done';
  outcome: string | null;
}

export interface Store {
  /** Creates the interview unless one with the same id exists; returns the stored one either way. */
  createInterview(interview: Interview): Promise<{ created: boolean; interview: Interview }>;
  getInterview(id: string): Promise<Interview | null>;
  /** One owner's interviews ordered by start instant (GSI). */
  listInterviewsByOwner(
    ownerEmail: string,
    range?: { from?: string; to?: string },
  ): Promise<Interview[]>;
  findInterviewByCalendarUid(ownerEmail: string, uid: string): Promise<Interview | null>;
  /** Overwrites fields of the interview when its status is one of `ifStatus`. */
  updateInterview(
    id: string,
    patch: Partial<Omit<Interview, 'id' | 'ownerEmail' | 'createdAt'>>,
    ifStatus: readonly InterviewStatus[],
  ): Promise<CasResult<Interview>>;

  /** Creates the step unless it exists (idempotent retries of logInterview). */
  putStepIfAbsent(step: Step): Promise<{ created: boolean; step: Step }>;
  getStep(interviewId: string, kind: StepKind): Promise<Step | null>;
  listSteps(interviewId: string): Promise<Step[]>;
  /** Compare-and-set on status: moves the step to `to` (with `patch`) only if its status is in `from`. */
  transitionStep(
    interviewId: string,
    kind: StepKind,
    from: readonly StepStatus[],
    to: StepStatus,
    patch?: Partial<Omit<Step, 'interviewId' | 'kind' | 'status'>>,
  ): Promise<CasResult<Step>>;

  putLinkToken(record: LinkTokenRecord): Promise<void>;
  getLinkToken(hash: string): Promise<LinkTokenRecord | null>;
  /** Marks a single-use token used; false if it was already used or has expired at `now`. */
  consumeLinkToken(hash: string, now: string): Promise<boolean>;
  /** Gives a consumed token back, only if it is still the use made at `usedAt`. */
  releaseLinkToken(hash: string, usedAt: string): Promise<void>;

  /**
   * Claims a meeting's identity key for an interview id (a conditional write); returns the id
   * that holds it: `interviewId` when this claim won, '' when it was released.
   */
  claimMeetingIdentity(key: string, interviewId: string): Promise<string>;
  /** Moves a meeting identity from holder `from` to `to`; false when it was not `from`'s. */
  replaceMeetingIdentity(key: string, from: string, to: string): Promise<boolean>;

  /** Claims an inbound message id; false when it was already claimed. `expiresAt` feeds the TTL. */
  claimInbound(id: string, expiresAt: string): Promise<boolean>;
  getInbound(id: string): Promise<InboundClaim | null>;
  completeInbound(id: string, outcome: string): Promise<void>;

  putSentMessage(record: SentMessageRecord): Promise<void>;
  getSentMessage(messageId: string): Promise<SentMessageRecord | null>;

  /** Atomically adds 1 to a named counter (e.g. new interviews per owner per day); returns the new value. */
  incrementCounter(name: string, expiresAt: string): Promise<number>;
}
