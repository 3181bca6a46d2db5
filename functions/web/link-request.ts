// The link pages as one function of a plain request, shared by the Lambda Function URL handler
// and the local runtime. GET and HEAD only ever show; a POST from a page's form acts. Link
// scanners (Safe Links and others) fetch GETs and may run JavaScript, so nothing but a real form
// submission changes state, and the pages carry no script at all. What only a submitted form or
// the owner's own page needs (the state changes, the form decoding, the owner's page) is loaded
// on first use, so a Lambda container whose first request shows an interview page reads less.
import type { AppDeps } from '#app/deps.js';
import { issueLink, OWNER_SCOPED } from '#app/links.js';
import { draftsFor, type LinkContext, openLink } from '#app/open-link.js';
import { recipientZones } from '#app/recipient-zones.js';
import type { Step } from '#core/domain.js';
import { errorMessage } from '#core/error-message.js';
import { isOwnFormSubmission, originOf } from './form-origin.js';
import { layout, PAGE_HEADERS } from './html.js';
import type { Form } from './link-forms.js';
import type { OwnerLinkAnswer } from './owner-page-request.js';
import {
  addNotesPage,
  approvePage,
  approveResultPage,
  approveStatePage,
  confirmPage,
  fixDetailsPage,
  keptPage,
  looksRightPage,
  manualEntryPage,
  outcomePage,
  type Page,
  problemPage,
  simplePage,
  snoozePage,
} from './pages.js';

export interface LinkRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string | null;
}

export interface LinkResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/** The largest form accepted: a few drafts of a few thousand characters. */
export const MAX_FORM_BYTES = 128 * 1024;

const LINK_PATH = /^\/l\/([^/]+)\/?$/;

function respond(
  page: Page,
  extraHeaders: Record<string, string> = {},
  head = false,
): LinkResponse {
  return {
    statusCode: page.status,
    headers: { ...PAGE_HEADERS, ...extraHeaders },
    body: head ? '' : layout(page.title, page.body),
  };
}

function header(request: LinkRequest, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(request.headers)) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}

function approveDrafts(context: LinkContext, step: Step | null = context.step) {
  return context.interview && step ? draftsFor(context.interview, context.owner, step) : [];
}

function zoneOf(context: LinkContext): string {
  const interview = context.interview;
  if (!interview) return context.owner.timezone;
  const drafts = context.step ? draftsFor(interview, context.owner, context.step) : [];
  return recipientZones(interview, drafts)[0] ?? interview.timezone;
}

const STOPPED: Record<string, string> = {
  heard_back: 'You heard back on this interview, so its plan is stopped and nothing more goes out.',
  cancelled: 'This plan was cancelled, so nothing more goes out.',
  closed: 'This plan is closed: the close-out went out and nothing more is sent.',
};

/** Links that change a plan do nothing once the plan is stopped; they say so instead. */
function stoppedPage(context: LinkContext): Page | null {
  const status = context.interview?.status;
  const { action } = context.token;
  if (!status || status === 'active') return null;
  if (action === 'looks_right' || action === 'view' || action === 'manual_entry') return null;
  if (action === 'heard_back' && status === 'closed') return null;
  if (action === 'approve') return null; // approveStatePage explains it with the step's state
  return simplePage(409, 'This plan is stopped', STOPPED[status] ?? 'This plan is stopped.');
}

async function showPage(deps: AppDeps, context: LinkContext): Promise<Page> {
  const now = deps.clock.now();
  const { action } = context.token;
  const stopped = stoppedPage(context);
  if (stopped) return stopped;
  if (action === 'approve') {
    const state = approveStatePage(context, zoneOf(context), now);
    if (state) return state;
    if (context.used) return problemPage('used');
    return approvePage(context, approveDrafts(context));
  }
  if (context.used) return problemPage('used');
  switch (action) {
    case 'skip':
    case 'heard_back':
    case 'done':
    case 'cancel_plan':
      return confirmPage(context, action);
    case 'snooze':
      return snoozePage(context);
    case 'fix_details':
      return fixDetailsPage(context);
    case 'add_notes':
      return addNotesPage(context);
    case 'manual_entry':
      return manualEntryPage(context);
    case 'looks_right':
    case 'view':
      return looksRightPage(
        context,
        context.interview ? await deps.store.listSteps(context.interview.id) : [],
      );
    case 'owner_page':
    case 'calendar_feed':
      // Answered by the owner's page before any interview page is considered.
      return problemPage('unknown');
  }
}

function ownerAnswer(
  answer: OwnerLinkAnswer,
  head: boolean,
  calendarHeaders: Record<string, string>,
): LinkResponse {
  switch (answer.type) {
    case 'page':
      return respond(answer.page, {}, head);
    case 'redirect':
      return {
        statusCode: 303,
        headers: { ...PAGE_HEADERS, location: answer.location },
        body: '',
      };
    case 'calendar':
      return { statusCode: 200, headers: calendarHeaders, body: head ? '' : answer.body };
  }
}

/** The form again, with what to fix first. */
function invalidPage(context: LinkContext, errors: string[], form: Form): Page {
  switch (context.token.action) {
    case 'approve':
      return approvePage(context, approveDrafts(context), { status: 400, errors, form });
    case 'snooze':
      return snoozePage(context, errors);
    case 'fix_details':
      return fixDetailsPage(context, { errors, form });
    case 'add_notes':
      return addNotesPage(context, { errors, form });
    default:
      return manualEntryPage(context, { errors, form });
  }
}

async function act(deps: AppDeps, context: LinkContext, form: Form): Promise<Page> {
  const now = deps.clock.now();
  const zone = zoneOf(context);
  if (context.token.action === 'approve') {
    // Already sent, sending, heard back or closed: say so, never send again.
    // A queued send can still be edited again or sent now, so only final states stop here.
    const state = approveStatePage(context, zone, now, {
      showQueued: false,
      deciding: form.intent === 'resend' || form.intent === 'keep',
    });
    if (state) return state;
  } else if (context.used) {
    return problemPage('used');
  } else {
    const stopped = stoppedPage(context);
    if (stopped) return stopped;
  }
  // "Keep the plan" changes nothing, so the cancel link stays unused.
  if (context.token.action === 'cancel_plan' && form.intent === 'keep') return keptPage(context);
  const [{ decodeLinkForm, draftProblemText }, { runLinkAction }] = await Promise.all([
    import('./link-forms.js'),
    import('#app/link-action.js'),
  ]);
  const decoded = decodeLinkForm(context, form, approveDrafts(context).length);
  if (!decoded.ok) return invalidPage(context, decoded.errors, form);
  const outcome = await runLinkAction(deps, context, decoded.command);
  switch (outcome.type) {
    case 'approve':
      if (outcome.result.status === 'failed') {
        return approvePage(context, approveDrafts(context, outcome.step ?? context.step), {
          status: 502,
          errors: [
            `Nothing went out: ${outcome.result.outcome && 'error' in outcome.result.outcome ? outcome.result.outcome.error : 'the mail service refused it'}. Try again in a moment.`,
          ],
          form,
        });
      }
      return approveResultPage(
        context,
        outcome.result,
        outcome.step,
        zone,
        now,
        context.interview ? await deps.store.listSteps(context.interview.id) : [],
      );
    case 'refused':
      return invalidPage(context, outcome.problems.map(draftProblemText), form);
    case 'details_saved':
    case 'notes_saved': {
      // The link was single-use; a fresh one lets the owner change something else. It ends
      // when the one it replaces would have, so a chain of fixes never outlives the first link.
      const again = await issueLink(deps, {
        action: outcome.type === 'details_saved' ? 'fix_details' : 'add_notes',
        ownerEmail: context.owner.email,
        interviewId: context.interview?.id ?? null,
        step: context.token.step,
        expiresAt: context.token.expiresAt,
      });
      return outcomePage(context, outcome, new URL(again).pathname);
    }
    case 'used':
      return problemPage('used');
    case 'done':
      // The page names the close-out's day from the plan itself.
      return outcomePage(
        context,
        outcome,
        undefined,
        context.interview ? await deps.store.listSteps(context.interview.id) : [],
      );
    default:
      return outcomePage(context, outcome);
  }
}

export async function handleLinkRequest(
  deps: AppDeps,
  request: LinkRequest,
): Promise<LinkResponse> {
  const method = request.method.toUpperCase();
  if (request.path === '/robots.txt') {
    return {
      statusCode: 200,
      headers: { ...PAGE_HEADERS, 'content-type': 'text/plain; charset=utf-8' },
      body: 'User-agent: *\nDisallow: /\n',
    };
  }
  const match = LINK_PATH.exec(request.path);
  if (!match) {
    return respond(
      simplePage(404, 'Nothing here', 'followup only answers the links in its emails.'),
    );
  }
  if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') {
    return respond(simplePage(405, 'Not allowed', 'Open the link from your email.'), {
      allow: 'GET, HEAD, POST',
    });
  }
  const head = method === 'HEAD';
  if (
    method === 'POST' &&
    !isOwnFormSubmission((name) => header(request, name), originOf(deps.linkBaseUrl))
  ) {
    return respond(
      simplePage(403, 'Use the page itself', 'Open the link from your email and use its buttons.'),
    );
  }
  // A token is plain base64url: a path that needs decoding (or cannot be decoded) is no link.
  const token = match[1] ?? '';
  if (token.includes('%')) return respond(problemPage('unknown'), {}, head);
  try {
    const opened = await openLink(deps, token);
    if (!opened.ok) return respond(problemPage(opened.problem), {}, head);
    const context = opened.context;
    const ownerScoped = OWNER_SCOPED.includes(context.token.action);
    if (method !== 'POST') {
      if (ownerScoped) {
        const { showOwnerLink, CALENDAR_HEADERS } = await import('./owner-page-request.js');
        return ownerAnswer(await showOwnerLink(deps, context), head, CALENDAR_HEADERS);
      }
      return respond(await showPage(deps, context), {}, head);
    }

    const type = (header(request, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/x-www-form-urlencoded') {
      return respond(
        simplePage(415, 'Use the form', 'Open the link and use the buttons on the page.'),
      );
    }
    const body = request.body ?? '';
    if (Buffer.byteLength(body, 'utf8') > MAX_FORM_BYTES) {
      return respond(
        simplePage(
          413,
          'Too long',
          'That is more text than a note needs. Shorten it and try again.',
        ),
      );
    }
    const { parseForm } = await import('./link-forms.js');
    if (ownerScoped) {
      const { actOnOwnerLink, CALENDAR_HEADERS } = await import('./owner-page-request.js');
      const answer = await actOnOwnerLink(deps, context, parseForm(body));
      deps.log.info('owner_page_action', {
        action: context.token.action,
        status: answer.type === 'page' ? answer.page.status : 303,
      });
      return ownerAnswer(answer, false, CALENDAR_HEADERS);
    }
    const page = await act(deps, context, parseForm(body));
    deps.log.info('link_action', {
      action: context.token.action,
      interviewId: context.interview?.id ?? null,
      step: context.token.step,
      status: page.status,
    });
    return respond(page);
  } catch (error) {
    deps.log.error('link_failed', {
      method,
      error: errorMessage(error),
    });
    return respond(
      simplePage(500, 'Something went wrong', 'Nothing was lost. Try the link again in a minute.'),
      {},
      head,
    );
  }
}
