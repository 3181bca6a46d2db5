// Lambda Function URL entry for the link pages: decode the event, call handleLinkRequest, encode.
import type { APIGatewayProxyStructuredResultV2, LambdaFunctionURLEvent } from 'aws-lambda';
import { handleLinkRequest, type LinkRequest } from '#web/link-request.js';
// A static import: every first call builds the deps, so a lazy one only added chunks to read.
import { awsDeps } from './aws-deps.js';
import { beginInvocation, type LambdaContext } from './invocation.js';

/** The Function URL event as the plain request the link pages take. */
export function toLinkRequest(event: LambdaFunctionURLEvent): LinkRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(event.headers ?? {})) {
    if (value !== undefined) headers[name.toLowerCase()] = value;
  }
  const query: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(event.rawQueryString ?? '')) query[name] = value;
  const body =
    event.body === undefined || event.body === null
      ? null
      : event.isBase64Encoded
        ? Buffer.from(event.body, 'base64').toString('utf8')
        : event.body;
  return {
    method: event.requestContext.http.method,
    path: event.rawPath || '/',
    query,
    headers,
    body,
  };
}

export async function handler(
  event: LambdaFunctionURLEvent,
  context?: LambdaContext,
): Promise<APIGatewayProxyStructuredResultV2> {
  beginInvocation(context);
  const deps = awsDeps({ linkBaseUrl: `https://${event.requestContext.domainName}` });
  const response = await handleLinkRequest(deps, toLinkRequest(event));
  return { statusCode: response.statusCode, headers: response.headers, body: response.body };
}
