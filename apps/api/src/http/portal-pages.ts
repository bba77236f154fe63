import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The file the portal's build writes next to its index.html: `{ "paths": [...] }`. */
export const routesFileName = "routes.json";

/** Tells whether a request path is a page of the portal. */
export type IsPortalPage = (path: string) => boolean;

type Segment =
  | { kind: "literal"; text: string; optional: boolean }
  | { kind: "param"; optional: boolean }
  | { kind: "rest" };

/**
 * One pattern in the router's syntax: `/teman/:slug` (`:name` is one non-empty segment, `:name?`
 * an optional one, a final `*` whatever follows). Literals compare without regard to case, as the
 * router compares them.
 */
function compile(pattern: string): Segment[] {
  return pattern
    .split("/")
    .filter((part) => part !== "")
    .map((part): Segment => {
      if (part === "*") return { kind: "rest" };
      const optional = part.endsWith("?");
      const text = optional ? part.slice(0, -1) : part;
      if (text.startsWith(":")) return { kind: "param", optional };
      return { kind: "literal", text: text.toLowerCase(), optional };
    });
}

function matches(pattern: Segment[], segments: string[]): boolean {
  const [first, ...rest] = pattern;
  if (!first) return segments.length === 0;
  if (first.kind === "rest") return true;
  const [segment, ...others] = segments;
  const here =
    segment !== undefined &&
    (first.kind === "param" ? segment !== "" : segment.toLowerCase() === first.text);
  if (here && matches(rest, others)) return true;
  return first.optional && matches(rest, segments);
}

/**
 * The segments of a request path, each percent-decoded on its own (so that `%2F` stays inside its
 * segment); trailing slashes are dropped. Null when the path cannot be decoded.
 */
function segmentsOf(path: string): string[] | null {
  const trimmed = path.replace(/\/+$/, "");
  if (trimmed === "") return [];
  const parts = trimmed.slice(trimmed.startsWith("/") ? 1 : 0).split("/");
  try {
    return parts.map((part) => decodeURIComponent(part));
  } catch {
    return null;
  }
}

/** A matcher for the given page patterns. */
export function portalPageMatcher(patterns: readonly string[]): IsPortalPage {
  const compiled = patterns.map(compile);
  return (path) => {
    const segments = segmentsOf(path);
    return segments !== null && compiled.some((pattern) => matches(pattern, segments));
  };
}

/**
 * The portal's pages as its build listed them in `routes.json`; null when the built portal has no
 * such list (a build from before it), and every path is then taken for a page.
 */
export function readPortalPages(portalDir: string): IsPortalPage | null {
  const file = join(portalDir, routesFileName);
  if (!existsSync(file)) return null;
  const { paths } = JSON.parse(readFileSync(file, "utf8")) as { paths?: unknown };
  if (!Array.isArray(paths) || !paths.every((p) => typeof p === "string"))
    throw new Error(`${file} does not hold { "paths": [...] } with the portal's page paths`);
  return portalPageMatcher(paths);
}
