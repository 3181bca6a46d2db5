// Each function's role grants exactly the AWS calls its bundle makes: the SDK commands sent by the
// source files esbuild puts in the handler's bundle, against the actions of the role's policy.
// A new command in an adapter without its grant (or a grant nothing uses) fails here.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ESBUILD_OPTIONS } from '../../infra/bundling.js';
import { logicalId, resources, synth } from './synth.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** IAM service prefix of each SDK package the functions use. */
const SERVICE: Record<string, string> = {
  '@aws-sdk/client-dynamodb': 'dynamodb',
  '@aws-sdk/lib-dynamodb': 'dynamodb',
  '@aws-sdk/client-scheduler': 'scheduler',
  '@aws-sdk/client-sesv2': 'ses',
  '@aws-sdk/client-s3': 's3',
};
/** lib-dynamodb's document commands and the item actions they call. */
const DOCUMENT_ACTION: Record<string, string> = {
  Get: 'GetItem',
  Put: 'PutItem',
  Update: 'UpdateItem',
  Delete: 'DeleteItem',
  BatchGet: 'BatchGetItem',
  BatchWrite: 'BatchWriteItem',
  TransactGet: 'TransactGetItems',
  TransactWrite: 'TransactWriteItems',
};

/** The IAM actions of the SDK commands one source file sends (`new XCommand(`). */
function actionsIn(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const serviceOf = new Map<string, [string, string]>();
  for (const m of code.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'(@aws-sdk\/[^']+)'/g)) {
    const service = SERVICE[m[2] as string];
    if (!service) continue;
    for (const name of (m[1] as string).split(',')) {
      const bare = name.trim().replace(/^type\s+/, '');
      if (bare.endsWith('Command')) serviceOf.set(bare, [service, m[2] as string]);
    }
  }
  return [...code.matchAll(/\bnew\s+(\w+Command)\s*\(/g)].flatMap((m) => {
    const found = serviceOf.get(m[1] as string);
    if (!found) return [];
    const [service, pkg] = found;
    const name = (m[1] as string).replace(/Command$/, '');
    const action = pkg === '@aws-sdk/lib-dynamodb' ? (DOCUMENT_ACTION[name] ?? name) : name;
    return [`${service}:${action}`];
  });
}

/** What the handler's bundle calls: the actions of every project file esbuild includes. */
async function actionsOfBundle(handler: string): Promise<string[]> {
  const result = await build({
    ...ESBUILD_OPTIONS,
    mainFields: [...ESBUILD_OPTIONS.mainFields],
    entryPoints: [`${root}functions/handlers/${handler}.ts`],
    write: false,
    metafile: true,
    minify: false,
    sourcemap: false,
    outfile: '/dev/null/index.mjs',
    logLevel: 'silent',
  });
  const own = Object.keys(result.metafile?.inputs ?? {}).filter(
    (input) => !input.includes('node_modules') && input.endsWith('.ts'),
  );
  return [...new Set(own.flatMap((input) => actionsIn(`${root}${relative(root, input)}`)))].sort();
}

const { template } = synth();

/** The service actions (not logs, DLQ or PassRole) the function's role allows. */
function grantedActions(fnPrefix: string): string[] {
  const fn = logicalId(template, 'AWS::Lambda::Function', fnPrefix);
  const { Properties } = resources(template)[fn] as { Properties: Record<string, unknown> };
  const role = (Properties.Role as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0];
  const statements = Object.values(resources(template))
    .filter((r) => r.Type === 'AWS::IAM::Policy')
    .filter((r) => JSON.stringify(r.Properties.Roles) === JSON.stringify([{ Ref: role }]))
    .flatMap(
      (r) => (r.Properties.PolicyDocument as { Statement: { Action: unknown }[] }).Statement,
    );
  const actions = statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
  return [
    ...new Set(
      (actions as string[]).filter((a) => Object.values(SERVICE).includes(a.split(':')[0] ?? '')),
    ),
  ].sort();
}

describe('function rights match the calls each bundle makes', () => {
  it.each([
    ['inbound', 'InboundFunction'],
    ['step', 'StepFunction'],
    ['link', 'LinkFunction'],
  ])(
    '%s',
    async (handler, fnPrefix) => {
      const used = await actionsOfBundle(handler);
      // The check itself: the bundles reach the table, the scheduler and SES.
      expect(used).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'ses:SendEmail']));
      expect(grantedActions(fnPrefix)).toEqual(used);
    },
    60_000,
  );

  it('reads a file’s commands through its imports (document commands as item actions)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'followup-rights-'));
    const file = join(dir, 'adapter.ts');
    writeFileSync(
      file,
      [
        "import { DeleteCommand, type GetCommandInput } from '@aws-sdk/lib-dynamodb';",
        "import {\n  CreateScheduleCommand,\n  type SchedulerClient,\n} from '@aws-sdk/client-scheduler';",
        'new DeleteCommand({}); new CreateScheduleCommand({}); new LocalCommand();',
      ].join('\n'),
    );
    expect(actionsIn(file)).toEqual(['dynamodb:DeleteItem', 'scheduler:CreateSchedule']);
    rmSync(dir, { recursive: true, force: true });
  });
});
