import { decodeBase64, decodeCursorChunk } from "@pothos/core";

/**
 * The values a connection's cursor holds (`DC:` and one value, or a tuple of `count` of them), or
 * undefined when it is no cursor of a connection.
 */
export function cursorValues(cursor: string, count: number): unknown[] | undefined {
  try {
    const decoded = decodeBase64(cursor);
    if (!decoded.startsWith("DC:")) return undefined;
    const value: unknown = decodeCursorChunk(decoded.slice(3));
    return count > 1 && Array.isArray(value) ? value : [value];
  } catch {
    return undefined;
  }
}
