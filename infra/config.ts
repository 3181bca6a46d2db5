// Reads and validates the `followup` context of cdk.json / `-c followup=...`.
import { z } from 'zod';
import { AppConfig, describeIssues } from '../functions/core/config.js';
import { EmailAddress } from '../functions/core/domain.js';

export const StackConfig = AppConfig.extend({
  /** Route 53 hosted zone of `domain`; when set, MX and DKIM records are created. */
  hostedZone: z
    .object({ id: z.string().min(1), name: z.string().min(1) })
    .nullable()
    .default(null),
  alarmEmail: EmailAddress,
});
export type StackConfig = z.infer<typeof StackConfig>;

export class ConfigError extends Error {}

export function parseStackConfig(raw: unknown): StackConfig {
  if (raw === undefined || raw === null) {
    throw new ConfigError('missing cdk context "followup": see the deployment guide in README.md');
  }
  const value = typeof raw === 'string' ? JSON.parse(raw) : raw;
  const result = StackConfig.safeParse(value);
  if (!result.success) {
    throw new ConfigError(`invalid cdk context "followup":\n${describeIssues(result.error)}`);
  }
  return result.data;
}

const EXAMPLE_MARKERS = ['example.com', 'example.org', 'example.net', '.example'];

/** Names every setting still holding an example value; `cdk deploy` refuses those. */
export function exampleValuesIn(config: StackConfig): string[] {
  const isExample = (value: string) => EXAMPLE_MARKERS.some((m) => value.endsWith(m));
  const found: string[] = [];
  if (isExample(config.domain)) found.push('domain');
  if (isExample(config.inboundAddress)) found.push('inboundAddress');
  if (isExample(config.alarmEmail)) found.push('alarmEmail');
  config.owners.forEach((owner, i) => {
    if (isExample(owner.email)) found.push(`owners[${i}].email`);
    if (isExample(owner.sendingAddress)) found.push(`owners[${i}].sendingAddress`);
  });
  return found;
}
