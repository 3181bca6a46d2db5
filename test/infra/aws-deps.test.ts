import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DynamoStore } from '#adapters/dynamo/dynamo-store.js';
import { S3RawMail } from '#adapters/s3/s3-raw-mail.js';
import { EventBridgeScheduler } from '#adapters/scheduler/eventbridge-scheduler.js';
import { SesMailer } from '#adapters/ses/ses-mailer.js';
import { AwsEnvError, awsDeps, readAwsEnv, resetAwsDeps } from '#handlers/aws-deps.js';
import { appConfigOf, parseStackConfig } from '../../infra/config.js';
import { exampleContext } from './synth.js';

const appConfig = JSON.stringify(appConfigOf(parseStackConfig(exampleContext)));

const goodEnv = {
  TABLE_NAME: 'Followup-Table',
  FOLLOWUP_CONFIG: appConfig,
  SCHEDULE_GROUP: 'Followup-steps',
  STEP_FUNCTION_ARN: 'arn:aws:lambda:us-east-1:123456789012:function:Followup-step',
  SCHEDULER_ROLE_ARN: 'arn:aws:iam::123456789012:role/Followup-SchedulerInvokeRole',
  SCHEDULER_DLQ_ARN: 'arn:aws:sqs:us-east-1:123456789012:Followup-DeadLetters',
  RAW_MAIL_BUCKET: 'followup-rawmail',
  LINK_BASE_URL: 'https://abc.lambda-url.us-east-1.on.aws/',
};

describe('readAwsEnv', () => {
  it('parses the environment the stack sets', () => {
    const env = readAwsEnv(goodEnv);
    expect(env.FOLLOWUP_CONFIG.domain).toBe('followup.example.com');
    expect(env.SES_CONFIGURATION_SET).toBeUndefined();
  });

  it('names every missing or malformed variable', () => {
    const { TABLE_NAME: _, ...withoutTable } = goodEnv;
    expect(() =>
      readAwsEnv({ ...withoutTable, FOLLOWUP_CONFIG: '{', SCHEDULER_ROLE_ARN: 'role' }),
    ).toThrow(
      /TABLE_NAME: .*\n.*FOLLOWUP_CONFIG: not valid JSON\n.*SCHEDULER_ROLE_ARN: expected an iam ARN/,
    );
    expect(() => readAwsEnv({ ...goodEnv, FOLLOWUP_CONFIG: '{"domain":"x.io"}' })).toThrow(
      /FOLLOWUP_CONFIG\.inboundAddress/,
    );
  });
});

describe('awsDeps', () => {
  const saved = { ...process.env };
  beforeEach(() => {
    resetAwsDeps();
    Object.assign(process.env, goodEnv, { AWS_REGION: 'us-east-1' });
  });
  afterEach(() => {
    process.env = { ...saved };
    resetAwsDeps();
  });

  it('wires the AWS adapters and strips the trailing slash of the base URL', () => {
    const deps = awsDeps();
    expect(deps.store).toBeInstanceOf(DynamoStore);
    expect(deps.scheduler).toBeInstanceOf(EventBridgeScheduler);
    expect(deps.mailer).toBeInstanceOf(SesMailer);
    expect(deps.linkBaseUrl).toBe('https://abc.lambda-url.us-east-1.on.aws');
  });

  it('is built once per container; a caller-given base URL wins', () => {
    const first = awsDeps();
    delete process.env.TABLE_NAME; // a rebuild would now fail
    const second = awsDeps({ linkBaseUrl: 'https://xyz.lambda-url.us-east-1.on.aws' });
    expect(second.store).toBe(first.store);
    expect(second.linkBaseUrl).toBe('https://xyz.lambda-url.us-east-1.on.aws');
  });

  it('fails clearly without a base URL from either side, and on a bad environment', () => {
    delete process.env.LINK_BASE_URL;
    expect(() => awsDeps()).toThrow(/LINK_BASE_URL is not set/);
    resetAwsDeps();
    delete process.env.SCHEDULE_GROUP;
    expect(() => awsDeps({ linkBaseUrl: 'https://x.on.aws' })).toThrow(AwsEnvError);
  });

  it('reads raw mail from the bucket through the factory the inbound function passes', async () => {
    const s3 = mockClient(S3Client);
    s3.on(GetObjectCommand, { Bucket: 'followup-rawmail', Key: 'inbound/abc' }).resolves({
      Body: { transformToByteArray: async () => new Uint8Array([104, 105]) } as never,
    });
    const rawMail = (bucket: string) => new S3RawMail(new S3Client({}), bucket);
    expect(await awsDeps({ rawMail }).rawMail.get('inbound/abc')).toEqual(
      new Uint8Array([104, 105]),
    );
    expect(s3.commandCalls(GetObjectCommand)).toHaveLength(1);
    s3.restore();
  });

  it('refuses raw mail in functions that do not read it, and without a bucket', async () => {
    await expect(awsDeps().rawMail.get('inbound/abc')).rejects.toThrow(/does not read raw mail/);
    resetAwsDeps();
    delete process.env.RAW_MAIL_BUCKET;
    const rawMail = (bucket: string) => new S3RawMail(new S3Client({}), bucket);
    await expect(awsDeps({ rawMail }).rawMail.get('inbound/abc')).rejects.toThrow(
      /RAW_MAIL_BUCKET is not set/,
    );
  });
});
