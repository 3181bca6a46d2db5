// Mints link tokens and the URLs that carry them.
import type { StepKind } from '#core/domain.js';
import type { LinkAction } from '#core/records.js';
import { newToken } from '#core/tokens.js';
import type { Clock } from '#ports/clock.js';
import type { LinkTokens } from '#ports/link-tokens.js';

/** Actions that only show something can be opened many times; the rest are single-use. */
const REUSABLE: readonly LinkAction[] = ['view', 'looks_right'];

const DAY_MS = 24 * 60 * 60 * 1000;

export interface LinkGrant {
  action: LinkAction;
  ownerEmail: string;
  interviewId: string | null;
  step: StepKind | null;
  /** Defaults to 30 days. */
  ttlDays?: number;
  /** An absolute expiry instead (a link that replaces another keeps the old one's end). */
  expiresAt?: string;
}

export async function issueLink(
  deps: { store: LinkTokens; clock: Clock; linkBaseUrl: string },
  grant: LinkGrant,
): Promise<string> {
  const now = deps.clock.now();
  const { token, hash } = newToken();
  await deps.store.putLinkToken({
    hash,
    action: grant.action,
    ownerEmail: grant.ownerEmail,
    interviewId: grant.interviewId,
    step: grant.step,
    singleUse: !REUSABLE.includes(grant.action),
    expiresAt:
      grant.expiresAt ?? new Date(now.getTime() + (grant.ttlDays ?? 30) * DAY_MS).toISOString(),
    usedAt: null,
    createdAt: now.toISOString(),
  });
  return `${deps.linkBaseUrl}/l/${token}`;
}
