export async function runPlan(
  _file: string,
  _options: { tz: string; now?: string; json?: boolean },
) {
  console.error('followup plan: not built yet (issue 4)');
  return 1;
}
