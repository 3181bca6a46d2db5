// The S3 raw-mail store, for the inbound function only: kept out of aws-deps so the step and
// link bundles do not carry the S3 client.
import { S3Client } from '@aws-sdk/client-s3';
import { S3RawMail } from '#adapters/s3/s3-raw-mail.js';
import type { RawMail } from '#ports/raw-mail.js';

export function s3RawMail(bucket: string): RawMail {
  return new S3RawMail(new S3Client({}), bucket);
}
