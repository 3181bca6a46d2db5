// Where `followup owners` works: the table that holds the owners and the scheduler that holds
// their steps' schedules, on the local runtime or on a deployed stack.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Owner } from '#core/domain.js';
import type { Scheduler } from '#ports/scheduler.js';

export interface OpenTable {
  doc: DynamoDBDocumentClient;
  tableName: string;
  /** Cancels the schedules of an owner's steps (`remove --delete-data`). */
  scheduler: Pick<Scheduler, 'cancel'>;
  /**
   * Sends an owner the welcome email (what to forward where, the link to their page); answers
   * where it went, for the command's output.
   */
  welcome(owner: Owner): Promise<string>;
  /** Where the change happened, for the command's answer: "data dir .followup". */
  where: string;
  close(): Promise<void>;
}

/** A target that cannot be opened, with what to do about it; the command exits 1. */
export class TargetError extends Error {}
