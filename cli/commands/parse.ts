export async function runParse(_files: string[], _options: { tz: string; json?: boolean }) {
  console.error('followup parse: not built yet (issue 3)');
  return 1;
}
