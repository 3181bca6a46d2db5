// The Function URL adapter: the event becomes the plain request the pages take, and the handler
// serves a page from the Lambda environment against DynamoDB (dynalite via AWS_ENDPOINT_URL_DYNAMODB).

import type { LambdaFunctionURLEvent } from 'aws-lambda';
import { describe, expect, inject, it } from 'vitest';
import { issueLink } from '#app/links.js';
import { resetAwsDeps } from '#handlers/aws-deps.js';
import { handler, toLinkRequest } from '#handlers/link.js';
import { config, interview } from '../emails/fixtures.js';
import { freshTable } from '../support/dynamo.js';

function event(overrides: Partial<LambdaFunctionURLEvent>): LambdaFunctionURLEvent {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/l/abc',
    rawQueryString: 'a=1&b=two',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', host: 'x.lambda-url.aws' },
    requestContext: {
      accountId: '123456789012',
      apiId: 'x',
      domainName: 'x.lambda-url.us-east-1.on.aws',
      domainPrefix: 'x',
      http: {
        method: 'POST',
        path: '/l/abc',
        protocol: 'HTTP/1.1',
        sourceIp: '1.2.3.4',
        userAgent: 'ua',
      },
      requestId: 'r',
      routeKey: '$default',
      stage: '$default',
      time: '',
      timeEpoch: 0,
    },
    isBase64Encoded: false,
    ...overrides,
  } as LambdaFunctionURLEvent;
}

describe('toLinkRequest', () => {
  it('takes method, path, query and lower-cased headers', () => {
    const request = toLinkRequest(event({ body: 'intent=send' }));
    expect(request).toEqual({
      method: 'POST',
      path: '/l/abc',
      query: { a: '1', b: 'two' },
      headers: { 'content-type': 'application/x-www-form-urlencoded', host: 'x.lambda-url.aws' },
      body: 'intent=send',
    });
  });

  it('decodes a base64 body and keeps a missing body null', () => {
    const encoded = Buffer.from('subject_0=Caf%C3%A9&intent=send').toString('base64');
    expect(toLinkRequest(event({ body: encoded, isBase64Encoded: true })).body).toBe(
      'subject_0=Caf%C3%A9&intent=send',
    );
    expect(toLinkRequest(event({ body: undefined })).body).toBeNull();
  });
});

describe('handler', () => {
  it('serves a link page from the Lambda environment, against DynamoDB (dynalite)', async () => {
    const table = await freshTable();
    await table.store.createInterview(interview());
    const url = await issueLink(
      {
        store: table.store,
        clock: { now: () => new Date() },
        linkBaseUrl: 'https://x.lambda-url.us-east-1.on.aws',
      },
      {
        action: 'cancel_plan',
        ownerEmail: config.owners[0]?.email ?? '',
        interviewId: 'int-1',
        step: null,
      },
    );
    const saved = { ...process.env };
    Object.assign(process.env, {
      TABLE_NAME: table.tableName,
      FOLLOWUP_CONFIG: JSON.stringify(config),
      SCHEDULE_GROUP: 'followup',
      STEP_FUNCTION_ARN: 'arn:aws:lambda:us-east-1:123456789012:function:step',
      SCHEDULER_ROLE_ARN: 'arn:aws:iam::123456789012:role/scheduler',
      SCHEDULER_DLQ_ARN: 'arn:aws:sqs:us-east-1:123456789012:dlq',
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_ENDPOINT_URL_DYNAMODB: inject('dynamoEndpoint'),
    });
    resetAwsDeps();
    try {
      const response = await handler(
        event({
          rawPath: new URL(url).pathname,
          rawQueryString: '',
          requestContext: {
            ...event({}).requestContext,
            http: { ...event({}).requestContext.http, method: 'GET' },
          },
        }),
      );
      expect(response.statusCode).toBe(200);
      expect(String(response.body)).toContain('Cancel the plan?');
      expect(response.headers?.['referrer-policy']).toBe('no-referrer');
    } finally {
      process.env = saved;
      resetAwsDeps();
    }
  });
});
