/** What an open socket is closed with; `ws`'s WebSocket is one. */
export interface Closable {
  close(code: number, reason: string): void;
}

/** Who a socket reads as: its session and person when signed in, its API key when it sent one. */
export interface SocketHolder {
  sessionId: string | null;
  personId: string | null;
  apiKeyId: string | null;
  /** When the session ends by itself; the socket is closed then. */
  sessionExpiresAt?: Date | null;
  /** What the socket's rights rest on (`accessOf`): compared after an outage. */
  access?: string | null;
}

/**
 * What a signed-in viewer's rights rest on, as one comparable text: the person's role, the
 * organisation the session acts for, and the person's memberships.
 */
export function accessOf(viewer: {
  role: string;
  actingOrganisationId: string | null;
  memberships: readonly { organisationId: string; role: string }[];
}): string {
  const memberships = viewer.memberships
    .map((m) => `${m.organisationId}:${m.role}`)
    .sort()
    .join(",");
  return `${viewer.role}|${viewer.actingOrganisationId ?? ""}|${memberships}`;
}

/** The longest wait a timer takes (about 24.8 days); a later expiry is waited for in steps. */
const longestTimer = 2 ** 31 - 1;

/** The close code that tells the browser's client to connect again (graphql-ws retries it). */
export const viewerChangedCode = 4403;

/** A change the database announced on `viewer_changes`. */
export type ViewerChange = { sessionId: string } | { personId: string };

export const viewerChangesChannel = "viewer_changes";

/**
 * The WebSockets open on this instance, by the session, person and API key they read as: a
 * subscription keeps the viewer it started with, so when that viewer ends or changes (signed out,
 * erased, another role, a key revoked) the socket is closed, and the browser's client connects again
 * as whoever it now is.
 */
export class OpenSockets {
  private readonly holders = new Map<Closable, SocketHolder>();
  private readonly expiries = new Map<Closable, NodeJS.Timeout>();

  /**
   * Keeps the socket until `remove`, and closes it when its session expires; answers the function
   * that removes it.
   */
  add(socket: Closable, holder: SocketHolder): () => void {
    this.holders.set(socket, holder);
    if (holder.sessionExpiresAt) this.closeAtExpiry(socket, holder.sessionExpiresAt);
    return () => this.forget(socket);
  }

  private closeAtExpiry(socket: Closable, expiresAt: Date): void {
    const wait = expiresAt.getTime() - Date.now();
    if (wait <= 0) {
      this.closeWhere((_, held) => held === socket, "The session has ended or changed");
      return;
    }
    const timer = setTimeout(
      () => {
        this.expiries.delete(socket);
        if (this.holders.has(socket)) this.closeAtExpiry(socket, expiresAt);
      },
      Math.min(wait, longestTimer),
    );
    timer.unref();
    this.expiries.set(socket, timer);
  }

  private forget(socket: Closable): void {
    this.holders.delete(socket);
    clearTimeout(this.expiries.get(socket));
    this.expiries.delete(socket);
  }

  get size(): number {
    return this.holders.size;
  }

  /** Closes every socket of a session or a person the database says has changed. */
  viewerChanged(change: ViewerChange): number {
    return "sessionId" in change
      ? this.closeWhere((h) => h.sessionId === change.sessionId, "The session has ended or changed")
      : this.closeWhere((h) => h.personId === change.personId, "The person's access has changed");
  }

  /** Closes every socket that sent a key now revoked. */
  apiKeyRevoked(id: string): number {
    return this.closeWhere((h) => h.apiKeyId === id, "The API key has been revoked");
  }

  /** The sessions and keys the open sockets read as. */
  held(): { sessionIds: string[]; apiKeyIds: string[] } {
    const sessionIds = new Set<string>();
    const apiKeyIds = new Set<string>();
    for (const holder of this.holders.values()) {
      if (holder.sessionId) sessionIds.add(holder.sessionId);
      if (holder.apiKeyId) apiKeyIds.add(holder.apiKeyId);
    }
    return { sessionIds: [...sessionIds], apiKeyIds: [...apiKeyIds] };
  }

  /**
   * Closes the sockets whose session or key is no longer valid, or whose person's access changed
   * (while the announcements were not heard): `live` holds the sessions still valid with their
   * access now (`accessOf`), and the keys still valid, of what `held` answered.
   */
  keepOnly(live: {
    sessions: ReadonlyMap<string, string>;
    apiKeyIds: ReadonlySet<string>;
  }): number {
    return (
      this.closeWhere(
        (h) =>
          h.sessionId !== null &&
          (!live.sessions.has(h.sessionId) ||
            (h.access != null && live.sessions.get(h.sessionId) !== h.access)),
        "The session has ended or changed",
      ) +
      this.closeWhere(
        (h) => h.apiKeyId !== null && !live.apiKeyIds.has(h.apiKeyId),
        "The API key has been revoked",
      )
    );
  }

  private closeWhere(
    concerned: (holder: SocketHolder, socket: Closable) => boolean,
    reason: string,
  ): number {
    let closed = 0;
    for (const [socket, holder] of this.holders) {
      if (!concerned(holder, socket)) continue;
      this.forget(socket);
      socket.close(viewerChangedCode, reason);
      closed += 1;
    }
    return closed;
  }
}
