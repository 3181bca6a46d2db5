// The deployment's inbound limits (config.limits) as pure decisions.
import type { Limits } from '../config.js';
import { ZonedTime } from '../zoned-time.js';

/**
 * Over the bytes or the lines a message may have to be decoded: the parsing budget. Counting
 * lines is a native byte scan (milliseconds for 10 MB) and stops once over the budget.
 */
export function isTooLarge(
  raw: Uint8Array,
  limits: Pick<Limits, 'maxMessageBytes' | 'maxMessageLines'>,
): boolean {
  if (raw.byteLength > limits.maxMessageBytes) return true;
  const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  let lines = 0;
  for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) {
    lines += 1;
    if (lines > limits.maxMessageLines) return true;
  }
  return false;
}

/**
 * The counter of new interviews an owner logged on one day of their own calendar (a day in
 * their zone, so the limit resets at their midnight), kept a little longer than that day.
 */
export function newInterviewCounter(ownerEmail: string, zone: string, now: Date) {
  const local = ZonedTime.of(now, zone);
  return {
    name: `new-interviews#${ownerEmail}#${local.toISODate()}`,
    expiresAt: local.endOfDay().plusDays(2).toISO(),
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
