// The frame of the dev server's own pages (dashboard, outbox).
import escapeHtml from 'escape-html';
import { ZonedTime } from '#core/zoned-time.js';
import { formatZoned } from '#core/zoned-time-format.js';

const STYLE = `
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d2430;background:#f6f7f9}
header{background:#1d2430;color:#fff;padding:.8rem 1rem;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;align-items:baseline}
header a{color:#cfe0ff;text-decoration:none}header strong{font-size:1.1rem}
main{max-width:1000px;margin:0 auto;padding:.5rem 1rem}
section{background:#fff;border:1px solid #dde1e7;border-radius:8px;padding:1rem;margin:1rem 0}
h2,h3{overflow-wrap:anywhere}h4{margin:.8rem 0 .3rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .8rem;margin:0 0 .6rem}
dt{color:#667}dd{margin:0;min-width:0;overflow-wrap:anywhere}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f3f4f6;padding:.6rem;border-radius:4px}.muted{color:#778}
.status{display:inline-block;padding:0 .4rem;border-radius:4px;background:#eef0f3;font-size:.85rem}
.todo{background:#fff8e6;border:1px solid #f0d58c;border-radius:6px;padding:.2rem .8rem .7rem;margin:.6rem 0}
.actions{display:flex;flex-wrap:wrap;gap:.5rem}.actions form{margin:0}
button{font:inherit;padding:.45rem .9rem;border-radius:6px;border:1px solid #1f5fbf;background:#1f6fe0;color:#fff;cursor:pointer}
.plan{margin:0;padding-left:1.3rem}.plan li{margin:.2rem 0}.plan .what{font-weight:600}
.email-body{display:block;border:1px solid #dde1e7;border-radius:4px;overflow-x:auto}
`;

export function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} · followup dev</title><style>${STYLE}</style></head>
<body><header><strong>followup dev</strong><a href="/">Interviews</a><a href="/outbox">Outbox</a><a href="/outbox.json">outbox.json</a></header>
<main>${body}</main></body></html>
`;
}

/** An instant in a zone, the way a person reads it: "Thu 12 Nov 2026, 15:00 EST". */
export function formatInstantWithYear(iso: string | null, zone: string): string {
  if (!iso) return '—';
  const at = ZonedTime.fromISO(iso, zone);
  return at ? formatZoned(at, 'ccc d LLL yyyy, HH:mm ZZZZ') : iso;
}
