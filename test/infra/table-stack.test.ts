import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { TABLE } from '#adapters/dynamo/table.js';
import cdkJson from '../../cdk.json' with { type: 'json' };
import { exampleValuesIn, parseStackConfig } from '../../infra/config.js';
import { synth as synthStack } from './synth.js';

const synth = () => synthStack().template;

describe('the table in the stack', () => {
  it('is on-demand, with point-in-time recovery, TTL, the GSI, deletion protection, and retained', () => {
    const template = synth();
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
        ],
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        TimeToLiveSpecification: { AttributeName: TABLE.ttlAttribute, Enabled: true },
        GlobalSecondaryIndexes: [
          Match.objectLike({
            IndexName: TABLE.gsi1.name,
            KeySchema: [
              { AttributeName: TABLE.gsi1.partitionKey, KeyType: 'HASH' },
              { AttributeName: TABLE.gsi1.sortKey, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          }),
        ],
      }),
    });
  });
});

describe('stack config', () => {
  it('accepts the example context but names every example value', () => {
    const config = parseStackConfig(cdkJson.context.followup);
    expect(exampleValuesIn(config)).toEqual([
      'domain',
      'inboundAddress',
      'alarmEmail',
      'owners[0].email',
      'owners[0].sendingAddress',
    ]);
  });

  it('explains what is wrong with an invalid context', () => {
    expect(() =>
      parseStackConfig({
        domain: 'x.io',
        inboundAddress: 'nope',
        owners: [{ email: 'a@b.io' }],
        alarmEmail: 'a@b.io',
      }),
    ).toThrow(/inboundAddress: .*\n.*owners\.0\.timezone: /s);
    expect(() => parseStackConfig(undefined)).toThrow(/missing cdk context "followup"/);
  });
});
