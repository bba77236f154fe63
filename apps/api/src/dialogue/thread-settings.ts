import type { Database } from "@kraftsamling/db";
import type { Viewer } from "../accounts/viewer";
import type { Dependencies } from "../shared/dependencies";
import * as service from "./service";
import type { Thread } from "./thread";

/**
 * The request's database, moderator and dependencies, for the lock and slow mode mutations until
 * they call `setThreadLock` and `setThreadSlowMode` of the dialogue's service themselves.
 */
interface Request {
  database: Database;
  viewer: Viewer | null;
  services: Pick<Dependencies, "clock">;
}

function moderatorOf(request: Request): Viewer {
  if (!request.viewer) throw new Error("moderators are signed in");
  return request.viewer;
}

/** Locks a thread or unlocks it: see the dialogue service's `setThreadLock`. */
export function setThreadLock(request: Request, thread: Thread, locked: boolean): Promise<void> {
  return service.setThreadLock(
    request.database.db,
    request.services,
    moderatorOf(request),
    thread,
    locked,
  );
}

/** Sets a thread's slow mode: see the dialogue service's `setThreadSlowMode`. */
export function setThreadSlowMode(
  request: Request,
  thread: Thread,
  seconds: number,
): Promise<void> {
  return service.setThreadSlowMode(request.database.db, moderatorOf(request), thread, seconds);
}
