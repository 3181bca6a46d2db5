// CDK entry point: `npx cdk synth` works offline with the example context in cdk.json;
// `cdk deploy` refuses example values.
import { App } from 'aws-cdk-lib';
import { ConfigError, exampleValuesIn, parseStackConfig } from './config.js';
import { FollowupStack } from './followup-stack.js';

const app = new App();
try {
  const config = parseStackConfig(app.node.tryGetContext('followup'));
  const examples = exampleValuesIn(config);
  const deploying = process.argv.includes('deploy') || process.env.CDK_DEPLOY === '1';
  if (examples.length > 0 && deploying) {
    throw new ConfigError(
      `refusing to deploy example values; set these in cdk.json or with -c: ${examples.join(', ')}`,
    );
  }
  new FollowupStack(app, 'Followup', {
    config,
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  });
  app.synth();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`followup: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
