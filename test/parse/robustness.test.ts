// parseEmail never throws: mutated corpus and fixture messages, random bytes, and adversarial
// inputs built to make regular expressions backtrack. Bounds are generous ("it finishes").

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCalendar } from '#parse/calendar.js';
import { parseEmail } from '#parse/parse-email.js';
import type { ParsedEmail } from '#parse/types.js';
import { corpusAvailable, loadCorpus } from './corpus.js';

const fixtureDir = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/parse');
const samples: Buffer[] = [
  ...readdirSync(fixtureDir)
    .filter((f) => f.endsWith('.eml'))
    .map((f) => readFileSync(join(fixtureDir, f))),
  ...(corpusAvailable() ? loadCorpus().map((m) => m.raw) : []),
];

function wellFormed(parsed: ParsedEmail) {
  expect(['scheduled', 'rescheduled', 'cancelled', 'not_interview']).toContain(parsed.kind);
  expect(Array.isArray(parsed.interviewers)).toBe(true);
  for (const value of [parsed.start, parsed.end]) {
    if (value !== null) expect(Number.isNaN(Date.parse(value))).toBe(false);
  }
  expect(() => JSON.stringify(parsed)).not.toThrow();
}

/** A mutation of a message: cut, duplicate, splice bytes, flip bytes. */
const mutation = fc.record({
  sample: fc.nat(),
  edits: fc.array(
    fc.record({
      kind: fc.constantFrom('cut', 'insert', 'flip', 'duplicate', 'truncate'),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      length: fc.integer({ min: 1, max: 400 }),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
    }),
    { minLength: 1, maxLength: 6 },
  ),
});

function mutate(
  source: Buffer,
  edits: { kind: string; at: number; length: number; bytes: Uint8Array }[],
): Buffer {
  let out = Buffer.from(source);
  for (const edit of edits) {
    const at = Math.floor(edit.at * out.length);
    if (edit.kind === 'cut')
      out = Buffer.concat([out.subarray(0, at), out.subarray(at + edit.length)]);
    else if (edit.kind === 'insert')
      out = Buffer.concat([out.subarray(0, at), Buffer.from(edit.bytes), out.subarray(at)]);
    else if (edit.kind === 'flip')
      for (let i = 0; i < edit.bytes.length && at + i < out.length; i++)
        out[at + i] = edit.bytes[i] as number;
    else if (edit.kind === 'duplicate')
      out = Buffer.concat([out.subarray(0, at + edit.length), out.subarray(at)]);
    else out = out.subarray(0, at);
  }
  return out;
}

describe('parseEmail never throws', () => {
  it('on mutated corpus and fixture messages', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async ({ sample, edits }) => {
        const source = samples[sample % samples.length] as Buffer;
        const parsed = await parseEmail(mutate(source, edits), { timezone: 'America/New_York' });
        wellFormed(parsed);
      }),
      { numRuns: 250 },
    );
  });

  it('on random bytes and random text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 4000 }),
          fc.string({ maxLength: 4000 }),
          fc.string({ unit: 'binary', maxLength: 2000 }),
        ),
        async (input) => {
          const parsed = await parseEmail(input, { timezone: 'Europe/London' });
          wellFormed(parsed);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on random header-shaped text with a body of dates, times and names', async () => {
    const word = fc.constantFrom(
      'Monday',
      'Dec',
      '10',
      '3pm',
      '14:00',
      '–',
      'PT',
      'CET',
      'with',
      'Jane Doe',
      'next',
      'Friday',
      '05/01/2027',
      'UTC+5',
      ':',
      '>',
      '\n',
      'From:',
      'Sent:',
      '________________',
      'Begin forwarded message:',
      'https://zoom.us/j/1',
      'tomorrow',
      'noon',
      'a@b.example',
      '(',
      ')',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(word, { maxLength: 300 }), async (words) => {
        const raw = `From: A <a@x.example>\nTo: b@y.example\nSubject: Fwd: Interview\nDate: Mon, 9 Nov 2026 10:00:00 -0500\n\n${words.join(' ')}`;
        wellFormed(await parseEmail(raw, { timezone: 'America/New_York' }));
      }),
      { numRuns: 300 },
    );
  });
});

describe('pathological inputs finish', () => {
  const header =
    'From: A <a@x.example>\nTo: b@y.example\nSubject: Fwd: Interview\nDate: Mon, 9 Nov 2026 10:00:00 -0500\nContent-Type: text/plain\n\n';
  const htmlHeader = header.replace('text/plain', 'text/html');
  const megabyte = 1024 * 1024;
  const cases: [string, string][] = [
    ['a 1 MB line of letters', 'A'.repeat(megabyte)],
    ['a 1 MB line of capitalised words', 'Aaaa '.repeat(megabyte / 5)],
    ['a 1 MB run of digits and colons', '1:'.repeat(megabyte / 2)],
    ['1 MB of dashes between times', '10:00 - '.repeat(megabyte / 8)],
    ['1 MB of @ and dots', 'a.'.repeat(megabyte / 4) + '@'.repeat(megabyte / 2)],
    ['1 MB of "with " and names', 'with Jane Doe and '.repeat(megabyte / 18)],
    ['1 MB of quote markers', '> '.repeat(megabyte / 2)],
    // Many short lines cost postal-mime ~65 µs each (Node 20's Blob), so this one is 256 KB.
    ['256 KB of header-like lines', 'From: x\n'.repeat(megabyte / 32)],
    ['1 MB of month and weekday words', 'Monday, December '.repeat(megabyte / 17)],
    ['1 MB of URL-like text', 'https://zoom.us/j/'.repeat(megabyte / 18)],
  ];
  it.each(cases)('%s', async (_name, body) => {
    wellFormed(await parseEmail(header + body, { timezone: 'America/New_York' }));
  });

  it.each([
    ['unclosed tags', '<a '.repeat(300_000)],
    ['unclosed comments', '<!--'.repeat(250_000)],
    ['nested blockquotes', '<blockquote>'.repeat(100_000)],
    ['a giant attribute', `<div title="${'x'.repeat(megabyte)}">hi</div>`],
  ])('HTML with %s', async (_name, body) => {
    wellFormed(await parseEmail(htmlHeader + body, { timezone: 'America/New_York' }));
  });
});

describe('a calendar part ical.js cannot walk', () => {
  // Found by the property above: a stray END line makes ical.js throw outside its parse step.
  const broken = 'END:VCALENDAR';

  it('reads as no calendar', () => {
    expect(readCalendar(broken, 'America/New_York')).toBeNull();
  });

  it('leaves the rest of the message understood', async () => {
    const raw = [
      'From: Sam <sam@example.com>',
      'To: interviews@followup.example',
      'Subject: Interview with Acme',
      'Date: Mon, 30 Nov 2026 10:00:00 -0500',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'Your interview is on Thursday, December 3, 2026 at 2:00 PM Eastern.',
      '--b',
      'Content-Type: text/calendar; method=REQUEST',
      '',
      broken,
      '--b--',
      '',
    ].join('\r\n');
    const parsed = await parseEmail(raw, { timezone: 'America/New_York' });
    expect(parsed.error).toBeNull();
    expect(parsed.calendar).toBeNull();
    expect(parsed.start).toBe('2026-12-03T14:00:00-05:00');
  });
});
