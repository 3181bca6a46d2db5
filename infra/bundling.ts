// One definition of how Lambda code is bundled: the stack (NodejsFunction, local esbuild) and the
// bundle bench (esbuild directly) both use it, so the bench measures what gets deployed.
import { Runtime } from 'aws-cdk-lib/aws-lambda';
import { type BundlingOptions, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';

/**
 * The Lambda runtime of every function. Node 24 rather than 22: Lambda deprecates nodejs22.x with
 * Node 22's end of life (April 2027), nodejs24.x is supported into 2028.
 */
export const LAMBDA_RUNTIME = Runtime.NODEJS_24_X;

/** The bundles target the runtime's Node version ('nodejs24.x' → 'node24'), so the two agree. */
export const LAMBDA_NODE_TARGET = LAMBDA_RUNTIME.name.replace(/^nodejs(\d+)\.x$/, 'node$1');

/** ESM bundles of CommonJS dependencies still call require(); give them one. */
export const ESM_REQUIRE_BANNER =
  "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);";

export const LAMBDA_BUNDLING: BundlingOptions = {
  format: OutputFormat.ESM,
  target: LAMBDA_NODE_TARGET,
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  // The SDK ships inside the bundle: pinned versions, and no surprise from the runtime's copy.
  bundleAwsSDK: true,
  externalModules: [],
  mainFields: ['module', 'main'],
  banner: ESM_REQUIRE_BANNER,
  forceDockerBundling: false,
};

/** The same settings in esbuild's own terms (for the bench). */
export const ESBUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: LAMBDA_NODE_TARGET,
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  mainFields: ['module', 'main'],
  banner: { js: ESM_REQUIRE_BANNER },
} as const;
