export interface Counters {
  /** Atomically adds 1 to a named counter (e.g. new interviews per owner per day); returns the new value. */
  incrementCounter(name: string, expiresAt: string): Promise<number>;
}
