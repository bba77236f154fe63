import type { Database } from "@kraftsamling/db";
import type { Viewer } from "./accounts/viewer";
import type { Dependencies } from "./shared/dependencies";

export type { PortalRole, Viewer } from "./accounts/viewer";
/** What a request needs besides the database; service functions take it as `Dependencies`. */
export type Services = Dependencies;

export interface Context {
  database: Database;
  /** Changes within a request when the person signs in. */
  viewer: Viewer | null;
  services: Services;
  request: { ip: string; userAgent: string | null };
  /**
   * The API key the request was sent with (`Authorization: Bearer …`), or null. A key identifies a
   * program for its rate limit; it gives no more access than an anonymous caller has.
   */
  apiKey: { id: string } | null;
  /** Sets (a token) or clears (null) the session cookie; on a WebSocket, does nothing. */
  setSessionCookie(token: string | null): void;
}
