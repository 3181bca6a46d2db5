// CloudFormation's intrinsic functions over a synthesized template, with every resource given the
// physical name and ARN it would have in one account and region. The rehearsal resolves the
// functions' environments and the receipt rule with it, so what the bundles read is exactly what
// the template would give them once deployed. An intrinsic or attribute it does not know throws:
// a new kind of reference in the template must be taught here, not silently passed on.

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';
const PARTITION = 'aws';

export interface CfnResource {
  Type: string;
  Properties?: Record<string, unknown>;
}
export interface CfnTemplate {
  Resources: Record<string, CfnResource>;
}

/** A resource's name as CloudFormation would generate it: `<stack>-<logical id>-<suffix>`. */
function generatedName(stackName: string, logicalId: string, lowercase = false) {
  const name = `${stackName}-${logicalId}-rehearsal`;
  return lowercase ? name.toLowerCase() : name;
}

export class Intrinsics {
  constructor(
    private readonly template: CfnTemplate,
    private readonly stackName: string,
    /** Stand-in values of attributes only the service knows (a Function URL's address). */
    private readonly serviceValues: Record<string, string> = {},
  ) {}

  resource(logicalId: string): CfnResource {
    const resource = this.template.Resources[logicalId];
    if (!resource) throw new Error(`the template has no resource ${logicalId}`);
    return resource;
  }

  /** What `Ref` answers for a resource (its physical name, or the queue's URL). */
  ref(logicalId: string): string {
    if (logicalId === 'AWS::Region') return REGION;
    if (logicalId === 'AWS::AccountId') return ACCOUNT;
    if (logicalId === 'AWS::Partition') return PARTITION;
    if (logicalId === 'AWS::URLSuffix') return 'amazonaws.com';
    if (logicalId === 'AWS::StackName') return this.stackName;
    const { Type, Properties = {} } = this.resource(logicalId);
    const named = (key: string, lowercase = false) =>
      typeof Properties[key] === 'string'
        ? (Properties[key] as string)
        : generatedName(this.stackName, logicalId, lowercase);
    switch (Type) {
      case 'AWS::DynamoDB::Table':
        return named('TableName');
      case 'AWS::S3::Bucket':
        return named('BucketName', true);
      case 'AWS::Lambda::Function':
        return named('FunctionName');
      case 'AWS::IAM::Role':
        return named('RoleName');
      case 'AWS::SQS::Queue':
        return `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/${named('QueueName')}`;
      case 'AWS::Scheduler::ScheduleGroup':
      case 'AWS::SES::ReceiptRuleSet':
        return named(Type === 'AWS::SES::ReceiptRuleSet' ? 'RuleSetName' : 'Name');
      case 'AWS::SNS::Topic':
        return `arn:${PARTITION}:sns:${REGION}:${ACCOUNT}:${named('TopicName')}`;
      case 'AWS::Logs::LogGroup':
        return named('LogGroupName');
      default:
        throw new Error(`the rehearsal does not know what Ref answers for ${Type} (${logicalId})`);
    }
  }

  getAtt(logicalId: string, attribute: string): string {
    const key = `${logicalId}.${attribute}`;
    if (key in this.serviceValues) return this.serviceValues[key] as string;
    const { Type } = this.resource(logicalId);
    const name = () => this.ref(logicalId);
    const arn = (service: string, resource: string, region = REGION) =>
      `arn:${PARTITION}:${service}:${region}:${ACCOUNT}:${resource}`;
    switch (`${Type}.${attribute}`) {
      case 'AWS::DynamoDB::Table.Arn':
        return arn('dynamodb', `table/${name()}`);
      case 'AWS::S3::Bucket.Arn':
        return `arn:${PARTITION}:s3:::${name()}`;
      case 'AWS::Lambda::Function.Arn':
        return arn('lambda', `function:${name()}`);
      case 'AWS::IAM::Role.Arn':
        return `arn:${PARTITION}:iam::${ACCOUNT}:role/${name()}`;
      case 'AWS::SQS::Queue.Arn':
        return arn('sqs', name().split('/').pop() as string);
      case 'AWS::Scheduler::ScheduleGroup.Arn':
        return arn('scheduler', `schedule-group/${name()}`);
      case 'AWS::Logs::LogGroup.Arn':
        return arn('logs', `log-group:${name()}:*`);
      default:
        throw new Error(
          `the rehearsal does not know ${Type}'s attribute ${attribute} (${logicalId})`,
        );
    }
  }

  /** Resolves every intrinsic in `value`. */
  resolve(value: unknown): unknown {
    if (Array.isArray(value)) return value.map((v) => this.resolve(v));
    if (value === null || typeof value !== 'object') return value;
    const entries = Object.entries(value);
    const [fn, args] = entries[0] ?? [];
    if (entries.length === 1 && fn && (fn === 'Ref' || fn.startsWith('Fn::'))) {
      return this.call(fn, args);
    }
    return Object.fromEntries(entries.map(([k, v]) => [k, this.resolve(v)]));
  }

  /** Resolves to a string, or throws naming what it got. */
  string(value: unknown): string {
    const resolved = this.resolve(value);
    if (typeof resolved !== 'string') {
      throw new Error(`expected a string, the template gives ${JSON.stringify(resolved)}`);
    }
    return resolved;
  }

  private call(fn: string, args: unknown): unknown {
    switch (fn) {
      case 'Ref':
        return this.ref(args as string);
      case 'Fn::GetAtt': {
        const [id, attribute] = (typeof args === 'string' ? args.split('.') : args) as string[];
        return this.getAtt(id as string, attribute as string);
      }
      case 'Fn::Join': {
        const [separator, parts] = args as [string, unknown[]];
        return (this.resolve(parts) as unknown[]).join(separator);
      }
      case 'Fn::Select': {
        const [index, list] = args as [number | string, unknown];
        const items = this.resolve(list) as unknown[];
        const picked = items[Number(index)];
        if (picked === undefined) throw new Error(`Fn::Select ${index} out of ${items.length}`);
        return picked;
      }
      case 'Fn::Split': {
        const [separator, source] = args as [string, unknown];
        return this.string(source).split(separator);
      }
      case 'Fn::Sub': {
        const [text, vars = {}] = (typeof args === 'string' ? [args, {}] : args) as [
          string,
          Record<string, unknown>,
        ];
        return text.replace(/\$\{([^}]+)\}/g, (_, name: string) => {
          if (name in vars) return this.string(vars[name]);
          const [id, attribute] = name.split('.');
          return attribute ? this.getAtt(id as string, attribute) : this.ref(id as string);
        });
      }
      default:
        throw new Error(`the rehearsal does not resolve ${fn}`);
    }
  }
}
