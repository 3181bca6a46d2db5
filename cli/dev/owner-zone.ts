// The owners' zone in the local runtime, and where it came from. It decides when reminders land
// and what "15:00" means in a forward, so the banner says it, and says when it is likely wrong:
// containers and CI machines run in UTC, where a 15:00 EST interview's thank-you lands a day late.
import { DEFAULT_ZONE } from '#core/domain.js';
import { isValidZone } from '#core/zoned-time.js';

/** `flag`: --tz; `machine`: this machine's zone; `fallback`: the machine's zone is unknown. */
export type ZoneSource = 'flag' | 'machine' | 'fallback';

export interface OwnerZone {
  zone: string;
  /** Unknown when a caller (a test, the demo) chose the zone outright. */
  source?: ZoneSource;
}

export function machineZone(): string | undefined {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** --tz, else the machine's zone, else the default zone. */
export function ownerZone(
  flag: string | undefined,
  machine: string | null | undefined = machineZone(),
): OwnerZone {
  if (flag) return { zone: flag, source: 'flag' };
  if (machine && isValidZone(machine)) return { zone: machine, source: 'machine' };
  return { zone: DEFAULT_ZONE, source: 'fallback' };
}

/** Names of UTC itself; a machine set to one of these almost never means where its user is. */
const UTC_NAMES = /^(etc\/)?(utc|uct|gmt|gmt0|gmt[+-]0|universal|zulu|greenwich)$/i;

export function isUtcName(zone: string): boolean {
  return UTC_NAMES.test(zone);
}

/** The banner's words: the zone, where it came from, and how to change it. */
export function describeOwnerZone({ zone, source }: OwnerZone): string {
  switch (source) {
    case 'flag':
      return `${zone} (from --tz)`;
    case 'fallback':
      return `${zone} (this machine's zone is unknown, so the default; set yours with --tz Europe/London or any IANA zone)`;
    case undefined:
      return zone;
    case 'machine':
      return isUtcName(zone)
        ? `${zone} (this machine's zone) — probably not yours: reminders land and bare times in forwards are read in it.\n                 Restart with your zone, e.g. --tz ${DEFAULT_ZONE} or --tz Europe/Berlin`
        : `${zone} (this machine's zone; --tz sets another)`;
  }
}
