const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id as a UUID, or null when it cannot be one (so it names nothing, rather than failing in SQL). */
export function uuidOrNull(id: string | number | null | undefined): string | null {
  const text = id === null || id === undefined ? "" : String(id);
  return uuidPattern.test(text) ? text.toLowerCase() : null;
}
