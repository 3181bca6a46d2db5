// The Lambda code as the stack bundles it (local esbuild, no Docker): each bundle is ESM with the
// AWS SDK inside, and loads and runs in a fresh node process up to the environment check.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { App } from 'aws-cdk-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStackConfig } from '../../infra/config.js';
import { FollowupStack } from '../../infra/followup-stack.js';
import { exampleContext } from './synth.js';

const run = promisify(execFile);
const outdir = mkdtempSync(join(tmpdir(), 'followup-cdk-out-'));
const assetDirs: Record<string, string> = {};

beforeAll(() => {
  // One real synth (with bundling) for the whole file.
  const app = new App({ outdir, builtinCloudFormationValidation: false } as never);
  const stack = new FollowupStack(app, 'Bundles', {
    config: parseStackConfig(exampleContext),
  });
  const assembly = app.synth();
  const template = assembly.getStackByName(stack.stackName).template as {
    Resources: Record<string, { Type: string; Properties: { Code?: { S3Key?: string } } }>;
  };
  for (const name of ['Inbound', 'Step', 'Link']) {
    const [, fn] = Object.entries(template.Resources).find(
      ([id, r]) => r.Type === 'AWS::Lambda::Function' && id.startsWith(`${name}Function`),
    ) as [string, { Properties: { Code: { S3Key: string } } }];
    assetDirs[name] = join(outdir, `asset.${fn.Properties.Code.S3Key.replace(/\.zip$/, '')}`);
  }
}, 180_000);

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('Lambda bundles', () => {
  it.each(['Inbound', 'Step', 'Link'])(
    '%s: ESM with a source map and the AWS SDK inside',
    (name) => {
      const dir = assetDirs[name] as string;
      expect(existsSync(join(dir, 'index.mjs'))).toBe(true);
      expect(existsSync(join(dir, 'index.mjs.map'))).toBe(true);
      const code = readFileSync(join(dir, 'index.mjs'), 'utf8');
      // Nothing left for the runtime to resolve: no static import or external require of the SDK.
      // (Booleans, so a failure does not print a megabyte of minified code.)
      expect(/\bfrom\s*["']@aws-sdk\//.test(code), 'static @aws-sdk import').toBe(false);
      expect(/__require\(["']@aws-sdk\//.test(code), 'external @aws-sdk require').toBe(false);
      expect(code.includes('DynamoDBClient'), 'SDK client code inside').toBe(true);
      expect(code.startsWith("import{createRequire as __cr}from'node:module';")).toBe(true);
    },
  );

  it.each(['Inbound', 'Step', 'Link'])(
    '%s: loads in a fresh node process and stops at the missing environment',
    async (name) => {
      const file = join(assetDirs[name] as string, 'index.mjs');
      const script = `
        const m = await import(${JSON.stringify(pathToFileURL(file).href)});
        try { await m.handler({ requestContext: { domainName: 'x.lambda-url.us-east-1.on.aws', http: { method: 'GET' } }, rawPath: '/' }); console.log('no error'); }
        catch (e) { console.log(e.message.split('\\n')[0]); }`;
      const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
        env: { PATH: process.env.PATH ?? '', AWS_REGION: 'us-east-1' },
        timeout: 60_000,
      });
      expect(stdout.trim()).toBe(
        "followup: the function's environment is not what the stack sets:",
      );
    },
    60_000,
  );
});
