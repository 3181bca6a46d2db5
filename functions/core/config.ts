// Deployment configuration: the same shape in cdk.json context, in the Lambda environment
// (FOLLOWUP_CONFIG, JSON) and in the local runtime.
import * as z from 'zod/mini';
import { EmailAddress, Owner, Playbook } from './domain.js';

const positiveInt = (fallback: number) =>
  z._default(z.number().check(z.int(), z.positive()), fallback);

export const Limits = z.object({
  /** The largest inbound message accepted, in bytes. */
  maxMessageBytes: positiveInt(10 * 1024 * 1024),
  /**
   * The most lines an inbound message may have to be decoded. MIME decoding costs per line, so a
   * message of millions of tiny lines would hold a function for a minute within the byte limit;
   * 150,000 still admits a 10 MB forward whose attachments are base64 (76 characters a line).
   */
  maxMessageLines: positiveInt(150_000),
  /** The most new interviews one owner may log per day. */
  maxNewInterviewsPerOwnerPerDay: positiveInt(20),
  /**
   * The most emails inbound mail may cause to one owner in an hour: a ceiling on any loop or
   * flood nobody foresaw (each message answered is at most one email to its owner).
   */
  maxRepliesPerOwnerPerHour: positiveInt(30),
});
export type Limits = z.infer<typeof Limits>;

export const AppConfig = z.object({
  /** The mail domain of the deployment (sending addresses and relays live on it). */
  domain: z.string().check(z.trim(), z.toLowerCase(), z.minLength(3)),
  inboundAddress: EmailAddress,
  /**
   * Owners seeded into the table when the functions start; owners are data (`followup owners`),
   * so a deployment may list none here and add them all later without a deploy.
   */
  owners: z._default(z.array(Owner), []),
  playbook: z.prefault(Playbook, {}),
  limits: z.prefault(Limits, {}),
});
export type AppConfig = z.infer<typeof AppConfig>;

/** Renders zod issues as "path: message" lines a person can act on. */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('\n');
}

/** The address followup's own emails to owners come from. */
export function systemSender(config: Pick<AppConfig, 'domain'>) {
  return { name: 'followup', address: `followup@${config.domain}` };
}
