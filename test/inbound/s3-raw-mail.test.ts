import { GetObjectCommand, NoSuchKey, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { S3RawMail } from '#adapters/s3/s3-raw-mail.js';

const s3 = mockClient(S3Client);
afterEach(() => s3.reset());

describe('S3RawMail', () => {
  it('gets exactly the object the receipt rule wrote and returns its bytes', async () => {
    const raw = Buffer.from('From: sam@example.com\r\nSubject: hi\r\n\r\nbody\r\n');
    // The SDK's streaming body exposes transformToByteArray; this stands in for it.
    const Body = { transformToByteArray: async () => new Uint8Array(raw) };
    s3.on(GetObjectCommand).resolves({ Body: Body as never });
    const mail = new S3RawMail(new S3Client({ region: 'us-east-1' }), 'followup-raw-mail');
    const bytes = await mail.get('inbound/o3vrnil0e2ic28trm7dfhrc2v0c');
    expect(Buffer.from(bytes).equals(raw)).toBe(true);
    expect(s3.commandCalls(GetObjectCommand).map((call) => call.args[0].input)).toEqual([
      { Bucket: 'followup-raw-mail', Key: 'inbound/o3vrnil0e2ic28trm7dfhrc2v0c' },
    ]);
  });

  it('lets a missing object fail loudly, so the delivery is retried rather than lost', async () => {
    s3.on(GetObjectCommand).rejects(new NoSuchKey({ message: 'gone', $metadata: {} }));
    const mail = new S3RawMail(new S3Client({ region: 'us-east-1' }), 'b');
    await expect(mail.get('inbound/x')).rejects.toThrow('gone');
  });
});
