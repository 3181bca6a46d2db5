// What to print or log for anything a catch block receives (which need not be an Error).

/** An Error's message, else the thrown value as a string. */
export function errorMessage(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown);
}
