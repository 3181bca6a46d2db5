// Names as a sentence says them: "Ana", "Ana and Tom", "Ana, Tom and Jae-won".

export function nameList(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
