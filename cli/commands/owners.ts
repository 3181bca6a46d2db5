// `followup owners add|list|set|remove|export|welcome`: the owners kept as data in the table of the
// local runtime (--data-dir) or of a deployed stack (--stack, with the user's AWS credentials).
// Every change goes through the Owner schema, so a bad value is refused naming the field
// (exit 2) and nothing is written; a target that cannot be opened is explained (exit 1).
import { DynamoOwnerAdministration } from '#adapters/dynamo/dynamo-owner-administration.js';
import { DynamoStore } from '#adapters/dynamo/dynamo-store.js';
import { newInboundSecret } from '#app/inbound-secret.js';
import { ownerPlans } from '#app/owner-plans.js';
import { planChanged } from '#app/owner-settings.js';
import { removeOwner } from '#app/remove-owner.js';
import { resignPendingDrafts } from '#app/resign-drafts.js';
import { Owner } from '#core/domain.js';
import { errorMessage } from '#core/error-message.js';
import { systemClock } from '#ports/clock.js';
import { openLocalTable } from '../owners/local-table.js';
import { type OpenTable, TargetError } from '../owners/owners-table.js';
import { awsFailureHint, openStackTable } from '../owners/stack-table.js';
import { WelcomeNotSent } from '../owners/stack-welcome.js';

export interface OwnersTarget {
  /** The local runtime's data dir (default `.followup`); ignored with `stack`. */
  dataDir?: string;
  /** A deployed stack's name: its table instead of the local one. */
  stack?: string;
  /** With `stack`: else AWS_REGION or the profile's region. */
  region?: string;
  /** With `stack`: a named profile of ~/.aws/config. */
  profile?: string;
}

export interface OwnerAddFlags extends OwnersTarget {
  name?: string;
  tz: string;
  sendingAddress: string;
  signature?: string;
}

export interface OwnerSetFlags extends OwnersTarget {
  name?: string;
  tz?: string;
  signature?: string;
  /** HH:MM-HH:MM */
  waking?: string;
  /** Comma-separated step kinds. */
  stepsOff?: string;
  decisionDays?: string;
  pause?: boolean;
  resume?: boolean;
  digest?: boolean;
  sendingAddress?: string;
  /** A new secret for the owner's own inbound address (the old one stops working). */
  rotateSecret?: boolean;
}

export interface OwnerListFlags extends OwnersTarget {
  json?: boolean;
}

export interface OwnerRemoveFlags extends OwnersTarget {
  /** Also delete their interviews, steps, tokens, sent-message records, counters and schedules. */
  deleteData?: boolean;
}
export type OwnerExportFlags = OwnersTarget;

export interface OwnersIo {
  out: (line: string) => void;
  err: (line: string) => void;
  open: (target: OwnersTarget) => Promise<OpenTable>;
}

const defaultIo: OwnersIo = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  open: openTarget,
};

export function openTarget(target: OwnersTarget): Promise<OpenTable> {
  if (target.stack) {
    return openStackTable({ stack: target.stack, region: target.region, profile: target.profile });
  }
  return openLocalTable(target.dataDir ?? '.followup');
}

/** The schema's complaints, one per field, as the user typed them. */
function invalid(io: OwnersIo, raw: unknown): Owner | null {
  const parsed = Owner.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    io.err(`invalid ${issue.path.join('.') || 'owner'}: ${issue.message}`);
  }
  return null;
}

async function withTable(
  io: OwnersIo,
  target: OwnersTarget,
  work: (table: OpenTable) => Promise<number>,
): Promise<number> {
  if (!target.stack && (target.region || target.profile)) {
    io.err('--region and --profile go with --stack <name> (a deployed stack)');
    return 2;
  }
  let table: OpenTable;
  try {
    table = await io.open(target);
  } catch (error) {
    io.err(error instanceof TargetError ? error.message : explain(error));
    return 1;
  }
  try {
    return await work(table);
  } catch (error) {
    io.err(explain(error));
    return 1;
  } finally {
    await table.close();
  }
}

function explain(error: unknown): string {
  return awsFailureHint(error) ?? errorMessage(error);
}

/** Sends the welcome; a welcome SES refused is said with what to do, and exits 1. */
async function sendWelcome(io: OwnersIo, table: OpenTable, owner: Owner): Promise<number> {
  try {
    io.out(await table.welcome(owner));
    return 0;
  } catch (error) {
    if (!(error instanceof WelcomeNotSent)) throw error;
    io.err(error.message);
    return 1;
  }
}
export async function runOwnersAdd(
  email: string,
  flags: OwnerAddFlags,
  io: OwnersIo = defaultIo,
): Promise<number> {
  const owner = invalid(io, {
    email,
    name: flags.name ?? null,
    signature: flags.signature,
    timezone: flags.tz,
    sendingAddress: flags.sendingAddress,
    inboundSecret: newInboundSecret(),
  });
  if (!owner) return 2;
  return withTable(io, flags, async (table) => {
    const owners = new DynamoOwnerAdministration(table.doc, table.tableName);
    if (!(await owners.addIfAbsent(owner))) {
      io.err(`${owner.email} is already an owner; change it with \`followup owners set\``);
      return 1;
    }
    io.out(`added ${owner.email} to ${table.where}`);
    return sendWelcome(io, table, owner);
  });
}

/** Sends an owner the welcome again (after verifying their address in the SES sandbox, say). */
export async function runOwnersWelcome(
  email: string,
  flags: OwnersTarget,
  io: OwnersIo = defaultIo,
): Promise<number> {
  return withTable(io, flags, async (table) => {
    const owner = await new DynamoOwnerAdministration(table.doc, table.tableName).get(email);
    if (!owner) {
      io.err(`${email} is not an owner in ${table.where}; add it with \`followup owners add\``);
      return 1;
    }
    return sendWelcome(io, table, owner);
  });
}

function wakingHours(value: string): { start: string; end: string } | string {
  const [start, end, ...rest] = value.split('-');
  return start !== undefined && end !== undefined && rest.length === 0 ? { start, end } : value;
}

/** Only the flags given change the owner; the rest stays as stored. */
function changed(before: Owner, flags: OwnerSetFlags): Record<string, unknown> {
  const next: Record<string, unknown> = { ...before };
  if (flags.name !== undefined) next.name = flags.name;
  if (flags.tz !== undefined) next.timezone = flags.tz;
  if (flags.signature !== undefined) next.signature = flags.signature;
  if (flags.waking !== undefined) next.wakingHours = wakingHours(flags.waking);
  if (flags.stepsOff !== undefined) {
    next.stepsOff = flags.stepsOff
      .split(',')
      .map((kind) => kind.trim())
      .filter(Boolean);
  }
  if (flags.decisionDays !== undefined) next.decisionDays = Number(flags.decisionDays);
  if (flags.pause) next.paused = true;
  if (flags.resume) next.paused = false;
  if (flags.digest !== undefined) next.weeklyDigest = flags.digest;
  if (flags.sendingAddress !== undefined) next.sendingAddress = flags.sendingAddress;
  if (flags.rotateSecret) next.inboundSecret = newInboundSecret();
  return next;
}

export async function runOwnersSet(
  email: string,
  flags: OwnerSetFlags,
  io: OwnersIo = defaultIo,
): Promise<number> {
  if (flags.pause && flags.resume) {
    io.err('--pause and --resume contradict each other; give one');
    return 2;
  }
  return withTable(io, flags, async ({ doc, tableName, where }) => {
    const owners = new DynamoOwnerAdministration(doc, tableName);
    const before = await owners.get(email);
    if (!before) {
      io.err(`${email} is not an owner; add it with \`followup owners add\``);
      return 1;
    }
    const owner = invalid(io, changed(before, flags));
    if (!owner) return 2;
    await owners.replace(owner);
    io.out(`updated ${owner.email} in ${where}`);
    const store = new DynamoStore(doc, tableName);
    if (before.name !== owner.name || before.signature !== owner.signature) {
      // Drafts waiting for review end with the new name or signature, as on the owner's page.
      const resigned = await resignPendingDrafts({ store, clock: systemClock }, before, owner);
      if (resigned > 0) io.out(`re-signed the drafts of ${resigned} step(s) waiting for review`);
    }
    if (planChanged(before, owner)) {
      // Moving schedules needs the step function's scheduler settings, which only the running
      // functions hold; the page's Save does it (app/owner-settings.ts). Say so instead of
      // letting reminders fire at times planned with the old settings without a word.
      const pending = (await ownerPlans({ store }, owner))
        .filter(({ interview }) => interview.status === 'active')
        .flatMap(({ steps }) => steps.filter((step) => step.status === 'scheduled')).length;
      if (pending > 0) {
        io.out(
          `${pending} planned step(s) keep the times planned with the old zone, hours or steps: to move them, save Settings on ${owner.email}'s page (\`followup owners welcome ${owner.email}\` sends a fresh link)`,
        );
      }
    }
    if (flags.rotateSecret) {
      io.out(
        `their secret inbound address is now <inbound local part>+${owner.inboundSecret}@<mail domain>`,
      );
    }
    return 0;
  });
}

export async function runOwnersList(flags: OwnerListFlags, io: OwnersIo = defaultIo) {
  return withTable(io, flags, async ({ doc, tableName }) => {
    const owners = (await new DynamoOwnerAdministration(doc, tableName).list()).sort((a, b) =>
      a.email.localeCompare(b.email),
    );
    if (flags.json) {
      io.out(JSON.stringify(owners));
      return 0;
    }
    if (owners.length === 0) {
      io.out('no owners yet: add one with `followup owners add`');
      return 0;
    }
    for (const owner of owners) {
      const state = owner.paused ? 'paused' : 'active';
      io.out(
        [owner.email, owner.name ?? '-', owner.timezone, owner.sendingAddress, state].join('\t'),
      );
    }
    return 0;
  });
}

export async function runOwnersRemove(
  email: string,
  flags: OwnerRemoveFlags,
  io: OwnersIo = defaultIo,
): Promise<number> {
  const deleteData = flags.deleteData === true;
  return withTable(io, flags, async ({ doc, tableName, scheduler, where }) => {
    const owners = new DynamoOwnerAdministration(doc, tableName);
    const store = new DynamoStore(doc, tableName);
    const result = await removeOwner({ owners, store, scheduler }, email, { deleteData });
    const address = email.trim().toLowerCase();
    if (!result.removed && !deleteData) {
      io.err(`${address} is not an owner in ${where}`);
      return 1;
    }
    io.out(
      result.removed
        ? `removed ${address} from ${where}`
        : `${address} was no longer an owner in ${where}`,
    );
    if (deleteData) {
      io.out(
        `deleted ${result.interviews} interview(s) and ${result.recordsDeleted} record(s) in all; cancelled ${result.schedulesCancelled} schedule(s)`,
      );
    } else {
      io.out('their interviews stay; `--delete-data` deletes them too');
    }
    return 0;
  });
}

export async function runOwnersExport(
  email: string,
  flags: OwnerExportFlags,
  io: OwnersIo = defaultIo,
): Promise<number> {
  return withTable(io, flags, async ({ doc, tableName }) => {
    const owner = await new DynamoOwnerAdministration(doc, tableName).get(email);
    if (!owner) {
      io.err(`${email} is not an owner`);
      return 1;
    }
    const store = new DynamoStore(doc, tableName);
    const interviews = await store.listInterviewsByOwner(owner.email);
    const steps = [];
    for (const interview of interviews) steps.push(...(await store.listSteps(interview.id)));
    io.out(JSON.stringify({ owner, interviews, steps }, null, 2));
    return 0;
  });
}

export type OwnersVerb = 'add' | 'list' | 'set' | 'remove' | 'export' | 'welcome';

/** One entry for the program: the verb, its owner address (none for list) and its flags. */
export function runOwners(
  verb: OwnersVerb,
  email: string | null,
  flags: OwnersTarget,
  io: OwnersIo = defaultIo,
): Promise<number> {
  const address = email ?? '';
  switch (verb) {
    case 'add':
      return runOwnersAdd(address, flags as OwnerAddFlags, io);
    case 'list':
      return runOwnersList(flags as OwnerListFlags, io);
    case 'set':
      return runOwnersSet(address, flags as OwnerSetFlags, io);
    case 'remove':
      return runOwnersRemove(address, flags, io);
    case 'export':
      return runOwnersExport(address, flags, io);
    case 'welcome':
      return runOwnersWelcome(address, flags, io);
  }
}
