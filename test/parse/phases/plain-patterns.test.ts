// The phrase patterns are compiled without the `u` flag for speed (plainRegExp): they must read
// the same letters, digits and phrases as the Unicode patterns they were written as.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { alternation, LANGUAGES, plainRegExp } from '#parse/languages/index.js';

const HELDOUT = join(import.meta.dirname, '../../fixtures/parse/heldout');

const codePoints = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));

describe('plainRegExp', () => {
  const blocks: [string, number, number][] = [
    ['Latin, IPA, modifiers and combining marks', 0x0000, 0x036f],
    ['Greek and Cyrillic', 0x0370, 0x052f],
    ['Hebrew and Arabic', 0x0590, 0x06ff],
    ['Devanagari', 0x0900, 0x097f],
    ['Thai', 0x0e00, 0x0e7f],
    ['Latin Extended Additional', 0x1e00, 0x1eff],
    ['CJK punctuation and kana', 0x3000, 0x30ff],
    ['CJK', 0x4e00, 0x9fff],
    ['Hangul', 0xac00, 0xd7a3],
    ['fullwidth and halfwidth forms', 0xff00, 0xffef],
  ];
  it.each(blocks)('reads \\p{L}, \\p{M} and \\p{N} as Unicode does in %s', (_, from, to) => {
    const differ: string[] = [];
    for (const property of ['L', 'M', 'N']) {
      const source = String.raw`^\p{${property}}$`;
      const plain = plainRegExp(source, 'u');
      expect(plain.flags).not.toContain('u');
      for (const c of codePoints(from, to))
        if (plain.test(c) !== new RegExp(source, 'u').test(c)) differ.push(`${property} ${c}`);
    }
    expect(differ).toEqual([]);
  });

  it('keeps the u flag where a pattern uses another Unicode class', () => {
    const upper = plainRegExp(String.raw`^\p{Lu}\p{L}+$`, 'u');
    expect(upper.flags).toContain('u');
    expect(upper.test('Émilie')).toBe(true);
    expect(upper.test('émilie')).toBe(false);
  });

  it('keeps the u flag where a pattern names a code point beyond the plain ranges', () => {
    const pattern = plainRegExp(String.raw`^\u{1F600}|\P{L}$`, 'u');
    expect(pattern.flags).toContain('u');
  });

  // Own sentences in the table languages, with typographic apostrophes, accents and kana.
  const sample = [
    'Unfortunately we’ll have to cancel tomorrow’s interview; can we push it to Friday instead?',
    "Nous sommes au regret d'annuler l’entretien prévu jeudi ; il est reporté au 12 mars.",
    'Leider müssen wir das Gespräch am Dienstag absagen, der Termin wird verschoben.',
    'Lamentablemente tenemos que cancelar la entrevista; la reprogramamos para el lunes.',
    'Infelizmente precisamos remarcar a entrevista de quarta-feira para às 15h.',
    'Purtroppo il colloquio di giovedì è stato annullato e spostato a lunedì.',
    'Helaas moeten we het gesprek verzetten; het is verschoven naar vrijdag.',
    '面接の日程を変更させていただきたく、ご連絡いたしました。面接はキャンセルとなりました。',
    'Tyvärr måste vi ställa in intervjun – den är flyttad till onsdag kl. 13.15.',
  ].join('\n');
  const fields: [string, (t: (typeof LANGUAGES)[number]) => string[]][] = [
    ['cancelled', (t) => t.cancelled],
    ['rescheduled', (t) => t.rescheduled],
    ['interview', (t) => t.interview],
    ['rejection', (t) => t.notInterview.rejection],
  ];
  it.each(fields)('finds the same %s phrases as the Unicode pattern', (_, pick) => {
    const source = alternation(LANGUAGES.flatMap(pick));
    const plain = spans(plainRegExp(source, 'giu'), sample);
    expect(plain).toEqual(spans(new RegExp(source, 'giu'), sample));
    expect(plain.length).toBeGreaterThan(0);
  });

  // Our own held-out forwards (every other one, to keep this quick): real mail's length and mix
  // of languages.
  const mail = readdirSync(HELDOUT)
    .filter((f, i) => f.endsWith('.eml') && i % 4 === 0)
    .map((f) => readFileSync(join(HELDOUT, f), 'utf8'))
    .join('\n');
  it('spells out a phrase that opens with a group of words, so that it joins their letters', () => {
    const source = alternation(['(?:has|have) been called off', '(?:mit )?dabei sind', 'hold']);
    expect(source).toContain('h(?:as been called off|ave been called off|old)');
    expect(source).toContain('m(?:it dabei sind)|d(?:abei sind)');
    // A capturing group written out twice would renumber the groups after it.
    expect(alternation(['(?:by|at) (\\d+)'])).toContain('(?:(?:by|at) (\\d+))');
  });

  // Grouped by first letter, with "(?:has|have) been" spelled out as "has been" and "have been".
  it.each(fields)('groups the %s phrases by first letter without changing a match', (_, pick) => {
    const phrases = [...new Set(LANGUAGES.flatMap(pick))].sort((a, b) => b.length - a.length);
    const oneByOne = plainRegExp(phrases.map((p) => alternation([p], false)).join('|'), 'giu');
    const grouped = spans(plainRegExp(alternation(phrases), 'giu'), mail);
    expect(grouped).toEqual(spans(oneByOne, mail));
    expect(grouped.length).toBeGreaterThan(10);
  });

  // V8 compiles a pattern whose source is longer than 20 KB without its optimisations (its
  // RegExp::kRegExpTooLargeToOptimize): the cancellation phrases ran ten times slower so once
  // their table passed it. A table that grows past the limit must be split.
  it("builds every parser pattern under V8's size limit for optimised patterns", async () => {
    const built: string[] = [];
    const Native = RegExp;
    globalThis.RegExp = new Proxy(Native, {
      construct(target, args: ConstructorParameters<RegExpConstructor>) {
        const pattern = new target(...args);
        built.push(pattern.source);
        return pattern;
      },
    });
    try {
      vi.resetModules();
      await import('#parse/parse-email.js');
    } finally {
      globalThis.RegExp = Native;
    }
    expect(built.length).toBeGreaterThan(100);
    const tooLong = built.filter((source) => source.length > 20 * 1024);
    expect(tooLong.map((source) => `${source.length}: ${source.slice(0, 60)}`)).toEqual([]);
  });
});

function spans(pattern: RegExp, text: string): [number | undefined, string][] {
  return [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
}

describe('the language tables', () => {
  it('write no phrase that ends in a space (a word boundary follows every phrase, so it could never match before a word)', () => {
    const trailing: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (typeof value === 'string') {
        if (/[ \t]\)?\??$/.test(value) && !/\\[ts]\)?\??$/.test(value))
          trailing.push(`${path}: ${value}`);
      } else if (Array.isArray(value))
        for (const [i, v] of value.entries()) walk(v, `${path}[${i}]`);
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    for (const table of LANGUAGES) walk(table, table.code);
    expect(trailing).toEqual([]);
  });
});
