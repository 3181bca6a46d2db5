// The Function URL adapter: the event becomes the plain request the pages take.
import type { LambdaFunctionURLEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { toLinkRequest } from '../../functions/handlers/link.js';

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
