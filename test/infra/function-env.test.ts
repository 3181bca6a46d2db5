// Each function's environment in the template is exactly what the handlers' env schema reads: no
// variable the schema does not know (it would be ignored), every required one, the optional ones
// each handler needs, and values the schema accepts once resolved as CloudFormation would.
import { describe, expect, it } from 'vitest';
import { RAW_MAIL_PREFIX } from '#core/deployment.js';
import { AwsEnv, readAwsEnv } from '#handlers/aws-deps.js';
import { type CfnTemplate, Intrinsics } from '../rehearsal/intrinsics.js';
import { logicalId, resources, synth } from './synth.js';

/** Read by Node itself, not by the handlers. */
const RUNTIME_VARIABLES = ['NODE_OPTIONS'];

const schemaKeys = Object.keys(AwsEnv.shape) as (keyof typeof AwsEnv.shape)[];
const required = schemaKeys.filter((key) => !AwsEnv.shape[key].safeParse(undefined).success);

/** The optional variables each handler cannot do without. */
const NEEDS: Record<string, string[]> = {
  // raw mail from the bucket; links in acknowledgements
  InboundFunction: ['RAW_MAIL_BUCKET', 'LINK_BASE_URL'],
  // links in reminders
  StepFunction: ['LINK_BASE_URL'],
  // learns its base URL from each request
  LinkFunction: [],
};

type Template = ReturnType<typeof synth>['template'];

function envOf(template: Template, fnPrefix: string): Record<string, unknown> {
  const id = logicalId(template, 'AWS::Lambda::Function', fnPrefix);
  const { Properties } = resources(template)[id] as { Properties: Record<string, unknown> };
  return (Properties.Environment as { Variables: Record<string, unknown> }).Variables;
}

describe.each([
  ['example config', {}],
  ['with a configuration set', { sesConfigurationSet: 'followup-events' }],
])('function environments (%s)', (_, overrides) => {
  const { template } = synth(overrides);

  it.each(Object.keys(NEEDS))('%s: exactly the variables the env schema reads', (fnPrefix) => {
    const keys = Object.keys(envOf(template, fnPrefix)).filter(
      (key) => !RUNTIME_VARIABLES.includes(key),
    );
    const optional = [
      ...(NEEDS[fnPrefix] as string[]),
      ...('sesConfigurationSet' in overrides ? ['SES_CONFIGURATION_SET'] : []),
    ];
    expect(keys.sort()).toEqual([...required, ...optional].sort());
    for (const key of keys) expect(schemaKeys).toContain(key);
  });

  it.each(Object.keys(NEEDS))('%s: values the env schema accepts', (fnPrefix) => {
    const url = logicalId(template, 'AWS::Lambda::Url', 'LinkFunctionFunctionUrl');
    const intrinsics = new Intrinsics(template.toJSON() as CfnTemplate, 'Test', {
      [`${url}.FunctionUrl`]: 'https://abc123.lambda-url.us-east-1.on.aws/',
    });
    const env = intrinsics.resolve(envOf(template, fnPrefix)) as Record<string, string>;
    const parsed = readAwsEnv(env);
    expect(parsed.FOLLOWUP_CONFIG.domain).toBe('followup.example.com');
  });
});

describe('the raw-mail prefix', () => {
  it('is one constant: the rule stores under it, the inbound handler reads it (not from env)', () => {
    const { template } = synth();
    template.hasResourceProperties('AWS::SES::ReceiptRule', {
      Rule: { Actions: [{ S3Action: { ObjectKeyPrefix: RAW_MAIL_PREFIX } }, {}, {}] },
    });
    expect(Object.keys(envOf(template, 'InboundFunction'))).not.toContain('RAW_MAIL_PREFIX');
  });
});
