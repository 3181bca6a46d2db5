// One Lambda function's execution environment: a node process running lambda-runner.mjs over the
// function's synthesized asset, with the environment Lambda would give it. Invocations go one at
// a time, like one warm container; every line the function logged is kept with its invocation.
import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const RUNNER = fileURLToPath(new URL('./lambda-runner.mjs', import.meta.url));

export interface LambdaFunctionSpec {
  name: string;
  arn: string;
  /** Directory of the unzipped asset (Lambda's task root). */
  taskRoot: string;
  handler: string;
  memoryMb: number;
  timeoutSeconds: number;
  /** The whole environment: the template's variables plus what the Lambda service sets. */
  environment: Record<string, string>;
}

export interface FunctionError {
  errorType: string;
  errorMessage: string;
  stack: string[];
}

export interface Invocation {
  requestId: string;
  result?: unknown;
  error?: FunctionError;
  /** Lines written to stdout and stderr during the invocation (the END marker left out). */
  logs: string[];
}

type Pending = {
  requestId: string;
  reply?: { result?: unknown; error?: FunctionError };
  ended: Set<'stdout' | 'stderr'>;
  logs: string[];
  settle: (invocation: Invocation) => void;
};

export class LambdaProcess {
  private child: ChildProcess | null = null;
  private pending: Pending | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** Lines written outside any invocation (during init). */
  readonly initLogs: string[] = [];
  initError: FunctionError | null = null;
  readonly invocations: Invocation[] = [];

  constructor(readonly spec: LambdaFunctionSpec) {}

  async start(): Promise<void> {
    const child = fork(
      RUNNER,
      [this.spec.taskRoot, this.spec.handler, String(this.spec.timeoutSeconds)],
      {
        cwd: this.spec.taskRoot,
        env: this.spec.environment,
        execArgv: [],
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      },
    );
    this.child = child;
    for (const stream of ['stdout', 'stderr'] as const) {
      let buffered = '';
      child[stream]?.setEncoding('utf8');
      child[stream]?.on('data', (chunk: string) => {
        buffered += chunk;
        let newline = buffered.indexOf('\n');
        while (newline >= 0) {
          this.line(stream, buffered.slice(0, newline));
          buffered = buffered.slice(newline + 1);
          newline = buffered.indexOf('\n');
        }
      });
    }
    await new Promise<void>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`${this.spec.name} exited (${code}) in init`)));
      child.once('message', (message: { type: string; error: FunctionError | null }) => {
        this.initError = message.error;
        resolve();
      });
    });
    child.removeAllListeners('exit');
    child.on('exit', (code) => {
      const pending = this.pending;
      if (!pending) return;
      this.pending = null;
      pending.settle({
        requestId: pending.requestId,
        error: { errorType: 'Runtime.ExitError', errorMessage: `exited (${code})`, stack: [] },
        logs: pending.logs,
      });
    });
    child.on('message', (message: { type: string; result?: unknown; error?: FunctionError }) => {
      if (message.type !== 'result' || !this.pending) return;
      this.pending.reply = { result: message.result, error: message.error };
      this.settleIfDone();
    });
  }

  /** Invokes the handler with `event` while the function's clock reads `now`. */
  invoke(event: unknown, now: Date): Promise<Invocation> {
    const run = this.queue.then(() => this.invokeNow(event, now));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private invokeNow(event: unknown, now: Date): Promise<Invocation> {
    const child = this.child;
    if (!child) throw new Error(`${this.spec.name} is not started`);
    const requestId = randomUUID();
    return new Promise<Invocation>((resolve) => {
      this.pending = {
        requestId,
        ended: new Set(),
        logs: [],
        settle: (invocation) => {
          this.invocations.push(invocation);
          resolve(invocation);
        },
      };
      child.send({
        type: 'invoke',
        id: requestId,
        event,
        now: now.getTime(),
        context: {
          awsRequestId: requestId,
          functionName: this.spec.name,
          functionVersion: '$LATEST',
          invokedFunctionArn: this.spec.arn,
          memoryLimitInMB: String(this.spec.memoryMb),
          logGroupName: this.spec.environment.AWS_LAMBDA_LOG_GROUP_NAME,
          logStreamName: this.spec.environment.AWS_LAMBDA_LOG_STREAM_NAME,
        },
      });
    });
  }

  private line(stream: 'stdout' | 'stderr', text: string) {
    const pending = this.pending;
    if (!pending) {
      this.initLogs.push(text);
      return;
    }
    if (text === `END RequestId: ${pending.requestId}`) {
      pending.ended.add(stream);
      this.settleIfDone();
    } else {
      pending.logs.push(text);
    }
  }

  private settleIfDone() {
    const pending = this.pending;
    if (!pending?.reply || pending.ended.size < 2) return;
    this.pending = null;
    pending.settle({ requestId: pending.requestId, ...pending.reply, logs: pending.logs });
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill();
    });
  }
}
