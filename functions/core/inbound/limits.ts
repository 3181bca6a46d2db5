// The deployment's inbound limits (config.limits) as pure decisions.
import { DateTime } from 'luxon';
import type { Limits } from '../config.js';

export function isTooLarge(byteLength: number, limits: Pick<Limits, 'maxMessageBytes'>): boolean {
  return byteLength > limits.maxMessageBytes;
}

/**
 * The counter of new interviews an owner logged on one day of their own calendar (a day in
 * their zone, so the limit resets at their midnight), kept a little longer than that day.
 */
export function newInterviewCounter(ownerEmail: string, zone: string, now: Date) {
  const local = DateTime.fromJSDate(now, { zone });
  return {
    name: `new-interviews#${ownerEmail}#${local.toISODate()}`,
    expiresAt: local.endOf('day').plus({ days: 2 }).toUTC().toISO() ?? now.toISOString(),
  };
}

export function overDailyLimit(
  count: number,
  limits: Pick<Limits, 'maxNewInterviewsPerOwnerPerDay'>,
): boolean {
  return count > limits.maxNewInterviewsPerOwnerPerDay;
}
