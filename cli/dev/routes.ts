// The dev server's routes. Its own pages are `/`, `/outbox*` and `/dev/*`; every other path goes
// to the link handler, exactly as every path of the Function URL does in AWS.
import * as z from 'zod';
import type { OutboxMailer } from '#adapters/local/outbox-mailer.js';
import type { AppDeps } from '#app/deps.js';
import { issueLink } from '#app/links.js';
import { DASHBOARD_ACTIONS } from '#app/owner-todo.js';
import { welcomeOwner } from '#app/welcome-owner.js';
import { describeIssues } from '#core/config.js';
import { EmailAddress, StepKind } from '#core/domain.js';
import { renderDashboard } from './dashboard-page.js';
import { type HttpRequest, type HttpResponse, html, json, text } from './http-server.js';
import { outboxJson, renderOutbox } from './outbox-page.js';

/** At most a bit over a year per move: enough for any plan, small enough to catch typos. */
export const AdvanceBody = z.strictObject({
  hours: z
    .number({ error: 'hours must be a number' })
    .positive('hours must be more than 0')
    .max(24 * 400, 'hours must be at most 9600 (400 days)'),
});

export interface DevRoutesContext {
  deps: AppDeps;
  outbox: OutboxMailer;
  smtpPort: number;
  advance: (hours: number) => Promise<unknown>;
  /** When the next pending schedule fires (ISO), or null. */
  nextDueAt: () => Promise<string | null>;
  linkHandler: (request: HttpRequest) => Promise<HttpResponse>;
}

/** The dashboard's buttons: which link page to open, for which interview and step. */
const OpenForm = z.strictObject({
  interview: z.string().min(1).max(200),
  step: StepKind,
  action: z.enum(DASHBOARD_ACTIONS),
});

/**
 * Mints a fresh link of the kind the reminder email carries and sends the browser to it: the
 * dashboard has no token (only their hashes are stored), and the link page does the rest.
 */
async function openLink(deps: AppDeps, body: string | null): Promise<HttpResponse> {
  const form = OpenForm.safeParse(Object.fromEntries(new URLSearchParams(body ?? '')));
  if (!form.success) return text(400, `invalid form:\n${describeIssues(form.error)}`);
  const { interview: interviewId, step, action } = form.data;
  const interview = await deps.store.getInterview(interviewId);
  const owned = interview ? await deps.owners.get(interview.ownerEmail) : null;
  if (!interview || !owned || !(await deps.store.getStep(interviewId, step))) {
    return text(404, 'no such interview or step');
  }
  const url = await issueLink(deps, {
    action,
    ownerEmail: interview.ownerEmail,
    interviewId,
    step,
  });
  return {
    statusCode: 303,
    headers: { location: new URL(url).pathname, 'cache-control': 'no-store' },
    body: '',
  };
}

/** `followup owners add` asks the running runtime to welcome an owner it just added. */
const WelcomeBody = z.strictObject({ email: EmailAddress });

/** A JSON request body read with its schema, or the 400 that says what is wrong with it. */
function jsonBody<T>(
  request: HttpRequest,
  schema: z.ZodType<T>,
  example: string,
): { ok: true; value: T } | { ok: false; response: HttpResponse } {
  let body: unknown;
  try {
    body = JSON.parse(request.body ?? '');
  } catch {
    return { ok: false, response: json(400, { error: `the body must be JSON like ${example}` }) };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    return {
      ok: false,
      response: json(400, { error: `invalid body:\n${describeIssues(parsed.error)}` }),
    };
  }
  return { ok: true, value: parsed.data };
}

function methodNotAllowed(allowed: string): HttpResponse {
  const response = text(405, `method not allowed; use ${allowed}`);
  response.headers.allow = allowed;
  return response;
}

export function devRoutes(context: DevRoutesContext) {
  const { deps, outbox } = context;
  const zone = deps.config.owners[0]?.timezone ?? 'UTC';
  const isRead = (method: string) => method === 'GET' || method === 'HEAD';

  return async (request: HttpRequest): Promise<HttpResponse> => {
    const { path, method } = request;
    if (path === '/') {
      if (!isRead(method)) return methodNotAllowed('GET');
      const owners = await Promise.all(
        (await deps.owners.list()).map(async (owner) => {
          const interviews = await deps.store.listInterviewsByOwner(owner.email);
          return {
            owner,
            interviews: await Promise.all(
              interviews.map(async (interview) => ({
                interview,
                steps: await deps.store.listSteps(interview.id),
              })),
            ),
          };
        }),
      );
      return html(
        200,
        renderDashboard({
          now: deps.clock.now(),
          inboundAddress: deps.config.inboundAddress,
          smtpPort: context.smtpPort,
          owners,
        }),
      );
    }
    if (path === '/outbox') {
      if (!isRead(method)) return methodNotAllowed('GET');
      return html(200, renderOutbox(outbox.list(), zone));
    }
    if (path === '/outbox.json') {
      if (!isRead(method)) return methodNotAllowed('GET');
      return json(200, outboxJson(outbox.list()));
    }
    const eml = /^\/outbox\/(\d{8})\.eml$/.exec(path);
    if (eml) {
      if (!isRead(method)) return methodNotAllowed('GET');
      const raw = await outbox.raw(eml[1] ?? '');
      if (!raw) return text(404, 'no such email in the outbox');
      return {
        statusCode: 200,
        headers: { 'content-type': 'message/rfc822', 'cache-control': 'no-store' },
        body: raw.toString('utf8'),
      };
    }
    if (path === '/dev/info') {
      if (!isRead(method)) return methodNotAllowed('GET');
      return json(200, {
        now: deps.clock.now().toISOString(),
        inboundAddress: deps.config.inboundAddress,
        owners: (await deps.owners.list()).map((o) => ({
          email: o.email,
          name: o.name,
          timezone: o.timezone,
          sendingAddress: o.sendingAddress,
        })),
        smtpPort: context.smtpPort,
        linkBaseUrl: deps.linkBaseUrl,
        nextDueAt: await context.nextDueAt(),
      });
    }
    if (path === '/dev/advance') {
      if (method !== 'POST') return methodNotAllowed('POST');
      const body = jsonBody(request, AdvanceBody, '{"hours": 24}');
      if (!body.ok) return body.response;
      return json(200, await context.advance(body.value.hours));
    }
    if (path === '/dev/open') {
      if (method !== 'POST') return methodNotAllowed('POST');
      return openLink(deps, request.body);
    }
    if (path === '/dev/welcome') {
      if (method !== 'POST') return methodNotAllowed('POST');
      const body = jsonBody(request, WelcomeBody, '{"email": "you@example.com"}');
      if (!body.ok) return body.response;
      const owner = await deps.owners.get(body.value.email);
      if (!owner) return json(404, { error: `${body.value.email} is not an owner` });
      await welcomeOwner(deps, owner);
      return json(200, { sent: true });
    }
    if (path.startsWith('/dev/')) return text(404, 'no such dev endpoint');
    return context.linkHandler(request);
  };
}
