// The interview time chooseTime picks from one plain text, as ISO instants in UTC (or null).
import type { ZonedTime } from '#core/zoned-time.js';
import { chooseTime } from '#parse/time-choice.js';

export function timeOfText(
  text: string,
  base: ZonedTime,
  zone = 'America/Chicago',
): { start: string | null; end: string | null } {
  const time = chooseTime({
    calendar: null,
    texts: [{ source: 'text', text, base }],
    body: text,
    base,
    baseIsForward: false,
    zone,
    companyAddresses: [],
  });
  const iso = (t: ZonedTime | null) => (t ? new Date(t.ts).toISOString() : null);
  return { start: iso(time.start), end: iso(time.end) };
}
