import { describe, expect, it } from 'vitest';
import { decodeSesReceiptEvent } from '#handlers/ses-receipt-event.js';
import { sesReceiptEvent } from './support/ses-event.js';

describe('decodeSesReceiptEvent', () => {
  it('reads id, S3 key, recipients and verdicts from a Lambda-action event', () => {
    const event = sesReceiptEvent({
      messageId: 'o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g01',
      from: 'sam.okafor.dev@gmail.com',
      recipients: ['Interviews@Followups.example.dev'],
      dkim: 'FAIL',
      dmarc: 'GRAY',
      spam: 'DISABLED',
    });
    const decoded = decodeSesReceiptEvent(event, 'inbound/');
    expect(decoded).toEqual({
      ok: true,
      inputs: [
        {
          id: 'o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g01',
          rawKey: 'inbound/o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g01',
          recipients: ['interviews@followups.example.dev'],
          verdicts: { spf: 'PASS', dkim: 'FAIL', dmarc: 'GRAY', spam: 'DISABLED', virus: 'PASS' },
        },
      ],
    });
  });

  it('treats a missing authentication verdict as not passed and a missing scan as off', () => {
    const event = sesReceiptEvent({
      messageId: 'm1',
      from: 'a@b.example',
      recipients: ['x@y.example'],
    });
    const receipt = event.Records[0]?.ses.receipt as unknown as Record<string, unknown>;
    delete receipt.spfVerdict;
    delete receipt.dkimVerdict;
    delete receipt.spamVerdict;
    const decoded = decodeSesReceiptEvent(event, 'p/');
    expect(decoded.ok && decoded.inputs[0]?.verdicts).toEqual({
      spf: 'PROCESSING_FAILED',
      dkim: 'PROCESSING_FAILED',
      dmarc: 'PASS',
      spam: 'DISABLED',
      virus: 'PASS',
    });
  });

  it('rejects events that are not SES receipts, and ids that could climb out of the prefix', () => {
    expect(decodeSesReceiptEvent({ Records: [] }, 'inbound/').ok).toBe(false);
    expect(decodeSesReceiptEvent({ hello: 'world' }, 'inbound/').ok).toBe(false);
    const sneaky = sesReceiptEvent({
      messageId: '../secrets/key',
      from: 'a@b.example',
      recipients: ['x@y.example'],
    });
    const decoded = decodeSesReceiptEvent(sneaky, 'inbound/');
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.error).toContain('ses.mail.messageId');
  });
});
