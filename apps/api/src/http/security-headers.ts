import type { Request, RequestHandler, Response } from "express";
import helmet from "helmet";

/** What a script, stylesheet or font needs of the headers: the rest speak to documents only. */
const subresourceHeaders = new Set([
  "x-content-type-options",
  "cross-origin-resource-policy",
  "strict-transport-security",
]);

/**
 * Security headers on every answer: a Content-Security-Policy that runs only the portal's own
 * scripts (no inline script) and lets no page frame ours, no MIME sniffing, no referrer beyond the
 * origin, and HSTS when the portal is reached over https. The built scripts, styles and fonts
 * under /assets/ get only the headers that mean something for them (no sniffing, no embedding by
 * another site, HSTS): a page loads a dozen of them, and the policies of a document on each would
 * weigh as much as a small script.
 */
export function securityHeaders(publicUrl: string): RequestHandler {
  const documentHeaders = securityHeaderList(publicUrl);
  const portal = settingAll(documentHeaders);
  const assets = settingAll(
    documentHeaders.filter(([name]) => subresourceHeaders.has(name.toLowerCase())),
  );
  // GraphiQL's stylesheet carries its editor's fonts inline as data: URLs; only its own page (a
  // document of its own: the portal links to it with a full page load) may use such fonts.
  const graphiql = settingAll(securityHeaderList(publicUrl, ["'self'", "data:"]));
  return (req, res, next) => {
    if (req.path.startsWith("/assets/")) return assets(req, res, next);
    return (req.path === "/utvecklare/graphiql" ? graphiql : portal)(req, res, next);
  };
}

/**
 * The security headers as name and value, read once from helmet: every directive here is fixed,
 * and setting them in one loop costs less per request than helmet's chain of a dozen middleware.
 */
export function securityHeaderList(
  publicUrl: string,
  fontSources: string[] = ["'self'"],
): [string, string][] {
  const https = publicUrl.startsWith("https:");
  return recorded(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          "default-src": ["'self'"],
          "script-src": ["'self'"],
          // React sets style attributes; no script can come through a style.
          "style-src": ["'self'", "'unsafe-inline'"],
          "img-src": ["'self'", "data:"],
          "font-src": fontSources,
          // The portal's GraphQL over HTTP and its subscriptions over WebSocket, at the same host.
          "connect-src": ["'self'"],
          "object-src": ["'none'"],
          "base-uri": ["'self'"],
          "form-action": ["'self'"],
          "frame-ancestors": ["'none'"],
          ...(https ? { "upgrade-insecure-requests": [] } : {}),
        },
      },
      strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      referrerPolicy: { policy: "strict-origin-when-cross-origin" },
      crossOriginEmbedderPolicy: false,
      xFrameOptions: { action: "deny" },
    }),
  );
}

/** The headers a helmet middleware sets, recorded by running it once. */
function recorded(middleware: RequestHandler): [string, string][] {
  const headers: [string, string][] = [];
  const recorder = {
    setHeader: (name: string, value: string) => {
      headers.push([name, String(value)]);
    },
    removeHeader: () => {},
  };
  middleware({} as Request, recorder as unknown as Response, () => {});
  return headers;
}

function settingAll(headers: readonly [string, string][]): RequestHandler {
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}
