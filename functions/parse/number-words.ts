// Numbers written as words, in the languages the parser reads; each pattern that finds one
// decides which words it accepts, this table only says what they are worth.
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  une: 1,
  um: 1,
  uma: 1,
  un: 1,
  una: 1,
  eine: 1,
  een: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  'forty-five': 45,
  'forty five': 45,
  fortyfive: 45,
  fifty: 50,
  sixty: 60,
  ninety: 90,
  'a couple of': 2,
  'a couple': 2,
  couple: 2,
  'a few': 3,
  few: 3,
};

/** The word's value, else the digits read as a number (NaN when it is neither). */
export function numberFromWord(word: string): number {
  const key = word.toLowerCase();
  return NUMBER_WORDS[key] ?? Number(key.replace(',', '.'));
}
