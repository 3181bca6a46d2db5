// A link command on the in-memory ports: Skip stops the step and its schedule, and the
// single-use link does nothing a second time.
import { describe, expect, it } from 'vitest';
import { runLinkAction } from '#app/link-action.js';
import { issueLink } from '#app/links.js';
import { openLink } from '#app/open-link.js';
import { LINA, worldWithInterview } from './world.js';

describe('runLinkAction', () => {
  it('skips the step a Skip link names, cancels its schedule, and acts only once', async () => {
    const { deps, store, scheduler, interview } =
      await worldWithInterview('<confirm-11@bw.example>');
    const followUp = await store.getStep(interview.id, 'follow_up');
    expect(followUp?.status).toBe('scheduled');
    const url = await issueLink(deps, {
      action: 'skip',
      ownerEmail: LINA.email,
      interviewId: interview.id,
      step: 'follow_up',
    });
    const token = url.slice(url.lastIndexOf('/') + 1);

    const opened = await openLink(deps, token);
    if (!opened.ok) throw new Error(`the link did not open: ${opened.problem}`);
    expect(await runLinkAction(deps, opened.context, { action: 'skip' })).toEqual({
      type: 'skipped',
    });
    expect((await store.getStep(interview.id, 'follow_up'))?.status).toBe('skipped');
    expect(scheduler.calls).toContainEqual({ op: 'cancel', name: followUp?.scheduleName });

    const reopened = await openLink(deps, token);
    if (!reopened.ok) throw new Error(`the link did not open: ${reopened.problem}`);
    expect(reopened.context.used).toBe(true);
    expect(await runLinkAction(deps, reopened.context, { action: 'skip' })).toEqual({
      type: 'used',
    });
  });
});
