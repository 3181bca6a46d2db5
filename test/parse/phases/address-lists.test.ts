// Address lists as mail clients write them in forwarded headers.
import { describe, expect, it } from 'vitest';
import { parseAddressList } from '#parse/addresses.js';

describe('parseAddressList', () => {
  it('keeps an unquoted directory name with its comma: "de Vries, Maarten <addr>"', () => {
    expect(parseAddressList('van den Berg, Lotte <l.vandenberg@zuid.example>')).toEqual([
      { name: 'van den Berg, Lotte', address: 'l.vandenberg@zuid.example' },
    ]);
    expect(
      parseAddressList('Haas, Jan <jan@zuid.example>, Mol, Eva <eva@zuid.example>').map(
        (a) => a.name,
      ),
    ).toEqual(['Haas, Jan', 'Mol, Eva']);
  });

  it('a bare address before a named one stays its own entry', () => {
    expect(parseAddressList('a@zuid.example, Eva Mol <eva@zuid.example>')).toEqual([
      { name: null, address: 'a@zuid.example' },
      { name: 'Eva Mol', address: 'eva@zuid.example' },
    ]);
  });
});
