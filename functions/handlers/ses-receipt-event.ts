// The event the SES receipt rule's Lambda action delivers (invocation type Event). The raw
// message itself is not in it: the rule's S3 action stored it first under `<prefix><messageId>`.
import * as z from 'zod/mini';
import type { InboundInput, VerdictStatus } from '#core/inbound/inbound-input.js';

const VERDICT_STATUSES = ['PASS', 'FAIL', 'GRAY', 'PROCESSING_FAILED', 'DISABLED'] as const;

const Verdict = z.object({ status: z.enum(VERDICT_STATUSES) });

export const SesReceiptRecord = z.object({
  eventSource: z.literal('aws:ses'),
  ses: z.object({
    mail: z.object({
      messageId: z
        .string()
        .check(
          z.minLength(1),
          z.maxLength(200),
          z.regex(/^[A-Za-z0-9._-]+$/, 'unexpected characters in the SES message id'),
        ),
      destination: z._default(z.array(z.string()), []),
    }),
    receipt: z.object({
      recipients: z.array(z.string()).check(z.minLength(1)),
      // Optional because SES leaves a verdict out when that check did not run; see below.
      spfVerdict: z.optional(Verdict),
      dkimVerdict: z.optional(Verdict),
      dmarcVerdict: z.optional(Verdict),
      spamVerdict: z.optional(Verdict),
      virusVerdict: z.optional(Verdict),
    }),
  }),
});

export const SesReceiptEvent = z.object({
  Records: z.array(SesReceiptRecord).check(z.minLength(1)),
});
export type SesReceiptEvent = z.infer<typeof SesReceiptEvent>;

export type SesEventDecoding = { ok: true; inputs: InboundInput[] } | { ok: false; error: string };

/**
 * Turns a receipt event into pipeline inputs. A missing SPF/DKIM/DMARC verdict counts as
 * PROCESSING_FAILED (so it never passes as PASS); a missing spam/virus verdict means the scan
 * was not enabled (DISABLED).
 */
export function decodeSesReceiptEvent(event: unknown, rawKeyPrefix: string): SesEventDecoding {
  const parsed = SesReceiptEvent.safeParse(event);
  if (!parsed.success) {
    return {
      ok: false,
      error: parsed.error.issues
        .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
        .join('; '),
    };
  }
  const inputs = parsed.data.Records.map(({ ses: { mail, receipt } }) => {
    const status = (verdict: { status: VerdictStatus } | undefined, missing: VerdictStatus) =>
      verdict?.status ?? missing;
    return {
      id: mail.messageId,
      rawKey: `${rawKeyPrefix}${mail.messageId}`,
      recipients: receipt.recipients.map((r) => r.trim().toLowerCase()),
      verdicts: {
        spf: status(receipt.spfVerdict, 'PROCESSING_FAILED'),
        dkim: status(receipt.dkimVerdict, 'PROCESSING_FAILED'),
        dmarc: status(receipt.dmarcVerdict, 'PROCESSING_FAILED'),
        spam: status(receipt.spamVerdict, 'DISABLED'),
        virus: status(receipt.virusVerdict, 'DISABLED'),
      },
    } satisfies InboundInput;
  });
  return { ok: true, inputs };
}
