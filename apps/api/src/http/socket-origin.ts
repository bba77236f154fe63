import type { IncomingHttpHeaders } from "node:http";

/**
 * Whether a WebSocket upgrade may proceed: a browser names the page's origin, which must be the
 * portal's own (PUBLIC_URL's, or the host the request was sent to). A program that sends no Origin
 * is not a page of another site that could ride on the visitor's cookie.
 */
export function allowedSocketOrigin(headers: IncomingHttpHeaders, publicUrl: string): boolean {
  const origin = headers.origin;
  if (origin === undefined) return true;
  if (origin === new URL(publicUrl).origin) return true;
  const host = headers.host;
  if (!host) return false;
  return origin === `http://${host}` || origin === `https://${host}`;
}
