import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { type Request, type Response, Router } from "express";
import type { Log } from "../shared/log";
import { readPortalPages } from "./portal-pages";

/** A hashed file of the build: its name changes with its content, so it never changes. */
const immutable = "public, max-age=31536000, immutable";
/** index.html names the hashed files of the newest build: it is asked for again every time. */
const revalidate = "no-cache";
/** Other files of the portal (favicon, robots.txt): their names stay when they change. */
const shortLived = "public, max-age=3600";

/**
 * Addresses of the server, not of the portal: an unknown one there answers a plain 404, never the
 * portal's index.html (a missing script must not come back as a page).
 */
const serverPrefixes = [
  "/assets/",
  "/graphql",
  "/healthz",
  "/blogg/atom.xml",
  "/calendar/",
  "/meetings/",
];

type Encoding = "br" | "gzip" | "identity";

/** The weight a client's Accept-Encoding gives each coding; without the header, only identity. */
function acceptedCodings(header: string | undefined): (coding: "br" | "gzip") => number {
  if (header === undefined) return () => 0;
  const weights = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name = "", ...parameters] = part.split(";").map((p) => p.trim().toLowerCase());
    const q = parameters.find((p) => p.startsWith("q="));
    const weight = q ? Number(q.slice(2)) : 1;
    weights.set(name === "x-gzip" ? "gzip" : name, Number.isFinite(weight) ? weight : 0);
  }
  return (coding) => weights.get(coding) ?? weights.get("*") ?? 0;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The file of the built portal a path names, or null: no dotfiles, nothing outside the folder. */
async function fileOf(portalDir: string, path: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || /\.(br|gz)$/.test(decoded)) return null;
  if (decoded.split("/").some((segment) => segment.startsWith("."))) return null;
  const file = resolve(portalDir, `.${decoded}`);
  if (!file.startsWith(portalDir + sep)) return null;
  return (await isFile(file)) ? file : null;
}

/**
 * Sends one file of the portal in the best coding the client accepts among those the build wrote
 * next to it (`.br`, `.gz`), with the file's own type.
 */
async function sendPortalFile(
  req: Request,
  res: Response,
  next: (error?: unknown) => void,
  file: { path: string; cacheControl: string; status: number },
): Promise<void> {
  const accepted = acceptedCodings(req.headers["accept-encoding"]);
  const [br, gzip] = await Promise.all([isFile(`${file.path}.br`), isFile(`${file.path}.gz`)]);
  const offered = [
    ...(br ? [{ coding: "br" as const, weight: accepted("br") }] : []),
    ...(gzip ? [{ coding: "gzip" as const, weight: accepted("gzip") }] : []),
  ].filter((o) => o.weight > 0);
  // The highest weight wins; of two equal, brotli (listed first), which is smaller.
  const best = offered.reduce<(typeof offered)[number] | undefined>(
    (chosen, o) => (chosen && chosen.weight >= o.weight ? chosen : o),
    undefined,
  );
  const encoding: Encoding = best?.coding ?? "identity";
  res.status(file.status);
  res.type(extname(file.path));
  res.set("Cache-Control", file.cacheControl);
  if (br || gzip) res.vary("Accept-Encoding");
  if (encoding !== "identity") res.set("Content-Encoding", encoding);
  const sent =
    encoding === "br" ? `${file.path}.br` : encoding === "gzip" ? `${file.path}.gz` : file.path;
  res.sendFile(
    sent,
    // A range of the not-found page would come back as 206: only a real file answers ranges.
    { cacheControl: false, acceptRanges: file.status === 200 },
    (error) => {
      if (!error || res.headersSent) return;
      res.removeHeader("Content-Encoding");
      res.removeHeader("Cache-Control");
      next(error);
    },
  );
}

/**
 * The built portal at `/`: its files, compressed as the build wrote them and cached as long as their
 * names allow; every page of the portal is its index.html (the router in the browser shows it), and
 * any other path the same index.html with status 404, whose router shows the not-found page.
 */
export function portalFiles(options: { portalDir: string; log: Log }): Router {
  const router = Router();
  const portalDir = resolve(options.portalDir);
  if (!existsSync(portalDir)) {
    options.log.warn(`no built portal at ${portalDir}: run the build to serve it at /`);
    return router;
  }
  const isPage = readPortalPages(portalDir);
  if (!isPage)
    options.log.warn(`the built portal lists no pages (routes.json): every path answers as a page`);
  const indexHtml = join(portalDir, "index.html");

  router.use(async (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    try {
      const path = req.path;
      const file = await fileOf(portalDir, path);
      if (file) {
        const cacheControl =
          file === indexHtml ? revalidate : path.startsWith("/assets/") ? immutable : shortLived;
        return await sendPortalFile(req, res, next, { path: file, cacheControl, status: 200 });
      }
      if (serverPrefixes.some((prefix) => path.startsWith(prefix))) return next();
      const status = !isPage || isPage(path) ? 200 : 404;
      return await sendPortalFile(req, res, next, {
        path: indexHtml,
        cacheControl: revalidate,
        status,
      });
    } catch (error) {
      return next(error);
    }
  });
  return router;
}
