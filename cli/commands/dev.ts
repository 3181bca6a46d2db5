export async function runDev(_args: string[]) {
  console.log('followup dev: the local runtime is coming (issue 8). Until then: npm test.');
  return 0;
}
