// The phrase patterns are compiled without the `u` flag for speed (plainRegExp): they must read
// the same letters, digits and phrases as the Unicode patterns they were written as.
import { describe, expect, it } from 'vitest';
import { alternation, LANGUAGES, plainRegExp } from '#parse/languages/index.js';

const codePoints = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));

describe('plainRegExp', () => {
  const blocks: [string, number, number][] = [
    ['Latin, IPA and modifiers', 0x0000, 0x02ff],
    ['Greek and Cyrillic', 0x0370, 0x052f],
    ['Hebrew letters', 0x05d0, 0x05ea],
    ['Devanagari', 0x0900, 0x097f],
    ['Thai', 0x0e00, 0x0e7f],
    ['Latin Extended Additional', 0x1e00, 0x1eff],
    ['kana', 0x3040, 0x30ff],
    ['fullwidth forms', 0xff00, 0xffbe],
  ];
  it.each(blocks)('reads \\p{L} and \\p{N} as Unicode does in %s', (_, from, to) => {
    const letter = plainRegExp(String.raw`^\p{L}$`, 'u');
    const digit = plainRegExp(String.raw`^[\p{N}]$`, 'u');
    expect(letter.flags).not.toContain('u');
    const differ = codePoints(from, to).filter(
      (c) => letter.test(c) !== /^\p{L}$/u.test(c) || digit.test(c) !== /^\p{N}$/u.test(c),
    );
    expect(differ).toEqual([]);
  });

  it('keeps the u flag where a pattern uses another Unicode class', () => {
    const upper = plainRegExp(String.raw`^\p{Lu}\p{L}+$`, 'u');
    expect(upper.flags).toContain('u');
    expect(upper.test('Émilie')).toBe(true);
    expect(upper.test('émilie')).toBe(false);
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
    const spans = (re: RegExp) => [...sample.matchAll(re)].map((m) => [m.index, m[0]]);
    const plain = spans(plainRegExp(source, 'giu'));
    expect(plain).toEqual(spans(new RegExp(source, 'giu')));
    expect(plain.length).toBeGreaterThan(0);
  });
});
