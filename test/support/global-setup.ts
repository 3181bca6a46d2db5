// Starts one embedded DynamoDB-compatible server (dynalite, in memory, random port) for the run.
import type { TestProject } from 'vitest/node';
import { startEmbeddedDynamo } from '#adapters/dynamo/embedded.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const dynamo = await startEmbeddedDynamo();
  project.provide('dynamoEndpoint', dynamo.endpoint);
  return () => dynamo.close();
}
