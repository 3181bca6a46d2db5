// CDK entry point. `npx cdk synth` works offline with the example context in cdk.json (CI runs
// it); a deploy refuses example values (see deployRefusal in config.ts).
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ConfigError, deployRefusal, parseStackConfig } from './config.js';
import { FollowupStack } from './followup-stack.js';

const app = new App();
try {
  const config = parseStackConfig(app.node.tryGetContext('followup'));
  const refusal = deployRefusal(config, {
    env: process.env,
    context: (key) => app.node.tryGetContext(key),
  });
  if (refusal) throw new ConfigError(refusal);
  const stackName = app.node.tryGetContext('followup:stackName') ?? 'Followup';
  new FollowupStack(app, stackName, {
    config,
    description: 'followup: the interview follow-up autopilot',
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  });
  // Every synth (and so every deploy) fails on an unacknowledged AwsSolutions finding.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  app.synth();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`followup: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
