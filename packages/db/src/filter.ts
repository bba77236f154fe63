/**
 * Drizzle's relational filters refuse `undefined`: this drops the keys of a filter whose value is
 * undefined (at any depth) and the objects left empty, so optional arguments can be written inline.
 */
export function filter<T extends Record<string, unknown>>(where: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined) continue;
    if (
      value !== null &&
      typeof value === "object" &&
      !Array.isArray(value) &&
      !(value instanceof Date)
    ) {
      const inner = filter(value as Record<string, unknown>);
      if (Object.keys(inner).length > 0) out[key] = inner;
    } else {
      out[key] = value;
    }
  }
  return out as T;
}
