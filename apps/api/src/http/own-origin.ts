import type { IncomingHttpHeaders } from "node:http";

/**
 * Whether a request comes from a page of the portal's own origin, or from no page at all: a
 * browser names the page's origin, which must be the portal's own (PUBLIC_URL's, or the host the
 * request was sent to). A program that sends no Origin is not a page of another site that could
 * ride on the visitor's cookie. Only such a request is signed in by the session cookie, and only
 * such a WebSocket upgrade proceeds.
 */
export function fromOwnOrigin(headers: IncomingHttpHeaders, publicUrl: string): boolean {
  const origin = headers.origin;
  if (origin === undefined) return true;
  if (origin === new URL(publicUrl).origin) return true;
  const host = headers.host;
  if (!host) return false;
  return origin === `http://${host}` || origin === `https://${host}`;
}
