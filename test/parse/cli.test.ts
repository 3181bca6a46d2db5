// `followup parse` as a user runs it: a real process, real files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = join(root, 'test/fixtures/parse');

function followup(...args: string[]) {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  const run = spawnSync(process.execPath, [join(root, 'cli/bin/followup.js'), 'parse', ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('followup parse', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'followup-parse-'));
  const notEmail = join(scratch, 'notes.txt');
  writeFileSync(notEmail, 'just some notes, no headers at all\n');
  const a = join(fixtures, 'us-numeric-date-et.eml');
  const b = join(fixtures, 'ics-tzid-without-vtimezone-tokyo.eml');

  it('prints one JSON object per file, in argument order, with the extraction fields and extras', () => {
    const run = followup(b, a, '--json');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.file)).toEqual([b, a]);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(
        expect.arrayContaining([
          'file',
          'kind',
          'company',
          'role',
          'start',
          'end',
          'timezone',
          'interviewers',
          'meetingUrl',
          'decisionBy',
          'notes',
          'confidence',
          'warnings',
          'sources',
        ]),
      );
    }
    expect(lines[0]).toMatchObject({
      kind: 'scheduled',
      start: '2027-02-16T10:00:00+09:00',
      timezone: 'Asia/Tokyo',
    });
    expect(lines[1]).toMatchObject({ company: 'Copperleaf', decisionBy: '2027-02-19' });
  });

  it('reads times without a zone in --tz', () => {
    const file = join(fixtures, 'uk-ambiguous-date-by-domain.eml');
    const run = followup(file, '--json', '--tz', 'Europe/London');
    expect(JSON.parse(run.stdout).start).toBe('2027-02-04T10:00:00+00:00');
  });

  it('prints a readable summary without --json', () => {
    const run = followup(b);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        b,
        '  Interview scheduled',
        '  company     Kaito Labs',
        '  role        Engineering Manager',
        '  when        Tue 16 Feb 2027, 10:00–11:00 GMT+9 (Asia/Tokyo)',
        '              for you: Mon 15 Feb 2027, 20:00–21:00 EST (America/New_York)',
        '  with        Yui Sato <yui.sato@kaitolabs.example>',
        '  link        https://meet.google.com/kai-tola-bsx',
        '',
        '',
      ].join('\n'),
    );
  });

  it('names who arranged the interview when the parser finds them', () => {
    const run = followup(join(root, 'examples/confirmation.eml'));
    expect(run.stdout).toContain('  arranged by Priya Raman <priya.raman@lumenridge.example>\n');
  });

  it('shows a bare address as the address, never a name made from its mailbox', () => {
    const file = join(scratch, 'bare-address.eml');
    writeFileSync(
      file,
      [
        'From: tq@quarrystudio.example',
        'To: Sam Okafor <sam@example.com>',
        'Subject: Interview on Thursday',
        'Date: Mon, 30 Nov 2026 10:00:00 -0500',
        '',
        'Hi Sam, confirming your interview for the Product Designer role on Thursday 3 December 2026 at 2pm ET. Talk then.',
        '',
      ].join('\r\n'),
    );
    const run = followup(file);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  with        tq@quarrystudio.example\n');
    expect(run.stdout).not.toMatch(/\bTq\b/);
  });

  it('says plainly when a message is not an interview', () => {
    const file = join(scratch, 'order.eml');
    writeFileSync(
      file,
      'From: Ana <ana@shop.example>\r\nTo: sam@example.com\r\nSubject: Your order shipped\r\nDate: Mon, 30 Nov 2026 10:00:00 -0500\r\n\r\nYour parcel is on its way.\r\n',
    );
    const run = followup(file);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Not an interview: this email does not schedule, move or cancel one, so forwarding it would plan nothing',
    );
    expect(run.stdout).not.toMatch(/confidence/i);
  });

  it('reports unreadable and non-email files on stderr, still does the others, and exits non-zero', () => {
    const missing = join(scratch, 'missing.eml');
    const run = followup(missing, a, notEmail, '--json');
    expect(run.code).toBe(1);
    expect(
      run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).file),
    ).toEqual([a]);
    expect(run.stderr).toContain(`${missing}: cannot read it (no such file)`);
    expect(run.stderr).toContain(`${notEmail}: not an email`);
  });

  it('refuses an unknown --tz', () => {
    const run = followup(a, '--tz', 'Mars/Olympus');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("option '--tz <zone>' argument 'Mars/Olympus' is invalid");
    expect(run.stderr).toContain('not a valid IANA time zone');
  });
});
