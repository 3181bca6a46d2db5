import { expect } from 'vitest';
import { composeDrafts } from '#app/compose.js';
import type { AppDeps } from '#app/deps.js';
import { fireStep } from '#app/fire-step.js';
import { issueLink } from '#app/links.js';
import type { Interview, Step, StepKind } from '#core/domain.js';
import type { LinkAction } from '#core/records.js';
import { memoryLogger } from '#ports/logger.js';
import { handleLinkRequest, type LinkResponse } from '#web/link-request.js';
import { startHttpServer } from '../../cli/dev/http-server.js';
import { config, interview, owner, step } from '../emails/fixtures.js';
import {
  fakeDeps,
  FakeClock as MovableClock,
  RecordingMailer,
  RecordingScheduler,
} from '../support/fakes.js';

export { MovableClock, RecordingMailer, RecordingScheduler };

/** Wednesday 2026-03-04 11:00 in Chicago: inside the interviewers' business hours. */
export const OPEN_HOURS = '2026-03-04T17:00:00Z';
/** Tuesday 2026-03-03 22:00 in Chicago: after their business hours. */
export const AFTER_HOURS = '2026-03-04T04:00:00Z';

export async function linkDeps(now = OPEN_HOURS) {
  const built = await fakeDeps({ now, config, linkBaseUrl: 'https://links.example.net' });
  built.mailer.failWith = 'SES throttled the request';
  return built;
}

export type LinkDeps = Awaited<ReturnType<typeof linkDeps>>;

/** Stores the interview and its steps (thank-you reminded with drafts, others scheduled). */
export async function seedInterview(
  deps: AppDeps,
  overrides: Partial<Interview> = {},
  stepOverrides: Partial<Record<StepKind, Partial<Step>>> = {},
) {
  const stored = interview(overrides);
  await deps.store.createInterview(stored);
  for (const kind of ['prep', 'thank_you', 'follow_up', 'call', 'close_out'] as const) {
    await deps.store.putStepIfAbsent(
      step(kind, {
        interviewId: stored.id,
        status: kind === 'prep' ? 'done' : kind === 'thank_you' ? 'reminded' : 'scheduled',
        drafts: kind === 'thank_you' ? composeDrafts(stored, owner, kind) : [],
        ...stepOverrides[kind],
      }),
    );
  }
  return stored;
}

export async function link(
  deps: AppDeps,
  action: LinkAction,
  interviewId: string | null,
  kind: StepKind | null = null,
  ownerEmail = owner.email,
): Promise<string> {
  const url = await issueLink(deps, { action, ownerEmail, interviewId, step: kind });
  return new URL(url).pathname;
}

export function get(deps: AppDeps, path: string): Promise<LinkResponse> {
  return handleLinkRequest(deps, { method: 'GET', path, query: {}, headers: {}, body: null });
}

export function post(
  deps: AppDeps,
  path: string,
  fields: Record<string, string>,
): Promise<LinkResponse> {
  return handleLinkRequest(deps, {
    method: 'POST',
    path,
    query: {},
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

/** The fields the approve form submits unchanged for the stored drafts. */
export function approveFields(s: Step, intent = 'send'): Record<string, string> {
  const fields: Record<string, string> = { intent };
  s.drafts.forEach((d, i) => {
    fields[`subject_${i}`] = d.subject;
    fields[`body_${i}`] = d.body;
  });
  return fields;
}

export interface LinkPagesServer {
  origin: string;
  close(): Promise<void>;
}

/** The link pages over real HTTP on a free loopback port, through the local runtime's server. */
export async function serveLinkPages(deps: AppDeps): Promise<LinkPagesServer> {
  const http = await startHttpServer({
    host: '127.0.0.1',
    port: 0,
    handle: (request) => handleLinkRequest(deps, request),
    log: memoryLogger().logger,
  });
  return { origin: `http://127.0.0.1:${http.port}`, close: () => http.close() };
}

/**
 * A queued thank-you whose second provider call is accepted but never answered: the step fired
 * at its time ends `send_unsure`, waiting on the owner.
 */
export async function queuedSendWithLostAnswer() {
  const built = await linkDeps(AFTER_HOURS);
  const { deps, mailer, clock } = built;
  const stored = await seedInterview(deps);
  const path = await link(deps, 'approve', stored.id, 'thank_you');
  const step = await deps.store.getStep(stored.id, 'thank_you');
  if (!step) throw new Error('no step');
  expect((await post(deps, path, approveFields(step))).body).toContain('Queued for');
  clock.set((await deps.store.getStep(stored.id, 'thank_you'))?.sendAt ?? '');
  mailer.loseAnswerOn.add(2);
  const fired = await fireStep(deps, { interviewId: stored.id, step: 'thank_you' });
  expect(fired.outcome).toBe('send_unsure');
  return { ...built, stored, path };
}
