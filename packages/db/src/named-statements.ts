import { createHash } from "node:crypto";
import type pg from "pg";

/** How many statement texts a pool names, for how long, and how many seen once it remembers. */
export interface NamedStatementLimits {
  /** At most this many texts get a name in a period. */
  named: number;
  /** Texts seen once, remembered to know a second sighting; forgotten all at once when full. */
  remembered: number;
  /**
   * The period's length: then every name is forgotten, and the texts sent most since take the
   * names. The pool's connections must live no longer (`maxLifetimeSeconds`), so that a
   * connection keeps the statements of two periods at most.
   */
  periodMs: number;
  /** The clock, in ms. */
  now?: () => number;
}

/** Ten minutes a period: the pool in client.ts closes each connection after as long. */
export const namedStatementPeriodSeconds = 600;

const defaultLimits: NamedStatementLimits = {
  named: 256,
  remembered: 4096,
  periodMs: namedStatementPeriodSeconds * 1000,
};

/**
 * PostgreSQL's refusals of a kept statement whose tables changed since it was prepared: the
 * classes "feature not supported" (a plan's changed result type) and "syntax error or access rule
 * violation" (an operator or type that no longer fits its parameters). Either fails before the
 * statement runs; a text that fails so unnamed as well fails twice, with the same error.
 */
const refusedAsKept = (error: unknown) => {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && (code.startsWith("0A") || code.startsWith("42"));
};

const isCallback = (value: unknown) => typeof value === "function";
const hasItems = (value: unknown) => Array.isArray(value) && value.length > 0;

/**
 * PostgreSQL parses, analyses and plans an unnamed statement anew each time it is sent. A statement
 * the API sends again and again (a page of findings, a thread's page, a session's lookup) is given
 * a name, the same for the same text, so that each connection parses it once and PostgreSQL may
 * keep its plan: with its default `plan_cache_mode` it plans for the values given until a plan for
 * any values proves as cheap. Planning the page of 50 findings costs about as much as running it.
 *
 * A text is named from its second sighting, and at most `limits.named` texts a period are: a third
 * party's one-off shapes of query never take a name, and the statements a connection keeps stay
 * bounded. The names are given anew each period (their prefix names the period), so that a text
 * that came late, once the names were taken, gets one in the next period if it is still sent.
 *
 * Only `pool.query` with a query object and parameters, answered as a promise, is named, which is
 * how drizzle sends its statements outside a transaction. A statement without parameters goes as
 * it is (it may hold several commands, which a prepared statement cannot), as does one in a
 * transaction, one that has a name already, and one answered through a callback.
 *
 * When a table a named statement reads changes its columns' types while the API runs (another
 * instance migrated it), PostgreSQL refuses the kept statement: "cached plan must not change result
 * type" (0A000), or the parameter types it was prepared with no longer fit (class 42). Such a
 * refusal sends the statement once more unnamed, as it would have gone before, and the pool drops
 * that connection, so the caller gets the answer the text gives now. A statement that fails for
 * another reason is not sent again (a timeout, a lost connection, a broken rule of the data).
 *
 * The names live on the server's connections, so a pooler in front of PostgreSQL must keep
 * prepared statements per client (PgBouncer in session mode, or with `max_prepared_statements`).
 */
export function nameRepeatedStatements(
  pool: pg.Pool,
  limits: NamedStatementLimits = defaultLimits,
): void {
  const names = new Map<string, string>();
  const seenOnce = new Set<string>();
  const now = limits.now ?? Date.now;
  let period = 0;
  let periodStart = now();
  const nameOf = (text: string): string | undefined => {
    const at = now();
    if (at - periodStart >= limits.periodMs) {
      period += 1;
      periodStart = at;
      names.clear();
      seenOnce.clear();
    }
    const known = names.get(text);
    if (known !== undefined || names.size >= limits.named) return known;
    if (!seenOnce.has(text)) {
      if (seenOnce.size >= limits.remembered) seenOnce.clear();
      seenOnce.add(text);
      return undefined;
    }
    seenOnce.delete(text);
    const hash = createHash("sha256").update(text).digest("base64url").slice(0, 40);
    const name = `k${period.toString(36)}_${hash}`;
    names.set(text, name);
    return name;
  };
  const send = pool.query.bind(pool) as (config: unknown, ...rest: unknown[]) => unknown;
  const query = (config: unknown, ...rest: unknown[]) => {
    if (config === null || typeof config !== "object" || rest.some(isCallback))
      return send(config, ...rest);
    const { name, text, values } = config as { name?: string; text?: unknown; values?: unknown };
    const parameters = rest[0] ?? values;
    if (name !== undefined || typeof text !== "string" || !hasItems(parameters))
      return send(config, ...rest);
    const given = nameOf(text);
    if (given === undefined) return send(config, ...rest);
    return (send({ ...config, name: given }, ...rest) as Promise<unknown>).catch((error) => {
      if (!refusedAsKept(error)) throw error;
      return send(config, ...rest);
    });
  };
  (pool as unknown as { query: typeof query }).query = query;
}
