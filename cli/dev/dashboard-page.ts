// `/`: the interviews, what each needs from its owner now (with a button that opens the link
// page to act), and its plan with every step's state in words.
import escapeHtml from 'escape-html';
import { INTERVIEW_STATE, nextPlanned, ownerTodos, stepState } from '#app/owner-todo.js';
import type { Interview, Owner, Step } from '#core/domain.js';
import { STEP_TITLE } from '#render/step-copy.js';
import { formatInstantWithYear, layout } from './page-layout.js';

export interface DashboardData {
  now: Date;
  inboundAddress: string;
  smtpPort: number;
  owners: { owner: Owner; interviews: { interview: Interview; steps: Step[] }[] }[];
}

/** A button that asks the dev server for a fresh link of this kind and opens it. */
function openButton(interview: Interview, step: Step['kind'], action: string, label: string) {
  return `<form method="post" action="/dev/open"><input type="hidden" name="interview" value="${escapeHtml(
    interview.id,
  )}"><input type="hidden" name="step" value="${escapeHtml(step)}"><input type="hidden" name="action" value="${escapeHtml(
    action,
  )}"><button type="submit">${escapeHtml(label)}</button></form>`;
}

function renderInterview(interview: Interview, steps: Step[], zone: string, now: Date): string {
  const when = (iso: string) => formatInstantWithYear(iso, zone);
  const who = interview.interviewers
    .map((p) => escapeHtml(p.email ? `${p.name} <${p.email}>` : p.name))
    .join(', ');
  const todos = ownerTodos(interview, steps, now, when);
  const next = nextPlanned(steps);
  const needs = todos.length
    ? todos
        .map(
          (todo) =>
            `<div class="todo"><p><strong>${escapeHtml(STEP_TITLE[todo.step])}:</strong> ${escapeHtml(
              todo.text,
            )}</p><div class="actions">${todo.actions
              .map((a) => openButton(interview, todo.step, a.action, a.label))
              .join('')}</div></div>`,
        )
        .join('')
    : `<p class="muted">Nothing needs you now.${
        interview.status === 'active' && next
          ? ` Next: ${escapeHtml(STEP_TITLE[next.kind])}, ${escapeHtml(when(next.dueAt))}.`
          : ''
      }</p>`;
  const plan = [...steps]
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt))
    .map(
      (s) =>
        `<li><span class="what">${escapeHtml(STEP_TITLE[s.kind])}</span> <span class="muted">${escapeHtml(
          when(s.dueAt),
        )}</span> <span class="status">${escapeHtml(stepState(s))}</span>${
          s.sendAt && s.status === 'approved'
            ? ` <span class="muted">goes out ${escapeHtml(when(s.sendAt))}</span>`
            : ''
        }${s.lastError ? ` <span class="muted">(${escapeHtml(s.lastError)})</span>` : ''}</li>`,
    )
    .join('');
  return `<section class="interview"><h3>${escapeHtml(interview.company ?? 'Unknown company')} · ${escapeHtml(
    interview.role ?? 'role not given',
  )} <span class="status">${escapeHtml(INTERVIEW_STATE[interview.status])}</span></h3>
  ${needs}
  <dl><dt>When</dt><dd>${escapeHtml(when(interview.start))}${
    interview.timezone !== zone
      ? ` <span class="muted">(${escapeHtml(formatInstantWithYear(interview.start, interview.timezone))})</span>`
      : ''
  }</dd><dt>With</dt><dd>${who || '—'}</dd>${
    interview.meetingUrl ? `<dt>Video</dt><dd>${escapeHtml(interview.meetingUrl)}</dd>` : ''
  }</dl>
  <h4>Plan</h4><ol class="plan">${plan}</ol></section>`;
}

export function renderDashboard(data: DashboardData): string {
  const sections = data.owners.map(({ owner, interviews }) => {
    const list = interviews.map((i) =>
      renderInterview(i.interview, i.steps, owner.timezone, data.now),
    );
    return `<h2>${escapeHtml(owner.name ?? owner.email)} <span class="muted">${escapeHtml(owner.email)} · sends as ${escapeHtml(
      owner.sendingAddress,
    )} · ${escapeHtml(owner.timezone)}</span></h2>${
      list.join('\n') ||
      `<p>No interviews yet. Forward a confirmation to <code>${escapeHtml(data.inboundAddress)}</code> over SMTP on 127.0.0.1:${data.smtpPort}, or run <code>npx followup demo</code>.</p>`
    }`;
  });
  const zone = data.owners[0]?.owner.timezone ?? 'UTC';
  return layout(
    'Interviews',
    `<h1>Interviews</h1><p class="muted">Dev time: ${escapeHtml(formatInstantWithYear(data.now.toISOString(), zone))}</p>${sections.join('\n')}`,
  );
}
