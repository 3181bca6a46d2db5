// The real Lambda entry with the deps the stack's environment builds (aws-deps), every AWS call
// answered by aws-sdk-client-mock and checked at the command level.
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetAwsDeps } from '#handlers/aws-deps.js';
import { handler } from '#handlers/inbound.js';
import { sesReceiptEvent } from './support/ses-event.js';

const s3 = mockClient(S3Client);
const dynamo = mockClient(DynamoDBDocumentClient);

const env = {
  TABLE_NAME: 'followup-table',
  FOLLOWUP_CONFIG: JSON.stringify({
    domain: 'followups.example.dev',
    inboundAddress: 'interviews@followups.example.dev',
    owners: [
      {
        email: 'sam.okafor.dev@gmail.com',
        name: 'Sam Okafor',
        timezone: 'America/New_York',
        sendingAddress: 'sam@followups.example.dev',
      },
    ],
  }),
  SCHEDULE_GROUP: 'followup',
  STEP_FUNCTION_ARN: 'arn:aws:lambda:us-east-1:123456789012:function:followup-step',
  SCHEDULER_ROLE_ARN: 'arn:aws:iam::123456789012:role/followup-scheduler',
  SCHEDULER_DLQ_ARN: 'arn:aws:sqs:us-east-1:123456789012:followup-dlq',
  RAW_MAIL_BUCKET: 'followup-raw-mail',
  LINK_BASE_URL: 'https://abc.lambda-url.us-east-1.on.aws',
};

beforeEach(() => {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  resetAwsDeps();
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  s3.reset();
  dynamo.reset();
  resetAwsDeps();
});

describe('inbound Lambda entry (aws-deps)', () => {
  it('claims the SES id, reads inbound/<id> from the raw-mail bucket and drops a stranger', async () => {
    const raw =
      'From: Promo <promo@spam.example>\r\nTo: interviews@followups.example.dev\r\nSubject: hi\r\n\r\nbuy now\r\n';
    s3.on(GetObjectCommand).resolves({
      Body: { transformToByteArray: async () => new TextEncoder().encode(raw) } as never,
    });
    dynamo.on(PutCommand).resolves({});
    dynamo.on(UpdateCommand).resolves({});
    dynamo.on(GetCommand).resolves({});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const messageId = 'k2r1ses7example0000000000000000000001';
    const event = sesReceiptEvent({
      messageId,
      from: 'promo@spam.example',
      recipients: ['interviews@followups.example.dev'],
    });

    expect(await handler(event)).toEqual({ outcomes: ['dropped:unknown_sender'] });

    expect(s3.commandCalls(GetObjectCommand).map((c) => c.args[0].input)).toEqual([
      { Bucket: 'followup-raw-mail', Key: `inbound/${messageId}` },
    ]);
    const claim = dynamo
      .commandCalls(PutCommand)
      .map((c) => c.args[0].input)
      .find((input) => String(input.Item?.PK).startsWith('MSG#'));
    expect(claim).toMatchObject({
      TableName: 'followup-table',
      Item: { PK: `MSG#${messageId}`, SK: 'MSG', state: 'processing' },
      ConditionExpression: 'attribute_not_exists(PK)',
    });
    expect(dynamo.commandCalls(UpdateCommand)[0]?.args[0].input).toMatchObject({
      Key: { PK: `MSG#${messageId}`, SK: 'MSG' },
      ExpressionAttributeValues: { ':done': 'done', ':outcome': 'dropped:unknown_sender' },
    });
    // Reads only owners (the configured ones are seeded first): never a stranger's interviews.
    const read = dynamo.commandCalls(GetCommand).map((c) => String(c.args[0].input.Key?.PK));
    expect(read.filter((pk) => !/^(OWNER|SEND|SEED)#/.test(pk))).toEqual([]);
    // One JSON line, the reason in it, the address masked.
    expect(warn).toHaveBeenCalledTimes(1);
    const line = JSON.parse(String(warn.mock.calls[0]?.[0]));
    expect(line).toMatchObject({
      level: 'warn',
      event: 'inbound.dropped',
      reason: 'unknown_sender',
      from: 'p***@spam.example',
    });
    expect(JSON.stringify(line)).not.toContain('promo@spam.example');
  });
});
