// The owner's page and calendar feed behind a link token (action owner_page or calendar_feed):
// GET shows, a POST from the page's own forms acts. Form fields are read here; the services in
// app/ take typed requests. The token names only its owner, so everything shown or changed is
// that owner's: an interview id typed into a form reaches nothing of anyone else's.
import type { AppDeps } from '#app/deps.js';
import type { LinkContext } from '#app/open-link.js';
import { ownerCalendar } from '#app/owner-calendar.js';
import { newCalendarFeed, OpenRequest, openForOwner, ownerPageView } from '#app/owner-page.js';
import { setPaused } from '#app/owner-pause.js';
import { updateOwnerSettings } from '#app/owner-settings.js';
import { StepKind } from '#core/domain.js';
import { type OwnerPageOptions, ownerPage } from './owner-page.js';
import { type Page, simplePage } from './pages.js';

export type OwnerLinkAnswer =
  | { type: 'page'; page: Page }
  | { type: 'redirect'; location: string }
  | { type: 'calendar'; body: string };

async function pageFor(
  deps: AppDeps,
  context: LinkContext,
  options: Omit<OwnerPageOptions, 'playbook'> = {},
): Promise<OwnerLinkAnswer> {
  const owner = (await deps.owners.get(context.owner.email)) ?? context.owner;
  const view = await ownerPageView(deps, owner);
  return { type: 'page', page: ownerPage(view, { playbook: deps.config.playbook, ...options }) };
}

export async function showOwnerLink(deps: AppDeps, context: LinkContext): Promise<OwnerLinkAnswer> {
  if (context.token.action === 'calendar_feed') {
    return { type: 'calendar', body: await ownerCalendar(deps, context.owner) };
  }
  return pageFor(deps, context);
}

export async function actOnOwnerLink(
  deps: AppDeps,
  context: LinkContext,
  form: Record<string, string>,
): Promise<OwnerLinkAnswer> {
  if (context.token.action === 'calendar_feed') {
    return {
      type: 'page',
      page: simplePage(405, 'Nothing to do here', 'This address is for your calendar app.'),
    };
  }
  const owner = context.owner;
  switch (form.intent) {
    case 'open': {
      const { intent: _, ...fields } = form;
      const request = OpenRequest.safeParse(fields);
      const url = request.success ? await openForOwner(deps, owner, request.data) : null;
      if (!url) {
        return pageFor(deps, context, {
          status: 404,
          errors: ['That interview is not on your page. Use the buttons next to it.'],
        });
      }
      return { type: 'redirect', location: new URL(url).pathname };
    }
    case 'pause':
    case 'resume':
      await setPaused(deps, owner, form.intent === 'pause');
      return pageFor(deps, context, {
        notice:
          form.intent === 'pause'
            ? 'Paused: nothing goes out until you resume.'
            : 'Resumed: your plans run again; anything that fell due while paused goes out now.',
      });
    case 'feed':
      return pageFor(deps, context, {
        notice: 'Your calendar address is ready below.',
        feedUrl: await newCalendarFeed(deps, owner),
      });
    case 'settings': {
      const result = await updateOwnerSettings(deps, owner, {
        name: form.name ?? '',
        signature: (form.signature ?? '').replace(/\r\n?/g, '\n'),
        timezone: form.timezone ?? '',
        wakingHours: { start: form.waking_start ?? '', end: form.waking_end ?? '' },
        stepsOn: StepKind.options.filter((kind) => form[`step_${kind}`] === 'on'),
        weeklyDigest: form.digest === 'on',
      });
      if (!result.ok) return pageFor(deps, context, { status: 400, errors: result.errors, form });
      return pageFor(deps, context, {
        notice:
          result.moved > 0
            ? `Settings saved; ${result.moved} planned ${result.moved === 1 ? 'step' : 'steps'} moved to match.`
            : 'Settings saved.',
      });
    }
    default:
      return pageFor(deps, context, {
        status: 400,
        errors: ['Use the buttons on this page.'],
      });
  }
}

/** Calendar apps poll the feed: text/calendar, never cached by a proxy, never indexed. */
export const CALENDAR_HEADERS: Record<string, string> = {
  'content-type': 'text/calendar; charset=utf-8',
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-robots-tag': 'noindex, nofollow',
};
