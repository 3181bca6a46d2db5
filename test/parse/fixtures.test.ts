// Our own messages for every family and twist of forwarded confirmation, each with the truth a
// person reads in it (test/fixtures/parse/*.expected.json), scored by the corpus rules. Then the extras:
// the seeker's note, calendar identity, headers and the relay text.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseEmail, toExtraction } from '#parse/parse-email.js';
import type { Extraction } from '#parse/types.js';
import { scoreFields } from './corpus.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/parse');
const read = (name: string) => readFileSync(join(dir, name));
const parse = (name: string, timezone = 'America/New_York') => parseEmail(read(name), { timezone });

const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.eml'))
  .filter((f) => readdirSync(dir).includes(f.replace(/\.eml$/, '.expected.json')))
  .sort();

describe('fixtures (scored like the corpus)', () => {
  it('covers many families', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(19);
  });

  it.each(fixtures)('%s', async (name) => {
    const expected = JSON.parse(
      readFileSync(join(dir, name.replace(/\.eml$/, '.expected.json')), 'utf8'),
    ) as Extraction;
    const parsed = await parse(name);
    expect(parsed.error).toBeNull();
    const extraction = toExtraction(parsed);
    expect({ wrong: scoreFields(extraction, expected), extraction }).toEqual({
      wrong: [],
      extraction,
    });
  });
});

describe('the seeker note', () => {
  it('turns "they\'ll decide by Feb 26" into decisionBy and keeps the topic, apart from the original', async () => {
    const parsed = await parse('gmail-nested-inline-tomorrow-ist.eml');
    expect(parsed.decisionBy).toBe('2027-02-26');
    expect(parsed.notes).toEqual(['We talked about their payments reconciliation rewrite.']);
    expect(parsed.seekerNote).toContain("They'll decide by Feb 26.");
    expect(parsed.seekerNote).not.toContain('Anil');
    // The original is the innermost forward: its sender and date, not the intermediate one.
    expect(parsed.original?.from?.address).toBe('anil.rao@saffronpay.example');
    expect(parsed.original?.subject).toBe('Interview slot');
    expect(parsed.original?.date).toBe('2027-02-10T21:00:00-05:00');
  });

  it('reads "decision by Feb 19" and two topics', async () => {
    const parsed = await parse('us-numeric-date-et.eml');
    expect(parsed.decisionBy).toBe('2027-02-19');
    expect(parsed.notes).toEqual([
      'Mention the Postgres sharding project and ask about the on-call rotation.',
    ]);
  });
});

describe('calendar identity and headers', () => {
  it('reports UID, SEQUENCE and METHOD of the invitation', async () => {
    expect((await parse('ics-sequence-update-windows-tzid.eml')).calendar).toEqual({
      uid: '040000008200E00074C5B7101A82E00800000000D0A1',
      sequence: 2,
      method: 'REQUEST',
    });
    expect((await parse('ics-method-cancel.eml')).calendar).toEqual({
      uid: 'bf-onsite-991',
      sequence: 1,
      method: 'CANCEL',
    });
  });

  it('fills the outer headers and the relay text of a direct reply', async () => {
    const parsed = await parse('direct-interviewer-reply.eml');
    expect(parsed.kind).toBe('not_interview');
    expect(parsed.original).toBeNull();
    expect(parsed.outer).toMatchObject({
      from: { name: 'Helena Marsh', address: 'helena.marsh@norwoodbio.example' },
      to: [{ name: 'Sam Okafor', address: 'sam@followups.example.dev' }],
      subject: 'Re: Thank you',
      date: '2026-11-24T10:12:00-08:00',
      messageId: 'reply-77@norwoodbio.example',
      inReplyTo: 'sent-1@followups.example.dev',
      references: ['sent-0@followups.example.dev', 'sent-1@followups.example.dev'],
    });
    expect(parsed.text).toMatch(/^Hi Sam,\n\nThanks for the kind note/);
  });

  it('gives the seeker note as the outer text of a forward', async () => {
    const parsed = await parse('rfc822-nested-forward.eml');
    expect(parsed.text).toBe('Attaching what the recruiter sent me.');
    expect(parsed.original?.messageId).toBeNull();
    expect(parsed.original?.from?.address).toBe('no-reply@ats.orchardline.example');
  });

  it('reads times that carry no zone in the seeker zone given', async () => {
    const ny = await parse('uk-ambiguous-date-by-domain.eml', 'America/New_York');
    const london = await parse('uk-ambiguous-date-by-domain.eml', 'Europe/London');
    expect(ny.start).toBe('2027-02-04T10:00:00-05:00');
    expect(london.start).toBe('2027-02-04T10:00:00+00:00');
    expect(london.warnings.join(' ')).toMatch(/no time zone was written; read in Europe\/London/);
  });
});

describe('inputs that are not emails', () => {
  it('refuses an input over the size cap with a clear error', async () => {
    const parsed = await parseEmail(read('us-numeric-date-et.eml'), {
      timezone: 'UTC',
      maxBytes: 200,
    });
    expect(parsed.error?.code).toBe('too_large');
    expect(parsed.error?.message).toMatch(/over the .* limit/);
    expect(parsed.kind).toBe('not_interview');
  });

  it('applies the 25 MB default cap', async () => {
    const big = new Uint8Array(25 * 1024 * 1024 + 1);
    const parsed = await parseEmail(big, { timezone: 'UTC' });
    expect(parsed.error?.code).toBe('too_large');
  });

  it('says "not an email" for plain text, JSON and empty input', async () => {
    for (const input of [
      'hello there, this is just a note',
      '{"kind":"scheduled"}',
      '',
      '\u0000\u0001\u0002',
    ]) {
      const parsed = await parseEmail(input, { timezone: 'UTC' });
      expect(parsed.error?.code, JSON.stringify(input)).toBe('not_email');
    }
  });
});
