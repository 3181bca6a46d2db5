import { parseEmail } from '#parse/parse-email.js';

const [fromLine, subject, body] = process.argv.slice(2) as [string, string, string];
const raw = [
  'From: Robin Achebe <robin.achebe@gmail.com>',
  'To: interviews@followups.example.dev',
  `Subject: Fwd: ${subject}`,
  'Date: Mon, 01 Mar 2027 08:00:00 -0500',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  '',
  '',
  '---------- Forwarded message ---------',
  `From: ${fromLine}`,
  'Date: Fri, Feb 26, 2027 at 11:00 AM',
  `Subject: ${subject}`,
  'To: Robin Achebe <robin.achebe@gmail.com>',
  '',
  body.replace(/\\n/g, '\n'),
].join('\n');
const p = await parseEmail(raw, { timezone: 'America/New_York' });
console.log(
  p.kind,
  p.start,
  p.end,
  JSON.stringify(p.interviewers),
  '|',
  p.company,
  '|',
  p.role,
  '|',
  JSON.stringify(p.coordinator),
);
