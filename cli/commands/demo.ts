export async function runDemo(_args: string[]) {
  console.error('followup demo: not built yet (issue 8)');
  return 1;
}
