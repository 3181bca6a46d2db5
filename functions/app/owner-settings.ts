// The settings on the owner's page: name, signature, zone, waking hours, which steps run, the
// weekly digest. Checked with the Owner schema (each problem named by its field), then applied
// to what is still pending: the plans are re-planned with the new settings and their schedules
// moved, a step switched off is skipped and one switched back on comes back; drafts waiting for
// review take the new name or signature.
import { Owner, StepKind } from '#core/domain.js';
import type { AppDeps } from './deps.js';
import { ownerPlans } from './owner-plans.js';
import { replanPending } from './plan-changes.js';
import { resignPendingDrafts } from './resign-drafts.js';
import { syncDigestSchedule } from './weekly-digest.js';

export interface OwnerSettings {
  name: string;
  signature: string;
  timezone: string;
  wakingHours: { start: string; end: string };
  stepsOn: readonly StepKind[];
  weeklyDigest: boolean;
}

const FIELD: Record<string, string> = {
  name: 'Name',
  signature: 'Signature',
  timezone: 'Time zone',
  wakingHours: 'Waking hours',
  stepsOff: 'Steps',
  weeklyDigest: 'Weekly digest',
};

export type SettingsResult =
  | { ok: true; owner: Owner; moved: number }
  | { ok: false; errors: string[] };

/** What moves a plan: everything the planner reads from the owner. */
export function planChanged(before: Owner, after: Owner): boolean {
  const key = (o: Owner) =>
    JSON.stringify([o.timezone, o.wakingHours ?? null, [...(o.stepsOff ?? [])].sort()]);
  return key(before) !== key(after);
}

export async function updateOwnerSettings(
  deps: AppDeps,
  owner: Owner,
  settings: OwnerSettings,
): Promise<SettingsResult> {
  const candidate = {
    ...owner,
    name: settings.name.trim() || null,
    signature: settings.signature.trim() || undefined,
    timezone: settings.timezone.trim(),
    wakingHours: settings.wakingHours,
    stepsOff: StepKind.options.filter((kind) => !settings.stepsOn.includes(kind)),
    weeklyDigest: settings.weeklyDigest,
  };
  const parsed = Owner.safeParse(candidate);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => {
        const field = String(issue.path[0] ?? '');
        return `${FIELD[field] ?? field}: ${issue.message}`;
      }),
    };
  }
  const next = parsed.data;
  await deps.owners.update(next);
  let moved = 0;
  if (planChanged(owner, next)) {
    for (const { interview } of await ownerPlans(deps, next)) {
      if (interview.status !== 'active') continue;
      moved += (await replanPending(deps, interview, next)).length;
    }
  }
  if (owner.name !== next.name || owner.signature !== next.signature) {
    await resignPendingDrafts(deps, owner, next);
  }
  if (Boolean(owner.weeklyDigest) !== Boolean(next.weeklyDigest) || planChanged(owner, next)) {
    await syncDigestSchedule(deps, next);
  }
  deps.log.info('owner.settings_saved', { moved });
  return { ok: true, owner: next, moved };
}
