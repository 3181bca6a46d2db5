// Lambda bundles: size, and cold-start cost of each handler's own code against baseline bundles
// that only use the same AWS SDK clients. All are bundled by the stack's own bundleHandler
// (infra/bundling.ts: ESM, minified, SDK bundled, source maps, a chunk per dynamic import). Each
// cold init is timed twice: wall clock, and the CPU time the process spent (user + system, every
// thread), which a machine loaded by other work inflates far less.
// Two figures. The goal's stops at env validation (an empty event, no function environment),
// against a baseline that imports the SDK clients and constructs them at module load. The first
// invocation as the stack runs it (its environment, so the config is parsed, the SDK clients
// built, the owner's zone checked) is compared with an SDK-only handler that must do the same
// before answering: construct the same clients with the same settings in its first call, under
// the same environment; and, on a line of its own, the same plus one use of the owner's time zone,
// since any handler that plans in the owner's zone first reads ICU's zone data (~20 ms).
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Metafile } from 'esbuild';
import { errorMessage } from '#core/error-message.js';
import { type BundleEntry, bundleHandler, ESBUILD_OPTIONS } from '../../infra/bundling.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const HANDLERS = ['inbound', 'step', 'link'] as const;
const RUNS = 7;

/** SDK packages and how a baseline constructs their client (what a handler does at init). */
const SDK_CLIENTS: Record<string, { import: string; make: string }> = {
  'client-dynamodb': {
    import: "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
    make: 'new DynamoDBClient({})',
  },
  'lib-dynamodb': {
    import:
      "import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'; import { DynamoDBClient as D2 } from '@aws-sdk/client-dynamodb';",
    make: 'DynamoDBDocumentClient.from(new D2({}))',
  },
  'client-scheduler': {
    import: "import { SchedulerClient } from '@aws-sdk/client-scheduler';",
    make: 'new SchedulerClient({})',
  },
  'client-sesv2': {
    import: "import { SESv2Client } from '@aws-sdk/client-sesv2';",
    // The request settings functions/handlers/aws-deps.ts gives its SES client.
    make: 'new SESv2Client({ requestHandler: { requestTimeout: 5_000, throwOnRequestTimeout: true } })',
  },
  'client-s3': {
    import: "import { S3Client } from '@aws-sdk/client-s3';",
    make: 'new S3Client({})',
  },
  'client-ses': {
    import: "import { SESClient } from '@aws-sdk/client-ses';",
    make: 'new SESClient({})',
  },
  'client-sqs': {
    import: "import { SQSClient } from '@aws-sdk/client-sqs';",
    make: 'new SQSClient({})',
  },
};

/** Bundles into `outdir` (index.mjs and chunks/); size and gzip size of every .mjs written. */
async function bundle(entry: BundleEntry, outdir: string) {
  const metafile = bundleHandler(entry, outdir);
  let bytes = 0;
  let gzipBytes = 0;
  const files = (await readdir(outdir, { recursive: true })).filter((f) => f.endsWith('.mjs'));
  for (const file of files) {
    const code = await readFile(join(outdir, file));
    bytes += code.length;
    gzipBytes += gzipSync(code).length;
  }
  return { bytes, gzipBytes, files: files.length, metafile };
}

const source = (text: string): BundleEntry => ({ source: text, resolveDir: root });

/**
 * What an SDK-only baseline does with the clients a bundle carries. 'module': imports them and
 * constructs them at module load (the goal's baseline). 'handler': a handler that constructs them
 * in its first call, as functions/handlers/aws-deps.ts does. 'handler+zone': that, and formats the
 * time in the owner's zone once.
 */
type Baseline = 'module' | 'handler' | 'handler+zone';

function baselineSource(packages: string[], kind: Baseline): string {
  const imports = packages.map((p) => SDK_CLIENTS[p]?.import);
  const clients = `[${packages.map((p) => SDK_CLIENTS[p]?.make).join(', ')}]`;
  if (kind === 'module') return [...imports, `export const clients = ${clients};`].join('\n');
  const zoneUse =
    kind === 'handler+zone'
      ? `new Intl.DateTimeFormat('en-US', { timeZone: ${JSON.stringify(OWNER_ZONE)}, hour: 'numeric' }).format(Date.now());`
      : '';
  return [
    ...imports,
    'let clients;',
    `export async function handler() { clients ??= ${clients}; ${zoneUse} return clients.length; }`,
  ].join('\n');
}

function sdkPackagesIn(metafile: Metafile): string[] {
  const found = new Set<string>();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /node_modules\/@aws-sdk\/([a-z0-9-]+)\//.exec(input);
    if (match?.[1] && match[1] in SDK_CLIENTS) found.add(match[1]);
  }
  return [...found].sort();
}

interface ColdInit {
  /** Wall-clock milliseconds. */
  wall: number;
  /** CPU milliseconds (user + system) the process spent in the same span. */
  cpu: number;
}

/** The owner's zone in the bench's config; the zone-using baseline formats a time in it. */
const OWNER_ZONE = 'America/Chicago';

/**
 * The environment the stack gives a function (names as in infra/followup-stack.ts), with one owner
 * in a time zone, and an event every handler answers before any network call: the link function
 * serves /robots.txt, the step and inbound functions reject it as no event of theirs.
 */
const STACK_ENV: Record<string, string> = {
  TABLE_NAME: 'followup-bench',
  SCHEDULE_GROUP: 'followup-bench',
  STEP_FUNCTION_ARN: 'arn:aws:lambda:us-east-1:111111111111:function:step',
  SCHEDULER_ROLE_ARN: 'arn:aws:iam::111111111111:role/scheduler',
  SCHEDULER_DLQ_ARN: 'arn:aws:sqs:us-east-1:111111111111:dlq',
  RAW_MAIL_BUCKET: 'followup-bench-raw',
  LINK_BASE_URL: 'https://links.bench.invalid',
  FOLLOWUP_CONFIG: JSON.stringify({
    domain: 'bench.invalid',
    inboundAddress: 'interviews@bench.invalid',
    owners: [
      {
        email: 'owner@bench.invalid',
        timezone: OWNER_ZONE,
        sendingAddress: 'owner-mail@bench.invalid',
      },
    ],
  }),
};
const NO_NETWORK_EVENT = {
  rawPath: '/robots.txt',
  rawQueryString: '',
  headers: {},
  requestContext: { domainName: 'links.bench.invalid', http: { method: 'GET' } },
};

/** How a cold init is measured: the bare bench call, or a first invocation as the stack runs it. */
type Call = 'none' | 'empty' | 'configured';

/**
 * From `import()` until the module, and the first call's lazy imports, finished evaluating,
 * measured inside a fresh node process. 'empty': the call gets an empty event with no function
 * environment, so it stops at env validation. 'configured': the stack's environment (config
 * parsed, SDK clients built, the owner's zone checked) and an event answered before any network call.
 */
async function coldInit(file: string, call: Call, nodeOptions: string[] = []): Promise<ColdInit> {
  const event = call === 'configured' ? NO_NETWORK_EVENT : {};
  const script = `
    const c = process.cpuUsage();
    const t = performance.now();
    const m = await import(${JSON.stringify(pathToFileURL(file).href)});
    if (${call !== 'none'} && typeof m.handler === 'function') { try { await m.handler(${JSON.stringify(event)}); } catch {} }
    const wall = performance.now() - t;
    const used = process.cpuUsage(c);
    process.stdout.write('\\n' + JSON.stringify({ wall, cpu: (used.user + used.system) / 1000 }));
    process.exit(0);`;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_EC2_METADATA_DISABLED: 'true',
    ...(call === 'configured' ? STACK_ENV : {}),
  };
  // NODE_EXTRA_CA_CERTS is deliberately absent: it adds ~80 ms to every process start here.
  const { stdout } = await run(
    process.execPath,
    [...nodeOptions, '--input-type=module', '-e', script],
    {
      env,
      timeout: 30_000,
    },
  );
  // The handlers' log lines come first; the figures are the last line.
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as ColdInit;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Median wall and CPU time of samples. */
const medians = (samples: ColdInit[]): ColdInit => ({
  wall: median(samples.map((s) => s.wall)),
  cpu: median(samples.map((s) => s.cpu)),
});

const ms = (value: number) => `${value.toFixed(0)} ms`;
const percentOver = (own: number, base: number) => {
  const ratio = base > 0 ? (own / base - 1) * 100 : Number.NaN;
  return `${ratio >= 0 ? '+' : ''}${ratio.toFixed(0)}%`;
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** Parts of the handlers' own code, each bundled alone: what it adds to a cold init by itself. */
const PARTS: Record<string, string> = {
  'zod/mini (one schema)':
    "import * as z from 'zod/mini'; export const s = z.object({ a: z.string() });",
  'zod (classic, one schema; not in the bundles)':
    "import * as z from 'zod'; export const s = z.object({ a: z.string() });",
  'the config and domain schemas (zod/mini)': "export * from '#core/config.js';",
  // Any zone arithmetic pays ICU's data with its first formatter. luxon is in no bundle now (the
  // parser moved to ZonedTime); its line stays to show what it cost.
  'first time-zone use (native Intl, ICU data)':
    "export const d = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', hour: 'numeric' }).format(0);",
  'zone arithmetic (ZonedTime) with its first use':
    "import { ZonedTime } from '#core/zoned-time.js'; export const d = ZonedTime.of(0, 'America/New_York').startOfDay();",
  'luxon with one setZone (in no bundle now)':
    "import { DateTime } from 'luxon'; export const d = DateTime.now().setZone('America/New_York');",
  'compiled templates (step; link only for emails)':
    "export * from '#render/compiled-templates.js';",
  'postal-mime + ical.js (inbound)':
    "import PostalMime from 'postal-mime'; import ICAL from 'ical.js'; export { PostalMime, ICAL };",
  // Not part of the inbound cold init: loaded with the first message past the trust checks.
  'the whole parser (inbound, on first parse)': "export * from '#parse/parse-email.js';",
};

/** Where a cold init goes: each part against an empty bundle, and what source maps cost. */
async function breakdown(dir: string) {
  console.log(
    `\nwhere it goes: each part bundled alone, import time over an empty bundle (median of ${RUNS}, interleaved)`,
  );
  const empty = join(dir, 'part-empty', 'index.mjs');
  await bundle(source('export const nothing = 0;'), join(dir, 'part-empty'));
  for (const [part, text] of Object.entries(PARTS)) {
    const partDir = join(dir, `part-${part.replace(/\W+/g, '-')}`);
    const file = join(partDir, 'index.mjs');
    const { bytes } = await bundle(source(text), partDir);
    const own: ColdInit[] = [];
    const base: ColdInit[] = [];
    for (let i = 0; i < RUNS; i++) {
      own.push(await coldInit(file, 'none'));
      base.push(await coldInit(empty, 'none'));
    }
    const [o, b] = [medians(own), medians(base)];
    console.log(
      `  ${part.padEnd(52)} ${kb(bytes).padStart(7)}  +${ms(o.wall - b.wall)} wall, +${ms(o.cpu - b.cpu)} CPU`,
    );
  }
  // Node reads and parses a bundle's whole source map at load when source maps are enabled.
  const step = join(dir, 'step', 'index.mjs');
  const plain: ColdInit[] = [];
  const mapped: ColdInit[] = [];
  for (let i = 0; i < RUNS; i++) {
    plain.push(await coldInit(step, 'empty'));
    mapped.push(await coldInit(step, 'empty', ['--enable-source-maps']));
  }
  const [p, m] = [medians(plain), medians(mapped)];
  console.log(
    `  step bundle with --enable-source-maps: ${ms(m.wall)} wall, ${ms(m.cpu)} CPU vs ${ms(p.wall)}, ${ms(p.cpu)} without`,
  );
}

export default async function bundlesBench() {
  const dir = await mkdtemp(join(tmpdir(), 'followup-bundles-'));
  console.log(
    `esbuild ${ESBUILD_OPTIONS.format} ${ESBUILD_OPTIONS.target}, minified, ASCII, AWS SDK bundled, a chunk per dynamic import (bundleHandler, infra/bundling.ts; bundle = index.mjs and its chunks, as deployed); cold init = median of ${RUNS} fresh node ${process.version} processes (own and baseline interleaved), from import() until the module and the first call's lazy imports evaluated (call stops at env validation, no network), as wall time and as the process's CPU time; NODE_EXTRA_CA_CERTS unset; not Lambda's arm64 CPU; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    'handler   bundle   gzip   SDK clients (baseline)                  cold init wall / CPU   SDK-only baseline wall / CPU   own code adds wall / CPU',
  );
  const configured: string[] = [];
  try {
    for (const name of HANDLERS) {
      const entry = join(root, 'functions/handlers', `${name}.ts`);
      let own: Awaited<ReturnType<typeof bundle>>;
      try {
        own = await bundle({ file: entry }, join(dir, name));
      } catch (error) {
        console.log(`${name.padEnd(9)} does not bundle yet: ${errorMessage(error).split('\n')[0]}`);
        continue;
      }
      // Every SDK client a bundle carries is in its baselines (only inbound carries S3).
      const packages = sdkPackagesIn(own.metafile);
      const baselines: Record<Baseline, string> = {
        module: join(dir, `${name}-baseline`),
        handler: join(dir, `${name}-baseline-handler`),
        'handler+zone': join(dir, `${name}-baseline-handler-zone`),
      };
      for (const [kind, outdir] of Object.entries(baselines)) {
        await bundle(source(baselineSource(packages, kind as Baseline)), outdir);
      }
      // Interleaved, so a change in machine load hits every variant alike.
      const samples = {
        own: [] as ColdInit[],
        configured: [] as ColdInit[],
        module: [] as ColdInit[],
        handler: [] as ColdInit[],
        zone: [] as ColdInit[],
      };
      for (let i = 0; i < RUNS; i++) {
        samples.own.push(await coldInit(join(dir, name, 'index.mjs'), 'empty'));
        samples.configured.push(await coldInit(join(dir, name, 'index.mjs'), 'configured'));
        samples.module.push(await coldInit(join(baselines.module, 'index.mjs'), 'none'));
        samples.handler.push(await coldInit(join(baselines.handler, 'index.mjs'), 'configured'));
        samples.zone.push(
          await coldInit(join(baselines['handler+zone'], 'index.mjs'), 'configured'),
        );
      }
      const o = medians(samples.own);
      const b = medians(samples.module);
      const c = medians(samples.configured);
      const over = (base: ColdInit) =>
        `${`${ms(base.wall)} / ${ms(base.cpu)}`.padStart(18)} ${`${percentOver(c.wall, base.wall)} / ${percentOver(c.cpu, base.cpu)}`.padStart(12)}`;
      configured.push(
        `${name.padEnd(9)} ${`${ms(c.wall)} / ${ms(c.cpu)}`.padStart(18)}  ${over(medians(samples.handler))}  ${over(medians(samples.zone))}  ${over(b)}`,
      );
      const clients = packages.map((p) => p.replace(/^client-/, '')).join(', ') || '(none)';
      console.log(
        `${name.padEnd(9)} ${kb(own.bytes).padStart(7)} ${kb(own.gzipBytes).padStart(6)}  ${clients.padEnd(38)}  ${`${ms(o.wall)} / ${ms(o.cpu)}`.padStart(20)}  ${`${ms(b.wall)} / ${ms(b.cpu)}`.padStart(28)}  ${`${percentOver(o.wall, b.wall)} / ${percentOver(o.cpu, b.cpu)}`.padStart(24)}`,
      );
    }
    console.log('goal: own code adds < 30% to its SDK-only baseline');
    console.log(
      `\nfirst invocation as the stack runs it (same runs): the stack's environment, so the config is parsed, the SDK clients built and the owner's time zone checked (ICU's zone data); an event answered before any network call. Compared with SDK-only handlers run the same way: (a) constructs the same clients with the same settings in its first call; (b) that, and formats one time in the owner's zone (${OWNER_ZONE}), as any zone-aware handler must; (c) the goal's baseline (clients constructed at module load, no call, no function environment)`,
    );
    console.log(
      'handler   first call wall / CPU   (a) SDK handler  own adds      (b) + one zone use  own adds   (c) goal baseline  own adds',
    );
    for (const line of configured) console.log(line);
    await breakdown(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
