// The Scheduler port on EventBridge Scheduler: one one-time schedule per step, deleted by the
// service after it fires. Names are deterministic, so a retried create finds its own schedule.
import {
  ConflictException,
  CreateScheduleCommand,
  type CreateScheduleCommandInput,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  type SchedulerClient,
  UpdateScheduleCommand,
} from '@aws-sdk/client-scheduler';
import { ZonedTime } from '#core/zoned-time.js';
import { type Clock, systemClock } from '#ports/clock.js';
import { payloadOf, type ScheduleRequest, type Scheduler } from '#ports/scheduler.js';

export interface EventBridgeSchedulerOptions {
  groupName: string;
  /** The step Lambda function. */
  targetArn: string;
  /** The role EventBridge Scheduler assumes to invoke the target. */
  roleArn: string;
  /** SQS queue for events that exhausted their retries. */
  dlqArn: string;
  /** Retries of a failed invocation (the step Lambda throws to ask for one). */
  maximumRetryAttempts?: number;
  maximumEventAgeInSeconds?: number;
  clock?: Clock;
}

/** A schedule must lie in the future; anything due sooner goes out a minute from now. */
const MIN_LEAD_MS = 60_000;

function isNamed(error: unknown, name: string): boolean {
  return (error as { name?: string } | null)?.name === name;
}

/**
 * The `at(...)` expression and its zone. The service fires with minute precision, so the time
 * is rounded up to a whole minute (never early). A wall-clock time that occurs twice (the hour
 * repeated when clocks fall back) is expressed in UTC instead.
 */
export function atExpression(at: Date, timezone: string): { expression: string; timezone: string } {
  const minuteMs = 60_000;
  const rounded = new Date(Math.ceil(at.getTime() / minuteMs) * minuteMs);
  const text = ZonedTime.of(rounded, timezone).toWallISO();
  // The same wall-clock text half an hour or an hour away means the fall-back repeat.
  const ambiguous = [-3_600_000, -1_800_000, 1_800_000, 3_600_000].some(
    (shift) => ZonedTime.of(rounded.getTime() + shift, timezone).toWallISO() === text,
  );
  if (ambiguous) {
    return {
      expression: `at(${ZonedTime.of(rounded, 'UTC').toWallISO()})`,
      timezone: 'UTC',
    };
  }
  return { expression: `at(${text})`, timezone };
}

/**
 * Deletes one schedule of the group; one that already fired (and was deleted by the service)
 * or was cancelled before is fine. Also what `followup owners remove --delete-data` uses.
 */
export async function deleteSchedule(
  client: SchedulerClient,
  groupName: string,
  name: string,
): Promise<void> {
  try {
    await client.send(new DeleteScheduleCommand({ Name: name, GroupName: groupName }));
  } catch (error) {
    if (error instanceof ResourceNotFoundException || isNamed(error, 'ResourceNotFoundException'))
      return;
    throw error;
  }
}

export class EventBridgeScheduler implements Scheduler {
  private readonly clock: Clock;

  constructor(
    private readonly client: SchedulerClient,
    private readonly options: EventBridgeSchedulerOptions,
  ) {
    this.clock = options.clock ?? systemClock;
  }

  /** The full definition (UpdateSchedule replaces all of it, so both calls send the same). */
  input(request: ScheduleRequest): CreateScheduleCommandInput {
    const earliest = this.clock.now().getTime() + MIN_LEAD_MS;
    const at = new Date(Math.max(request.at.getTime(), earliest));
    const { expression, timezone } = atExpression(at, request.timezone);
    return {
      Name: request.name,
      GroupName: this.options.groupName,
      ScheduleExpression: expression,
      ScheduleExpressionTimezone: timezone,
      FlexibleTimeWindow: { Mode: 'OFF' },
      ActionAfterCompletion: 'DELETE',
      State: 'ENABLED',
      Target: {
        Arn: this.options.targetArn,
        RoleArn: this.options.roleArn,
        Input: JSON.stringify(payloadOf(request.payload)),
        RetryPolicy: {
          MaximumRetryAttempts: this.options.maximumRetryAttempts ?? 20,
          MaximumEventAgeInSeconds: this.options.maximumEventAgeInSeconds ?? 24 * 60 * 60,
        },
        DeadLetterConfig: { Arn: this.options.dlqArn },
      },
    };
  }

  async schedule(request: ScheduleRequest): Promise<void> {
    const input = this.input(request);
    try {
      await this.client.send(new CreateScheduleCommand(input));
    } catch (error) {
      // It exists: a retry of the same create, or a move (reschedule, snooze, queued send).
      if (!(error instanceof ConflictException) && !isNamed(error, 'ConflictException'))
        throw error;
      await this.client.send(new UpdateScheduleCommand(input));
    }
  }

  cancel(name: string): Promise<void> {
    return deleteSchedule(this.client, this.options.groupName, name);
  }
}
