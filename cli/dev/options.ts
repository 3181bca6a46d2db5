// `followup dev` flags → runtime options, and the local AppConfig built from them.
import { AppConfig, describeIssues, type Limits } from '#core/config.js';
import type { Playbook } from '#core/domain.js';
import type { Logger } from '#ports/logger.js';
import { readWhen } from '../when-argument.js';
import { ownerZone, type ZoneSource } from './owner-zone.js';

/** Everything needed to start the local runtime; tests and the bench build these directly. */
export interface DevRuntimeOptions {
  dataDir: string;
  owners: { email: string; name: string | null }[];
  timezone: string;
  /** Where `timezone` came from, for the banner; unset when a caller chose it outright. */
  timezoneSource?: ZoneSource;
  inboundAddress: string;
  timeScale: number;
  /** Start the dev clock here (else where it was left, else real time). */
  now?: Date;
  smtpRelay?: string;
  host: string;
  /** 0 picks a free port. */
  smtpPort: number;
  httpPort: number;
  limits?: Partial<Limits>;
  playbook?: Partial<Playbook>;
  log?: Logger;
  /** Plain-words lines for the person at the terminal (what became of each message). */
  say?: (line: string) => void;
  /** How often (real ms) the scheduler loop looks for due steps. */
  schedulerIntervalMs?: number;
}

export const DEFAULT_OWNER = { email: 'you@example.com', name: null } as const;

/** This machine's zone, else the default: what the owners get without --tz. */
export function systemZone(): string {
  return ownerZone(undefined).zone;
}

/** An owner as written on the command line: "Sam Okafor <sam@x.example>" or "sam@x.example". */
export interface OwnerArgument {
  email: string;
  name: string | null;
}

export function ownerArgument(value: string): OwnerArgument {
  const named = /^\s*(.*?)\s*<([^<>]+)>\s*$/.exec(value);
  return named ? { email: named[2] ?? '', name: named[1] || null } : { email: value, name: null };
}

/**
 * `followup dev`'s options as the command line gives them: each value checked and the defaults
 * filled in by the parser (cli/program.ts declares them).
 */
export interface DevFlags {
  dataDir: string;
  owner: OwnerArgument[];
  ownerName?: string;
  tz?: string;
  inboundAddress: string;
  timeScale: number;
  /** A date or date-time, read in the owners' zone unless it carries an offset. */
  now?: string;
  smtpRelay?: string;
  smtpPort: number;
  httpPort: number;
  host: string;
}

export function devRuntimeOptions(flags: DevFlags): DevRuntimeOptions {
  const owners = flags.owner.length
    ? flags.owner.map((o, i) => ({
        email: o.email,
        // Never guessed from the address: drafts are signed with a name the seeker gave.
        name: o.name ?? (i === 0 ? flags.ownerName : undefined) ?? null,
      }))
    : [{ email: DEFAULT_OWNER.email, name: flags.ownerName ?? DEFAULT_OWNER.name }];
  const { zone: timezone, source: timezoneSource } = ownerZone(flags.tz);
  return {
    dataDir: flags.dataDir,
    owners,
    timezone,
    timezoneSource,
    inboundAddress: flags.inboundAddress,
    timeScale: flags.timeScale,
    now: flags.now ? readWhen(flags.now, timezone)?.toDate() : undefined,
    smtpRelay: flags.smtpRelay,
    host: flags.host,
    smtpPort: flags.smtpPort,
    httpPort: flags.httpPort,
  };
}

/**
 * Owners send drafts from `<local part>@localhost` (sam.okafor@gmail.com → sam.okafor@localhost);
 * a clash with the inbound address or another owner gets a numeric suffix.
 */
export function localSendingAddresses(ownerEmails: string[], inboundAddress: string): string[] {
  const taken = new Set([inboundAddress.toLowerCase()]);
  return ownerEmails.map((email) => {
    const local = (email.split('@')[0] ?? 'owner').toLowerCase();
    let candidate = `${local}@localhost`;
    for (let n = 2; taken.has(candidate); n++) candidate = `${local}-${n}@localhost`;
    taken.add(candidate);
    return candidate;
  });
}

export function localConfig(options: DevRuntimeOptions): AppConfig {
  const sending = localSendingAddresses(
    options.owners.map((o) => o.email),
    options.inboundAddress,
  );
  const parsed = AppConfig.safeParse({
    domain: 'localhost',
    inboundAddress: options.inboundAddress,
    owners: options.owners.map((o, i) => ({
      email: o.email,
      name: o.name,
      timezone: options.timezone,
      sendingAddress: sending[i],
    })),
    playbook: options.playbook ?? {},
    limits: options.limits ?? {},
  });
  if (!parsed.success) throw new Error(`invalid configuration:\n${describeIssues(parsed.error)}`);
  return parsed.data;
}
