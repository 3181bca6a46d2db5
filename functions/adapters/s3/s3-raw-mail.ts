// RawMail over the bucket the SES receipt rule's S3 action writes to.
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { RawMail } from '#ports/raw-mail.js';

export class S3RawMail implements RawMail {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async get(key: string): Promise<Uint8Array> {
    const { Body } = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    if (!Body) throw new Error(`raw message ${key} has no body`);
    return Body.transformToByteArray();
  }
}
