import { ZonedTime } from '#core/zoned-time.js';

/** A test's instant: an ISO text kept in the offset it is written with, or a wall reading in `zone`. */
export function at(iso: string, zone = 'UTC'): ZonedTime {
  const time = ZonedTime.fromISO(iso, zone, { keepWrittenOffset: true });
  if (!time) throw new Error(`not an ISO 8601 time: ${iso}`);
  return time;
}
