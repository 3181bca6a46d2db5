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

/** The counter of emails inbound mail sent one owner in one (UTC) hour. */
export function ownerRepliesCounter(ownerEmail: string, now: Date) {
  const hour = now.toISOString().slice(0, 13);
  return {
    name: `owner-replies#${ownerEmail}#${hour}`,
    expiresAt: new Date(Date.parse(`${hour}:00:00Z`) + 2 * 60 * 60 * 1000).toISOString(),
  };
}

export function overHourlyReplyLimit(
  count: number,
  limits: Pick<Limits, 'maxRepliesPerOwnerPerHour'>,
): boolean {
  return count > limits.maxRepliesPerOwnerPerHour;
}

export function overDailyLimit(
  count: number,
  limits: Pick<Limits, 'maxNewInterviewsPerOwnerPerDay'>,
): boolean {
  return count > limits.maxNewInterviewsPerOwnerPerDay;
}
