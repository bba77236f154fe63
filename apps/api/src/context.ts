import type { Database } from "@kraftsamling/db";

/** Who is asking. Accounts and sessions fill this in; until then every request is anonymous. */
export interface Viewer {
  personId: string;
  role: "coordinator" | "moderator" | "member" | "observer";
}

export interface Context {
  database: Database;
  viewer: Viewer | null;
}
