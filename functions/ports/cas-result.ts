/** Outcome of a conditional write: `won` is false when another writer got there first. */
export type CasResult<T> = { won: true; value: T } | { won: false; current: T | null };
