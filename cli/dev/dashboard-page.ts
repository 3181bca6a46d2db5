// `/`: the interviews, their plans and the state of each step.
import escapeHtml from 'escape-html';
import type { Interview, Owner, Step } from '#core/domain.js';
import { formatInstantWithYear, layout } from './page-layout.js';

export interface DashboardData {
  now: Date;
  inboundAddress: string;
  smtpPort: number;
  owners: { owner: Owner; interviews: { interview: Interview; steps: Step[] }[] }[];
}

function renderInterview(interview: Interview, steps: Step[], zone: string): string {
  const who = interview.interviewers
    .map((p) => escapeHtml(p.email ? `${p.name} <${p.email}>` : p.name))
    .join(', ');
  const stepRows = [...steps]
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt))
    .map(
      (s) =>
        `<tr><td>${escapeHtml(s.kind.replace('_', '-'))}</td><td>${escapeHtml(
          formatInstantWithYear(s.dueAt, zone),
        )}</td><td><span class="status">${escapeHtml(s.status)}</span>${
          s.sendAt
            ? ` <span class="muted">send at ${escapeHtml(formatInstantWithYear(s.sendAt, zone))}</span>`
            : ''
        }${s.lastError ? ` <span class="muted">${escapeHtml(s.lastError)}</span>` : ''}</td></tr>`,
    )
    .join('');
  return `<section class="interview"><h3>${escapeHtml(interview.company ?? 'Unknown company')} · ${escapeHtml(
    interview.role ?? 'role not given',
  )} <span class="status">${escapeHtml(interview.status)}</span></h3>
  <dl><dt>When</dt><dd>${escapeHtml(formatInstantWithYear(interview.start, zone))}${
    interview.timezone !== zone
      ? ` <span class="muted">(${escapeHtml(formatInstantWithYear(interview.start, interview.timezone))})</span>`
      : ''
  }</dd><dt>With</dt><dd>${who || '—'}</dd>${
    interview.meetingUrl ? `<dt>Video</dt><dd>${escapeHtml(interview.meetingUrl)}</dd>` : ''
  }</dl>
  <table><thead><tr><th>step</th><th>due</th><th>state</th></tr></thead><tbody>${stepRows}</tbody></table></section>`;
}

export function renderDashboard(data: DashboardData): string {
  const sections = data.owners.map(({ owner, interviews }) => {
    const list = interviews.map((i) => renderInterview(i.interview, i.steps, owner.timezone));
    return `<h2>${escapeHtml(owner.name)} <span class="muted">${escapeHtml(owner.email)} · sends as ${escapeHtml(
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
