// SES receipt-rule Lambda-action events, shaped as in the SES developer guide ("Sample
// incoming email event", Lambda action) and typed by @types/aws-lambda's SESEvent so the
// shape is checked against the community definitions too.
import type { SESEvent, SESReceiptStatus } from 'aws-lambda';

type Status = SESReceiptStatus['status'];

export interface SesEventOptions {
  messageId: string;
  from: string;
  recipients: string[];
  subject?: string;
  spf?: Status;
  dkim?: Status;
  dmarc?: Status;
  spam?: Status;
  virus?: Status;
  /** When SES received it (default a fixed instant in November 2026). */
  timestamp?: string;
  /** The function the rule's Lambda action invokes. */
  functionArn?: string;
}

export function sesReceiptEvent(options: SesEventOptions): SESEvent {
  const verdict = (status: Status | undefined) => ({ status: status ?? 'PASS' });
  const subject = options.subject ?? 'Fwd: interview';
  const timestamp = options.timestamp ?? '2026-11-09T17:40:33.512Z';
  return {
    Records: [
      {
        eventSource: 'aws:ses',
        eventVersion: '1.0',
        ses: {
          mail: {
            timestamp,
            source: options.from,
            messageId: options.messageId,
            destination: options.recipients,
            headersTruncated: false,
            headers: [
              { name: 'Return-Path', value: `<${options.from}>` },
              { name: 'X-SES-Spam-Verdict', value: options.spam ?? 'PASS' },
              { name: 'X-SES-Virus-Verdict', value: options.virus ?? 'PASS' },
              { name: 'From', value: options.from },
              { name: 'To', value: options.recipients.join(', ') },
              { name: 'Subject', value: subject },
            ],
            commonHeaders: {
              returnPath: options.from,
              from: [options.from],
              date: 'Mon, 9 Nov 2026 12:40:31 -0500',
              to: options.recipients,
              messageId: `<${options.messageId}@mail.example>`,
              subject,
            },
          },
          receipt: {
            timestamp,
            processingTimeMillis: 812,
            recipients: options.recipients,
            spamVerdict: verdict(options.spam),
            virusVerdict: verdict(options.virus),
            spfVerdict: verdict(options.spf),
            dkimVerdict: verdict(options.dkim),
            dmarcVerdict: verdict(options.dmarc),
            action: {
              type: 'Lambda',
              functionArn:
                options.functionArn ??
                'arn:aws:lambda:us-east-1:123456789012:function:followup-inbound',
              invocationType: 'Event',
            },
          },
        },
      },
    ],
  };
}
