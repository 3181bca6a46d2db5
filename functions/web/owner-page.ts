// The owner's page: every interview with its state and next step, what needs them now (each
// with a button that opens the page to act), what was sent and came back, pause and resume,
// the calendar feed and the settings. Every button is a POST form to the page itself; no script.
import type { OwnerPageInterview, OwnerPageView } from '#app/owner-page.js';
import type { Playbook, StepKind } from '#core/domain.js';
import { wakingHoursOf } from '#core/planner.js';
import { STEP_TITLE } from '#render/step-copy.js';
import { html, type SafeHtml } from './html.js';
import { card, errorList, type Page, zoneOptions } from './pages.js';

export interface OwnerPageOptions {
  playbook: Playbook;
  /** A line saying what the last POST did. */
  notice?: string;
  errors?: string[];
  /** A calendar feed address just made for the owner. */
  feedUrl?: string;
  /** The settings form as submitted, when it had errors. */
  form?: Record<string, string>;
  status?: number;
}

const STEP_KINDS: readonly StepKind[] = ['prep', 'thank_you', 'follow_up', 'call', 'close_out'];

function todoForms(item: OwnerPageInterview): SafeHtml {
  return html`${item.todos.map(
    (todo) => html`<div class="todo"><p><strong>${STEP_TITLE[todo.step]}:</strong> ${todo.text}</p>
<div class="actions">${todo.actions.map(
      (action) =>
        html`<form method="post"><input type="hidden" name="intent" value="open"><input type="hidden" name="interview" value="${item.interview.id}"><input type="hidden" name="step" value="${todo.step}"><input type="hidden" name="action" value="${action.action}"><button type="submit">${action.label}</button></form>`,
    )}</div></div>`,
  )}`;
}

function interviewCard(item: OwnerPageInterview): SafeHtml {
  return card(html`<h2>${item.title}</h2>
<p class="muted">${item.when} · ${item.state}</p>
<p>${item.next ? html`Next: ${item.next}.` : 'Next: nothing; this plan has no step left.'}</p>
${
  item.plan.length > 0
    ? html`<h3>Plan</h3><ol class="plan">${item.plan.map(
        (step) =>
          html`<li>${step.title} <span class="muted">${step.when}</span> · ${step.state}</li>`,
      )}</ol>`
    : ''
}
${
  item.history.length > 0
    ? html`<h3>Sent and received</h3><ul>${item.history.map((entry) => html`<li>${entry.text}</li>`)}</ul>`
    : ''
}`);
}

function pauseCard(view: OwnerPageView): SafeHtml {
  return view.owner.paused
    ? card(html`<h2 class="warn">Paused</h2>
<p>Nothing is sent or reminded, to you or to anyone, until you resume. What falls due meanwhile waits and goes out when you resume.</p>
<form method="post"><input type="hidden" name="intent" value="resume"><div class="actions"><button type="submit">Resume all reminders</button></div></form>`)
    : card(html`<h2>Pause</h2>
<p>Away for a while, or hired? Pause every reminder and send until you resume; nothing is lost.</p>
<form method="post"><input type="hidden" name="intent" value="pause"><div class="actions"><button type="submit" class="quiet">Pause all reminders</button></div></form>`);
}

function forwardCard(view: OwnerPageView): SafeHtml {
  const { inbound, secret } = view.forwardTo;
  return card(html`<h2>Where to forward</h2>
<p>Forward each interview confirmation from ${view.owner.email} to <strong class="wrap">${inbound}</strong>.</p>
${
  secret
    ? html`<label for="secret-address">Your own address <span class="hint">Use it if forwards to ${inbound} go unanswered: your mail provider may not publish DMARC, which the plain address needs. Mail from ${view.owner.email} to it is believed; keep it to yourself.</span></label>
<input type="text" id="secret-address" readonly value="${secret}">`
    : ''
}`);
}

function calendarCard(feedUrl: string | undefined): SafeHtml {
  return card(html`<h2>Calendar</h2>
<p>A private address your calendar app can subscribe to: your interviews and every planned step, updated as the plan moves. Anyone with the address can read it, so keep it to yourself.</p>
${
  feedUrl
    ? html`<label for="feed">Your calendar address <span class="hint">Copy it into your calendar app (add a calendar from a URL). It works for a year; make a new one any time.</span></label>
<input type="text" id="feed" readonly value="${feedUrl}">`
    : html`<form method="post"><input type="hidden" name="intent" value="feed"><div class="actions"><button type="submit" class="quiet">Make my calendar address</button></div></form>`
}`);
}

function settingsCard(view: OwnerPageView, options: OwnerPageOptions): SafeHtml {
  const { owner } = view;
  const waking = wakingHoursOf(owner, options.playbook);
  const form = options.form ?? {
    name: owner.name ?? '',
    signature: owner.signature ?? '',
    timezone: owner.timezone,
    waking_start: waking.start,
    waking_end: waking.end,
    ...Object.fromEntries(
      STEP_KINDS.filter((kind) => !(owner.stepsOff ?? []).includes(kind)).map((kind) => [
        `step_${kind}`,
        'on',
      ]),
    ),
    ...(owner.weeklyDigest ? { digest: 'on' } : {}),
  };
  const checked = (name: string) => (form[name] === 'on' ? html` checked` : '');
  return card(html`<h2>Settings</h2>
<form method="post"><input type="hidden" name="intent" value="settings">
<label for="name">Name <span class="hint">Signs your drafts.</span></label>
<input type="text" id="name" name="name" value="${form.name ?? ''}">
<label for="signature">Signature <span class="hint">Closes every draft; your name alone when empty.</span></label>
<textarea class="short" id="signature" name="signature">${form.signature ?? ''}</textarea>
<label for="timezone">Time zone</label>
<select id="timezone" name="timezone">${zoneOptions(form.timezone ?? owner.timezone)}</select>
<fieldset><legend>Waking hours <span class="hint">Reminders reach you only between these times.</span></legend>
<label for="waking_start">From</label><input type="time" id="waking_start" name="waking_start" value="${form.waking_start ?? ''}">
<label for="waking_end">Until</label><input type="time" id="waking_end" name="waking_end" value="${form.waking_end ?? ''}">
</fieldset>
<fieldset><legend>Steps</legend>
${STEP_KINDS.map(
  (kind) =>
    html`<p class="send-to"><label class="inline"><input type="checkbox" name="step_${kind}" value="on"${checked(`step_${kind}`)}> ${STEP_TITLE[kind]}</label></p>`,
)}
</fieldset>
<p class="send-to"><label class="inline"><input type="checkbox" name="digest" value="on"${checked('digest')}> A weekly digest by email: what needs you and the week ahead</label></p>
<div class="actions"><button type="submit">Save settings</button></div>
</form>
<p class="muted">Changes apply to what is still planned: pending reminders move to your new zone and hours, a step you switch off is skipped, one you switch back on returns.</p>`);
}

export function ownerPage(view: OwnerPageView, options: OwnerPageOptions): Page {
  const { owner } = view;
  const needs = view.interviews.filter((item) => item.todos.length > 0);
  return {
    status: options.status ?? 200,
    title: 'Your interviews',
    body: html`<section class="card"><h1>Your interviews</h1>
<p class="muted wrap">${owner.name ? html`${owner.name} · ` : ''}${owner.email} · times in ${owner.timezone}</p>
${options.notice ? html`<p class="ok" role="status">${options.notice}</p>` : ''}
<h2>Needs you now</h2>
${
  needs.length > 0
    ? needs.map((item) => html`<h3>${item.title}</h3>${todoForms(item)}`)
    : html`<p>Nothing needs you now.</p>`
}
</section>
${errorList(options.errors)}
${view.owner.paused ? pauseCard(view) : ''}
${
  view.interviews.length > 0
    ? view.interviews.map(interviewCard)
    : card(
        html`<p>No interviews yet. Forward an interview confirmation and it shows up here with its plan.</p>`,
      )
}
${view.owner.paused ? '' : pauseCard(view)}
${forwardCard(view)}
${calendarCard(options.feedUrl)}
${settingsCard(view, options)}`,
  };
}
