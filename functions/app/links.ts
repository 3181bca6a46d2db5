// Mints link tokens and the URLs that carry them.
import type { StepKind } from '#core/domain.js';
import type { LinkAction } from '#core/records.js';
import { newToken } from '#core/tokens.js';
import type { Clock } from '#ports/clock.js';
import type { LinkTokens } from '#ports/link-tokens.js';

/**
 * Actions that only show something, or that the owner's page repeats, can be opened many times;
 * the rest are single-use.
 */
const REUSABLE: readonly LinkAction[] = ['view', 'looks_right', 'owner_page', 'calendar_feed'];

/** Links about the owner as a whole rather than one interview. */
export const OWNER_SCOPED: readonly LinkAction[] = ['owner_page', 'calendar_feed'];

/** A calendar app keeps polling the feed for months; the other links last the default 30 days. */
const FEED_TTL_DAYS = 365;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface LinkGrant {
  action: LinkAction;
  ownerEmail: string;
  interviewId: string | null;
  step: StepKind | null;
  /** Defaults to 30 days (a calendar feed: a year). */
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
      grant.expiresAt ??
      new Date(
        now.getTime() + (grant.ttlDays ?? defaultTtlDays(grant.action)) * DAY_MS,
      ).toISOString(),
    usedAt: null,
    createdAt: now.toISOString(),
  });
  return `${deps.linkBaseUrl}/l/${token}`;
}

function defaultTtlDays(action: LinkAction): number {
  return action === 'calendar_feed' ? FEED_TTL_DAYS : 30;
}

/** A fresh link to the owner's page, minted for each email that carries it. */
export function ownerPageLink(
  deps: { store: LinkTokens; clock: Clock; linkBaseUrl: string },
  ownerEmail: string,
): Promise<string> {
  return issueLink(deps, { action: 'owner_page', ownerEmail, interviewId: null, step: null });
}
