export async function runDoctor(_args: string[]) {
  console.error('followup doctor: not built yet (issue 7)');
  return 1;
}
