// The Scheduler port for the local runtime and tests: schedules are items in the same DynamoDB
// table (keys.schedule, listed by due time on GSI1 under 'SCHEDULE'), fired by a loop on an
// injectable clock. Because they are persisted, a restart loses nothing and the first tick
// after downtime fires everything that came due meanwhile.
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { errorMessage } from '#core/error-message.js';
import type { Clock } from '#ports/clock.js';
import type { Logger } from '#ports/logger.js';
import {
  payloadOf,
  type ScheduledEvent,
  type ScheduleRequest,
  type Scheduler,
} from '#ports/scheduler.js';
import { isConditionFailure } from '../dynamo/condition-failure.js';
import { keys } from '../dynamo/keys.js';
import { queryAll } from '../dynamo/query-all.js';
import { TABLE } from '../dynamo/table.js';

/** After this many failed runs a schedule is parked under 'SCHEDULE_DEAD' (a local DLQ). */
export const MAX_ATTEMPTS = 8;
/** A failed run is retried after 30 s, 1 min, 2 min … (clock time), like the AWS retry policy. */
const FIRST_RETRY_MS = 30_000;
const DEAD_INDEX = 'SCHEDULE_DEAD';

export interface ScheduleItem {
  name: string;
  at: string;
  timezone: string;
  payload: ScheduledEvent;
  attempts: number;
}

export class LocalScheduler implements Scheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
    private readonly log?: Logger,
  ) {}

  async schedule(request: ScheduleRequest): Promise<void> {
    const at = request.at.toISOString();
    const item: ScheduleItem = {
      name: request.name,
      at,
      timezone: request.timezone,
      payload: payloadOf(request.payload),
      attempts: 0,
    };
    // Create or move: a put replaces the one item of this name.
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...keys.schedule(request.name),
          GSI1PK: keys.scheduleIndex,
          GSI1SK: `${at}#${request.name}`,
          ...item,
        },
      }),
    );
  }

  async cancel(name: string): Promise<void> {
    await this.doc.send(new DeleteCommand({ TableName: this.tableName, Key: keys.schedule(name) }));
  }

  /** Schedules due at or before `until` (default: the clock's now), earliest first. */
  due(until: Date = this.clock.now()): Promise<ScheduleItem[]> {
    // '~' sorts after '#<name>', so everything at `until` is included.
    return this.listUpTo(`${until.toISOString()}~`);
  }

  /** Every pending schedule (for the dev runtime's views and tests). */
  pending(): Promise<ScheduleItem[]> {
    return this.listUpTo('~');
  }

  private async listUpTo(sortKey: string): Promise<ScheduleItem[]> {
    const items = await queryAll(this.doc, {
      TableName: this.tableName,
      IndexName: TABLE.gsi1.name,
      KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK <= :until',
      ExpressionAttributeValues: { ':pk': keys.scheduleIndex, ':until': sortKey },
    });
    return items.map((raw) => {
      // Not validated: only schedule() above writes these items, in the runtime's own table.
      const { name, at, timezone, payload, attempts } = raw as unknown as ScheduleItem;
      return { name, at, timezone, payload, attempts: attempts ?? 0 };
    });
  }

  /**
   * Fires everything due at clock.now(), one at a time in due order. A schedule is removed after
   * it ran, unless it was moved meanwhile; a failed run stays for the next tick (at-least-once).
   */
  async fireDue(fire: (event: ScheduledEvent) => Promise<unknown>): Promise<ScheduledEvent[]> {
    const fired: ScheduledEvent[] = [];
    for (const item of await this.due()) {
      try {
        await fire(item.payload);
        fired.push(item.payload);
        await this.remove(item);
      } catch (error) {
        await this.recordFailure(item, error);
      }
    }
    return fired;
  }

  /** Runs fireDue now and then every `intervalMs` until stop(); runs never overlap. */
  start(fire: (event: ScheduledEvent) => Promise<unknown>, intervalMs = 1000): void {
    if (this.timer) return;
    const tick = () => {
      if (this.running) return;
      this.running = this.fireDue(fire)
        .catch((error) => this.log?.error('local_scheduler_tick_failed', { error: String(error) }))
        .finally(() => {
          this.running = null;
        });
    };
    this.timer = setInterval(tick, intervalMs);
    tick();
  }

  /** Stops the loop and waits for a run in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private async remove(item: ScheduleItem) {
    try {
      await this.doc.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: keys.schedule(item.name),
          // Moved while it ran (a reschedule, a queued send): keep the new one.
          ConditionExpression: '#at = :at',
          ExpressionAttributeNames: { '#at': 'at' },
          ExpressionAttributeValues: { ':at': item.at },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  private async recordFailure(item: ScheduleItem, error: unknown) {
    const attempts = item.attempts + 1;
    const dead = attempts >= MAX_ATTEMPTS;
    const retryAt = new Date(
      this.clock.now().getTime() + FIRST_RETRY_MS * 2 ** (attempts - 1),
    ).toISOString();
    this.log?.[dead ? 'error' : 'warn']('local_schedule_failed', {
      name: item.name,
      attempts,
      error: errorMessage(error),
    });
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.schedule(item.name),
          // The retry time only moves the index key; `at` stays the schedule's identity.
          UpdateExpression: dead
            ? 'SET attempts = :attempts, GSI1PK = :dead'
            : 'SET attempts = :attempts, GSI1SK = :retry',
          ConditionExpression: '#at = :at',
          ExpressionAttributeNames: { '#at': 'at' },
          ExpressionAttributeValues: {
            ':attempts': attempts,
            ':at': item.at,
            ...(dead ? { ':dead': DEAD_INDEX } : { ':retry': `${retryAt}#${item.name}` }),
          },
        }),
      );
    } catch (failure) {
      if (!isConditionFailure(failure)) throw failure;
    }
  }
}
