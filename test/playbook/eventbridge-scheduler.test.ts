import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  SchedulerClient,
  UpdateScheduleCommand,
} from '@aws-sdk/client-scheduler';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { atExpression, EventBridgeScheduler } from '#adapters/scheduler/eventbridge-scheduler.js';
import { SCHEDULE_NAME_PATTERN, scheduleName } from '#core/schedule-name.js';
import { FakeClock } from './support.js';

const options = {
  groupName: 'followup-steps',
  targetArn: 'arn:aws:lambda:us-east-1:123456789012:function:followup-step',
  roleArn: 'arn:aws:iam::123456789012:role/followup-scheduler',
  dlqArn: 'arn:aws:sqs:us-east-1:123456789012:followup-step-dlq',
};

const scheduler = mockClient(SchedulerClient);

function adapter(now = '2027-03-01T12:00:00Z') {
  return new EventBridgeScheduler(new SchedulerClient({ region: 'us-east-1' }), {
    ...options,
    clock: new FakeClock(now),
  });
}

const expectedInput = {
  Name: 'fu-abc123-thank_you',
  GroupName: 'followup-steps',
  // 16:00 EST on 2027-03-09 = 21:00Z, expressed in the owner's zone.
  ScheduleExpression: 'at(2027-03-09T16:00:00)',
  ScheduleExpressionTimezone: 'America/New_York',
  FlexibleTimeWindow: { Mode: 'OFF' },
  ActionAfterCompletion: 'DELETE',
  State: 'ENABLED',
  Target: {
    Arn: options.targetArn,
    RoleArn: options.roleArn,
    Input: '{"interviewId":"abc123","step":"thank_you"}',
    RetryPolicy: { MaximumRetryAttempts: 20, MaximumEventAgeInSeconds: 86400 },
    DeadLetterConfig: { Arn: options.dlqArn },
  },
};

const request = {
  name: 'fu-abc123-thank_you',
  at: new Date('2027-03-09T21:00:00Z'),
  timezone: 'America/New_York',
  payload: { interviewId: 'abc123', step: 'thank_you' as const },
};

describe('EventBridgeScheduler', () => {
  beforeEach(() => scheduler.reset());

  it('creates one one-time schedule with the exact input', async () => {
    scheduler.on(CreateScheduleCommand).resolves({ ScheduleArn: 'arn:schedule' });
    await adapter().schedule(request);
    const calls = scheduler.commandCalls(CreateScheduleCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args[0].input).toEqual(expectedInput);
    expect(scheduler.commandCalls(UpdateScheduleCommand)).toHaveLength(0);
  });

  it('updates when the schedule exists (a retry, or a reschedule)', async () => {
    scheduler
      .on(CreateScheduleCommand)
      .rejects(new ConflictException({ message: 'exists', Message: 'exists', $metadata: {} }));
    scheduler.on(UpdateScheduleCommand).resolves({ ScheduleArn: 'arn:schedule' });
    await adapter().schedule({ ...request, at: new Date('2027-03-10T14:30:00Z') });
    const update = scheduler.commandCalls(UpdateScheduleCommand)[0]?.args[0].input;
    expect(update).toEqual({ ...expectedInput, ScheduleExpression: 'at(2027-03-10T09:30:00)' });
  });

  it('passes other errors on', async () => {
    scheduler.on(CreateScheduleCommand).rejects(new Error('throttled'));
    await expect(adapter().schedule(request)).rejects.toThrow('throttled');
  });

  it('cancels by name in the group and tolerates a schedule that is gone', async () => {
    scheduler
      .on(DeleteScheduleCommand)
      .rejects(new ResourceNotFoundException({ message: 'gone', Message: 'gone', $metadata: {} }));
    await adapter().cancel('fu-abc123-thank_you');
    expect(scheduler.commandCalls(DeleteScheduleCommand)[0]?.args[0].input).toEqual({
      Name: 'fu-abc123-thank_you',
      GroupName: 'followup-steps',
    });
    scheduler.on(DeleteScheduleCommand).rejects(new Error('access denied'));
    await expect(adapter().cancel('x')).rejects.toThrow('access denied');
  });

  it('moves a due-now step a minute ahead, since a schedule must lie in the future', async () => {
    scheduler.on(CreateScheduleCommand).resolves({});
    await adapter('2027-03-09T21:30:10Z').schedule(request);
    const input = scheduler.commandCalls(CreateScheduleCommand)[0]?.args[0].input;
    // 21:31:10Z rounded up to the minute = 16:32 EST.
    expect(input?.ScheduleExpression).toBe('at(2027-03-09T16:32:00)');
  });
});

describe('atExpression', () => {
  it('rounds up to the minute, never early', () => {
    expect(atExpression(new Date('2027-03-09T21:00:30Z'), 'America/New_York').expression).toBe(
      'at(2027-03-09T16:01:00)',
    );
  });

  it('expresses a wall-clock time that occurs twice in UTC (US fall back, Nov 7 2027)', () => {
    // 01:30 EDT = 05:30Z; 01:30 happens again at 06:30Z (EST).
    expect(atExpression(new Date('2027-11-07T05:30:00Z'), 'America/New_York')).toEqual({
      expression: 'at(2027-11-07T05:30:00)',
      timezone: 'UTC',
    });
    // 03:30 that night is unambiguous.
    expect(atExpression(new Date('2027-11-07T08:30:00Z'), 'America/New_York')).toEqual({
      expression: 'at(2027-11-07T03:30:00)',
      timezone: 'America/New_York',
    });
  });

  it('keeps the zone right after a spring-forward change', () => {
    // 03:00 CEST on 2027-03-28 = 01:00Z (02:00–03:00 does not exist that night).
    expect(atExpression(new Date('2027-03-28T01:00:00Z'), 'Europe/Berlin')).toEqual({
      expression: 'at(2027-03-28T03:00:00)',
      timezone: 'Europe/Berlin',
    });
  });
});

describe('scheduleName', () => {
  it('is deterministic, within 64 characters and the allowed alphabet', () => {
    expect(scheduleName('abc123', 'thank_you')).toBe('fu-abc123-thank_you');
    const long = scheduleName('x'.repeat(80), 'close_out');
    const odd = scheduleName('a/b+c=d', 'prep');
    for (const name of [long, odd]) {
      expect(name).toMatch(SCHEDULE_NAME_PATTERN);
      expect(name.length).toBeLessThanOrEqual(64);
    }
    expect(scheduleName('a/b+c=d', 'prep')).toBe(odd);
    expect(scheduleName('a/b+c=e', 'prep')).not.toBe(odd);
  });
});
