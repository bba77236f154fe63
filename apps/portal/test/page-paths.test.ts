import type { RouteObject } from "react-router";
import { describe, expect, it } from "vitest";
import { pagePaths } from "../src/page-paths";
import { routes } from "../src/routes";

/** The full path of every page the router shows: its leaf routes, with index routes at their parent's path. */
function pagePathsOf(children: RouteObject[], parent = ""): string[] {
  return children.flatMap((route) => {
    const path = joined(parent, route.path);
    return route.children ? pagePathsOf(route.children, path) : [path];
  });
}

function joined(parent: string, path: string | undefined): string {
  if (path === undefined) return parent || "/";
  if (path.startsWith("/")) return path;
  return `${parent.replace(/\/$/, "")}/${path}`;
}

describe("the list of page addresses", () => {
  const routed = pagePathsOf(routes);

  it("holds exactly the router's pages, so the server answers 404 for nothing the portal shows", () => {
    expect(routed.filter((path) => !path.endsWith("*")).sort()).toEqual([...pagePaths].sort());
  });

  it("names each page once, and the router has one catch-all page for unknown addresses", () => {
    expect(new Set(pagePaths).size).toBe(pagePaths.length);
    expect(routed.filter((path) => path.endsWith("*"))).toEqual(["/*"]);
  });
});
