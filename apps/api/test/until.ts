/**
 * Asks `check` again every `everyMs` until it answers something truthy, and returns that; throws
 * "never saw <what>" after `ms`. For what another process or connection does in its own time.
 */
export async function until<T>(
  check: () => T | Promise<T>,
  what: string,
  ms = 30_000,
  everyMs = 25,
): Promise<Exclude<T, false | null | undefined>> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value as Exclude<T, false | null | undefined>;
    if (Date.now() > deadline) throw new Error(`never saw ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
