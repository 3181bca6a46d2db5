// Placeholder until its issue lands; the CDK stack already points at this entry.
export async function handler(): Promise<never> {
  throw new Error('the link handler is not built yet');
}
