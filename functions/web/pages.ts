// The link pages: GET shows, a POST from one of these forms acts. No script anywhere.

import type { ActionOutcome } from '#app/link-action.js';
import type { LinkContext, LinkProblem } from '#app/open-link.js';
import type { ApproveResult } from '#app/send-step.js';
import {
  DRAFT_BODY_MAX,
  DRAFT_SUBJECT_MAX,
  type Draft,
  type Interview,
  type Owner,
  type Step,
} from '#core/domain.js';
import { leaseExpired, mayHaveGoneOut, uncertainDrafts, wentOut } from '#core/send-lease.js';
import { closeOutWhen } from '#render/close-out-words.js';
import { selectedDrafts } from '#render/draft-text.js';
import { formatDay, formatInstant, formatRange, formatShortMoment } from '#render/format-time.js';
import { nameList } from '#render/name-list.js';
import { nameOrAddress } from '#render/person-name.js';
import { interviewWords } from '#render/role-text.js';
import { STEP_PLAN_LINE, STEP_TITLE } from '#render/step-copy.js';
import { html, type SafeHtml } from './html.js';

export interface Page {
  status: number;
  title: string;
  body: SafeHtml;
}

export function card(body: SafeHtml): SafeHtml {
  return html`<section class="card">${body}</section>`;
}

export function errorList(errors: readonly string[] | undefined): SafeHtml {
  if (!errors || errors.length === 0) return html``;
  return html`<div class="card" role="alert"><h2 class="warn">Please fix this first</h2><ul>${errors.map((e) => html`<li>${e}</li>`)}</ul></div>`;
}

export function interviewTitle(interview: Interview, owner?: Owner): string {
  const { role, company } = interviewWords(interview, owner ?? { email: interview.ownerEmail });
  if (role.text && company.text) return `${role.text} at ${company.text}`;
  return company.text ?? role.text ?? 'your interview';
}

function summary(interview: Interview, owner: Owner): SafeHtml {
  const same = formatRange(interview.start, interview.end, interview.timezone);
  const yours = formatRange(interview.start, interview.end, owner.timezone);
  return html`<p class="muted">${interviewTitle(interview, owner)} · ${same}${yours !== same ? html` (${yours} your time)` : ''}</p>`;
}

// ---------------------------------------------------------------- problems

const PROBLEMS: Record<LinkProblem, { status: number; title: string; text: string }> = {
  unknown: {
    status: 404,
    title: "This link doesn't work",
    text: "I don't know this link. Check that the whole address was copied; links from followup's emails are long. If the interview was removed, its links stop working too.",
  },
  expired: {
    status: 410,
    title: 'This link has expired',
    text: 'Links in followup emails work for 30 days. The newest email about this interview has fresh links.',
  },
  used: {
    status: 410,
    title: 'This link was already used',
    text: 'Each action link works once, so a second click or a mail scanner can never repeat it. What you asked for already happened.',
  },
};

export function problemPage(problem: LinkProblem): Page {
  const p = PROBLEMS[problem];
  return {
    status: p.status,
    title: p.title,
    body: card(html`<h1>${p.title}</h1><p>${p.text}</p>`),
  };
}

export function simplePage(status: number, title: string, text: string): Page {
  return { status, title, body: card(html`<h1>${title}</h1><p>${text}</p>`) };
}

// ---------------------------------------------------------------- approve

/** A box to tick before a draft goes to an address typed in by hand (no forward named it). */
function confirmRecipient(draft: Draft, index: number, unconfirmed: ReadonlySet<string>) {
  if (!draft.interviewerEmail || wentOut(draft) || !unconfirmed.has(draft.interviewerEmail))
    return '';
  return html`<p class="confirm-recipient"><label><input type="checkbox" name="confirm_${String(index)}" value="yes"> Send to <strong>${draft.interviewerEmail}</strong>: this address was typed in with Fix details, not found in the email you forwarded.</label></p>`;
}

function draftFields(
  drafts: readonly Draft[],
  form?: Record<string, string>,
  unconfirmed: ReadonlySet<string> = new Set(),
): SafeHtml[] {
  return drafts.map((draft, index) => {
    const subject = form?.[`subject_${index}`] ?? draft.subject;
    const body = form?.[`body_${index}`] ?? draft.body;
    const ticked = form
      ? form.recipients !== 'chosen' || form[`send_${index}`] === 'yes'
      : draft.selected !== false;
    const id = `send_${String(index)}`;
    const gone = wentOut(draft);
    return html`<fieldset>
<legend>To ${draft.interviewerName}</legend>
<p class="draft-to muted">${draft.interviewerEmail ?? 'no address'}${gone ? html` · <strong class="ok">already sent</strong>, it will not go again` : ''}</p>
${gone || !draft.interviewerEmail ? '' : html`<p class="send-to"><input type="checkbox" id="${id}" name="${id}" value="yes"${ticked ? html` checked` : ''}> <label class="inline" for="${id}">Send to ${draft.interviewerName}</label></p>`}
${confirmRecipient(draft, index, unconfirmed)}
<label for="subject_${String(index)}">Subject</label>
<input type="text" id="subject_${String(index)}" name="subject_${String(index)}" value="${subject}" maxlength="${String(DRAFT_SUBJECT_MAX)}" required${gone ? html` readonly` : ''}>
<label for="body_${String(index)}">Message</label>
<textarea class="draft-body" id="body_${String(index)}" name="body_${String(index)}" rows="${String(rowsFor(body))}" maxlength="${String(DRAFT_BODY_MAX)}" required${gone ? html` readonly` : ''}>${body}</textarea>
</fieldset>`;
  });
}

/** Enough rows to show the whole draft at phone width, sign-off included, without scrolling. */
function rowsFor(body: string): number {
  const perLine = 36;
  return body
    .split('\n')
    .reduce((rows, line) => rows + Math.max(1, Math.ceil(line.length / perLine)), 1);
}

export function approvePage(
  context: LinkContext,
  drafts: readonly Draft[],
  options: { errors?: string[]; form?: Record<string, string>; status?: number } = {},
): Page {
  const interview = context.interview as Interview;
  const step = context.step as Step;
  const what = step.kind === 'thank_you' ? 'thank-you' : 'follow-up';
  if (drafts.length === 0) {
    return {
      status: 200,
      title: 'No one to send to yet',
      body: card(html`<h1>No one to send to yet</h1>${summary(interview, context.owner)}
<p>I have no email address for the interviewers, so there is nothing to send yet. Use <strong>Add their addresses</strong> in the reminder email (or "Fix details" in any email about this interview), then come back to this page: the drafts will be here.</p>`),
    };
  }
  const lastTry =
    !options.errors && step.status === 'approved' && step.lastError
      ? [`The last try did not go out: ${step.lastError}. Send again when you're ready.`]
      : undefined;
  return {
    status: options.status ?? 200,
    title: `Review your ${what}`,
    body: html`${errorList(options.errors ?? lastTry)}<section class="card">
<h1>Review your ${what}</h1>
${summary(interview, context.owner)}
<p>Each draft below is the whole email. It goes to the people ticked (now: <strong>${tickedNames(drafts)}</strong>) from <strong>${context.owner.sendingAddress}</strong> with a copy to you, inside their business hours; answers come back to you and stop the plan. Edit anything you like.</p>
<form method="post">
<input type="hidden" name="recipients" value="chosen">
${draftFields(drafts, options.form, new Set(interview.unconfirmedRecipients ?? []))}
<div class="actions"><button type="submit" name="intent" value="send">Send</button></div>
</form>
</section>`,
  };
}

function tickedNames(drafts: readonly Draft[]): string {
  const names = selectedDrafts(drafts)
    .filter((d) => d.interviewerEmail)
    .map((d) => d.interviewerName);
  return names.length > 0 ? nameList(names) : 'no one yet';
}

function recipients(step: Step | null): string {
  const names = selectedDrafts(step?.drafts ?? [])
    .filter((d) => d.interviewerEmail)
    .map((d) => d.interviewerName);
  return names.length > 0 ? nameList(names) : 'the interviewers';
}

export function queuedPage(context: LinkContext, sendAt: string, zone: string, now: Date): Page {
  const theirs = formatShortMoment(sendAt, zone, now);
  const yours = formatShortMoment(sendAt, context.owner.timezone, now);
  return {
    status: 200,
    title: 'Queued',
    body: card(html`<h1>Queued for ${theirs} their time</h1>
${summary(context.interview as Interview, context.owner)}
<p>It's outside their business hours now, so your note to ${recipients(context.step)} goes out <strong>${theirs} their time</strong>${yours !== theirs ? html` (${yours} yours)` : ''}, when it's more likely to be read.</p>
<form method="post"><div class="actions"><button type="submit" class="quiet" name="intent" value="send_now">Send now anyway</button></div></form>`),
  };
}

/** When the plan next needs the owner, so a finished page never leaves them guessing. */
function nextStepText(steps: readonly Step[], owner: Owner, after: Step | null): SafeHtml {
  const next = steps
    .filter((s) => ['scheduled', 'snoozed', 'reminded', 'approved'].includes(s.status))
    .filter((s) => s.kind !== after?.kind)
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))[0];
  if (!next) return html`<p>That was the last step of the plan: nothing more is scheduled.</p>`;
  return html`<p>Next: <strong>${STEP_TITLE[next.kind]}, ${formatInstant(next.dueAt, owner.timezone)}</strong>. ${STEP_PLAN_LINE[next.kind]} I'll email you then; nothing to do until then.</p>`;
}

export function approveResultPage(
  context: LinkContext,
  result: ApproveResult,
  step: Step | null,
  zone: string,
  now: Date,
  steps: readonly Step[] = [],
): Page {
  switch (result.status) {
    case 'sent':
      return {
        status: 200,
        title: 'Sent',
        body: card(html`<h1>Sent</h1>
<p>Your note went to ${recipients(step)}, with a copy to you. If they answer, I'll stop the plan and pass the answer on.</p>
${nextStepText(steps, context.owner, step)}`),
      };
    case 'queued':
      return queuedPage({ ...context, step }, result.sendAt ?? now.toISOString(), zone, now);
    case 'already_sent':
      return simplePage(
        200,
        'Already sent',
        `This note already went to ${recipients(step)}. Nothing was sent twice.`,
      );
    case 'in_progress':
      return simplePage(
        200,
        'Already being sent',
        'This note is being sent right now from another click. It goes out once; reload this page in a moment to see it sent.',
      );
    case 'heard_back':
      return simplePage(
        200,
        'You heard back',
        "You've heard back on this interview, so nothing was sent. Good luck!",
      );
    case 'no_recipients':
      return simplePage(
        400,
        'No one to send to',
        'None of these drafts has an email address. Add one with "Fix details" first.',
      );
    case 'not_approvable':
      return simplePage(
        409,
        'Nothing to send',
        'This step was skipped, cancelled or closed, so there is nothing to send any more.',
      );
    case 'unsure':
      return uncertainSendPage(context, step ?? (context.step as Step), now);
    case 'failed':
      return simplePage(
        502,
        "Couldn't send",
        `Nothing went out: ${result.outcome && 'error' in result.outcome ? result.outcome.error : 'the mail service refused it'}. Go back and try again in a moment; this link still works.`,
      );
  }
}

/**
 * A send whose run died after handing a draft to the mail service: followup cannot know whether
 * it went out, so it asks. Each answer names the attempt it answers (a hidden field), so a page
 * left open never decides a later attempt.
 */
export function uncertainSendPage(context: LinkContext, step: Step, now: Date): Page {
  const interview = context.interview as Interview;
  const unsure = step.drafts.flatMap((draft, index) =>
    draft.selected !== false && mayHaveGoneOut(draft) ? [{ draft, index }] : [],
  );
  const names = unsure.map(({ draft }) => draft.interviewerName).join(' and ');
  const when = unsure[0]?.draft.attemptedAt;
  const stamps = unsure.map(
    ({ draft, index }) =>
      html`<input type="hidden" name="attempted_${String(index)}" value="${draft.attemptedAt ?? ''}">`,
  );
  return {
    status: 200,
    title: 'Send again?',
    body: card(html`<h1>This may already have reached ${names}: send again?</h1>
${summary(interview, context.owner)}
<p>Your note was handed to the mail service${when ? html` ${formatShortMoment(when, context.owner.timezone, now)} your time` : ''}, and then the sending stopped before the answer came back, so I can't tell whether it went out. Look for your copy (every note goes to you in Bcc): if you have it, it went.</p>
<form method="post">${stamps}<div class="actions">
<button type="submit" name="intent" value="resend">Send again to ${names}</button>
<button type="submit" class="quiet" name="intent" value="keep">It went out: don't send again</button>
</div></form>`),
  };
}

/** What the approve link shows when the step is past the editing stage. */
export function approveStatePage(
  context: LinkContext,
  zone: string,
  now: Date,
  options: { showQueued: boolean; deciding?: boolean } = { showQueued: true },
): Page | null {
  const interview = context.interview as Interview;
  const step = context.step as Step;
  if (step.status === 'sent')
    return approveResultPage(context, { status: 'already_sent', outcome: null }, step, zone, now);
  // A send older than the lease was interrupted: the form comes back so approving finishes it.
  const interrupted = leaseExpired(step, now);
  if (
    interview.status === 'active' &&
    step.status === 'approved' &&
    !options.deciding &&
    uncertainDrafts(step.drafts).length > 0
  ) {
    return uncertainSendPage(context, step, now);
  }
  if (step.status === 'sending' && !interrupted) {
    return approveResultPage(context, { status: 'in_progress', outcome: null }, step, zone, now);
  }
  if (interview.status === 'heard_back')
    return approveResultPage(context, { status: 'heard_back', outcome: null }, step, zone, now);
  if (interview.status !== 'active' || ['skipped', 'cancelled', 'done'].includes(step.status)) {
    return approveResultPage(context, { status: 'not_approvable', outcome: null }, step, zone, now);
  }
  if (options.showQueued && step.status === 'approved' && step.sendAt) {
    return queuedPage(context, step.sendAt, zone, now);
  }
  return null;
}

// ---------------------------------------------------------------- one-button confirmations

const CONFIRM: Record<
  'skip' | 'heard_back' | 'done' | 'cancel_plan',
  (step: Step | null) => {
    title: string;
    text: string;
    button: string;
    /** A second button that leaves everything as it is, for actions that cannot be undone. */
    keep?: string;
  }
> = {
  skip: (step) => ({
    title: `Skip the ${step ? STEP_TITLE[step.kind].toLowerCase() : 'step'}?`,
    text: 'Nothing is sent for this step. The rest of the plan stays as it is.',
    button: 'Skip this step',
  }),
  heard_back: () => ({
    title: 'You heard back?',
    text: "I'll stop the whole plan: no more reminders, and nothing more goes to the interviewers.",
    button: 'Yes, I heard back',
  }),
  done: () => ({
    title: 'Did you make the call?',
    text: "Great. I'll mark it done; if nothing comes back, the close-out email tells you when it's time to move on.",
    button: 'Yes, I called',
  }),
  cancel_plan: () => ({
    title: 'Cancel the plan?',
    text: 'No more reminders for this interview, and nothing goes to the interviewers. This cannot be undone, but forwarding the confirmation again starts a new plan.',
    button: 'Cancel the plan',
    keep: 'Keep the plan',
  }),
};

export function confirmPage(
  context: LinkContext,
  action: 'skip' | 'heard_back' | 'done' | 'cancel_plan',
): Page {
  const copy = CONFIRM[action](context.step);
  return {
    status: 200,
    title: copy.title,
    body: card(html`<h1>${copy.title}</h1>${summary(context.interview as Interview, context.owner)}
<p>${copy.text}</p>
${
  copy.keep
    ? html`<form method="post"><div class="actions"><button type="submit" name="intent" value="keep">${copy.keep}</button><button type="submit" class="danger" name="intent" value="confirm">${copy.button}</button></div></form>`
    : html`<form method="post"><div class="actions"><button type="submit">${copy.button}</button></div></form>`
}`),
  };
}

/** The answer to "Keep the plan": nothing changed, and the link still works. */
export function keptPage(context: LinkContext): Page {
  return {
    status: 200,
    title: 'Plan kept',
    body: card(html`<h1>Nothing changed: the plan goes on</h1>${summary(context.interview as Interview, context.owner)}
<p class="muted">I'll email you at each step. This cancel link still works if you change your mind.</p>`),
  };
}

export function snoozePage(context: LinkContext, errors?: string[]): Page {
  return {
    status: errors ? 400 : 200,
    title: 'Snooze the reminder',
    body: html`${errorList(errors)}${card(html`<h1>Remind me later</h1>${summary(context.interview as Interview, context.owner)}
<p>Not the right moment for the call? Pick when to be reminded again.</p>
<form method="post"><div class="actions">
<button type="submit" name="days" value="1">In 1 day</button>
<button type="submit" name="days" value="3">In 3 days</button>
<button type="submit" name="days" value="7">In 1 week</button>
</div></form>`)}`,
  };
}

// ---------------------------------------------------------------- forms

export function zoneOptions(selected: string): SafeHtml[] {
  const zones = Intl.supportedValuesOf('timeZone');
  if (!zones.includes(selected)) zones.unshift(selected);
  return zones.map(
    (zone) =>
      html`<option value="${zone}"${zone === selected ? html` selected` : ''}>${zone}</option>`,
  );
}

function interviewerLines(interview: Interview): string {
  return interview.interviewers
    .map((p) => (p.email ? `${p.name} <${p.email}>` : p.name))
    .join('\n');
}

function localParts(instant: string, zone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    time: `${get('hour')}:${get('minute')}`,
  };
}

function field(
  name: string,
  label: string,
  value: string,
  extra: { type?: string; hint?: string; required?: boolean } = {},
): SafeHtml {
  return html`<label for="${name}">${label}${extra.hint ? html` <span class="hint">${extra.hint}</span>` : ''}</label>
<input type="${extra.type ?? 'text'}" id="${name}" name="${name}" value="${value}"${extra.required ? html` required` : ''}>`;
}

export function fixDetailsPage(
  context: LinkContext,
  options: { errors?: string[]; form?: Record<string, string> } = {},
): Page {
  const interview = context.interview as Interview;
  const local = localParts(interview.start, interview.timezone);
  const form = options.form ?? {
    company: interview.company ?? '',
    role: interview.role ?? '',
    date: local.date,
    time: local.time,
    timezone: interview.timezone,
    interviewers: interviewerLines(interview),
  };
  return {
    status: options.errors ? 400 : 200,
    title: 'Fix details',
    body: html`${errorList(options.errors)}${card(html`<h1>Fix details</h1>${summary(interview, context.owner)}
<p>Change what I got wrong. A new time moves every step of the plan with it.</p>
<form method="post">
${field('company', 'Company', form.company ?? '')}
${field('role', 'Role', form.role ?? '')}
${field('date', 'Date', form.date ?? '', { type: 'date', required: true })}
${field('time', 'Start time', form.time ?? '', { type: 'time', hint: "(the interview's own time)", required: true })}
<label for="timezone">Time zone <span class="hint">(where the interview's time is set)</span></label>
<select id="timezone" name="timezone">${zoneOptions(form.timezone ?? interview.timezone)}</select>
<label for="interviewers">Interviewers <span class="hint">One per line: Name &lt;email&gt;. The drafts go to each address.</span></label>
<textarea class="short" id="interviewers" name="interviewers">${form.interviewers ?? ''}</textarea>
<div class="actions"><button type="submit">Save details</button></div>
</form>`)}`,
  };
}

export function addNotesPage(
  context: LinkContext,
  options: { errors?: string[]; form?: Record<string, string> } = {},
): Page {
  const interview = context.interview as Interview;
  const people = interview.interviewers;
  const form = options.form ?? {
    decisionBy: interview.decisionBy ?? '',
    topics: interview.notes.join('\n'),
    ...Object.fromEntries(people.map((p, i) => [`topic_${i}`, p.topic ?? ''])),
  };
  const topicFields = people.map((person, index) => {
    const name = nameOrAddress(person.name, person.email);
    return field(
      `topic_${index}`,
      `What you talked about with ${name}`,
      form[`topic_${index}`] ?? '',
      {
        hint: 'One thing, e.g. "your Kafka migration". Their thank-you mentions it.',
      },
    );
  });
  return {
    status: options.errors ? 400 : 200,
    title: 'Add notes',
    body: html`${errorList(options.errors)}${card(html`<h1>Add notes</h1>${summary(interview, context.owner)}
<p>What you add here makes the drafts yours: each thank-you names the one thing you talked about with that person, and the call is timed for their decision date.</p>
<form method="post">
${topicFields}
${field('decisionBy', 'When do they expect to decide?', form.decisionBy ?? '', { type: 'date', hint: 'The one call is timed for that day; I double it for when to really expect an answer.' })}
<label for="topics">Other notes <span class="hint">One per line. With a single interviewer, the first topic here is used when the field above is empty.</span></label>
<textarea class="short" id="topics" name="topics">${form.topics ?? ''}</textarea>
<div class="actions"><button type="submit">Save notes</button></div>
</form>`)}`,
  };
}

export function manualEntryPage(
  context: LinkContext,
  options: { errors?: string[]; form?: Record<string, string> } = {},
): Page {
  const form = options.form ?? { timezone: context.owner.timezone, duration: '60' };
  return {
    status: options.errors ? 400 : 200,
    title: 'Enter an interview',
    body: html`${errorList(options.errors)}${card(html`<h1>Enter the interview</h1>
<p>I couldn't read everything from the email. Fill this in and the plan starts right away.</p>
<form method="post">
${field('company', 'Company', form.company ?? '', { required: true })}
${field('role', 'Role', form.role ?? '')}
${field('date', 'Date', form.date ?? '', { type: 'date', required: true })}
${field('time', 'Start time', form.time ?? '', { type: 'time', required: true })}
${field('duration', 'Length in minutes', form.duration ?? '60', { type: 'number' })}
<label for="timezone">Time zone</label>
<select id="timezone" name="timezone">${zoneOptions(form.timezone ?? context.owner.timezone)}</select>
<label for="interviewers">Interviewers <span class="hint">One per line: Name &lt;email&gt;</span></label>
<textarea class="short" id="interviewers" name="interviewers">${form.interviewers ?? ''}</textarea>
${field('decisionBy', 'Decision expected by', form.decisionBy ?? '', { type: 'date', hint: '(optional)' })}
<label for="topics">Topics you talked about <span class="hint">(optional, one per line)</span></label>
<textarea class="short" id="topics" name="topics">${form.topics ?? ''}</textarea>
<div class="actions"><button type="submit">Start the plan</button></div>
</form>`)}`,
  };
}

export function looksRightPage(context: LinkContext, steps: readonly Step[]): Page {
  const interview = context.interview as Interview;
  const upcoming = steps.filter((s) =>
    ['scheduled', 'reminded', 'approved', 'snoozed'].includes(s.status),
  );
  return {
    status: 200,
    title: 'Plan confirmed',
    body: card(html`<h1>Great, the plan stands</h1>${summary(interview, context.owner)}
${upcoming.length > 0 ? html`<h2>What happens next</h2><ol class="plan">${upcoming.map((s) => html`<li><strong>${formatInstant(s.dueAt, context.owner.timezone)}</strong>: ${STEP_PLAN_LINE[s.kind]}</li>`)}</ol>` : html`<p>Nothing left on the plan.</p>`}
<p class="muted">Nothing to do now. I'll email you at each step.</p>`),
  };
}

// ---------------------------------------------------------------- results of other actions

export function outcomePage(
  context: LinkContext,
  outcome: Exclude<ActionOutcome, { type: 'approve' } | { type: 'refused' } | { type: 'used' }>,
  againPath?: string,
  steps: readonly Step[] = [],
): Page {
  const owner = context.owner;
  switch (outcome.type) {
    case 'skipped':
      return simplePage(
        200,
        'Skipped',
        'Nothing is sent for this step. The rest of the plan goes on.',
      );
    case 'heard_back':
      return simplePage(
        200,
        'Plan stopped',
        'You heard back, so the plan is stopped: no more reminders or notes. Good luck!',
      );
    case 'done':
      return simplePage(200, 'Marked done', `Nicely done. ${closeOutWhen(steps, owner)}`);
    case 'cancelled':
      return simplePage(
        200,
        'Plan cancelled',
        'No more reminders for this interview, and nothing goes to the interviewers.',
      );
    case 'snoozed':
      return simplePage(
        200,
        'Snoozed',
        `I'll remind you again ${formatInstant(outcome.until, owner.timezone)}.`,
      );
    case 'looks_right':
      return simplePage(200, 'Plan confirmed', "Nothing to do now. I'll email you at each step.");
    case 'details_saved':
    case 'notes_saved': {
      const title = outcome.type === 'details_saved' ? 'Details saved' : 'Notes saved';
      const text =
        outcome.type === 'notes_saved'
          ? 'Saved. The thank-you mentions your first topic, and the call is timed for the decision date.'
          : outcome.moved
            ? `Saved. The interview is now ${formatRange(outcome.interview.start, outcome.interview.end, outcome.interview.timezone)}, and the plan moved with it.`
            : 'Saved. The next emails and drafts use the new details.';
      return {
        status: 200,
        title,
        body: card(
          html`<h1>${title}</h1><p>${text}</p>${againPath ? html`<p><a href="${againPath}">Change something else</a></p>` : ''}`,
        ),
      };
    }
    case 'logged':
      return simplePage(
        200,
        outcome.created ? 'Plan started' : 'Already logged',
        outcome.created
          ? `Logged ${interviewTitle(outcome.interview, owner)} on ${formatDay(outcome.interview.start, outcome.interview.timezone)}. The acknowledgement with the whole plan is on its way to your inbox.`
          : 'This interview was already logged from this link; nothing changed.',
      );
  }
}
