// `followup dev` flags → validated runtime options, and the local AppConfig built from them.
import { parseArgs } from 'node:util';
import { IANAZone } from 'luxon';
import * as z from 'zod';
import { AppConfig, describeIssues, type Limits } from '#core/config.js';
import { DEFAULT_ZONE, EmailAddress, IanaZone, IsoInstant, type Playbook } from '#core/domain.js';
import { errorMessage } from '#core/error-message.js';
import type { Logger } from '#ports/logger.js';

/** Everything needed to start the local runtime; tests and the bench build these directly. */
export interface DevRuntimeOptions {
  dataDir: string;
  owners: { email: string; name: string | null }[];
  timezone: string;
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

export function systemZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && IANAZone.isValidZone(zone) ? zone : DEFAULT_ZONE;
}

/** "Sam Okafor <sam@x.example>" or "sam@x.example". */
function parseOwner(value: string): { email: string; name: string | null } {
  const named = /^\s*(.*?)\s*<([^<>]+)>\s*$/.exec(value);
  return named ? { email: named[2] ?? '', name: named[1] || null } : { email: value, name: null };
}

const Port = z.coerce.number().int().min(0).max(65535);

const Flags = z.object({
  'data-dir': z.string().min(1).default('.followup'),
  owner: z.array(z.string()).default([]),
  'owner-name': z.string().trim().min(1).max(200).optional(),
  tz: IanaZone.optional(),
  'inbound-address': EmailAddress.default('interviews@localhost'),
  'time-scale': z.coerce.number().positive().max(1_000_000).default(1),
  now: IsoInstant.optional(),
  'smtp-relay': z
    .string()
    .regex(/^smtps?:\/\//, 'expected a URL like smtp://user:pass@host:587')
    .optional(),
  'smtp-port': Port.default(2525),
  'http-port': Port.default(8787),
  host: z.string().default('127.0.0.1'),
});

export type ParsedDevArgs = { ok: true; options: DevRuntimeOptions } | { ok: false; error: string };

export function parseDevArgs(args: string[]): ParsedDevArgs {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        'data-dir': { type: 'string' },
        owner: { type: 'string', multiple: true },
        'owner-name': { type: 'string' },
        tz: { type: 'string' },
        'inbound-address': { type: 'string' },
        'time-scale': { type: 'string' },
        now: { type: 'string' },
        'smtp-relay': { type: 'string' },
        'smtp-port': { type: 'string' },
        'http-port': { type: 'string' },
        host: { type: 'string' },
      },
    }));
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
  const parsed = Flags.safeParse(values);
  if (!parsed.success)
    return { ok: false, error: `invalid flags:\n${describeIssues(parsed.error)}` };
  const flags = parsed.data;
  const given = flags.owner.map(parseOwner);
  const owners = given.length
    ? given.map((o, i) => ({
        email: o.email,
        // Never guessed from the address: drafts are signed with a name the seeker gave.
        name: o.name ?? (i === 0 ? flags['owner-name'] : undefined) ?? null,
      }))
    : [{ email: DEFAULT_OWNER.email, name: flags['owner-name'] ?? DEFAULT_OWNER.name }];
  return {
    ok: true,
    options: {
      dataDir: flags['data-dir'],
      owners,
      timezone: flags.tz ?? systemZone(),
      inboundAddress: flags['inbound-address'],
      timeScale: flags['time-scale'],
      now: flags.now ? new Date(flags.now) : undefined,
      smtpRelay: flags['smtp-relay'],
      host: flags.host,
      smtpPort: flags['smtp-port'],
      httpPort: flags['http-port'],
    },
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
