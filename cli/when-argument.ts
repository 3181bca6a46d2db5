// A time typed on the command line (--now): a date ("2027-03-01"), or a date and time with or
// without seconds ("2027-03-01T09:00", "2027-03-01 09:00"), with an offset ("Z", "+01:00") or
// without one. Without an offset it is a wall-clock time in `zone`; a date alone is the start of
// that day there.
import { ZonedTime } from '#core/zoned-time.js';

const SHAPE =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

export function readWhen(text: string, zone: string): ZonedTime | null {
  const value = text.trim();
  if (!SHAPE.test(value)) return null;
  return ZonedTime.fromISO(value.replace(' ', 'T').toUpperCase(), zone);
}
