// /outbox and /outbox.json: every email the system sent, as its recipient sees it.
import escapeHtml from 'escape-html';
import type { OutboxRecord } from '#adapters/local/outbox-mailer.js';
import type { MailAddress } from '#ports/mailer.js';
import { formatInstantWithYear, layout } from './page-layout.js';

/** The public shape of /outbox.json: addresses as plain strings, oldest first. */
export interface OutboxJsonEntry {
  id: string;
  messageId: string;
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo: string[];
  subject: string;
  text: string;
  html: string | null;
  sentAt: string;
}

export function outboxJson(records: readonly OutboxRecord[]): OutboxJsonEntry[] {
  const plain = (list: MailAddress[]) => list.map((a) => a.address);
  return records.map((r) => ({
    id: r.id,
    messageId: r.messageId,
    from: r.from.address,
    to: plain(r.to),
    cc: plain(r.cc),
    bcc: plain(r.bcc),
    replyTo: plain(r.replyTo),
    subject: r.subject,
    text: r.text,
    html: r.html,
    sentAt: r.sentAt,
  }));
}

function addressList(list: MailAddress[]): string {
  return list
    .map((a) =>
      a.name ? `${escapeHtml(a.name)} &lt;${escapeHtml(a.address)}&gt;` : escapeHtml(a.address),
    )
    .join(', ');
}

/** Plain text with its links clickable; everything else escaped. */
function linkify(text: string): string {
  return escapeHtml(text).replace(
    /https?:\/\/[^\s<>"']+/g,
    (url) => `<a href="${url}" target="_blank" rel="noopener">${url}</a>`,
  );
}

/**
 * The HTML part inside a shadow root declared in the markup, the way a webmail shows a message
 * within its page: the email's styles stay inside, it takes the height it needs (no frame, no
 * script; the page's policy runs no script anyway). Our templates escape every value, so the
 * markup cannot end the template early; anything that tries is shown as text instead.
 */
function emailBody(html: string): string {
  if (/<\/?template/i.test(html)) return `<pre>${escapeHtml(html)}</pre>`;
  return `<div class="email-body"><template shadowrootmode="open">${html}</template></div>`;
}

function renderEmail(record: OutboxRecord, zone: string): string {
  const rows: [string, string][] = [
    ['From', addressList([record.from])],
    ['To', addressList(record.to)],
  ];
  if (record.cc.length) rows.push(['Cc', addressList(record.cc)]);
  if (record.bcc.length)
    rows.push(['Bcc', `${addressList(record.bcc)} <span class="muted">(envelope only)</span>`]);
  if (record.replyTo.length) rows.push(['Reply-To', addressList(record.replyTo)]);
  rows.push(
    ['Subject', `<strong>${escapeHtml(record.subject)}</strong>`],
    ['Sent', escapeHtml(formatInstantWithYear(record.sentAt, zone))],
    ['Message-ID', escapeHtml(`<${record.messageId}>`)],
  );
  const headers = rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('');
  const body = record.html
    ? `${emailBody(record.html)}
      <details><summary>Plain-text part</summary><pre>${linkify(record.text)}</pre></details>`
    : `<pre>${linkify(record.text)}</pre>`;
  return `<section id="m${escapeHtml(record.id)}" class="email"><dl>${headers}</dl>${body}
  <p class="muted"><a href="/outbox/${escapeHtml(record.id)}.eml">raw .eml</a></p></section>`;
}

/** Newest first: the page is for watching what just happened. */
export function renderOutbox(records: readonly OutboxRecord[], zone: string): string {
  const emails = [...records].reverse().map((r) => renderEmail(r, zone));
  const intro = `<p class="muted">${records.length} email${records.length === 1 ? '' : 's'} sent, newest first. Times in ${escapeHtml(zone)}.</p>`;
  return layout(
    'Outbox',
    `<h1>Outbox</h1>${intro}${emails.join('\n') || '<p>Nothing sent yet.</p>'}`,
  );
}
