// Synthesizes the stack for template assertions. Bundling is skipped (the `aws:cdk:bundling-stacks`
// context): these tests check the template, `npx cdk synth` and the bundle bench build the code.
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import cdkJson from '../../cdk.json' with { type: 'json' };
import { parseStackConfig, type StackConfig } from '../../infra/config.js';
import { FollowupStack } from '../../infra/followup-stack.js';

export const exampleContext = cdkJson.context.followup;

export function synth(overrides: Record<string, unknown> = {}, stackName = 'Test') {
  const app = new App({
    builtinCloudFormationValidation: false,
    context: { 'aws:cdk:bundling-stacks': [] },
  } as never);
  const config: StackConfig = parseStackConfig({ ...exampleContext, ...overrides });
  const stack = new FollowupStack(app, stackName, { config });
  return { app, stack, config, template: Template.fromStack(stack) };
}

type Resources = Record<string, { Type: string; Properties: Record<string, unknown> }>;

export function resources(template: Template): Resources {
  return template.toJSON().Resources as Resources;
}

/** The logical id of the only resource of `type` whose id starts with `prefix`. */
export function logicalId(template: Template, type: string, prefix: string): string {
  const ids = Object.entries(resources(template))
    .filter(([id, r]) => r.Type === type && id.startsWith(prefix))
    .map(([id]) => id);
  if (ids.length !== 1) throw new Error(`expected one ${type} ${prefix}*, found ${ids.join(', ')}`);
  return ids[0] as string;
}
