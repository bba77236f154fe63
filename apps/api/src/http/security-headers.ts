import type { Request, RequestHandler, Response } from "express";
import helmet from "helmet";

/**
 * Security headers on every answer: a Content-Security-Policy that runs only the portal's own
 * scripts (no inline script) and lets no page frame ours, no MIME sniffing, no referrer beyond the
 * origin, and HSTS when the portal is reached over https.
 */
export function securityHeaders(publicUrl: string): RequestHandler {
  const portal = headersFor(publicUrl, ["'self'"]);
  // GraphiQL's stylesheet carries its editor's fonts inline as data: URLs; only its own page (a
  // document of its own: the portal links to it with a full page load) may use such fonts.
  const graphiql = headersFor(publicUrl, ["'self'", "data:"]);
  return (req, res, next) =>
    (req.path === "/utvecklare/graphiql" ? graphiql : portal)(req, res, next);
}

function headersFor(publicUrl: string, fontSources: string[]): RequestHandler {
  const https = publicUrl.startsWith("https:");
  return alwaysTheSame(
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

/**
 * The headers a helmet middleware sets, read once and then set together on every answer: every
 * directive here is fixed, and one loop costs less per request than helmet's chain of a dozen
 * middleware.
 */
function alwaysTheSame(middleware: RequestHandler): RequestHandler {
  const headers: [string, string][] = [];
  const recorder = {
    setHeader: (name: string, value: string) => {
      headers.push([name, String(value)]);
    },
    removeHeader: () => {},
  };
  middleware({} as Request, recorder as unknown as Response, () => {});
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}
