import { Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { synth } from './synth.js';

function findings(app: Parameters<AwsSolutionsChecks['validateScope']>[0]) {
  return new AwsSolutionsChecks(app).validateScope(app).violations.map((v) => ({
    rule: v.ruleName,
    at: v.violatingResources.map((r) => r.constructPath),
  }));
}

describe('cdk-nag AwsSolutions', () => {
  it('has zero unacknowledged findings (example config)', () => {
    expect(findings(synth().app)).toEqual([]);
  });

  it('has zero unacknowledged findings with a hosted zone and a configuration set', () => {
    const { app } = synth({
      hostedZone: { id: 'Z0123456789ABC', name: 'example.com' },
      sesConfigurationSet: 'followup-events',
    });
    expect(findings(app)).toEqual([]);
  });

  it('still reports a new wildcard grant (the acknowledgements are narrow)', () => {
    const { app, stack } = synth();
    stack.step.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [`${stack.rawMail.bucketArn}/*`],
      }),
    );
    expect(findings(app)).toEqual([
      {
        rule: expect.stringMatching(
          /^AwsSolutions-IAM5\[Resource::<ReceivingRawMail[0-9A-F]+\.Arn>\/\*\]$/,
        ),
        at: ['Test/Step/Role/DefaultPolicy/Resource'],
      },
    ]);
  });

  it('gives every acknowledgement a reason', () => {
    const { app } = synth();
    const acknowledged = app.node
      .findAll()
      .flatMap((c) => c.node.metadata)
      .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((m) => Object.entries(m.data as Record<string, string>));
    expect(acknowledged.length).toBeGreaterThanOrEqual(7);
    for (const [rule, reason] of acknowledged) expect(reason.length, rule).toBeGreaterThan(40);
  });
});
