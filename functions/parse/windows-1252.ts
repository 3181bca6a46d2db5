// Node 20's TextDecoder reads windows-1252 (and latin-1, which mail means as windows-1252) bytes
// 0x80-0x9F as C1 control characters, so an Outlook "–" or "’" turns into an invisible U+0096 or
// U+0092. Real text never holds C1 controls, so each is read back as its windows-1252 character.
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const C1 = /[\u0080-\u009F]/g;
const HAS_C1 = /[\u0080-\u009F]/;

export function repairWindows1252(text: string): string {
  return HAS_C1.test(text)
    ? text.replace(C1, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] as string)
    : text;
}
