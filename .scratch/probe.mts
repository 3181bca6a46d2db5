import { parseEmail, toExtraction } from '#parse/parse-email.js';

const cases: [string, string, string, string][] = JSON.parse(process.argv[2] as string);
for (const [from, subject, body, note] of cases) {
  const raw = [
    'From: Robin Achebe <robin.achebe@gmail.example>',
    'To: interviews@followups.example.dev',
    `Subject: Fwd: ${subject}`,
    'Date: Mon, 01 Mar 2027 08:00:00 -0500',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    note,
    '',
    '---------- Forwarded message ---------',
    `From: ${from}`,
    'Date: Mon, Mar 1, 2027 at 7:30 AM',
    `Subject: ${subject}`,
    'To: Robin Achebe <robin.achebe@gmail.example>',
    '',
    body,
  ].join('\n');
  const p = await parseEmail(raw, { timezone: 'America/New_York' });
  const x = toExtraction(p);
  console.log(
    subject,
    '=>',
    x.kind,
    x.company,
    '|',
    x.role,
    '|',
    x.start,
    x.end,
    JSON.stringify(x.interviewers.map((i) => i.name)),
  );
}
