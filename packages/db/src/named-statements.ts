import { createHash } from "node:crypto";
import type pg from "pg";

/** How many statement texts a pool names, and how many seen once it remembers. */
export interface NamedStatementLimits {
  /** At most this many texts get a name; each connection keeps at most as many statements. */
  named: number;
  /** Texts seen once, remembered to know a second sighting; forgotten all at once when full. */
  remembered: number;
}

const defaultLimits: NamedStatementLimits = { named: 256, remembered: 4096 };

/**
 * PostgreSQL parses, analyses and plans an unnamed statement anew each time it is sent. A statement
 * the API sends again and again (a page of findings, a thread's page, a session's lookup) is given
 * a name, the same for the same text, so that each connection parses it once and PostgreSQL may
 * keep its plan: with its default `plan_cache_mode` it plans for the values given until a plan for
 * any values proves as cheap. Planning the page of 50 findings costs about as much as running it.
 *
 * A text is named from its second sighting, and at most `limits.named` texts are: a third party's
 * one-off shapes of query never take a name, and the statements a connection keeps stay bounded.
 * Only `pool.query` with a query object is named, which is how drizzle sends every statement
 * outside a transaction; a statement in a transaction, or one that already has a name, goes as
 * it is. The names live on the server's connections, so a pooler in front of PostgreSQL must keep
 * prepared statements per client (PgBouncer in session mode, or with `max_prepared_statements`).
 */
export function nameRepeatedStatements(
  pool: pg.Pool,
  limits: NamedStatementLimits = defaultLimits,
): { namedCount(): number } {
  const names = new Map<string, string>();
  const seenOnce = new Set<string>();
  const nameOf = (text: string): string | undefined => {
    const known = names.get(text);
    if (known !== undefined || names.size >= limits.named) return known;
    if (!seenOnce.has(text)) {
      if (seenOnce.size >= limits.remembered) seenOnce.clear();
      seenOnce.add(text);
      return undefined;
    }
    seenOnce.delete(text);
    const name = `k_${createHash("sha256").update(text).digest("base64url").slice(0, 40)}`;
    names.set(text, name);
    return name;
  };
  const send = pool.query.bind(pool) as (config: unknown, ...rest: unknown[]) => unknown;
  const query = (config: unknown, ...rest: unknown[]) => {
    if (config !== null && typeof config === "object") {
      const { name, text } = config as { name?: string; text?: unknown };
      if (name === undefined && typeof text === "string") {
        const given = nameOf(text);
        if (given !== undefined) return send({ ...config, name: given }, ...rest);
      }
    }
    return send(config, ...rest);
  };
  (pool as unknown as { query: typeof query }).query = query;
  return { namedCount: () => names.size };
}
