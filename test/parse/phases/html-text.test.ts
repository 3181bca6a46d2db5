// HTML flattening: what a table cell becomes decides whether the readers see one person or two.
import { describe, expect, it } from 'vitest';
import { htmlToText } from '#parse/html-text.js';

describe('table cells', () => {
  it('lines a cell breaks with <br> stay apart', () => {
    const text = htmlToText(
      '<table><tr><td><b>Panel</b></td><td>Ana Pereira (ana@firm.example)<br>Tomasz Nowak (tomasz@firm.example)</td></tr></table>',
    );
    expect(text).toContain('Ana Pereira (ana@firm.example); Tomasz Nowak (tomasz@firm.example)');
  });

  it('a name and a title broken by <br> are not one name', () => {
    const text = htmlToText('<table><tr><td>Kofi Mensah<br/>Head of Data</td></tr></table>');
    expect(text).not.toContain('Kofi Mensah Head of Data');
  });

  it('a cell Word wraps in paragraphs is still one line', () => {
    const text = htmlToText(
      '<table><tr><td><p class="MsoNormal">9:00 – 9:45</p></td><td><p class="MsoNormal">Lena Brandt</p><p class="MsoNormal">Staff Engineer</p></td></tr></table>',
    );
    expect(text).toContain('9:00 – 9:45\tLena Brandt Staff Engineer');
  });
});
