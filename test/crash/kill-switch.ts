// Kills this process with SIGKILL at the n-th numbered moment: just before, or just after, each
// call that changes something outside the process (a store write, a mail handed to the mail
// service, a schedule created or deleted). Wraps the ports the app is given; the app's own code
// has no hook for it. A kill while a request is in flight leaves the same state as one of these
// two moments (the write either landed or did not), so together they cover every window.

const FOREVER = new Int32Array(new SharedArrayBuffer(4));

export class KillSwitch {
  /** Moments counted so far. */
  count = 0;

  /** `at` 0: never kill, only count. */
  constructor(private readonly at: number) {}

  private moment() {
    this.count += 1;
    if (this.count !== this.at) return;
    process.kill(process.pid, 'SIGKILL');
    // The signal is on its way; nothing more may run meanwhile.
    Atomics.wait(FOREVER, 0, 0);
  }

  /** `target` with the methods `counted` picks wrapped by a moment before and after each call. */
  wrap<T extends object>(target: T, counted: (method: string) => boolean): T {
    return new Proxy(target, {
      get: (object, property, receiver) => {
        const value = Reflect.get(object, property, receiver);
        if (typeof value !== 'function' || typeof property !== 'string' || !counted(property)) {
          return typeof value === 'function' ? value.bind(object) : value;
        }
        return async (...args: unknown[]) => {
          this.moment();
          const result = await value.apply(object, args);
          this.moment();
          return result;
        };
      },
    });
  }
}

/** Store methods that only read. */
export const isStoreWrite = (method: string) => !/^(get|list|find)/.test(method);
